# Library additions of Python 3.7-3.10 that everyday code uses.
# ---
# Dict union (3.9): | builds a new dict, |= updates in place; the right side wins.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
print(c)
# Output:
# {'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x': 1}
# {'x': 1, 'y': 20, 'z': 30} True
# {'x': 1, 'y': 20, 'z': 30, 'w': 0}
# ---
print({'a': 1} | [('b', 2)])  ### exception:TypeError "unsupported operand type\(s\) for \|: 'dict' and 'list'"
# ---
# str.removeprefix and str.removesuffix (3.9).
name = 'test_parser.py'
print(name.removeprefix('test_'), name.removesuffix('.py'), name.removeprefix('x'), ''.removesuffix(''))
# Output:
# parser.py test_parser test_parser.py 
# ---
# int.bit_count (3.10), int.as_integer_ratio (3.8).
print((255).bit_count(), (-5).bit_count(), (0).bit_count(), (10**20).bit_count(), (6).as_integer_ratio())
# Output:
# 8 2 0 26 (6, 1)
# ---
# zip(strict=True) (3.10).
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print(e)
# Output:
# [(1, 'a'), (2, 'b')]
# zip() argument 2 is shorter than argument 1
# zip() argument 2 is longer than argument 1
# ---
# math.isqrt, prod, comb, perm (3.8), lcm and nextafter (3.9).
# option: --allow-import=math
import math
print(math.isqrt(10**20 + 1), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([1.5, 2]))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.lcm(4, 6, 10), math.gcd(12, 18, 27))
print(math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0))
# Output:
# 10000000000 24 5 3.0
# 120 20 24 60 3
# 5.0 1.0000000000000002
# ---
# reversed() of a dict and its views (3.8).
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
# Output:
# ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)]
# ---
# str.isascii (3.7); dict order is guaranteed (3.7).
print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print(list({'z': 0, 'a': 1, 'm': 2}))
# Output:
# True False True
# ['z', 'a', 'm']
# ---
# Keyword-only and positional-only parameters together.
def f(a, b, /, c, *, d=4):
    return a + b + c + d
print(f(1, 2, 3), f(1, 2, c=3, d=10))
# Output:
# 10 16
# ---
# A positional-only parameter passed by keyword: CPython raises TypeError;
# pyfence drops the '/' marker and accepts the call (see doc/dialect.md).
def f(a, b, /, c):
    return a + b + c
print(f(1, b=2, c=3))
# differs: positional-only parameters are accepted by keyword
# Output:
# 6
# ---
# The = specifier of f-strings (3.8) with a format spec and a conversion.
width = 7
value = 3.14159
print(f'{value=:.2f} {width=} {value*2=!s:>10}')
# Output:
# value=3.14 width=7 value*2=   6.28318
