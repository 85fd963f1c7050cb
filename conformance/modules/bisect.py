# The bisect module: CPython's binary search, comparing with < only.
# ---
# bisect_left and bisect_right on a sorted list with duplicates.
import bisect
a = [1, 2, 4, 4, 4, 8, 9]
print([bisect.bisect_left(a, x) for x in [0, 1, 3, 4, 5, 9, 10]])
print([bisect.bisect_right(a, x) for x in [0, 1, 3, 4, 5, 9, 10]])
print(bisect.bisect(a, 4), bisect.bisect is bisect.bisect_right)
# Output:
# [0, 0, 2, 2, 5, 6, 7]
# [0, 1, 2, 5, 5, 7, 7]
# 5 True
# ---
# Empty sequences and other sequence types.
import bisect
print(bisect.bisect_left([], 5), bisect.bisect_right((), 5))
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right('acegi', 'e'), bisect.bisect_left(range(0, 100, 5), 42))
# Output:
# 0 0
# 2 3 9
# ---
# lo and hi bound the search.
import bisect
a = [1, 2, 3, 4, 5, 6, 7, 8]
print(bisect.bisect_left(a, 5, 5), bisect.bisect_left(a, 5, 0, 2), bisect.bisect_right(a, 5, lo=2, hi=6))
print(bisect.bisect_right(a, 100, hi=3), bisect.bisect_left(a, 3, 7, 3), bisect.bisect_left(a, 4, 0, None))
print(bisect.bisect_left(a, 4, 0, -1))
# Output:
# 5 2 5
# 3 7 3
# 3
# ---
# Negative lo.
import bisect
bisect.bisect_left([1, 2], 1, -1)  ### exception:ValueError "lo must be non-negative"
# ---
# hi past the end reads past the list.
import bisect
bisect.bisect_left([1, 2], 5, 0, 10)  ### exception:IndexError "list index out of range"
# ---
# key= (3.10) is applied to the elements, not to x.
import bisect
people = [('ann', 25), ('bob', 31), ('cy', 31), ('dee', 40)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))
print(bisect.bisect(people, 100, key=lambda p: p[1]), bisect.bisect_left(['a', 'bb', 'ccc'], 2, key=len))
# Output:
# 1 3
# 4 1
# ---
# insort_left and insort_right keep the list sorted.
import bisect
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
b = [1.0, 2.0, 2.0]
bisect.insort_left(b, 2)
bisect.insort_right(b, 2)
print(b, [isinstance(v, float) for v in b])
# Output:
# [1, 1, 2, 4, 5, 5, 6, 9]
# [1.0, 2, 2.0, 2.0, 2] [True, False, True, True, False]
# ---
# insort with key= inserts the item, searching with key(item).
import bisect
a = [('a', 1), ('b', 3)]
bisect.insort(a, ('c', 2), key=lambda p: p[1])
bisect.insort_left(a, ('d', 3), key=lambda p: p[1])
bisect.insort_right(a, ('e', 3), key=lambda p: p[1])
print(a)
# Output:
# [('a', 1), ('c', 2), ('d', 3), ('b', 3), ('e', 3)]
# ---
# insort with lo and hi.
import bisect
a = [1, 5, 3]
bisect.insort(a, 4, 0, 2)
print(a)
bisect.insort_left(a, 0, lo=3)
print(a)
# Output:
# [1, 4, 5, 3]
# [1, 4, 5, 0, 3]
# ---
# Comparisons go through the elements' __lt__.
import bisect
class V:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.calls += 1
        return self.v < other.v
    def __repr__(self):
        return 'V(%r)' % self.v
a = [V(i) for i in range(0, 100, 10)]
print(bisect.bisect_left(a, V(35)), bisect.bisect_right(a, V(40)), V.calls)
bisect.insort(a, V(45))
print(a[:7])
# Output:
# 4 5 7
# [V(0), V(10), V(20), V(30), V(40), V(45), V(50)]
# ---
# Incomparable values raise TypeError.
import bisect
bisect.bisect_left([1, 2, 3], 'x')  ### exception:TypeError "'<' not supported between instances of 'int' and 'str'"
# ---
# A raising key propagates.
import bisect
def key(v):
    raise RuntimeError('no key for %r' % v)  ### exception:RuntimeError "no key for 2"
bisect.bisect([1, 2, 3], 2, key=key)
# ---
# A key that empties the list makes the next read fail.
import bisect
a = [1, 2, 3, 4, 5, 6, 7, 8]
def key(v):
    a.clear()
    return v
bisect.bisect_left(a, 3, key=key)  ### exception:IndexError "list index out of range"
# ---
# insort into a non-list calls its insert method.
import bisect
class Seq:
    def __init__(self):
        self.items = [1, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq()
bisect.insort(s, 2)
print(s.items, bisect.bisect_left(s, 3))
# Output:
# insert 1 2
# [1, 2, 3] 2
# ---
# Argument errors.
import bisect
for f in [lambda: bisect.bisect_left([1], 1, 'a'), lambda: bisect.bisect_left([1], 1, 0, 1.5),
          lambda: bisect.bisect_left(5, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# 'str' object cannot be interpreted as an integer
# argument should be integer or None, not 'float'
# object of type 'int' has no len()
# ---
# Searching a large sorted range is logarithmic.
import bisect
r = range(0, 10**18, 7)
print(bisect.bisect_left(r, 10**17), bisect.bisect_right(r, 7 * 12345))
# Output:
# 14285714285714286 12346
