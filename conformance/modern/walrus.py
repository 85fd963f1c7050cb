# Assignment expressions (Python 3.8, PEP 572). The translation turns
# NAME := VALUE into a marker the instrumenter replaces by a store of NAME
# in the scope CPython binds it in. Scopes it cannot reproduce (inside a
# comprehension or lambda, a global or nonlocal target, a target bound only
# by := but read by a nested function) are refused, never run differently.
# ---
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
print(n)
# Output:
# 3
# 3
# ---
# In an if header without parentheses: the value is everything up to ':'.
def f(xs):
    if m := max(xs) > 2:
        return m
    return None
print(f([1, 5]), f([1]))
# Output:
# True None
# ---
# A while loop reading until a sentinel.
items = [3, 2, 1, 0, 5]
def take():
    return items.pop(0)
total = 0
while (x := take()) != 0:
    total += x
print(total, x, items)
# Output:
# 6 0 [5]
# ---
# In a function: a new local, invisible outside.
def g():
    if (y := 10) > 5:
        return y * 2
print(g())
try:
    y
except NameError as e:
    print(e)
# Output:
# 20
# name 'y' is not defined
# ---
# Before the := runs, the local is unbound, as in CPython.
def h(flag):
    if flag:
        return z
    (z := 1)
    return z
print(h(False))
try:
    h(True)
except NameError:  # CPython raises its subclass UnboundLocalError
    print('unbound')
# Output:
# 1
# unbound
# ---
# Parameters and names bound with '=' are stored in place.
def p(a):
    b = 0
    print((a := a + 1), (b := b + 2), a, b)
p(5)
# Output:
# 6 2 6 2
# ---
# A closure over a name bound with '=' sees the value ':=' stored.
def k():
    r = 0
    get = lambda: r
    (r := 7)
    return get()
print(k())
# Output:
# 7
# ---
# nonlocal-free nested function using its own :=.
def outer():
    def inner(v):
        return (w := v * 3) + w
    return inner(2)
print(outer())
# Output:
# 12
# ---
# In call arguments, list displays and subscripts.
def show(*args):
    return args
data = [1, 2, 3]
print(show(a := 1, a + 1), [b := 2, b * 10], data[(i := 1)], i)
# Output:
# (1, 2) [2, 20] 2 1
# ---
# The value of the expression is the assigned value; nested assignment expressions.
print((u := (v := 3) + 1), u, v)
# Output:
# 4 4 3
# ---
# In a class body, the name is a class attribute.
class C:
    (size := 4)
    double = size * 2
print(C.size, C.double)
# Output:
# 4 8
# ---
# A conditional expression is part of the value.
q = 5
print((r := 'big' if q > 3 else 'small'), r)
# Output:
# big big
# ---
# In an f-string expression.
print(f'{(t := 6) * 2} {t}')
# Output:
# 12 6
# ---
# Unparenthesized at statement level is a syntax error, as in CPython.
x := 1  ### syntax "invalid syntax"
# ---
y = x := 1  ### syntax "invalid syntax"
# ---
# Targets must be names.
(a.b := 1)  ### syntax "cannot use assignment expressions with attribute"
# ---
(a[0] := 1)  ### syntax "cannot use assignment expressions with subscript"
# ---
(True := 1)  ### syntax "cannot use assignment expressions with True"
# ---
# Scopes pyfence cannot reproduce exactly are refused.
values = [y for x in range(3) if (y := x * 2)]  ### policy:unsupported-syntax "inside a comprehension"
# ---
f = lambda: (z := 1)  ### policy:unsupported-syntax "inside a comprehension or lambda"
# ---
def g():
    global counter
    (counter := 1)  ### policy:unsupported-syntax "declared global or nonlocal"
# ---
def h():
    if (r := 2):  ### policy:unsupported-syntax "bound only by ':='"
        return lambda: r
# ---
# The target goes through the same name rules as any assignment.
(__class__ := 1)  ### policy:dunder-name
# ---
(open := 2)  ### policy:forbidden-name
# ---
# Rebinding an injected helper is refused.
(__pf_fstr__ := 1)  ### policy:reserved-name
# ---
print((__pf_walrus_x__ := 1))  ### policy:reserved-name
# ---
# ':=' inside an f-string's format spec is a spec, not an operator.
x = 5
print(f'[{x:=6}]')
# Output:
# [     5]
