# Variable annotations (Python 3.6, PEP 526) and annotations of parameters
# and return values. pyfence keeps them for the policy checker but never
# evaluates them, as under "from __future__ import annotations" and in
# Python 3.14: list[int] or int | None, which gpython cannot evaluate, cost
# nothing.
# ---
count: int = 0
names: list[str] = ['a', 'b']
table: dict[str, int | None] = {'a': None}
pending: int
count += 1
print(count, names, table)
# Output:
# 1 ['a', 'b'] {'a': None}
# ---
class Point:
    x: int = 0
    y: int
    label: 'str' = 'origin'
    def __init__(self, x: int, y: int = 0) -> None:
        self.x: int = x
        self.y = y
        self.items: list[tuple[int, int]] = [(x, y)]
    def moved(self, dx: 'int', dy: int = 0) -> 'Point':
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2).moved(3)
print(Point.x, Point.label, p.x, p.y, p.items)
# Output:
# 0 origin 4 2 [(4, 2)]
# ---
def total(xs: list[int], *rest: int, scale: float = 1.0, **opts: bool) -> float:
    acc: float = 0
    for x in xs:
        acc += x
    return acc * scale
d = {}
d['k']: int = 5
t = [0]
t[0]: int = 7
(v): int = 8
print(total([1, 2, 3], scale=2.0), d, t, v)
# Output:
# 12.0 {'k': 5} [7] 8
# ---
# A value may be any expression list, including a tuple or a yield.
pair: tuple = 1, 2
both: tuple = *pair, 3
def gen():
    got: int = yield 1
    print('got', got)
g = gen()
print(pair, both, next(g))
g.send(5) if False else None
# Output:
# (1, 2) (1, 2, 3) 1
# ---
# An annotation without a value binds nothing.
x: int
print(x)  ### exception:NameError "name 'x' is not defined"
# ---
# Annotations are not evaluated.
x: print('evaluated') = 1
print(x)
def f(a: print('param') = 2) -> print('return'):
    return a
print(f())
# differs: CPython 3.11 evaluates module-level and parameter annotations and prints "evaluated", "param" and "return"
# Output:
# 1
# 2
# ---
# An undefined name in an annotation is not an error.
def f(a: Undefined) -> AlsoUndefined:
    return a
print(f(1))
# differs: CPython 3.11 raises NameError when the def runs
# Output:
# 1
# ---
# The policy checks annotations like any other code.
x: __import__('os') = 1  ### policy:dunder-name "__import__"
# ---
def f():
    y: open = None  ### policy:forbidden-name "open"
# ---
def f(a: ().__class__):  ### policy:dunder-attr "__class__"
    pass
# ---
def f() -> (lambda: ().__class__):  ### policy:dunder-attr "__class__"
    pass
# ---
a, b: int = 1, 2  ### syntax
# ---
x: int = y = 1  ### syntax
