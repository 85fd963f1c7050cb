# Attacks through f-strings: the embedded expressions and nested format
# specs go through the same check and guards as any other code.
# ---
x = 5
print(f'{x:{x.__class__}}')  ### policy:dunder-attr "__class__"
# ---
x = 5
print(f'{x:>{getattr(x, "__cl" + "ass__")}}')  ### policy:dunder-attr
# ---
x = 5
print(f'{x.__ｃlass__}')  ### policy:dunder-attr "__class__"
# ---
# Format-string traversal inside an f-string expression.
x = 5
print(f'{"{0.__class__}".format(x)}')  ### policy:dunder-attr
# ---
x = 5
print(f'{x!r:{"{0.__class__.__mro__}".format(x)}}')  ### policy:dunder-attr
# ---
# A nested f-string three levels deep still checks every name.
print(f'{f"{f'{__builtins__}'}"}')  ### syntax
# ---
print(f'{__builtins__}')  ### policy:dunder-name "__builtins__"
# ---
print(f'{__pf_fstr__}')  ### policy:reserved-name
# ---
# The = specifier shows the expression text, never evaluates it twice.
calls = []
def f():
    calls.append(1)
    return len(calls)
print(f'{f()=} {calls}')
# Output:
# f()=1 [1]
# ---
# A class's __format__ is not allowed; __repr__ and __str__ are, and run
# under the run's budgets.
class Spin:
    def __repr__(self):
        while True:  ### limit:steps
            pass
# option: --max-steps=10000
print(f'{Spin()!r}')
# ---
class Deep:
    def __str__(self):
        return f'{self}'  ### limit:depth
print(f'{Deep()}')
# ---
# Width bombs in nested specs hit the memory budget before allocating.
# option: --max-memory=1MiB
w = 10**9
print(f'{1:{w}}')  ### limit:memory
# ---
# option: --max-memory=1MiB
print(f'{"x":>{10**12}}')  ### limit:memory
