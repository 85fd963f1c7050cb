# pyfence's builtin functions, checked against CPython 3.11.
# ---
# abs on ints, big ints, floats and bools.
print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(-2**70), abs(-9223372036854775808))
# Output:
# 3 2.5 0.0 1 1180591620717411303424 9223372036854775808
# ---
# all and any, on lists, generators and empty iterables.
print(all([]), all([1, 0]), all(x > 0 for x in [1, 2]), any([]), any([0, 0.0, '', 1]))
print(any(x > 2 for x in range(5)), all('abc'), any(''))
# Output:
# True False True False True
# True True False
# ---
# ascii escapes what is not ASCII.
print(ascii('héllo\n\x00\u1234\U0001f600'), ascii(['é', 'x']), ascii(1.5))
# Output:
# 'h\xe9llo\n\x00\u1234\U0001f600' ['\xe9', 'x'] 1.5
# ---
# bin, oct and hex of ints, negative ints, big ints and bools.
print(bin(-5), hex(-255), oct(8), bin(0), hex(2**70), bin(True), oct(-2**65))
# Output:
# -0b101 -0xff 0o10 0b0 0x400000000000000000 0b1 -0o4000000000000000000000
# ---
# chr and ord round trip.
print(chr(65), chr(0x1F600), ord('€'), ord(b'a'), ord(chr(0x10FFFF)))
print([ord(c) for c in 'aé'], ''.join(chr(x) for x in [104, 105]))
# Output:
# A 😀 8364 97 1114111
# [97, 233] hi
# ---
# divmod floors, with the remainder taking the divisor's sign.
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, -2), divmod(2**70, 3))
print(divmod(True, 2), divmod(-0.5, 1), divmod(10**20, -7))
# Output:
# (-4, 1) (-4, -1) (3, -1) (-4.0, -0.5) (393530540239137101141, 1)
# (0, 1) (-1.0, 0.5) (-14285714285714285715, -5)
# ---
# enumerate with and without start.
print(list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
for i, c in enumerate(['x', 'y'], 1):
    print(i, c)
# Output:
# [(0, 'a'), (1, 'b')] [(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')]
# 1 x
# 2 y
# ---
# filter with a function and with None.
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
# Output:
# [1, 'a', [0]]
# [1, 3, 5, 7, 9]
# ---
# hash agrees with equality across numeric types.
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1), hash(0))
# Output:
# True True -2 0
# ---
# iter with a sentinel calls until the sentinel comes back.
data = [3, 2, 1, 0, 5]
it = iter(lambda: data.pop(0), 0)
print(list(it), data)
# Output:
# [3, 2, 1] [5]
# ---
# next with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
# Output:
# 1 2 done None
# ---
# len of every sequence type.
print(len([1, 2]), len('héllo'), len(range(10)), len(range(0, 10, 3)), len(b'ab'), len((1,)), len(''))
# Output:
# 2 5 10 4 2 1 0
# ---
# map with one and several iterables stops at the shortest.
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, [1, 2])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
# Output:
# [11, 22] ['1', '2']
# [3, 4]
# ---
# max and min with several arguments, an iterable, key and default.
print(max(3, 1, 2), min('b', 'a'), max([1, 5, 3], key=lambda x: -x), max([], default=7))
print(min([], default=None), max('hello'), min([[2], [1, 5]]), max((1, 'b'), (1, 'a')))
# Output:
# 3 a 1 7
# None o [1, 5] (1, 'b')
# ---
# max and min keep the first of equal items.
print(max(1, 1.0), max(1.0, 1), min(1, True), min(True, 1))
print(max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min('bB', key=str.lower))
# Output:
# 1 1.0 1 True
# (1, 'a') b
# ---
# pow with two and three arguments, negative exponents and moduli.
print(pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 0.5), pow(2, -2), pow(2, 100))
print(pow(10, 10**7, 3), pow(7, 10**100, 10**9 + 7), pow(5, 0, 1), pow(0, 0))
# Output:
# 5 1 -1 1.4142135623730951 0.25 1267650600228229401496703205376
# 1 252818618 0 1
# ---
# round halves to even on the exact binary value.
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(197.844, 2), round(1234.5678, -2), round(-0.04, 1), round(0.125, 2), round(0.375, 2))
# Output:
# 2.67 0 2 2 0 -2
# 197.84 1200.0 -0.0 0.12 0.38
# ---
# round of ints with negative ndigits.
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -3), round(7, 2))
print(round(2**200, -50), round(True), round(True, 2), round(10**30, -40))
# Output:
# 0 20 20 -20 12000 7
# 1606938044300000000000000000000000000000000000000000000000000 1 1 0
# ---
# round at the extremes of ndigits.
print(round(1e300, -299), round(0.1, 400), round(123.456, -400), round(-123.456, -400))
print(round(2.5, None), round(float('inf'), 2), round(10**30 + 0.0, -29), round(1e-320, 400))
# Output:
# 1e+300 0.1 0.0 -0.0
# 2 inf 1e+30 1e-320
# ---
# round of floats to ints is exact for large values.
print(round(1e20), round(-2.5e15 + 0.5), round(123456789.5), type(round(1.5)))
# Output:
# 100000000000000000000 -2500000000000000 123456790 <class 'int'>
# ---
# reversed of sequences and ranges.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), list(reversed('abc')))
print(list(reversed(range(2, 20, 3))), list(reversed(b'ab')), list(reversed([])))
# Output:
# [3, 2, 1] [2, 1] [4, 3, 2, 1, 0] ['c', 'b', 'a']
# [17, 14, 11, 8, 5, 2] [98, 97] []
# ---
# reversed of a huge range is lazy.
r = reversed(range(10**18))
print(next(r), next(r))
print(list(reversed(range(-5, 10**18, 10**17))))
# Output:
# 999999999999999999 999999999999999998
# [999999999999999995, 899999999999999995, 799999999999999995, 699999999999999995, 599999999999999995, 499999999999999995, 399999999999999995, 299999999999999995, 199999999999999995, 99999999999999995, -5]
# ---
# sorted is stable, with key and reverse.
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0], reverse=True))
print(sorted('hello'), sorted({'b': 1, 'a': 2}), sorted(range(5), key=lambda x: x % 2))
# Output:
# [3, 2, 1] ['A', 'b', 'c']
# [(0, 'z'), (1, 'b'), (1, 'a')]
# [(1, 'b'), (1, 'a'), (0, 'z')]
# ['e', 'h', 'l', 'l', 'o'] ['a', 'b'] [0, 2, 4, 1, 3]
# ---
# sorted of a long list agrees with CPython.
xs = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(xs)
print(s[:10], s[-5:], s == sorted(s), sorted(xs, reverse=True)[:5])
pairs = [(x % 10, i) for i, x in enumerate(xs)]
print(sorted(pairs, key=lambda p: p[0])[:6])
# Output:
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [995, 996, 997, 998, 999] True [999, 998, 997, 996, 995]
# [(0, 0), (0, 10), (0, 20), (0, 30), (0, 40), (0, 50)]
# ---
# sum of ints, floats, lists and with start.
print(sum([0.1] * 10), sum([], 5), sum(range(10), start=5), sum([1.5, 2], 1), sum([[1], [2]], []))
print(sum(range(101)), sum([True, True]), sum((x * x for x in range(4)), 0.0))
# Output:
# 0.9999999999999999 5 50 4.5 [1, 2]
# 5050 2 14.0
# ---
# zip of nothing, of unequal lengths, and strict.
print(list(zip()), list(zip('ab', [1, 2, 3])), list(zip('ab', 'cd', strict=True)))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', range(2))))
# Output:
# [] [('a', 1), ('b', 2)] [('a', 'c'), ('b', 'd')]
# [(1, 2), ('a', 'b')] {'a': 0, 'b': 1}
# ---
# zip(strict=True) names the argument that ran out.
def check(f):
    try:
        print(f())
    except ValueError as e:
        print(repr(e))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], [1, 2], strict=True)))
# Output:
# ValueError('zip() argument 2 is longer than argument 1')
# ValueError('zip() argument 2 is shorter than argument 1')
# ValueError('zip() argument 3 is shorter than arguments 1-2')
# ValueError('zip() argument 2 is longer than argument 1')
# ---
# callable.
def f():
    pass
class C:
    pass
print(callable(len), callable(1), callable(int), callable(f), callable(C), callable(C()), callable(lambda: 0))
# Output:
# True False True True True False True
# ---
# Builtins compose over generators lazily.
def gen():
    for i in range(5):
        print('gen', i)
        yield i
print(any(x > 1 for x in gen()))
print(next(filter(lambda x: x == 3, gen())))
# Output:
# gen 0
# gen 1
# gen 2
# True
# gen 0
# gen 1
# gen 2
# gen 3
# 3
# ---
# enumerate, zip, map and filter objects are their own iterators.
e = enumerate('ab')
print(iter(e) is e, next(e), list(e), list(e))
z = zip('ab', 'cd')
print(next(z), list(z))
m = map(abs, [-1, -2])
print(next(m), list(m))
# Output:
# True (0, 'a') [(1, 'b')] []
# ('a', 'c') [('b', 'd')]
# 1 [2]
# ---
# type() of builtin values prints their class.
print(type(1), type(2**100), type(1.5), type('a'), type(True), type(None), type([]), type(()), type({}))
print(type(range(2)), type(b''), type(len), type(lambda: 0), type(type), type(type(1)), type(enumerate([])))
# Output:
# <class 'int'> <class 'int'> <class 'float'> <class 'str'> <class 'bool'> <class 'NoneType'> <class 'list'> <class 'tuple'> <class 'dict'>
# <class 'range'> <class 'bytes'> <class 'builtin_function_or_method'> <class 'function'> <class 'type'> <class 'type'> <class 'enumerate'>
# ---
# type() of a value is the name it was made with.
print(type(1) is int, type('a') == str, type(True) is bool, type({}) is dict, type(2**100) is int)
print(type([]) is list, type(()) is tuple, type(set()) is set, type(frozenset()) is frozenset, type(b'') is bytes)
print(type(range(1)) is range, type(1.0) is float, type(True) is int, type(len) is type(print))
# Output:
# True True True True True
# True True True True True
# True True False True
# ---
# The type names print as classes.
print(int, str, float, bool, list, tuple, dict, set, frozenset, bytes, object, range, type, slice)
print(repr(int), str(type), enumerate, zip, map, filter, reversed, property, super)
# Output:
# <class 'int'> <class 'str'> <class 'float'> <class 'bool'> <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'> <class 'frozenset'> <class 'bytes'> <class 'object'> <class 'range'> <class 'type'> <class 'slice'>
# <class 'int'> <class 'type'> <class 'enumerate'> <class 'zip'> <class 'map'> <class 'filter'> <class 'reversed'> <class 'property'> <class 'super'>
# ---
# isinstance with builtin types, tuples of them and nested tuples.
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))), isinstance(None, object))
print(isinstance(2**100, int), isinstance({}, dict), isinstance(set(), (list, set)), isinstance(int, type))
print(isinstance('a', (int,)), isinstance(1, ()), isinstance(b'', bytes), isinstance(range(1), range))
# Output:
# True False True True
# True True True True
# False False True True
# ---
# issubclass with builtin types.
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
print(issubclass(type, object), issubclass(dict, dict), issubclass(list, tuple))
# Output:
# True False True True
# True True False
# ---
# Constructors of the sequence types.
print(list(), list('ab'), list(range(3)), list((1, 2)), list({'k': 2}), tuple(), tuple('ab'), tuple([1]))
print(bytes(), bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(b'x'), bytes(range(3)))
print(range(5), range(1, 5), range(1, 10, 2), range(-3))
# Output:
# [] ['a', 'b'] [0, 1, 2] [1, 2] ['k'] () ('a', 'b') (1,)
# b'' b'\x00\x00\x00' b'AB' b'h\xc3\xa9' b'x' b'\x00\x01\x02'
# range(0, 5) range(1, 5) range(1, 10, 2) range(0, -3)
# ---
# range objects: attributes, indexing, slicing, equality.
r = range(1, 10, 2)
print(r.start, r.stop, r.step, r[1], r[-1], r[1:3], len(r), 5 in r, 4 in r)
print(range(0) == range(2, 2), range(3) == range(0, 3, 1), list(range(10, 0, -3)))
# Output:
# 1 10 2 3 9 range(3, 7, 2) 5 True False
# True True [10, 7, 4, 1]
# ---
# dir of builtin values lists their public methods.
print(dir([]))
print(dir(()), dir(range(3)))
# differs: dir() leaves out dunder names
# Output:
# ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']
# ['count', 'index'] ['count', 'index', 'start', 'step', 'stop']
# ---
# format with an empty spec is str.
print(format(12), format('x'), format([1, 2]), format(1.5, ''))
# Output:
# 12 x [1, 2] 1.5
