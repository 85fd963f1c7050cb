# Methods of list, tuple, range and bytes, checked against CPython 3.11.
# ---
# append, extend, insert and their indexes.
x = [1]
x.append(2)
x.extend([3, 4])
x.extend(range(5, 7))
x.extend('ab')
x.insert(0, 'first')
x.insert(-1, 'before-last')
x.insert(100, 'end')
x.insert(-100, 'start')
print(x)
# Output:
# ['start', 'first', 1, 2, 3, 4, 5, 6, 'a', 'before-last', 'b', 'end']
# ---
# pop with and without an index, count, index with bounds.
x = [1, 2, 3, 2, 1]
print(x.count(2), x.count(9), x.index(2), x.index(2, 2), x.index(1, -1), x.index(2, -10, 10))
print(x.pop(), x.pop(0), x.pop(-2), x)
# Output:
# 2 0 1 3 4 1
# 1 1 3 [2, 2]
# ---
# remove takes the first equal item; equality crosses numeric types.
x = [1, 2.0, True, 2]
x.remove(2)
x.remove(1)
print(x, x.count(1), x.index(True), [1.0, 2].index(2.0))
# Output:
# [True, 2] 1 0 1
# ---
# reverse, copy and clear.
x = [1, 2, 3]
y = x.copy()
x.reverse()
print(x, y, x is y)
y.clear()
print(y, x)
# Output:
# [3, 2, 1] [1, 2, 3] False
# [] [3, 2, 1]
# ---
# extend with the list itself doubles it once.
x = [1, 2]
x.extend(x)
print(x)
# Output:
# [1, 2, 1, 2]
# ---
# sort in place, stable, with key and reverse.
x = ['banana', 'Apple', 'cherry', 'apple']
x.sort()
print(x)
x.sort(key=str.lower)
print(x)
x.sort(key=len, reverse=True)
print(x)
print(x.sort())
# Output:
# ['Apple', 'apple', 'banana', 'cherry']
# ['Apple', 'apple', 'banana', 'cherry']
# ['banana', 'cherry', 'Apple', 'apple']
# None
# ---
# sort of mixed numbers, tuples and strings.
x = [3, 1.5, True, -2, 2**70, 0.0]
x.sort()
print(x)
t = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
t.sort()
print(t)
t.sort(key=lambda p: p[1], reverse=True)
print(t)
# Output:
# [-2, 0.0, True, 1.5, 3, 1180591620717411303424]
# [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
# [(1, 'z'), (2, 'b'), (1, 'a'), (2, 'a')]
# ---
# reverse=True keeps equal items in their order.
x = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(sorted(x, key=lambda p: p[0], reverse=True))
x.sort(key=lambda p: p[0], reverse=True)
print(x)
# Output:
# [(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]
# [(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]
# ---
# A long sort is stable and agrees with CPython.
x = [((i * 37) % 101, i) for i in range(300)]
y = sorted(x, key=lambda p: p[0])
print(y[:5], y[-3:])
x.sort(key=lambda p: -p[0])
print(x[:5])
# Output:
# [(0, 0), (0, 101), (0, 202), (1, 71), (1, 172)] [(100, 30), (100, 131), (100, 232)]
# [(100, 30), (100, 131), (100, 232), (99, 60), (99, 161)]
# ---
# sort compares each pair as CPython does: the first failing comparison
# names the same types.
def check(f):
    try:
        f()
    except TypeError as e:
        print(e)
check(lambda: [3, 1, 'a', 2].sort())
check(lambda: sorted([1, 'b', 'a']))
check(lambda: sorted(['a', 1]))
check(lambda: max(1, 'a'))
check(lambda: min([1, None]))
# Output:
# '<' not supported between instances of 'str' and 'int'
# '<' not supported between instances of 'str' and 'int'
# '<' not supported between instances of 'int' and 'str'
# '>' not supported between instances of 'str' and 'int'
# '<' not supported between instances of 'NoneType' and 'int'
# ---
# A key function sees the list empty while it is sorted.
x = [3, 1, 2]
seen = []
x.sort(key=lambda v: (seen.append(len(x)), v)[1])
print(x, seen)
# Output:
# [1, 2, 3] [0, 0, 0]
# ---
# Changing the list while it is sorted is an error, and the change is lost.
x = [3, 1, 2]
def key(v):
    x.append(v)
    return v
try:
    x.sort(key=key)
except ValueError as e:
    print(e, x)
# Output:
# list modified during sort [1, 2, 3]
# ---
# A key function that raises leaves the list as it was.
x = [3, 1, 2]
def key(v):
    if v == 2:
        raise KeyError(v)
    return v
try:
    x.sort(key=key)
except KeyError as e:
    print('KeyError', e, x)
# Output:
# KeyError 2 [3, 1, 2]
# ---
# Errors of the list methods.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].pop(-2))
check(lambda: [1].index(3))
check(lambda: ['a'].index('b'))
check(lambda: [1].index(2, 0, 1))
check(lambda: [].remove(3))
check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: [].append(x=1))
check(lambda: [].copy(1))
check(lambda: [].pop(1, 2))
check(lambda: [].pop('a'))
check(lambda: [].index())
check(lambda: [1].index(1, 'a'))
check(lambda: [].insert(1))
check(lambda: [].insert('a', 1))
check(lambda: [].extend(1))
check(lambda: [].sort(1))
check(lambda: [].sort(foo=1))
check(lambda: [].sort(reverse='x'))
check(lambda: [].reverse(1))
check(lambda: [].count())
# Output:
# IndexError('pop from empty list')
# IndexError('pop index out of range')
# IndexError('pop index out of range')
# ValueError('3 is not in list')
# ValueError("'b' is not in list")
# ValueError('2 is not in list')
# ValueError('list.remove(x): x not in list')
# TypeError('list.append() takes exactly one argument (0 given)')
# TypeError('list.append() takes exactly one argument (2 given)')
# TypeError('list.append() takes no keyword arguments')
# TypeError('list.copy() takes no arguments (1 given)')
# TypeError('pop expected at most 1 argument, got 2')
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError('index expected at least 1 argument, got 0')
# TypeError('slice indices must be integers or have an __index__ method')
# TypeError('insert expected 2 arguments, got 1')
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'int' object is not iterable")
# TypeError('sort() takes no positional arguments')
# TypeError("'foo' is an invalid keyword argument for sort()")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError('list.reverse() takes no arguments (1 given)')
# TypeError('list.count() takes exactly one argument (0 given)')
# ---
# tuple.count and tuple.index.
t = (1, 2, 2, 3, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(2, -1), (1, 2.0).index(2))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: ().index(3))
check(lambda: (1, 2).index(1, 1))
check(lambda: ().count())
check(lambda: (1,).index(1, 2, 3, 4))
# Output:
# 3 0 3 2 4 1
# ValueError('tuple.index(x): x not in tuple')
# ValueError('tuple.index(x): x not in tuple')
# TypeError('tuple.count() takes exactly one argument (0 given)')
# TypeError('index expected at most 3 arguments, got 4')
# ---
# range.count and range.index, for ints and other values.
r = range(0, 20, 3)
print(r.count(6), r.count(7), r.count(6.0), r.index(9), range(10, 0, -2).index(4), range(5).index(True))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: range(3).index(7))
check(lambda: range(3).index('a'))
check(lambda: range(3).count())
check(lambda: range(1, 2, 0))
check(lambda: range('a'))
check(lambda: range(1.5))
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
# Output:
# 1 0 1 3 3 1
# ValueError('7 is not in range')
# ValueError('sequence.index(x): x not in sequence')
# TypeError('range.count() takes exactly one argument (0 given)')
# ValueError('range() arg 3 must not be zero')
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError('range expected at least 1 argument, got 0')
# TypeError('range expected at most 3 arguments, got 4')
# ---
# bytes case, search and tests.
b = b'Hello, World'
print(b.upper(), b.lower(), b.find(b'o'), b.rfind(b'o'), b.find(111), b.find(b'z'), b.count(b'l'))
print(b.index(b'W'), b.rindex(b'l'), b.startswith(b'Hell'), b.endswith((b'x', b'ld')), b.startswith(b'W', 7))
print(b'abc'.isalpha(), b'123'.isdigit(), b''.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'ABC1'.isupper())
print(b'abc'.find(b'', 5), b'abc'.find(b'', 3), b'abc'.count(b''), b'aaa'.count(b'aa'), b'abcabc'.find(b'c', -2))
# Output:
# b'HELLO, WORLD' b'hello, world' 4 8 4 -1 3
# 7 10 True True True
# True True False True True True True
# -1 3 4 1 5
# ---
# bytes split, strip, join and replace.
print(b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.split(None, 1), b'a,b,c'.rsplit(b',', 1))
print(b'  a b  '.rsplit(None, 1), b' a  b '.split(b' '), b'a-b-c'.split(b'-', 1), b''.split())
print(b' a b  c  '.split(None, 1), b'a  '.split(None, 0), b'  a'.rsplit(None, 0), b'   '.split(None, 0))
print(b'  x '.strip(), b'xxaxx'.strip(b'x'), b'--a'.lstrip(b'-'), b'a\n'.rstrip(), b'ab'.strip(None))
print(b'-'.join([b'a', b'b']), b''.join([]), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'-'))
# Output:
# [b'a', b'b', b'', b'c'] [b'a', b'b'] [b'a', b'b c'] [b'a,b', b'c']
# [b'  a', b'b'] [b'', b'a', b'', b'b', b''] [b'a', b'b-c'] []
# [b'a', b'b  c  '] [b'a  '] [b'  a'] []
# b'x' b'a' b'a' b'a' b'ab'
# b'a-b' b'' b'bbbba' b'-a-b-c-'
# ---
# bytes.hex with separators, and decode.
print(b'abc'.hex(), b'abc'.hex(':'), b'abcdef'.hex(':', 2), b'abcdef'.hex('-', -4), b'abcdef'.hex(b'-', 4))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xff'.decode('latin-1'), b'x'.decode(encoding='utf8'))
print(b'a\xe2\x82b\xff'.decode('utf-8', 'replace'), b'a\xe2\x82b\xff'.decode('utf-8', 'ignore'))
print(b'a\xe2\x82b\xff'.decode('utf-8', 'backslashreplace'), b'a'.decode('utf-8', 'nonsense'))
# Output:
# 616263 61:62:63 6162:6364:6566 61626364-6566 6162-63646566
# café abc ÿ x
# a�b� ab
# a\xe2\x82b\xff a
# ---
# Errors of decode name the bytes CPython names.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(e)
check(lambda: b'\xff'.decode())
check(lambda: b'\xe2\x82'.decode())
check(lambda: b'\xe2'.decode())
check(lambda: b'\xe2\x41'.decode())
check(lambda: b'\xe2\x82\x41'.decode())
check(lambda: b'\xed\xa0\x80'.decode())
check(lambda: b'\xf0\x90\x80'.decode())
check(lambda: b'ok\xff'.decode('ascii'))
check(lambda: b'a\xff'.decode('utf-8', 'foo'))
check(lambda: b'a'.decode('foo'))
# Output:
# 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# 'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data
# 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data
# 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)
# unknown error handler name 'foo'
# unknown encoding: foo
# ---
# Errors of the bytes methods.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: b'a'.count())
check(lambda: b'a'.count(b'a', 1, 2, 3))
check(lambda: b'a'.count(x=1))
check(lambda: b'a'.find(1.5))
check(lambda: b'a'.find('a'))
check(lambda: b'abc'.find(256))
check(lambda: b'a'.join([1]))
check(lambda: b'a'.join(1))
check(lambda: b'a'.replace('a', 'b'))
check(lambda: b'a'.replace(b'a'))
check(lambda: b'a'.split(1))
check(lambda: b'a'.split(b''))
check(lambda: b'a'.strip(1))
check(lambda: b'a'.hex(1, 2, 3))
check(lambda: b'a'.hex(sep='ab'))
check(lambda: b'a'.index(b'b'))
check(lambda: b'a'.startswith(1))
check(lambda: b'a'.endswith(('a',)))
check(lambda: b'a'.lower(1))
check(lambda: b'a'.decode(1))
# Output:
# TypeError('count() takes at least 1 argument (0 given)')
# TypeError('count() takes at most 3 arguments (4 given)')
# TypeError('bytes.count() takes no keyword arguments')
# TypeError("argument should be integer or bytes-like object, not 'float'")
# TypeError("argument should be integer or bytes-like object, not 'str'")
# ValueError('byte must be in range(0, 256)')
# TypeError('sequence item 0: expected a bytes-like object, int found')
# TypeError('can only join an iterable')
# TypeError("a bytes-like object is required, not 'str'")
# TypeError('replace expected at least 2 arguments, got 1')
# TypeError("a bytes-like object is required, not 'int'")
# ValueError('empty separator')
# TypeError("a bytes-like object is required, not 'int'")
# TypeError('hex() takes at most 2 arguments (3 given)')
# ValueError('sep must be length 1.')
# ValueError('subsection not found')
# TypeError('startswith first arg must be bytes or a tuple of bytes, not int')
# TypeError("a bytes-like object is required, not 'str'")
# TypeError('bytes.lower() takes no arguments (1 given)')
# TypeError("decode() argument 'encoding' must be str, not int")
