# itertools: CPython 3.11's iterators, their reprs, laziness and error messages.
# ---
# count with ints, floats and a negative step; repr shows the next value.
import itertools
c = itertools.count()
print(next(c), next(c), next(c), c)
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.count(1.5, 0.25), 3)))
d = itertools.count(5, -2)
print([next(d) for _ in range(3)], d)
print(itertools.count(3, True), itertools.count(2, 1.0), itertools.count(0.5))
# Output:
# 0 1 2 count(3)
# [10, 15, 20, 25]
# [1.5, 1.75, 2.0]
# [5, 3, 1] count(-1, -2)
# count(3) count(2, 1.0) count(0.5)
# ---
# count keywords and big ints.
import itertools
c = itertools.count(step=3, start=2**64)
print(next(c), next(c), c)
# Output:
# 18446744073709551616 18446744073709551619 count(18446744073709551622, 3)
# ---
import itertools
itertools.count('a')  ### exception:TypeError "a number is required"
# ---
import itertools
itertools.count(1, 2, 3)  ### exception:TypeError "count\(\) takes at most 2 arguments \(3 given\)"
# ---
# count is a type: isinstance, type() and its repr.
import itertools
c = itertools.count()
print(type(c), isinstance(c, itertools.count), type(c) is itertools.count)
print(itertools.count, itertools.chain, itertools.zip_longest)
# Output:
# <class 'itertools.count'> True True
# <class 'itertools.count'> <class 'itertools.chain'> <class 'itertools.zip_longest'>
# ---
# cycle saves the first pass and replays it.
import itertools
c = itertools.cycle('abc')
print([next(c) for _ in range(8)])
print(list(itertools.cycle([])))
g = (x for x in [1, 2])
print(list(itertools.islice(itertools.cycle(g), 5)))
# Output:
# ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b']
# []
# [1, 2, 1, 2, 1]
# ---
import itertools
itertools.cycle()  ### exception:TypeError "cycle expected 1 argument, got 0"
# ---
import itertools
itertools.cycle(5)  ### exception:TypeError "'int' object is not iterable"
# ---
# repeat with and without times; repr counts down.
import itertools
r = itertools.repeat('a', 3)
print(r, next(r), r)
print(list(r), r)
print(list(itertools.repeat(1, -5)), itertools.repeat(None, -5))
print(list(itertools.islice(itertools.repeat([1]), 3)), itertools.repeat([1]))
print(list(itertools.repeat(times=2, object='x')))
print(list(map(pow, range(4), itertools.repeat(2))))
# Output:
# repeat('a', 2) a repeat('a', 2)
# ['a', 'a'] repeat('a', 0)
# [] repeat(None, 0)
# [[1], [1], [1]] repeat([1])
# ['x', 'x']
# [0, 1, 4, 9]
# ---
import itertools
itertools.repeat()  ### exception:TypeError "repeat\(\) missing required argument 'object' \(pos 1\)"
# ---
import itertools
itertools.repeat(1, 'a')  ### exception:TypeError "'str' object cannot be interpreted as an integer"
# ---
# accumulate: running sums, a function, initial.
import itertools
import operator
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate(['a', 'b', 'c'])))
print(list(itertools.accumulate([[1], [2]])))
print(list(itertools.accumulate(range(4), func=lambda a, b: a * 10 + b)))
# Output:
# [1, 3, 6, 10]
# [1, 2, 6, 24]
# [3, 3, 4, 4, 5]
# [100, 101, 103]
# [7] []
# ['a', 'ab', 'abc']
# [[1], [1, 2]]
# [0, 1, 12, 123]
# ---
import itertools
list(itertools.accumulate([1, 'a']))  ### exception:TypeError "unsupported operand type\(s\) for \+: 'int' and 'str'"
# ---
import itertools
itertools.accumulate([1], None, None)  ### exception:TypeError "accumulate\(\) takes at most 2 positional arguments \(3 given\)"
# ---
# chain is lazy: a bad iterable raises only when reached.
import itertools
c = itertools.chain([1, 2], 'ab', (), range(2))
print(list(c), list(c))
bad = itertools.chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print(e)
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(['ab', [1, 2], ()])))
print(list(itertools.chain.from_iterable(str(i) * i for i in range(4))))
# Output:
# [1, 2, 'a', 'b', 0, 1] []
# 1
# 'int' object is not iterable
# []
# ['a', 'b', 1, 2]
# ['1', '2', '2', '3', '3', '3']
# ---
import itertools
itertools.chain(x=1)  ### exception:TypeError "chain\(\) takes no keyword arguments"
# ---
import itertools
itertools.chain.from_iterable()  ### exception:TypeError "chain.from_iterable\(\) takes exactly one argument \(0 given\)"
# ---
# compress, dropwhile, takewhile, filterfalse.
import itertools
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [1, 1])), list(itertools.compress(data='AB', selectors=[0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
t = itertools.takewhile(lambda x: x < 3, itertools.count())
print(list(t), list(t))
# Output:
# ['A', 'C', 'E', 'F']
# ['A', 'B'] ['B']
# [6, 4, 1]
# [1, 4]
# [0, 2, 4, 6, 8]
# [0, '', None, []]
# [0, 1, 2] []
# ---
import itertools
itertools.dropwhile(None)  ### exception:TypeError "dropwhile expected 2 arguments, got 1"
# ---
import itertools
next(itertools.dropwhile(None, [1]))  ### exception:TypeError "'NoneType' object is not callable"
# ---
import itertools
itertools.compress([1])  ### exception:TypeError "compress\(\) missing required argument 'selectors' \(pos 2\)"
# ---
# groupby with and without a key.
import itertools
print([(k, list(g)) for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([k for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print(list(itertools.groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
# Output:
# [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# ['A', 'B', 'C', 'D']
# [(1, [1, 3]), (0, [2, 4]), (1, [5, 7])]
# []
# a ['apple', 'avocado']
# b ['banana', 'blueberry']
# c ['cherry']
# ---
# groupby shares its iterator: advancing it invalidates the previous group.
import itertools
groups = list(itertools.groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
it = itertools.groupby('aaabb')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(type(g1), type(it))
# Output:
# [('a', []), ('b', []), ('c', [])]
# a a
# b [] ['b', 'b']
# <class 'itertools._grouper'> <class 'itertools.groupby'>
# ---
# A group read partly, then the groupby advanced: the rest is skipped.
import itertools
it = itertools.groupby([1, 1, 1, 2, 2, 3])
k, g = next(it)
print(k, next(g))
print([(k, list(g)) for k, g in it])
# Output:
# 1 1
# [(2, [2, 2]), (3, [3])]
# ---
# A key that raises propagates; so does an error in the source.
import itertools
def key(x):
    if x == 3:
        raise ValueError('bad key %d' % x)
    return x // 2
it = itertools.groupby([0, 1, 2, 3], key=key)
print(next(it)[0])
try:
    print(next(it)[0])
    next(it)
except ValueError as e:
    print('caught', e)
# Output:
# 0
# 1
# caught bad key 3
# ---
import itertools
itertools.groupby([1], key=None, x=1)  ### exception:TypeError "groupby\(\) takes at most 2 arguments \(3 given\)"
# ---
# islice with stop, start/stop/step and None.
import itertools
print(list(itertools.islice('ABCDEFG', 2)))
print(list(itertools.islice('ABCDEFG', 2, 4)))
print(list(itertools.islice('ABCDEFG', 2, None)))
print(list(itertools.islice('ABCDEFG', 0, None, 2)))
print(list(itertools.islice('ABCDEFG', None)))
print(list(itertools.islice('ABCDEFG', 5, 2)))
print(list(itertools.islice(itertools.count(), 3, 20, 7)))
print(list(itertools.islice(range(10), None, None, 3)))
# Output:
# ['A', 'B']
# ['C', 'D']
# ['C', 'D', 'E', 'F', 'G']
# ['A', 'C', 'E', 'G']
# ['A', 'B', 'C', 'D', 'E', 'F', 'G']
# []
# [3, 10, 17]
# [0, 3, 6, 9]
# ---
# islice consumes exactly what CPython consumes from a shared iterator.
import itertools
it = iter(range(10))
print(list(itertools.islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 4, 2)), next(it))
# Output:
# [2, 3, 4] 5
# [1, 3, 5] 6
# [] 4
# ---
import itertools
itertools.islice([1], -1)  ### exception:ValueError "Stop argument for islice\(\) must be None or an integer: 0 <= x <= sys.maxsize."
# ---
import itertools
itertools.islice([1], -1, 2)  ### exception:ValueError "Indices for islice\(\) must be None or an integer: 0 <= x <= sys.maxsize."
# ---
import itertools
itertools.islice([1], 1, 5, 0)  ### exception:ValueError "Step for islice\(\) must be a positive integer or None."
# ---
import itertools
itertools.islice([1], 'a')  ### exception:ValueError "Stop argument for islice"
# ---
import itertools
itertools.islice([1], 10**30)  ### exception:ValueError "Stop argument for islice"
# ---
import itertools
itertools.islice([1])  ### exception:TypeError "islice expected at least 2 arguments, got 1"
# ---
import itertools
itertools.islice([1], stop=3)  ### exception:TypeError "islice\(\) takes no keyword arguments"
# ---
# pairwise and starmap.
import itertools
print(list(itertools.pairwise('ABCD')), list(itertools.pairwise('A')), list(itertools.pairwise([])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [(), [1], 'x' and (1, 2)])))
# Output:
# [('A', 'B'), ('B', 'C'), ('C', 'D')] [] []
# [32, 9, 1000]
# [0, 1, 3]
# ---
import itertools
list(itertools.starmap(len, [1]))  ### exception:TypeError "'int' object is not iterable"
# ---
# tee: independent iterators over one source.
import itertools
a, b = itertools.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), next(b))
print(list(a), list(b))
x, y, z = itertools.tee('ab', 3)
print(list(x), list(z), list(y))
print(itertools.tee([1], 0))
t = itertools.tee(range(3), 1)
print(len(t), list(t[0]), type(t[0]))
# Output:
# 1 2 1
# [3, 4] [2, 3, 4]
# ['a', 'b'] ['a', 'b'] ['a', 'b']
# ()
# 1 [0, 1, 2] <class 'itertools._tee'>
# ---
# tee of a tee shares its buffer.
import itertools
a, b = itertools.tee(range(5))
next(a)
c, d = itertools.tee(a)
print(list(c), list(d), list(a), list(b))
# Output:
# [1, 2, 3, 4] [1, 2, 3, 4] [] [0, 1, 2, 3, 4]
# ---
import itertools
itertools.tee([1], -1)  ### exception:ValueError "n must be >= 0"
# ---
import itertools
itertools.tee()  ### exception:TypeError "tee expected at least 1 argument, got 0"
# ---
# zip_longest pads with fillvalue.
import itertools
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest([1, 2], [3])), list(itertools.zip_longest()))
print(list(itertools.zip_longest('a', [], range(3))))
# Output:
# [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]
# [(1, 3), (2, None)] []
# [('a', None, 0), (None, None, 1), (None, None, 2)]
# ---
import itertools
itertools.zip_longest([1], x=1)  ### exception:TypeError "zip_longest\(\) got an unexpected keyword argument"
# ---
# product, with repeat.
import itertools
print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product()), list(itertools.product([], [1])), list(itertools.product('ab', repeat=0)))
print(len(list(itertools.product(range(3), range(4), range(5)))))
p = itertools.product([1, 2], 'a')
print(next(p), list(p), list(p))
# Output:
# [('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')]
# [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# [()] [] [()]
# 60
# (1, 'a') [(2, 'a')] []
# ---
import itertools
itertools.product([1], repeat=-1)  ### exception:ValueError "repeat argument cannot be negative"
# ---
import itertools
itertools.product([1], x=1)  ### exception:TypeError "'x' is an invalid keyword argument for product\(\)"
# ---
# permutations.
import itertools
print(list(itertools.permutations('ABC')))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations('AB', 3)), list(itertools.permutations([], 0)), list(itertools.permutations('AB', 0)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.permutations(range(7), 3))))
# Output:
# [('A', 'B', 'C'), ('A', 'C', 'B'), ('B', 'A', 'C'), ('B', 'C', 'A'), ('C', 'A', 'B'), ('C', 'B', 'A')]
# [(0, 1), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0), (2, 1), (2, 3), (3, 0), (3, 1), (3, 2)]
# [] [()] [()]
# 720 210
# ---
import itertools
itertools.permutations([1], -1)  ### exception:ValueError "r must be non-negative"
# ---
import itertools
itertools.permutations([1], 'a')  ### exception:TypeError "Expected int as r"
# ---
# combinations and combinations_with_replacement.
import itertools
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(4), 3)), list(itertools.combinations('AB', 3)), list(itertools.combinations('AB', 0)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)))
print(len(list(itertools.combinations(range(10), 4))), len(list(itertools.combinations_with_replacement(range(5), 3))))
# Output:
# [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
# [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [] [()]
# [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
# [] [()]
# 210 35
# ---
import itertools
itertools.combinations([1])  ### exception:TypeError "combinations\(\) missing required argument 'r' \(pos 2\)"
# ---
import itertools
itertools.combinations_with_replacement([1], -1)  ### exception:ValueError "r must be non-negative"
# ---
# Iterators of script classes feed itertools; itertools feed for loops and builtins.
import itertools
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(itertools.chain(Countdown(3), Countdown(2))))
print(sum(itertools.islice(itertools.count(1), 100)), max(itertools.repeat(4, 3)))
print(any(x > 50 for x in itertools.count()), dict(zip('abc', itertools.count())))
total = 0
for i, c in zip(itertools.count(), itertools.cycle('xy')):
    if i == 5:
        break
    total += i
print(total, sorted(itertools.chain([3, 1], [2])))
# Output:
# [2, 1, 0, 1, 0]
# 5050 4
# True {'a': 0, 'b': 1, 'c': 2}
# 10 [1, 2, 3]
# ---
# Script-class elements: groupby compares keys with __eq__, product keeps objects.
import itertools
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v % 3 == other.v % 3
    def __repr__(self):
        return 'K(%d)' % self.v
print([(k, list(g)) for k, g in itertools.groupby([K(1), K(4), K(2), K(5), K(3)])])
print(list(itertools.product([K(1)], [K(2)])))
# Output:
# [(K(1), [K(1), K(4)]), (K(2), [K(2), K(5)]), (K(3), [K(3)])]
# [(K(1), K(2))]
# ---
# Module attributes are read-only.
import itertools
itertools.count = None  ### policy:readonly-attr
# ---
# Infinite iterators end with the step budget wherever consumed.
# option: --max-steps=100000
import itertools
print(sum(itertools.repeat(1)))  ### limit:steps
# ---
# option: --max-steps=100000
import itertools
x = list(itertools.count())  ### limit:steps
# ---
# option: --max-steps=100000
import itertools
itertools.tee(range(10), 10**12)  ### limit:memory
# ---
# Iterators compare by identity and hash.
import itertools
c = itertools.count()
a, b = itertools.tee([])
print(c == c, c != c, c == itertools.count(), a == b, a != a, {c: 1}[c], c in [1, c])
# Output:
# True False False False False 1 True
# ---
import itertools
itertools.count() < itertools.count()  ### exception:TypeError "'<' not supported between instances of 'itertools.count' and 'itertools.count'"
