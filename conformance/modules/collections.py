# The collections module: namedtuple, defaultdict, OrderedDict, Counter, deque.
# ---
# namedtuple: fields from a string with spaces, attributes, indexing, repr.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p))
print(Point)
print(type(p), type(p) is Point)
# Output:
# Point(x=1, y=2) 1 2 1 2 (1,) 2
# <class '__main__.Point'>
# <class '__main__.Point'> True
# ---
# Field names with commas, as a list, as a tuple.
from collections import namedtuple
A = namedtuple('A', 'a, b,c')
B = namedtuple('B', ['a', 'b'])
C = namedtuple('C', ('a',))
print(A._fields, B._fields, C._fields)
print(A(1, 2, 3), B(a=1, b=2), C(5))
# Output:
# ('a', 'b', 'c') ('a', 'b') ('a',)
# A(a=1, b=2, c=3) B(a=1, b=2) C(a=5)
# ---
# A namedtuple is a tuple: unpacking, iteration, membership, comparisons, hashing.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(3, 4)
x, y = p
print(x, y, list(p), tuple(p), 3 in p, 5 in p)
print(isinstance(p, tuple), isinstance(p, P), issubclass(P, tuple))
print(p == (3, 4), (3, 4) == p, p != (3, 4), p == P(3, 4), p == [3, 4])
print(hash(p) == hash((3, 4)), {p: 'a'}[(3, 4)], {(3, 4): 'b'}[p])
print(p < (3, 5), p > (3, 3), P(1, 2) < P(1, 3), sorted([P(2, 1), P(1, 2)]))
print(max(P(1, 9), P(2, 0)), min([P(5, 5), (4, 4)]))
# Output:
# 3 4 [3, 4] (3, 4) True False
# True True True
# True True False True False
# True a b
# True True True [P(x=1, y=2), P(x=2, y=1)]
# P(x=2, y=0) (4, 4)
# ---
# Tuple methods and operators.
from collections import namedtuple
P = namedtuple('P', 'a b c')
p = P(1, 2, 1)
print(p.count(1), p.index(2), p + (4,), (0,) + p, p * 2, 2 * p)
print(bool(p), bool(namedtuple('E', '')()), str(p), f'{p}', '%s' % (p,))
# Output:
# 2 1 (1, 2, 1, 4) (0, 1, 2, 1) (1, 2, 1, 1, 2, 1) (1, 2, 1, 1, 2, 1)
# True False P(a=1, b=2, c=1) P(a=1, b=2, c=1) P(a=1, b=2, c=1)
# ---
# _asdict, _replace, _make, _fields, _field_defaults.
from collections import namedtuple
P = namedtuple('P', 'x y z', defaults=[0, 1])
p = P(5)
print(p, p._asdict(), type(p._asdict()))
print(p._replace(z=9), p._replace(), P._make([1, 2, 3]), P._make(range(3)))
print(P._fields, P._field_defaults, p._fields)
print(P(1, 2), P(1, z=7), P(x=1))
# Output:
# P(x=5, y=0, z=1) {'x': 5, 'y': 0, 'z': 1} <class 'dict'>
# P(x=5, y=0, z=9) P(x=5, y=0, z=1) P(x=1, y=2, z=3) P(x=0, y=1, z=2)
# ('x', 'y', 'z') {'y': 0, 'z': 1} ('x', 'y', 'z')
# P(x=1, y=2, z=1) P(x=1, y=0, z=7) P(x=1, y=0, z=1)
# ---
# rename=True replaces invalid, keyword, underscored and duplicate names.
from collections import namedtuple
R = namedtuple('R', ['ok', 'def', '_x', 'ok', '1a', 'fine'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))
# Output:
# ('ok', '_1', '_2', '_3', '_4', 'fine')
# R(ok=1, _1=2, _2=3, _3=4, _4=5, fine=6)
# ---
# module= sets the class's module.
from collections import namedtuple
M = namedtuple('M', 'a', module='mymod')
print(M, M(1))
# Output:
# <class 'mymod.M'> M(a=1)
# ---
# A field may shadow a tuple method.
from collections import namedtuple
T = namedtuple('T', 'count index')
t = T(10, 20)
print(t.count, t.index, t)
# Output:
# 10 20 T(count=10, index=20)
# ---
# Invalid type name.
from collections import namedtuple
namedtuple('1P', 'x')  ### exception:ValueError "Type names and field names must be valid identifiers: '1P'"
# ---
# Invalid field name.
from collections import namedtuple
namedtuple('P', 'x 1x')  ### exception:ValueError "Type names and field names must be valid identifiers: '1x'"
# ---
# Keyword as a field name.
from collections import namedtuple
namedtuple('P', 'x class')  ### exception:ValueError "Type names and field names cannot be a keyword: 'class'"
# ---
# Field names may not start with an underscore: no dunder fields.
from collections import namedtuple
namedtuple('P', '__class__')  ### exception:ValueError "Field names cannot start with an underscore: '__class__'"
# ---
# Duplicate field.
from collections import namedtuple
namedtuple('P', 'x y x')  ### exception:ValueError "Encountered duplicate field name: 'x'"
# ---
# More defaults than fields.
from collections import namedtuple
namedtuple('P', 'x', defaults=(1, 2))  ### exception:TypeError "Got more default values than field names"
# ---
# Missing arguments.
from collections import namedtuple
P = namedtuple('P', 'x y z')
P(1)  ### exception:TypeError "P.__new__\(\) missing 2 required positional arguments: 'y' and 'z'"
# ---
# Too many arguments.
from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, 2, 3)  ### exception:TypeError "P.__new__\(\) takes 3 positional arguments but 4 were given"
# ---
# Too many arguments with defaults.
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
P(1, 2, 3)  ### exception:TypeError "P.__new__\(\) takes from 2 to 3 positional arguments but 4 were given"
# ---
# Unexpected keyword argument.
from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, 2, z=3)  ### exception:TypeError "P.__new__\(\) got an unexpected keyword argument 'z'"
# ---
# A field given twice.
from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, x=2)  ### exception:TypeError "P.__new__\(\) got multiple values for argument 'x'"
# ---
# _make with the wrong number of items.
from collections import namedtuple
P = namedtuple('P', 'x y')
P._make([1, 2, 3])  ### exception:TypeError "Expected 2 arguments, got 3"
# ---
# _replace with an unknown field.
from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, 2)._replace(w=1)  ### exception:ValueError "Got unexpected field names: \['w'\]"
# ---
# Fields are read-only.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
p.x = 5  ### exception:AttributeError "can't set attribute"
# ---
# No other attributes can be set on a namedtuple.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
p.z = 5  ### exception:AttributeError "'P' object has no attribute 'z'"
# ---
# Items cannot be assigned.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
p[0] = 5  ### exception:TypeError "'P' object does not support item assignment"
# ---
# Index out of range.
from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, 2)[2]  ### exception:IndexError "tuple index out of range"
# ---
# Subclassing a namedtuple: methods, properties, attributes, isinstance.
from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @property
    def swapped(self):
        return Vec(self.y, self.x)
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2(), v.swapped, v + Vec(1, 1), v[0], len(v))
print(isinstance(v, tuple), v == (3, 4), Vec._make([1, 2]), v._replace(y=0), v._asdict())
w = Vec(1, 2)
w.tag = 'instances of subclasses take attributes'
print(w.tag, w)
# Output:
# Vec(x=3, y=4) 25 Vec(x=4, y=3) Vec(x=4, y=5) 3 2
# True True Vec(x=1, y=2) Vec(x=3, y=0) {'x': 3, 'y': 4}
# instances of subclasses take attributes Vec(x=1, y=2)
# ---
# A subclass with its own __repr__ and __str__.
from collections import namedtuple
class Card(namedtuple('Card', 'rank suit')):
    def __repr__(self):
        return 'Card<' + str(self.rank) + self.suit + '>'
    def __str__(self):
        return str(self.rank) + ' of ' + self.suit
c = Card(10, 'h')
print(c, repr(c), [c])
# Output:
# 10 of h Card<10h> [Card<10h>]
# ---
# A subclass of a subclass.
from collections import namedtuple
class A(namedtuple('A', 'x')):
    def f(self):
        return 'A.f'
class B(A):
    def g(self):
        return self.f() + '+B.g'
b = B(7)
print(b, b.x, b.g(), isinstance(b, A), isinstance(b, tuple))
# Output:
# B(x=7) 7 A.f+B.g True True
# ---
# The repr of a namedtuple inside itself (through a list).
from collections import namedtuple
P = namedtuple('P', 'items n')
p = P([], 1)
p.items.append(p)
print(p)
# Output:
# P(items=[P(items=[...], n=1)], n=1)
# ---
# The field accessor on the class.
from collections import namedtuple
P = namedtuple('P', 'x y')
print(P.y)
# Output:
# _tuplegetter(1, 'Alias for field number 1')
# ---
# defaultdict: missing keys call the factory and are stored.
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, len(d), d['a'])
c = defaultdict(int)
for w in 'the cat the hat the'.split():
    c[w] += 1
print(c, dict(c))
s = defaultdict(set)
s['x'].add(1)
print(s)
# Output:
# defaultdict(<class 'list'>, {'a': [1, 2], 'b': []}) 2 [1, 2]
# defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'hat': 1}) {'the': 3, 'cat': 1, 'hat': 1}
# defaultdict(<class 'set'>, {'x': {1}})
# ---
# get, in, pop and setdefault do not call the factory.
from collections import defaultdict
d = defaultdict(int)
print(d.get('x'), 'x' in d, d.pop('x', 'none'), d.setdefault('y', 5), d)
# Output:
# None False none 5 defaultdict(<class 'int'>, {'y': 5})
# ---
# A factory of the script; nested defaultdicts.
from collections import defaultdict
calls = []
def make():
    calls.append(1)
    return len(calls)
d = defaultdict(make)
print(d['a'], d['b'], d['a'], calls)
tree = defaultdict(lambda: defaultdict(int))
tree['x']['y'] += 2
print(tree['x']['y'], dict(tree['x']), list(tree))
# Output:
# 1 2 1 [1, 1]
# 2 {'y': 2} ['x']
# ---
# default_factory None: a missing key raises KeyError.
from collections import defaultdict
d = defaultdict(None, {'a': 1})
print(d, d.default_factory)
d['b']  ### exception:KeyError "'b'"
# Output:
# defaultdict(None, {'a': 1}) None
# ---
# defaultdict without arguments.
from collections import defaultdict
d = defaultdict()
print(d, d.default_factory)
d[1]  ### exception:KeyError "1"
# Output:
# defaultdict(None, {}) None
# ---
# The factory must be callable.
from collections import defaultdict
defaultdict(1)  ### exception:TypeError "first argument must be callable or None"
# ---
# defaultdict is a dict: isinstance, equality, dict(), copy, iteration, keyword arguments.
from collections import defaultdict
d = defaultdict(list, [('a', 1)], b=2)
print(d, isinstance(d, dict), d == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == d)
e = d.copy()
e['c'].append(3)
print(e, type(e), d.default_factory, e.default_factory)
print(list(d), list(d.items()), sorted(d.values()), type(d))
# Output:
# defaultdict(<class 'list'>, {'a': 1, 'b': 2}) True True True
# defaultdict(<class 'list'>, {'a': 1, 'b': 2, 'c': [3]}) <class 'collections.defaultdict'> <class 'list'> <class 'list'>
# ['a', 'b'] [('a', 1), ('b', 2)] [1, 2] <class 'collections.defaultdict'>
# ---
# The | operator of defaultdict keeps the class and factory.
from collections import defaultdict
d = defaultdict(int, a=1)
print(d | {'b': 2}, {'b': 2} | d)
d |= {'c': 3}
print(d)
# Output:
# defaultdict(<class 'int'>, {'a': 1, 'b': 2}) defaultdict(<class 'int'>, {'b': 2, 'a': 1})
# defaultdict(<class 'int'>, {'a': 1, 'c': 3})
# ---
# defaultdict is not hashable and not ordered.
from collections import defaultdict
d = defaultdict(int)
hash(d)  ### exception:TypeError "unhashable type: 'collections.defaultdict'"
# ---
# Ordering defaultdicts raises.
from collections import defaultdict
defaultdict(int) < defaultdict(int)  ### exception:TypeError "'<' not supported between instances of 'collections.defaultdict' and 'collections.defaultdict'"
# ---
# A defaultdict inside itself.
from collections import defaultdict
d = defaultdict(None)
d['self'] = d
print(d)
# Output:
# defaultdict(None, {'self': defaultdict(None, {...})})
# ---
# defaultdict.fromkeys has no factory.
from collections import defaultdict
d = defaultdict.fromkeys('ab', 0)
print(d, d.default_factory)
# Output:
# defaultdict(None, {'a': 0, 'b': 0}) None
# ---
# OrderedDict: repr, move_to_end, popitem at both ends.
from collections import OrderedDict
od = OrderedDict()
print(od)
od['a'] = 1
od['b'] = 2
od['c'] = 3
print(od)
od.move_to_end('a')
print(list(od))
od.move_to_end('c', last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
# Output:
# OrderedDict()
# OrderedDict([('a', 1), ('b', 2), ('c', 3)])
# ['b', 'c', 'a']
# ['c', 'b', 'a'] OrderedDict([('c', 3), ('b', 2), ('a', 1)])
# ('a', 1) ('c', 3) OrderedDict([('b', 2)])
# ---
# OrderedDict equality is order-sensitive only between OrderedDicts.
from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(x=1, y=2))
print(a == OrderedDict([('x', 1), ('y', 3)]), [a] == [OrderedDict(a)])
# Output:
# False True True True True
# False True
# ---
# OrderedDict is a dict: isinstance, methods, reversed, copy, fromkeys, |.
from collections import OrderedDict
od = OrderedDict.fromkeys('abc', 0)
print(od, isinstance(od, dict), type(od))
print(list(reversed(od)), od.get('b'), od.pop('b'), od.setdefault('z', 9), od)
c = od.copy()
c['n'] = 1
print(c, od)
print(od | {'q': 1}, {'q': 1} | od)
od.update({'a': 5}, w=6)
print(od)
# Output:
# OrderedDict([('a', 0), ('b', 0), ('c', 0)]) True <class 'collections.OrderedDict'>
# ['c', 'b', 'a'] 0 0 9 OrderedDict([('a', 0), ('c', 0), ('z', 9)])
# OrderedDict([('a', 0), ('c', 0), ('z', 9), ('n', 1)]) OrderedDict([('a', 0), ('c', 0), ('z', 9)])
# OrderedDict([('a', 0), ('c', 0), ('z', 9), ('q', 1)]) OrderedDict([('q', 1), ('a', 0), ('c', 0), ('z', 9)])
# OrderedDict([('a', 5), ('c', 0), ('z', 9), ('w', 6)])
# ---
# popitem of an empty OrderedDict.
from collections import OrderedDict
OrderedDict().popitem()  ### exception:KeyError "dictionary is empty"
# ---
# move_to_end of a missing key.
from collections import OrderedDict
OrderedDict(a=1).move_to_end('b')  ### exception:KeyError "'b'"
# ---
# A missing key of an OrderedDict.
from collections import OrderedDict
OrderedDict(a=1)['b']  ### exception:KeyError "'b'"
# ---
# An OrderedDict inside itself.
from collections import OrderedDict
od = OrderedDict(a=1)
od['me'] = od
print(od)
# Output:
# OrderedDict([('a', 1), ('me', ...)])
# ---
# Counter from an iterable, a mapping, keyword arguments.
from collections import Counter
print(Counter('abracadabra'))
print(Counter(['x', 'y', 'x']), Counter({'a': 3, 'b': -1}), Counter(a=2, b=1))
print(Counter(), Counter(''), Counter(None))
# Output:
# Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
# Counter({'x': 2, 'y': 1}) Counter({'a': 3, 'b': -1}) Counter({'a': 2, 'b': 1})
# Counter() Counter() Counter()
# ---
# Missing elements count zero and are not stored; del ignores them.
from collections import Counter
c = Counter('aab')
print(c['z'], 'z' in c, len(c))
del c['z']
del c['a']
print(c)
# Output:
# 0 False 2
# Counter({'b': 1})
# ---
# most_common keeps insertion order among equal counts.
from collections import Counter
c = Counter('abcabcab d')
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
# Output:
# [('a', 3), ('b', 3), ('c', 2), (' ', 1), ('d', 1)]
# [('a', 3), ('b', 3)] [] [] [('a', 3), ('b', 3), ('c', 2), (' ', 1), ('d', 1)]
# ---
# elements, total, update, subtract.
from collections import Counter
c = Counter(a=3, b=1, c=0, d=-2)
print(sorted(c.elements()), list(c.elements()), c.total())
c.update('aab')
c.update({'b': 10}, e=1)
print(c)
c.subtract(['a', 'a'])
c.subtract({'e': 5}, b=1)
print(c, c.total())
# Output:
# ['a', 'a', 'a', 'b'] ['a', 'a', 'a', 'b'] 2
# Counter({'b': 12, 'a': 5, 'e': 1, 'c': 0, 'd': -2})
# Counter({'b': 11, 'a': 3, 'c': 0, 'd': -2, 'e': -4}) 8
# ---
# Multiset arithmetic: + - | & and unary + -.
from collections import Counter
a = Counter(a=3, b=1, c=-1)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(b - a)
# Output:
# Counter({'a': 4, 'd': 4, 'b': 3})
# Counter({'a': 2})
# Counter({'d': 4, 'a': 3, 'b': 2})
# Counter({'a': 1, 'b': 1})
# Counter({'a': 3, 'b': 1}) Counter({'c': 1})
# Counter({'d': 4, 'b': 1, 'c': 1})
# ---
# In-place operators keep only positive counts.
from collections import Counter
c = Counter(a=3, b=1)
c += Counter(b=-2, z=1)
print(c)
c -= Counter(a=1)
print(c)
c |= Counter(a=5, y=2)
print(c)
c &= Counter(a=1, y=5)
print(c)
# Output:
# Counter({'a': 3, 'z': 1})
# Counter({'a': 2, 'z': 1})
# Counter({'a': 5, 'y': 2, 'z': 1})
# Counter({'y': 2, 'a': 1})
# ---
# Rich comparisons of Counters (3.10): missing counts are zero.
from collections import Counter
a = Counter(a=1)
b = Counter(a=1, b=0)
c = Counter(a=2, b=1)
print(a == b, a != b, a <= c, a < c, c > a, c >= a, a < a, a <= a, c < a)
print(a == {'a': 1}, b == {'a': 1}, {'a': 1, 'b': 0} == b)
# Output:
# True False True True True True False True False
# True False True
# ---
# Comparing a Counter with a dict by < raises.
from collections import Counter
Counter(a=1) < {'a': 2}  ### exception:TypeError "'<' not supported between instances of 'Counter' and 'dict'"
# ---
# Arithmetic with a non-Counter raises.
from collections import Counter
Counter(a=1) + 1  ### exception:TypeError "unsupported operand type\(s\) for \+: 'Counter' and 'int'"
# ---
# Counter.fromkeys is undefined.
from collections import Counter
Counter.fromkeys('abc')  ### exception:NotImplementedError "Counter.fromkeys\(\) is undefined.  Use Counter\(iterable\) instead."
# ---
# Counter takes one positional argument.
from collections import Counter
Counter('a', 'b')  ### exception:TypeError "Counter.__init__\(\) takes from 1 to 2 positional arguments but 3 were given"
# ---
# Counter of a non-iterable.
from collections import Counter
Counter(5)  ### exception:TypeError "'int' object is not iterable"
# ---
# Counter is a dict: isinstance, dict(), copy, items, keys, class repr.
from collections import Counter
c = Counter('hello')
print(isinstance(c, dict), isinstance(c, Counter), dict(c), type(c), Counter)
d = c.copy()
d['h'] += 5
print(c, d, type(d), sorted(c.items()), list(c.keys()))
print(sum([Counter('ab'), Counter('bc')], Counter()))
# Output:
# True True {'h': 1, 'e': 1, 'l': 2, 'o': 1} <class 'collections.Counter'> <class 'collections.Counter'>
# Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) Counter({'h': 6, 'l': 2, 'e': 1, 'o': 1}) <class 'collections.Counter'> [('e', 1), ('h', 1), ('l', 2), ('o', 1)] ['h', 'e', 'l', 'o']
# Counter({'b': 2, 'a': 1, 'c': 1})
# ---
# Counts that are not ints, and counts that do not order.
from collections import Counter
c = Counter({'a': 1.5, 'b': 0.5})
print(c, c.total(), c + Counter(a=1))
d = Counter({'x': 'text', 'y': 1})
print(d)
# Output:
# Counter({'a': 1.5, 'b': 0.5}) 2.0 Counter({'a': 2.5, 'b': 0.5})
# Counter({'x': 'text', 'y': 1})
# ---
# Counting words.
from collections import Counter
text = 'the quick brown fox jumps over the lazy dog the end'
words = Counter(text.split())
print(words.most_common(3))
print(words['the'], words['missing'], sorted(words)[:3])
# Output:
# [('the', 3), ('quick', 1), ('brown', 1)]
# 3 0 ['brown', 'dog', 'end']
# ---
# deque: construction, append and pop at both ends, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
print(deque(), deque('abc'), deque(range(3)), deque((1,), maxlen=5))
# Output:
# deque([0, 1, 2, 3, 4]) 5 0 4
# 4 0 deque([1, 2, 3])
# deque([]) deque(['a', 'b', 'c']) deque([0, 1, 2]) deque([1], maxlen=5)
# ---
# A bounded deque drops items from the other end.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([10, 11])
print(d)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, deque().maxlen)
# Output:
# deque([3, 4, 5], maxlen=3) 3
# deque([-1, 3, 4], maxlen=3)
# deque([4, 7, 8], maxlen=3)
# deque([11, 10, 4], maxlen=3)
# deque([], maxlen=0) None
# ---
# extend, extendleft, rotate, reverse.
from collections import deque
d = deque([1, 2, 3])
d.extend('ab')
d.extendleft([0, -1])
print(d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d)
d.extend(d)
print(d)
# Output:
# deque([-1, 0, 1, 2, 3, 'a', 'b'])
# deque(['b', -1, 0, 1, 2, 3, 'a'])
# deque([1, 2, 3, 'a', 'b', -1, 0])
# deque([-1, 0, 1, 2, 3, 'a', 'b'])
# deque(['b', 'a', 3, 2, 1, 0, -1])
# deque(['b', 'a', 3, 2, 1, 0, -1, 'b', 'a', 3, 2, 1, 0, -1])
# ---
# count, index, remove, insert, clear, copy.
from collections import deque
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(1, -2))
d.remove(2)
print(d)
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
print(d)
e = d.copy()
d.clear()
print(d, e)
b = deque([1], maxlen=2)
print(b.copy(), b.copy().maxlen)
# Output:
# 2 0 1 3 4
# deque([1, 3, 2, 1])
# deque([1, 'x', 3, 2, 'y', 1, 'z'])
# deque([]) deque([1, 'x', 3, 2, 'y', 1, 'z'])
# deque([1], maxlen=2) 2
# ---
# Indexing, assignment and deletion by index.
from collections import deque
d = deque('abcde')
d[0] = 'A'
d[-1] = 'E'
del d[2]
print(d, d[1], d[-2], 'b' in d, 'c' in d)
# Output:
# deque(['A', 'b', 'd', 'E']) b d True False
# ---
# Comparisons of deques.
from collections import deque
a = deque([1, 2])
print(a == deque([1, 2]), a == [1, 2], a != deque([1]), a < deque([1, 3]), a > deque([1]), a <= deque([1, 2]))
print(sorted([deque([2]), deque([1, 5]), deque([1])]))
# Output:
# True False True True True True
# [deque([1]), deque([1, 5]), deque([2])]
# ---
# Operators: + * += *=, bool, reversed, list.
from collections import deque
a = deque([1, 2])
print(a + deque([3]), a * 2, 3 * a, a * 0, bool(a), bool(deque()))
a += [9, 8]
print(a, list(reversed(a)))
a *= 2
print(a)
m = deque([1, 2, 3], maxlen=4)
print(m * 2, m + deque([4, 5]))
# Output:
# deque([1, 2, 3]) deque([1, 2, 1, 2]) deque([1, 2, 1, 2, 1, 2]) deque([]) True False
# deque([1, 2, 9, 8]) [8, 9, 2, 1]
# deque([1, 2, 9, 8, 1, 2, 9, 8])
# deque([3, 1, 2, 3], maxlen=4) deque([2, 3, 4, 5], maxlen=4)
# ---
# A deque inside itself.
from collections import deque
d = deque([1])
d.append(d)
print(d)
# Output:
# deque([1, [...]])
# ---
# pop from an empty deque.
from collections import deque
deque().pop()  ### exception:IndexError "pop from an empty deque"
# ---
# popleft from an empty deque.
from collections import deque
deque().popleft()  ### exception:IndexError "pop from an empty deque"
# ---
# Index out of range.
from collections import deque
deque([1])[1]  ### exception:IndexError "deque index out of range"
# ---
# deques do not slice.
from collections import deque
deque([1, 2])[0:1]  ### exception:TypeError "sequence index must be integer, not 'slice'"
# ---
# remove of a missing value.
from collections import deque
deque([1]).remove(2)  ### exception:ValueError "2 is not in deque"
# ---
# index of a missing value.
from collections import deque
deque(['a']).index('b')  ### exception:ValueError "'b' is not in deque"
# ---
# insert into a full bounded deque.
from collections import deque
deque([1, 2], maxlen=2).insert(0, 0)  ### exception:IndexError "deque already at its maximum size"
# ---
# A negative maxlen.
from collections import deque
deque(maxlen=-1)  ### exception:ValueError "maxlen must be non-negative"
# ---
# A maxlen that is not an integer.
from collections import deque
deque(maxlen=1.5)  ### exception:TypeError "an integer is required"
# ---
# Adding a list to a deque.
from collections import deque
deque([1]) + [2]  ### exception:TypeError "can only concatenate deque \(not \"list\"\) to deque"
# ---
# Mutating a deque while iterating over it.
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
it = iter(d)
next(it)
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print(e)
d[0] = 'assignment is no mutation'
print(d)
# Output:
# deque mutated during iteration
# deque mutated during iteration
# deque(['assignment is no mutation', 1, 2, 3, 1])
# ---
# deques are not hashable.
from collections import deque
hash(deque())  ### exception:TypeError "unhashable type: 'collections.deque'"
# ---
# The class names and reprs of the module's classes.
import collections
print(collections.deque, collections.Counter, collections.OrderedDict, collections.defaultdict)
print(isinstance(collections.deque(), collections.deque), type(collections.deque()) is collections.deque)
# Output:
# <class 'collections.deque'> <class 'collections.Counter'> <class 'collections.OrderedDict'> <class 'collections.defaultdict'>
# True True
# ---
# deque used as a queue in a breadth-first search.
from collections import deque
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
seen = {'a'}
order = []
q = deque(['a'])
while q:
    n = q.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            q.append(m)
print(order)
# Output:
# ['a', 'b', 'c', 'd', 'e', 'f']
# ---
# A sliding window with a bounded deque.
from collections import deque
window = deque(maxlen=3)
sums = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    sums.append(sum(window))
print(sums, list(window))
# Output:
# [1, 3, 6, 9, 12, 15] [4, 5, 6]
# ---
# Grouping with defaultdict and counting with Counter together.
from collections import defaultdict, Counter, namedtuple
Sale = namedtuple('Sale', 'region item qty')
sales = [Sale('n', 'a', 2), Sale('s', 'b', 1), Sale('n', 'b', 5), Sale('s', 'a', 3)]
by_region = defaultdict(list)
totals = Counter()
for s in sales:
    by_region[s.region].append(s.item)
    totals[s.item] += s.qty
print(dict(by_region), totals, totals.most_common(1))
print(sorted(sales, key=lambda s: s.qty)[0])
# Output:
# {'n': ['a', 'b'], 's': ['b', 'a']} Counter({'b': 6, 'a': 5}) [('b', 6)]
# Sale(region='s', item='b', qty=1)
# ---
# A namedtuple as the arguments of % formatting, and in format strings.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 'b')
print('%s-%s' % p, '{0.x}/{0.y}'.format(p), '{}'.format(p), f'{p.x:>3}')
# Output:
# 1-b 1/b P(x=1, y='b')   1
# ---
# namedtuples as dict keys, in sets, sorted by key functions.
from collections import namedtuple
E = namedtuple('E', 'name age')
people = [E('bo', 30), E('al', 25), E('cy', 30)]
print(sorted(people, key=lambda e: (e.age, e.name)))
print(sorted(people, key=lambda e: e.age, reverse=True))
print(len({E('a', 1), E('a', 1), ('a', 1)}), {E('a', 1): 1}[('a', 1)])
print(max(people, key=lambda e: e.age).name, [e.name for e in people if e.age > 26])
# Output:
# [E(name='al', age=25), E(name='bo', age=30), E(name='cy', age=30)]
# [E(name='bo', age=30), E(name='cy', age=30), E(name='al', age=25)]
# 1 1
# bo ['bo', 'cy']
# ---
# namedtuples of different classes with equal items are equal.
from collections import namedtuple
A = namedtuple('A', 'x y')
B = namedtuple('B', 'u v')
print(A(1, 2) == B(1, 2), A(1, 2) < B(1, 3), A(1, 2) != B(2, 1))
# Output:
# True True True
# ---
# A namedtuple subclass that defines __eq__ without __hash__ is unhashable.
from collections import namedtuple
class P(namedtuple('P', 'x')):
    def __eq__(self, other):
        return True
print(P(1) == P(2), P(1) == 5)
hash(P(1))  ### exception:TypeError "unhashable type: 'P'"
# Output:
# True True
# ---
# A namedtuple subclass with __init__ sees the same arguments.
from collections import namedtuple
class P(namedtuple('P', 'x y')):
    def __init__(self, x, y):
        self.total = x + y
p = P(2, 3)
print(p, p.total)
# Output:
# P(x=2, y=3) 5
# ---
# namedtuple with defaults for every field, and no fields.
from collections import namedtuple
D = namedtuple('D', 'a b', defaults=(1, 2))
E = namedtuple('E', [])
print(D(), D(9), D(b=9), E(), len(E()), E._fields, D._field_defaults)
# Output:
# D(a=1, b=2) D(a=9, b=2) D(a=1, b=9) E() 0 () {'a': 1, 'b': 2}
# ---
# Field names given as an iterable of non-strings are converted with str.
from collections import namedtuple
namedtuple('P', ['a', 1])  ### exception:ValueError "Type names and field names must be valid identifiers: '1'"
# ---
# Counter compared with an int raises.
from collections import Counter
Counter() < 1  ### exception:TypeError "'<' not supported between instances of 'Counter' and 'int'"
# ---
# Counter with negative and zero counts; elements skips them; unary + drops them.
from collections import Counter
c = Counter(a=2, b=0, c=-1)
print(c, list(c.elements()), +c, -c, c.most_common(1))
c['d'] -= 1
print(c, c.total())
# Output:
# Counter({'a': 2, 'b': 0, 'c': -1}) ['a', 'a'] Counter({'a': 2}) Counter({'c': 1}) [('a', 2)]
# Counter({'a': 2, 'b': 0, 'c': -1, 'd': -1}) 0
# ---
# Counter.update with another Counter and with keyword arguments only.
from collections import Counter
c = Counter('ab')
c.update(Counter('bcc'))
print(c)
c.update(z=3)
c.subtract()
print(c)
# Output:
# Counter({'b': 2, 'c': 2, 'a': 1})
# Counter({'z': 3, 'b': 2, 'c': 2, 'a': 1})
# ---
# Equality of Counters inside other containers.
from collections import Counter
print([Counter(a=1)] == [Counter(a=1, b=0)], {'k': Counter()} == {'k': Counter(x=0)})
print(Counter('ab') in [Counter('ba')], Counter('abc') == Counter('cba'))
# Output:
# True True
# True True
# ---
# The | of a dict and a Counter.
from collections import Counter
print(Counter(a=1) | {'b': 2}, {'b': 2} | Counter(a=1))
# Output:
# {'a': 1, 'b': 2} {'b': 2, 'a': 1}
# ---
# deque.rotate of an empty deque and by a multiple of the length.
from collections import deque
d = deque()
d.rotate(5)
e = deque([1, 2, 3])
e.rotate(3)
e.rotate(-6)
print(d, e)
# Output:
# deque([]) deque([1, 2, 3])
# ---
# deque index with start and stop.
from collections import deque
d = deque('abcabc')
print(d.index('c'), d.index('c', 3), d.index('a', -3, -1))
d.index('c', 3, 4)  ### exception:ValueError "'c' is not in deque"
# Output:
# 2 5 3
# ---
# deque slice assignment is refused.
from collections import deque
d = deque([1, 2])
d[0:1] = [5]  ### exception:TypeError "sequence index must be integer, not 'slice'"
# ---
# deque index of the wrong type.
from collections import deque
deque([1])['a']  ### exception:TypeError "sequence index must be integer, not 'str'"
# ---
# Comparing a deque with a list by < raises.
from collections import deque
deque([1]) < [1]  ### exception:TypeError "'<' not supported between instances of 'collections.deque' and 'list'"
# ---
# deque of strings: joined, counted, converted.
from collections import deque
d = deque('hello')
print(''.join(d), d.count('l'), list(d), tuple(d), sorted(d), len(d))
d.clear()
print(d, len(d), list(d))
# Output:
# hello 2 ['h', 'e', 'l', 'l', 'o'] ('h', 'e', 'l', 'l', 'o') ['e', 'h', 'l', 'l', 'o'] 5
# deque([]) 0 []
# ---
# OrderedDict popitem drains in both orders.
from collections import OrderedDict
od = OrderedDict((k, i) for i, k in enumerate('abcd'))
print([od.popitem(last=False) for _ in range(2)], [od.popitem() for _ in range(2)], od)
# Output:
# [('a', 0), ('b', 1)] [('d', 3), ('c', 2)] OrderedDict()
# ---
# OrderedDict move_to_end keeps the values, and the dict stays consistent.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
for k in 'ebd':
    od.move_to_end(k, last=False)
print(list(od), 'c' in od, od['c'], len(od))
del od['b']
od['b'] = 1
print(list(od.items()))
# Output:
# ['d', 'b', 'e', 'a', 'c'] True None 5
# [('d', None), ('e', None), ('a', None), ('c', None), ('b', 1)]
# ---
# dict methods called through dict on the subclasses.
from collections import Counter, OrderedDict, defaultdict
print(dict.get(Counter(a=1), 'a'), dict.keys(OrderedDict(x=1)), dict.copy(defaultdict(int, y=2)))
# Output:
# 1 dict_keys(['x']) {'y': 2}
# ---
# Changing an OrderedDict while iterating over it.
from collections import OrderedDict
od = OrderedDict.fromkeys('abc')
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print(e)
try:
    for k in od:
        od['new'] = 1
except RuntimeError as e:
    print(e)
print(list(od))
# Output:
# OrderedDict mutated during iteration
# OrderedDict mutated during iteration
# ['b', 'c', 'a', 'new']
# ---
# default_factory can be replaced and deleted.
from collections import defaultdict
d = defaultdict(int)
d['a'] += 1
d.default_factory = list
d['b'].append(1)
e = d | {'c': 3}
e.default_factory = None
print(d, e, d.default_factory, e.default_factory)
del d.default_factory
print(d, d.default_factory)
# Output:
# defaultdict(<class 'list'>, {'a': 1, 'b': [1]}) defaultdict(None, {'a': 1, 'b': [1], 'c': 3}) <class 'list'> None
# defaultdict(None, {'a': 1, 'b': [1]}) None
# ---
# A default_factory that is not callable fails when it is called.
from collections import defaultdict
d = defaultdict(None)
d.default_factory = 5
d['x']  ### exception:TypeError "'int' object is not callable"
# ---
# Other attributes of a defaultdict cannot be set.
from collections import defaultdict
d = defaultdict(int)
d.x = 1  ### exception:AttributeError "'collections.defaultdict' object has no attribute 'x'"
