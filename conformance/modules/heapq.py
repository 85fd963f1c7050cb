# The heapq module: CPython's sift functions, so heaps are laid out exactly
# as CPython lays them out.
# ---
# heapify lays the list out as CPython does.
import heapq
h = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
heapq.heapify(h)
print(h)
h = list(range(20, 0, -1))
heapq.heapify(h)
print(h)
# Output:
# [0, 1, 2, 4, 3, 8, 7, 5, 6, 9]
# [1, 2, 6, 3, 10, 8, 7, 4, 12, 11, 19, 9, 15, 18, 14, 5, 13, 17, 20, 16]
# ---
# heappush and heappop.
import heapq
h = []
for x in [5, 7, 9, 1, 3, 8, 2]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
# Output:
# [5]
# [5, 7]
# [5, 7, 9]
# [1, 5, 9, 7]
# [1, 3, 9, 7, 5]
# [1, 3, 8, 7, 5, 9]
# [1, 3, 2, 7, 5, 9, 8]
# [1, 2, 3, 5, 7, 8, 9] []
# ---
# heapreplace pops first; heappushpop pushes first.
import heapq
h = [1, 3, 5, 7]
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
# Output:
# 1 [3, 7, 5, 10]
# 0 [3, 7, 5, 10]
# 3 [5, 7, 6, 10]
# 4
# ---
# heappop of an empty heap.
import heapq
heapq.heappop([])  ### exception:IndexError "index out of range"
# ---
# heapreplace of an empty heap.
import heapq
heapq.heapreplace([], 1)  ### exception:IndexError "index out of range"
# ---
# Heaps of tuples order by the first item, then the next ones.
import heapq
h = []
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]:
    heapq.heappush(h, item)
print(h)
print([heapq.heappop(h) for _ in range(5)])
# Output:
# [(0, 'q'), (1, 'a'), (2, 'a'), (2, 'b'), (1, 'z')]
# [(0, 'q'), (1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
# ---
# Large heaps use CPython's cache-friendly heapify order.
import heapq
h = [(i * 7919) % 3001 for i in range(3001)]
heapq.heapify(h)
print(h[:20], h[-10:])
print([heapq.heappop(h) for _ in range(10)])
# Output:
# [0, 1, 7, 2, 4, 9, 10, 3, 5, 8, 11, 18, 39, 14, 17, 6, 49, 16, 36, 15] [1837, 2961, 2670, 1877, 2444, 2419, 2439, 2710, 2168, 1626]
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# ---
# nlargest and nsmallest.
import heapq
data = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data), heapq.nlargest(0, data), heapq.nsmallest(-1, data))
print(heapq.nlargest(10, data), heapq.nsmallest(100, iter(data)))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
# Output:
# [9, 8, 8] [1, 2, 3]
# [9] [1] [] []
# [9, 8, 8, 7, 5, 3, 2, 1] [1, 2, 3, 5, 7, 8, 8, 9]
# [9, 8, 8] [1, 2, 3]
# ---
# nlargest and nsmallest with key; ties keep their first occurrence.
import heapq
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum', 'date']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(2, iter(words), key=len), heapq.nsmallest(4, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, iter([]), key=len), heapq.nlargest(2, []))
# Output:
# ['banana', 'apple', 'pear'] ['fig', 'pear', 'kiwi']
# ['banana', 'apple'] ['fig', 'pear', 'kiwi', 'plum']
# ['banana'] [] []
# ---
# Comparisons use only <, through the elements' __lt__.
import heapq
class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return self.name
h = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'z')]:
    heapq.heappush(h, Job(p, n))
print(h, [heapq.heappop(h) for _ in range(5)])
print(heapq.nsmallest(2, [Job(5, 'e'), Job(1, 'x'), Job(3, 'y'), Job(0, 'w')]))
# Output:
# [] [z, a, a2, b, c]
# [w, x]
# ---
# Incomparable items raise TypeError.
import heapq
h = [1, 2]
heapq.heappush(h, 'x')  ### exception:TypeError "'<' not supported between instances of 'str' and 'int'"
# ---
# A comparison that mutates the heap is detected.
import heapq
h = []
class Evil:
    def __lt__(self, other):
        h.clear()
        return True
h.extend([1, 2, 3])
heapq.heappush(h, Evil())  ### exception:RuntimeError "list changed size during iteration"
# ---
# A comparison that raises propagates; the heap keeps its items.
import heapq
class Bad:
    def __lt__(self, other):
        raise ValueError('cannot compare')
h = [1, 2, 3]
try:
    heapq.heappush(h, Bad())
except ValueError as e:
    print(e, len(h))
# Output:
# cannot compare 4
# ---
# merge of sorted inputs, lazily.
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2, 2, 10], iter([0]))))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
m = heapq.merge([1, 2], [1.5])
print(next(m), next(m), list(m))
# Output:
# [1, 2, 3, 4, 5, 6, 7, 8, 9]
# [0, 1, 2, 2, 3, 10]
# [] [1, 2]
# 1 1.5 [2]
# ---
# merge with key and reverse; ties come from the earlier input first.
import heapq
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(heapq.merge(['x', 'yyy'], ['zz'], key=len, reverse=False)))
# Output:
# ['a', 'bb', 'ccc', 'dddd']
# [9, 8, 7, 5, 4, 1]
# [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
# ['x', 'zz', 'yyy']
# ---
# merge advances an input only when its next value is needed.
import heapq
def gen(name, items):
    for x in items:
        print('next', name, x)
        yield x
m = heapq.merge(gen('a', [1, 3]), gen('b', [2]))
print('first', next(m))
print('second', next(m))
print('rest', list(m))
# Output:
# next a 1
# next b 2
# first 1
# next a 3
# second 2
# rest [3]
# ---
# Argument checks.
import heapq
for f in [lambda: heapq.heappush((1,), 2), lambda: heapq.heapify('abc'), lambda: heapq.heappop(None)]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# heappush() argument 1 must be list, not tuple
# heapify() argument must be list, not str
# heappop() argument must be list, not None
# ---
# Heap sort.
import heapq
import random
random.seed(4)
data = [random.randrange(1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10])
# Output:
# True [7, 9, 18, 20, 26, 26, 43, 44, 45, 47]
