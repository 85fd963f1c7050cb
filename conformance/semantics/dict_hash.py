# hash(): CPython's numeric, tuple and frozenset hashes; str hashes are pyfence's own.
# ---
# Numbers that compare equal hash equal, with CPython's values.
print(hash(1), hash(1.0), hash(True), hash(0), hash(False), hash(-1), hash(-2))
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e100), hash(-1e-10), hash(2.0 ** 70))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-2 ** 100), hash(10 ** 30))
print(hash(float('inf')), hash(float('-inf')), hash(1 + 2j), hash(3j), hash(complex(2, 0)))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(-7) == hash(-7.0))
# Output:
# 1 1 1 0 0 -2 -2
# 1152921504606846976 -1152921504606846976 1152921504606846977 1822893315824342674 -2124533198426632172 512
# 0 1 549755813888 -549755813888 465258685558744706
# 314159 -314159 2000007 3000009 2
# True True
# ---
# Tuples, frozensets and ranges.
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((None, 1)) == hash((None, 1.0)))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(frozenset([frozenset([1])])), hash(range(0, 10, 2)), hash(range(5)) == hash(range(0, 5, 1)))
# Output:
# 5740354900026072187 -6644214454873602895 -3550055125485641917 7267574591690527098 True
# 133146708735736 -1826646154956904602 True
# 5515263749738256364 -6143170332311272345 True
# ---
# str and bytes hash consistently within a run (not to CPython's values).
print(hash('abc') == hash('ab' + 'c'), hash('') == 0, hash(b'') == 0, hash(b'x') == hash(b'x'))
# Output:
# True True True True
# ---
# Unhashable values.
for v in [[], {}, set(), {'a': 1}.keys(), ([],), (1, {})]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
# Output:
# unhashable type: 'list'
# unhashable type: 'dict'
# unhashable type: 'set'
# unhashable type: 'dict_keys'
# unhashable type: 'list'
# unhashable type: 'dict'
# ---
# Classes: __hash__, __eq__ without __hash__, identity hash.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class E:
    def __eq__(self, other):
        return True
class P:
    pass
class BadHash:
    def __hash__(self):
        return 'x'
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 100)), hash(H(True)))
p = P()
print(hash(p) == hash(p), {p: 1}[p])
for v in [E(), BadHash()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
# Output:
# 5 -2 549755813888 1
# True 1
# unhashable type: 'E'
# __hash__ method should return an integer
# ---
# A subclass that defines __eq__ without __hash__ is unhashable; one that
# defines __hash__ again is hashable.
class Base:
    def __hash__(self):
        return 1
class NoHash(Base):
    def __eq__(self, other):
        return self is other
class Rehash(NoHash):
    def __hash__(self):
        return 2
print(hash(Base()))
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(hash(Rehash()))
# Output:
# 1
# unhashable type: 'NoHash'
# 2
# ---
# __hash__ that raises: the error reaches the caller of the lookup.
class Boom:
    def __hash__(self):
        raise ValueError('no hash for you')
for f in [lambda: {Boom(): 1}, lambda: Boom() in {1: 2}, lambda: {1}.add(Boom())]:
    try:
        f()
    except ValueError as e:
        print(e)
# Output:
# no hash for you
# no hash for you
# no hash for you
# ---
# Keys with equal hashes but different values stay distinct.
class Same:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'Same(%r)' % self.v
d = {}
for i in range(5):
    d[Same(i)] = i
d[Same(2)] = 'two'
print(d)
print(Same(4) in d, Same(9) in d, len(d))
del d[Same(0)]
print(list(d.values()))
# Output:
# {Same(0): 0, Same(1): 1, Same(2): 'two', Same(3): 3, Same(4): 4}
# True False 5
# [1, 'two', 3, 4]
# ---
# A key whose __eq__ changes the dict during the lookup.
class Sneaky:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {1: 'one'}
print(Sneaky(d) in d, d)
# Output:
# False {}
