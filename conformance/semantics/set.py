# pyfence's set and frozenset. pyfence iterates sets in insertion order and
# CPython in hash-table order, so chunks print sorted(s) where the orders differ.
# ---
# Displays, len, membership; duplicates and equal numbers collapse.
s = {'b', 'a', 'b', 'c'}
print(len(s), 'a' in s, 'z' in s, 'z' not in s, sorted(s))
n = {1, 1.0, True, 2, 2.0}
print(len(n), sorted(n), 1.0 in n, 3 in n)
print(set(), frozenset(), bool(set()), bool({0}))
# Output:
# 3 True False True ['a', 'b', 'c']
# 2 [1, 2] True False
# set() frozenset() False True
# ---
# Sets of small ints inserted in ascending order print the same as CPython's.
print({1, 2, 3}, frozenset({1, 2}), {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
print(set(range(5)), frozenset(range(3)))
# Output:
# {1, 2, 3} frozenset({1, 2}) True
# {0, 1, 2, 3, 4} frozenset({0, 1, 2})
# ---
# pyfence prints a set in insertion order.
# differs: CPython prints sets in hash-table order: {1, 2, 3} and {'a', 'b'} or {'b', 'a'}
print({3, 1, 2}, {'b', 'a'})
# Output:
# {3, 1, 2} {'b', 'a'}
# ---
# The constructors.
print(sorted(set('hello')), sorted(frozenset([3, 1, 3])), set([]), set(()))
print(sorted(set({'a': 1, 'b': 2})), sorted(set(x % 3 for x in range(10))))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) is f, set(f) == f)
# Output:
# ['e', 'h', 'l', 'o'] [1, 3] set() set()
# ['a', 'b'] [0, 1, 2]
# True False True
# ---
# Comprehensions.
print(sorted({c.upper() for c in 'abcab'}), sorted({x * x for x in range(-3, 4)}))
# Output:
# ['A', 'B', 'C'] [0, 1, 4, 9]
# ---
# add, remove, discard, pop, clear.
s = set()
s.add(1)
s.add(2)
s.add(1)
print(sorted(s))
s.discard(2)
s.discard(99)
print(sorted(s))
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print(repr(e))
try:
    s.pop()
except KeyError as e:
    print(repr(e))
s = {5}
print(s.pop(), s)
s = {1, 2, 3}
s.clear()
print(s, len(s))
# Output:
# [1, 2]
# [1]
# set()
# KeyError(1)
# KeyError('pop from an empty set')
# 5 set()
# set() 0
# ---
# Operators.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
fa = frozenset(a)
print(type(fa | b), type(b | fa), sorted(fa & b), fa - b == a - b)
# Output:
# [1, 2, 3, 4, 5] [3, 4] [1, 2] [5] [1, 2, 5]
# <class 'frozenset'> <class 'set'> [3, 4] True
# ---
# In-place operators change a set and rebind a frozenset.
s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5, 3}
print(s, alias is s, alias)
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
# Output:
# {5} True {5}
# [1, 2] [1] False
# ---
# Methods that take any iterables.
s = {1, 2, 3}
print(sorted(s.union([4], (5,), {6})), sorted(s.intersection([2, 3, 9], range(3))))
print(sorted(s.difference([1], {2})), sorted(s.symmetric_difference([3, 4])))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint({3}))
print(sorted(s.union()), sorted(s.intersection()), s.union() is s)
t = set(s)
t.update([10], {11})
t.intersection_update(range(12))
t.difference_update([1])
t.symmetric_difference_update([2, 99])
print(sorted(t))
# Output:
# [1, 2, 3, 4, 5, 6] [2]
# [3] [1, 2, 4]
# True True True False
# [1, 2, 3] [1, 2, 3] False
# [3, 10, 11, 99]
# ---
# Comparisons are subset and superset tests; sets of both kinds compare equal.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > b, a == b, a != b)
print(frozenset(a) == a, a == frozenset([2, 1]), {1} == [1], set() == frozenset())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {1, 3})
# Output:
# True True True True False True False False True
# True True False True
# False False False
# ---
# copy.
s = {1, 2}
c = s.copy()
c.add(3)
print(sorted(s), sorted(c), c is s)
f = frozenset(s)
print(f.copy() is f)
# Output:
# [1, 2] [1, 2, 3] False
# True
# ---
# Sets of tuples, frozensets and None; frozensets are hashable.
s = {(1, 2), frozenset([3]), None, 'x'}
print((1, 2) in s, frozenset({3}) in s, None in s, len(s))
families = {frozenset(['a', 'b']): 1}
print(families[frozenset(['b', 'a'])])
print({1, 2} in {frozenset([1, 2])})
# Output:
# True True True 4
# 1
# True
# ---
# Errors: unhashable elements, wrong operand types, argument counts.
for f in [lambda: {[]}, lambda: set([[1]]), lambda: {1}.add({}), lambda: [] in {1},
          lambda: {1}.remove([]), lambda: {1}.discard({}), lambda: hash({1})]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [lambda: {1} | [1], lambda: {1} & (1,), lambda: {1} - 1, lambda: {1} ^ 'a',
          lambda: {1} < [1], lambda: {1} >= 1, lambda: set(1, 2), lambda: set(x=1),
          lambda: frozenset(1, 2), lambda: set(1), lambda: {1}.add(), lambda: {1}.pop(1),
          lambda: {1}.union(a=1), lambda: {1}.isdisjoint(), lambda: {1}.issubset(3)]:
    try:
        f()
    except TypeError as e:
        print(e)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e)
try:
    frozenset().add
except AttributeError as e:
    print(e)
# Output:
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'dict'
# unhashable type: 'list'
# unhashable type: 'list'
# unhashable type: 'dict'
# unhashable type: 'set'
# unsupported operand type(s) for |: 'set' and 'list'
# unsupported operand type(s) for &: 'set' and 'tuple'
# unsupported operand type(s) for -: 'set' and 'int'
# unsupported operand type(s) for ^: 'set' and 'str'
# '<' not supported between instances of 'set' and 'list'
# '>=' not supported between instances of 'set' and 'int'
# set expected at most 1 argument, got 2
# set() takes no keyword arguments
# frozenset expected at most 1 argument, got 2
# 'int' object is not iterable
# set.add() takes exactly one argument (0 given)
# set.pop() takes no arguments (1 given)
# set.union() takes no keyword arguments
# set.isdisjoint() takes exactly one argument (0 given)
# 'int' object is not iterable
# unsupported operand type(s) for |=: 'set' and 'list'
# 'frozenset' object has no attribute 'add'
# ---
# Changing a set while iterating over it.
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(10)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
s.discard(10)
try:
    next(it)
except RuntimeError as e:
    print(e)
# Output:
# Set changed size during iteration
# Set changed size during iteration
# Set changed size during iteration
# ---
# The same in a for loop.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print(sorted(s))
# Output:
# Set changed size during iteration
# [1, 2, 3, 11]
# ---
# A set in a set is looked up as its frozenset.
s = {frozenset([1, 2])}
print({1, 2} in s, {2, 1} in s)
s.remove({1, 2})
print(s)
s.add(frozenset([3]))
s.discard({3})
print(s)
# Output:
# True True
# set()
# set()
