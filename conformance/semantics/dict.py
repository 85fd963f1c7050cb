# pyfence's dict: any hashable key, insertion order, CPython's methods and errors.
# ---
# Displays keep insertion order; keys of any hashable type.
d = {'b': 1, 'a': 2, 3: 'three', (1, 2): [1, 2], None: None, 2.5: True}
print(d)
print(d['b'], d[3], d[(1, 2)], d[None], d[2.5])
print(len(d), bool(d), bool({}), list(d))
# Output:
# {'b': 1, 'a': 2, 3: 'three', (1, 2): [1, 2], None: None, 2.5: True}
# 1 three [1, 2] None True
# 6 True False ['b', 'a', 3, (1, 2), None, 2.5]
# ---
# Equal numbers are one key: the first key object stays, the last value wins.
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d[1.0] = 'again'
print(d, d[True], d[1])
d2 = {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}
print(d2)
# Output:
# {1: 'bool'} 1
# {1: 'again'} again again
# {0: 'd'}
# ---
# Assignment to an existing key keeps its place; deletion and reinsertion moves it last.
d = {'x': 1, 'y': 2, 'z': 3}
d['x'] = 10
print(d)
del d['x']
d['x'] = 100
print(d)
print('y' in d, 'q' in d, 'q' not in d)
# Output:
# {'x': 10, 'y': 2, 'z': 3}
# {'y': 2, 'z': 3, 'x': 100}
# True False True
# ---
# get, setdefault, pop, popitem.
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('a', 5), d.setdefault('b', 7), d.setdefault('c'))
print(d)
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.popitem(), d.popitem(), d)
# Output:
# 1 None 0
# 1 7 None
# {'a': 1, 'b': 7, 'c': None}
# 1 default {'b': 7, 'c': None}
# ('c', None) ('b', 7) {}
# ---
# update with a dict, pairs, keywords; copy is shallow; clear.
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5, f=6)
d.update({'a': 0}, g=7)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d, c == d)
inner = {'k': [1]}
shallow = inner.copy()
shallow['k'].append(2)
print(inner)
d.clear()
print(d, len(d))
# Output:
# {'a': 0, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}
# 0 changed False False
# {'k': [1, 2]}
# {} 0
# ---
# fromkeys, on the class and on an instance.
print(dict.fromkeys('abc'))
print(dict.fromkeys(range(3), 0))
print({}.fromkeys([1, 2, 1], 'x'))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
# Output:
# {'a': None, 'b': None, 'c': None}
# {0: 0, 1: 0, 2: 0}
# {1: 'x', 2: 'x'}
# {'a': [1], 'b': [1]}
# ---
# The dict() constructor.
print(dict())
print(dict({'a': 1, 'b': 2}))
print(dict([('a', 1), ('b', 2)]))
print(dict(a=1, b=2))
print(dict([('a', 1)], b=2))
print(dict({'a': 1}, a=2))
print(dict(zip('abc', range(3))))
print(dict(['ab', 'cd']))
print(dict((i, i * i) for i in range(4)))
# Output:
# {}
# {'a': 1, 'b': 2}
# {'a': 1, 'b': 2}
# {'a': 1, 'b': 2}
# {'a': 1, 'b': 2}
# {'a': 2}
# {'a': 0, 'b': 1, 'c': 2}
# {'a': 'b', 'c': 'd'}
# {0: 0, 1: 1, 2: 4, 3: 9}
# ---
# Comprehensions.
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
print({k: v for k, v in [(1, 'a'), (2, 'b')] if k > 1})
print({(i, j): i * j for i in range(2) for j in range(2)})
# Output:
# {'apple': 5, 'bob': 3, 'cat': 3}
# {2: 'b'}
# {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
# ---
# Iteration yields keys in insertion order; items and values follow.
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
print(list(d.keys()), list(d.values()), list(d.items()))
print(sorted(d), sorted(d.values()), max(d), min(d.values()))
print(sum(d.values()), len(d.keys()))
# Output:
# one 1
# two 2
# three 3
# one = 1
# two = 2
# three = 3
# ['one', 'two', 'three'] [1, 2, 3] [('one', 1), ('two', 2), ('three', 3)]
# ['one', 'three', 'two'] [1, 2, 3] two 1
# 6 3
# ---
# Equality compares items, not order; values compare with ==.
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
print({1: 'a'} == {1: 'b'}, {1: 'a'} != {1: 'b'})
print({1: 1} == {1: 1.0}, {1: [1, 2]} == {1: [1, 2]}, {} == {})
print({1: 2} == [(1, 2)], {} != [], {'a': {'b': 1}} == {'a': {'b': 1}})
# Output:
# True
# False True
# True True True
# False True True
# ---
# Union operators (PEP 584).
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b)
print(b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
# Output:
# {'x': 1, 'y': 20, 'z': 30}
# {'y': 2, 'z': 30, 'x': 1}
# {'x': 1, 'y': 20, 'z': 30}
# {'x': 1, 'y': 20, 'z': 30, 'w': 0}
# ---
# repr of nested and self-containing dicts.
d = {'list': [1, 2], 'tuple': (1,), 'dict': {'inner': {}}, 'str': "it's"}
print(d)
print(repr(d) == str(d))
d['self'] = d
print(d)
e = {'d': d}
print(e)
# Output:
# {'list': [1, 2], 'tuple': (1,), 'dict': {'inner': {}}, 'str': "it's"}
# True
# {'list': [1, 2], 'tuple': (1,), 'dict': {'inner': {}}, 'str': "it's", 'self': {...}}
# {'d': {'list': [1, 2], 'tuple': (1,), 'dict': {'inner': {}}, 'str': "it's", 'self': {...}}}
# ---
# Missing keys raise KeyError whose argument is the key.
d = {'a': 1, (1, 2): 2}
for key in ['b', 5, (1, 3), None]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e))
try:
    del d['nope']
except KeyError as e:
    print(repr(e))
try:
    d.pop('nope')
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
# Output:
# KeyError('b')
# KeyError(5)
# KeyError((1, 3))
# KeyError(None)
# KeyError('nope')
# KeyError('nope')
# KeyError('popitem(): dictionary is empty')
# ---
# Unhashable keys are a TypeError, for every way of using a key.
d = {'a': 1}
for attempt in [lambda: d[[1]], lambda: d.get({}), lambda: [] in d, lambda: d.pop([]),
                lambda: d.setdefault(set()), lambda: d.update([([], 1)]), lambda: {[]: 1},
                lambda: {(1, [2]): 3}, lambda: {}.fromkeys([[1]])]:
    try:
        attempt()
    except TypeError as e:
        print(e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
# Output:
# unhashable type: 'list'
# unhashable type: 'dict'
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'set'
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'list'
# ---
# Argument errors of dict methods.
d = {}
for call in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.pop(), lambda: d.pop(1, 2, 3),
             lambda: d.setdefault(), lambda: d.clear(1), lambda: d.copy(1), lambda: d.keys(1),
             lambda: d.items(1), lambda: d.values(1), lambda: d.popitem(1), lambda: d.update(1, 2),
             lambda: d.fromkeys(), lambda: d.fromkeys(1, 2, 3), lambda: dict(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
# Output:
# get expected at least 1 argument, got 0
# get expected at most 2 arguments, got 3
# pop expected at least 1 argument, got 0
# pop expected at most 2 arguments, got 3
# setdefault expected at least 1 argument, got 0
# dict.clear() takes no arguments (1 given)
# dict.copy() takes no arguments (1 given)
# dict.keys() takes no arguments (1 given)
# dict.items() takes no arguments (1 given)
# dict.values() takes no arguments (1 given)
# dict.popitem() takes no arguments (1 given)
# update expected at most 1 argument, got 2
# fromkeys expected at least 1 argument, got 0
# fromkeys expected at most 2 arguments, got 3
# dict expected at most 1 argument, got 2
# ---
# Errors of dict() and update() for things that are not pairs.
for arg in [1, [1], [(1, 2, 3)], ['abc'], [(1, 2), 'x'], [{1, 2, 3}]]:
    try:
        dict(arg)
    except (TypeError, ValueError) as e:
        print(e)
# Output:
# 'int' object is not iterable
# cannot convert dictionary update sequence element #0 to a sequence
# dictionary update sequence element #0 has length 3; 2 is required
# dictionary update sequence element #0 has length 3; 2 is required
# dictionary update sequence element #1 has length 1; 2 is required
# dictionary update sequence element #0 has length 3; 2 is required
# ---
# Dicts are not ordered and not hashable.
for f in [lambda: {} < {}, lambda: {1: 2} >= {}, lambda: {} | [], lambda: {} ^ {}]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# '<' not supported between instances of 'dict' and 'dict'
# '>=' not supported between instances of 'dict' and 'dict'
# unsupported operand type(s) for |: 'dict' and 'list'
# unsupported operand type(s) for ^: 'dict' and 'dict'
# ---
# Changing a dict while iterating over it: the iterator raises RuntimeError.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
d = {1: 1}
it = iter(d)
print(next(it))
del d[1]
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list(it))
d = {1: 1, 2: 2}
for k in d:
    d[k] = 'values may change'
print(d)
# Output:
# 1
# dictionary changed size during iteration
# dictionary changed size during iteration
# 1
# dictionary keys changed during iteration
# []
# {1: 'values may change', 2: 'values may change'}
# ---
# The same in a for loop.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
print(d)
# Output:
# dictionary changed size during iteration
# {1: 1, 2: 2, 11: 0}
# ---
# Keys that are instances of classes with __eq__ and __hash__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
d = {Point(1, 2): 'a'}
d[Point(1, 2)] = 'b'
d[Point(2, 1)] = 'c'
print(d, len(d), Point(2, 1) in d, d[Point(1, 2)])
# Output:
# {Point(1, 2): 'b', Point(2, 1): 'c'} 2 True b
# ---
# Instances without __eq__ are keys by identity.
class Token:
    pass
t1, t2 = Token(), Token()
d = {t1: 1, t2: 2}
print(len(d), d[t1], d[t2], Token() in d)
# Output:
# 2 1 2 False
# ---
# Values of any kind, including None and nested containers; in tests values only for keys.
d = {'a': None}
print(d.get('a', 'missing'), 'a' in d, None in d)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(2, 1)], len(grid), (1, 1) in grid)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
# Output:
# None True False
# 7 9 True
# {'m': 1, 'i': 4, 's': 4, 'p': 2}
# {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
