# Subscript errors: CPython's messages for out-of-range indexes, bad index
# types, missing keys and objects that cannot be subscripted, checked
# against CPython 3.11.
# ---
items = [10, 20, 30]
try:
    items[3]
except IndexError as e:
    print('IndexError', e)
print(items[-1], items[-3])
# Output:
# IndexError list index out of range
# 30 10
# ---
point = (1, 2)
try:
    print(point[2])
except IndexError as e:
    print('IndexError:', e)
# Output:
# IndexError: tuple index out of range
# ---
word = 'abc'
try:
    word[10]
except IndexError as e:
    print(e)
print(word[-1], word[0:10])
# Output:
# string index out of range
# c abc
# ---
prices = {'apple': 3}
try:
    prices['pear']
except KeyError as e:
    print('missing', e, repr(e), e.args)
# Output:
# missing 'pear' KeyError('pear') ('pear',)
# ---
settings = {(1, 2): 'a'}
try:
    settings[(3, 4)]
except KeyError as e:
    print(e)
try:
    {}[None]
except KeyError as e:
    print(e)
# Output:
# (3, 4)
# None
# ---
n = 5
try:
    n[0]
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
# Output:
# 'int' object is not subscriptable
# 'NoneType' object is not subscriptable
# ---
items = [1, 2]
try:
    items['first']
except TypeError as e:
    print(e)
try:
    items[1.0]
except TypeError as e:
    print(e)
# Output:
# list indices must be integers or slices, not str
# list indices must be integers or slices, not float
# ---
pair = ('a', 'b')
try:
    pair['x']
except TypeError as e:
    print(e)
try:
    'text'['t']
except TypeError as e:
    print(e)
# Output:
# tuple indices must be integers or slices, not str
# string indices must be integers, not 'str'
# ---
items = [1]
try:
    items[5] = 2
except IndexError as e:
    print(e)
try:
    items['k'] = 2
except TypeError as e:
    print(e)
# Output:
# list assignment index out of range
# list indices must be integers or slices, not str
# ---
items = [1, 2, 3]
try:
    del items[7]
except IndexError as e:
    print(e)
del items[0]
print(items)
# Output:
# list assignment index out of range
# [2, 3]
# ---
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
# Output:
# 'tuple' object does not support item assignment
# 'tuple' object doesn't support item deletion
# ---
s = 'hello'
try:
    s[0] = 'H'
except TypeError as e:
    print(e)
print('H' + s[1:])
# Output:
# 'str' object does not support item assignment
# Hello
# ---
d = {'a': 1}
try:
    del d['b']
except KeyError as e:
    print('KeyError', e)
del d['a']
print(d)
# Output:
# KeyError 'b'
# {}
# ---
data = b'abc'
print(data[0], data[-1], data[1:], data[::-1], data[5:])
try:
    data[3]
except IndexError as e:
    print(e)
# Output:
# 97 99 b'bc' b'cba' b''
# index out of range
# ---
r = range(5)
print(r[2], r[-1], r[1:3])
try:
    r[5]
except IndexError as e:
    print(e)
# Output:
# 2 4 range(1, 3)
# range object index out of range
# ---
def safe_get(seq, i, default=None):
    try:
        return seq[i]
    except (IndexError, KeyError):
        return default
print(safe_get([1, 2], 5), safe_get({'a': 1}, 'a'), safe_get('xy', 1), safe_get((), 0, 'none'))
# Output:
# None 1 y none
# ---
grid = [[1, 2], [3, 4]]
print(grid[1][0])
try:
    grid[0][2]
except IndexError as e:
    print('row 0:', e)
grid[1][1] += 10
print(grid)
# Output:
# 3
# row 0: list index out of range
# [[1, 2], [3, 14]]
# ---
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
counts['a'] += 100
print(counts)
try:
    counts['z'] += 1
except KeyError as e:
    print('no', e)
# Output:
# {'a': 103, 'b': 2, 'c': 1}
# no 'z'
# ---
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if key not in self.cells:
            raise IndexError('no cell %s' % (key,))
        return self.cells[key]
    def __setitem__(self, key, value):
        self.cells[key] = value
m = Matrix()
m[0, 1] = 5
print(m[0, 1])
try:
    m[2, 2]
except IndexError as e:
    print(e)
# Output:
# 5
# no cell (2, 2)
# ---
items = [0, 1, 2, 3, 4, 5]
items[1:3] = ['a']
print(items)
del items[::2]
print(items)
print(items[10:], items[-10:2])
# Output:
# [0, 'a', 3, 4, 5]
# ['a', 4]
# [] ['a', 4]
# ---
x = [1, 2, 3]
x[1:1] = x
print(x)
y = [0] * 5
y[1:3] = (c for c in 'ab')
y[::2] = range(3)
y[3:] = 'xyz'
print(y)
try:
    y[::2] = [1]
except ValueError as e:
    print(e)
# Output:
# [1, 1, 2, 3, 2, 3]
# [0, 'a', 1, 'x', 'y', 'z']
# attempt to assign sequence of size 1 to extended slice of size 3
