# f-strings (Python 3.6, with the '=' specifier of 3.8), translated into
# calls of __pf_fstr__ before gpython parses the source.
# ---
# Fields, conversions and format specs.
x, name, pi = 42, 'pyfence', 3.14159
print(f'x is {x}, name is {name!r}, pi is {pi:.2f}')
print(f'{name!s:>10}|{name:<10}|{name:^11}|{x:05d}|{x:x}|{x:#b}')
print(f"{'quoted'!r} {name!a} {'é'!a} {x!r:>5}")
print(F'{x}' fr'\d{x}' Rf'{x}\n')
# Output:
# x is 42, name is 'pyfence', pi is 3.14
#    pyfence|pyfence   |  pyfence  |00042|2a|0b101010
# 'quoted' 'pyfence' '\xe9'    42
# 42\d4242\n
# ---
# Replacement fields nested in the format spec.
value, width, precision = 12.34567, 10, 3
print(f'[{value:{width}.{precision}f}]')
print(f'[{value:{"<"}{width}}]', f'[{"ab":{"*"}^{width - 4}}]')
print(f'{value:{width}.{precision}{"f"}}|')
# Output:
# [    12.346]
# [12.34567  ] [**ab**]
#     12.346|
# ---
# The '=' specifier: the expression's text, then its repr unless a
# conversion or a spec is given.
x, s = 7, 'txt'
print(f'{x=}', f'{ x = }', f'{s=}', f'{s=!s}', f'{x=:>4}', f'{x * 2 = }')
print(f'{x=!r:^7}|')
# Output:
# x=7  x = 7 s='txt' s=txt x=   7 x * 2 = 14
# x=   7   |
# ---
# Doubled braces, escapes and raw strings.
x = 1
print(f'{{}} {{x}} {{{x}}}', f'\t|{x}|\n', end='')
print(rf'\d+{x}\w', f'\\{x}', f'a\{x}')
print(f'''a'{x}''', f"""b"{x}""")
# Output:
# {} {x} {1} 	|1|
# \d+1\w \1 a\1
# a'1 b"1
# ---
# Implicit concatenation with plain strings, across lines and comments.
x, y = 1, 2
s = ('a{x}'      # not an f-string
     f'{x}'
     "-{y}-"
     f"{y}")
print(s)
print('plain' f'{x}' 'tail', f'{x}' f'{y}')
# Output:
# a{x}1-{y}-2
# plain1tail 12
# ---
# A triple-quoted f-string whose fields span lines.
items = [1, 2, 3]
report = f"""total: {
    sum(items)
} of {len(items)
} items
avg: {sum(items)
      / len(items):.1f}"""
print(report)
# Output:
# total: 6 of 3 items
# avg: 2.0
# ---
# Any expression: calls, subscripts, comprehensions, conditionals,
# lambdas in parentheses, tuples, nested f-strings.
d = {'k': [1, 2, 3]}
n = 3
print(f"{d['k'][1]} {len(d)} {[i * i for i in range(n)]} {'odd' if n % 2 else 'even'}")
print(f'{(lambda v: v + 1)(n)} {n, n + 1} {f"{n}" + f"{n + 1}"} {f"[{n:>{n}}]"}')
print(f'{n!r}'.upper(), f'{"abc".upper()}', f'{3 + 4j}', f'{None} {True} {1.0}')
# Output:
# 2 1 [0, 1, 4] odd
# 4 (3, 4) 34 [  3]
# 3 ABC (3+4j) None True 1.0
# ---
# Identifiers in fields are normalised as everywhere else (PEP 3131).
ｘ = 5
print(f'{ｘ + x}')
# Output:
# 10
# ---
# Fields see the enclosing scopes: functions, closures, classes,
# comprehensions.
def outer(a):
    def inner(b):
        return f'{a}-{b}'
    return inner
print(outer(1)(2), [f'{i}{j}' for i in 'ab' for j in '12'])
class C:
    tag = 'c'
    label = f'<{tag}>'
    def __repr__(self):
        return f'C({self.tag!r})'
print(C.label, f'{C()}', f'{C()!r}', f'{[C()]}')
# Output:
# 1-2 ['a1', 'a2', 'b1', 'b2']
# <c> C('c') C('c') [C('c')]
# ---
# A spec after ':' may start with '=': it is not an assignment.
x = 5
print(f'[{x:=10}]', f'[{x:=^10}]')
# Output:
# [         5] [====5=====]
# ---
# An exception in a field is reported at the field's own line.
x = 0
s = f'''line one
{x + 1}
{1 / x}'''  ### exception:ZeroDivisionError "division by zero"
# ---
def f():
    return {}
print(f"{f()['missing']}")  ### exception:KeyError
# ---
x = 1
print(f'{x!z}')  ### syntax "invalid conversion character"
# ---
print(f'{}')  ### syntax "empty expression not allowed"
# ---
print(f'{x\n}')  ### syntax "cannot include a backslash"
# ---
print(f'{x # comment}')  ### syntax "cannot include '#'"
# ---
print(f'a } b')  ### syntax "single '}' is not allowed"
# ---
print(f'{x:{y:{z}}}')  ### syntax "nested too deeply"
# ---
print(f'{x' 'b')  ### syntax "expecting '}'"
# ---
print(f'{x}' b'x')  ### syntax "cannot mix bytes and nonbytes"
# ---
x = 1
s = f'''
ok {x}
{x +}'''  ### syntax
# ---
# The policy sees inside f-strings: expressions, specs, nested f-strings.
x = 1
print(f'{x.__class__}')  ### policy:dunder-attr "__class__"
# ---
x = 1
print(f'{x:{x.__class__}}')  ### policy:dunder-attr "__class__"
# ---
x = 1
print(f"{f'{x.__dict__}'}")  ### policy:dunder-attr "__dict__"
# ---
s = f'''
{open}'''  ### policy:forbidden-name "open"
# ---
print(f'{__pf_fstr__}')  ### policy:reserved-name "__pf_fstr__"
# ---
print(f'{ｅｘｅｃ}')  ### policy:forbidden-name "exec"
# ---
# The runtime guards apply to field values: getattr with a computed
# dunder name is blocked.
name = '__cla' + 'ss__'
print(f'{getattr(1, name)}')  ### policy:dunder-attr
