# operator: the operator functions go through the same guarded operators as the syntax.
# ---
# Arithmetic.
import operator as op
print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.pow(2.0, -1), op.neg(5), op.pos(-5), op.abs(-3.5), op.abs(-7))
print(op.add('a', 'b'), op.mul([0], 3), op.add((1,), (2,)), op.mul('ab', 2))
print(op.floordiv(-7, 2), op.mod(-7, 2), op.truediv(1, 4), op.mod(7.5, 2))
# Output:
# 3 -2 12 3.5 3 1
# 1024 0.5 -5 -5 3.5 7
# ab [0, 0, 0] (1, 2) abab
# -4 1 0.25 1.5
# ---
# Bitwise and shifts.
import operator as op
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(True, False), op.or_(True, False), op.xor(True, True))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}))
# Output:
# 8 14 6 -6 -1
# 1024 128 False True False
# {2} {1, 2} {1, 3}
# ---
# In-place variants: mutable values change, immutable ones are returned.
import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.iadd(1, 2), op.isub(5, 1), op.imul('x', 3), op.itruediv(1, 2))
print(op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 2), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], [2, 3]))
# Output:
# [1, 2] True 3 4 xxx 0.5
# 4 1 9 8 4
# 2 7 5 [1, 2, 3]
# ---
# Comparisons return what the comparison returns.
import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt([2], [1, 5]), op.ge((1,), (1,)))
print(op.eq([1, [2]], [1, [2]]), op.lt('abc', 'abd'), op.eq(None, None), op.ne(1, '1'))
# Output:
# True True True False True True
# True True True True
# ---
# Truth, identity, membership.
import operator as op
x = [1]
print(op.not_(0), op.not_([1]), op.truth(''), op.truth([0]), op.is_(x, x), op.is_(x, [1]), op.is_not(x, [1]))
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({'a': 1}, 'b'), op.contains(range(5), 4))
# Output:
# True False False True True False True
# True True False True
# ---
# countOf, indexOf, index, length_hint.
import operator as op
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('banana', 'a'), op.indexOf([3, 4, 5], 5), op.indexOf('abc', 'b'))
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint('ab'), op.length_hint(5), op.length_hint(5, 9))
# Output:
# 4 3 2 1
# 7 1 3 2 0 9
# ---
import operator as op
op.indexOf([1], 2)  ### exception:ValueError "sequence.index\(x\): x not in sequence"
# ---
import operator as op
op.countOf(1, 2)  ### exception:TypeError "argument of type 'int' is not iterable"
# ---
import operator as op
op.index('a')  ### exception:TypeError "'str' object cannot be interpreted as an integer"
# ---
# getitem, setitem, delitem on lists, dicts and slices.
import operator as op
d = {'a': 1}
op.setitem(d, 'b', 2)
l = [1, 2, 3, 4]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(d, op.getitem(d, 'b'), l, op.getitem(l, -1), op.getitem('hello', slice(1, 3)))
op.delitem(d, 'a')
op.setitem(l, slice(0, 2), [])
print(d, l, op.getitem((1, 2), 0), op.getitem(range(10), slice(2, 8, 3)))
# Output:
# {'a': 1, 'b': 2} 2 ['x', 3, 4] 4 el
# {'b': 2} [4] 1 range(2, 8, 3)
# ---
import operator as op
op.getitem({}, 'k')  ### exception:KeyError "'k'"
# ---
import operator as op
op.setitem((1,), 0, 2)  ### exception:TypeError "'tuple' object does not support item assignment"
# ---
# concat needs sequences.
import operator as op
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), ()))
# Output:
# [1, 2] ab (1,)
# ---
import operator as op
op.concat(1, 2)  ### exception:TypeError "'int' object can't be concatenated"
# ---
import operator as op
op.concat([1], (2,))  ### exception:TypeError "can only concatenate list \(not \"tuple\"\) to list"
# ---
# CPython's error messages.
import operator as op
for f, args in [(op.add, (1, 'a')), (op.neg, ('a',)), (op.pow, (2, 'a')), (op.lt, (1, 'a')),
                (op.invert, (1.5,)), (op.matmul, (1, 2)), (op.truediv, (1, 0)), (op.lshift, (1, -1))]:
    try:
        f(*args)
    except Exception as e:
        print(repr(e))
# Output:
# TypeError("unsupported operand type(s) for +: 'int' and 'str'")
# TypeError("bad operand type for unary -: 'str'")
# TypeError("unsupported operand type(s) for ** or pow(): 'int' and 'str'")
# TypeError("'<' not supported between instances of 'int' and 'str'")
# TypeError("bad operand type for unary ~: 'float'")
# TypeError("unsupported operand type(s) for @: 'int' and 'int'")
# ZeroDivisionError('division by zero')
# ValueError('negative shift count')
# ---
import operator as op
op.add(1)  ### exception:TypeError "add expected 2 arguments, got 1"
# ---
import operator as op
op.truth()  ### exception:TypeError "_operator.truth\(\) takes exactly one argument \(0 given\)"
# ---
# Special methods of script classes apply.
import operator as op
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __radd__(self, o):
        return V(o + self.v)
    def __neg__(self):
        return V(-self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __bool__(self):
        return self.v != 0
    def __getitem__(self, i):
        return self.v * i
    def __len__(self):
        return 3
    def __index__(self):
        return self.v
    def __repr__(self):
        return 'V(%r)' % self.v
print(op.add(V(1), V(2)), op.add(10, V(1)), op.neg(V(3)), op.lt(V(1), V(2)), op.gt(V(1), V(2)))
print(op.eq(V(1), V(1)), op.ne(V(1), V(1)), op.truth(V(0)), op.not_(V(0)), op.getitem(V(4), 2))
print(op.index(V(6)), op.length_hint(V(0)), op.iadd(V(1), V(1)), op.concat(V(1), V(2)))
# Output:
# V(3) V(11) V(-3) True False
# True False False True 8
# 6 3 V(2) V(3)
# ---
# itemgetter with one or several keys, on any subscriptable.
import operator as op
g = op.itemgetter(1)
print(g([1, 2, 3]), g('abc'), g({1: 'one'}), op.itemgetter(0, -1)('hello'), op.itemgetter(slice(2))([5, 6, 7]))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=op.itemgetter(1)), sorted(data, key=op.itemgetter(0)))
print(list(map(op.itemgetter('k'), [{'k': 1}, {'k': 2}])))
print(op.itemgetter(1), op.itemgetter(1, 'a'), type(g), isinstance(g, op.itemgetter))
# Output:
# 2 b one ('h', 'o') [5, 6]
# [('c', 1), ('b', 2), ('a', 3)] [('a', 3), ('b', 2), ('c', 1)]
# [1, 2]
# operator.itemgetter(1) operator.itemgetter(1, 'a') <class 'operator.itemgetter'> True
# ---
import operator as op
op.itemgetter(5)([1])  ### exception:IndexError "index out of range"
# ---
import operator as op
op.itemgetter()  ### exception:TypeError "itemgetter expected 1 argument, got 0"
# ---
# attrgetter with plain and dotted names.
import operator as op
class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
p = P(1, P(2, P(3)))
print(op.attrgetter('x')(p), op.attrgetter('child.x')(p), op.attrgetter('child.child.x')(p), op.attrgetter('x', 'child.x')(p))
print(sorted([P(3), P(1), P(2)], key=op.attrgetter('x'))[0].x, op.attrgetter('start')(range(4, 9)))
print(op.attrgetter('x'), op.attrgetter('x', 'y.z'))
# Output:
# 1 2 3 (1, 2)
# 1 4
# operator.attrgetter('x') operator.attrgetter('x', 'y.z')
# ---
import operator as op
op.attrgetter('missing')([])  ### exception:AttributeError "'list' object has no attribute 'missing'"
# ---
import operator as op
op.attrgetter(1)  ### exception:TypeError "attribute name must be a string"
# ---
# methodcaller with positional and keyword arguments.
import operator as op
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('split', maxsplit=1)('a b c'))
print(op.methodcaller('get', 'k', 0)({}), op.methodcaller('count', 1)([1, 1, 2]))
class C:
    def m(self, a, b=0):
        return a - b
print(op.methodcaller('m', 5, b=2)(C()))
print(op.methodcaller('f'), op.methodcaller('f', 1, 'a'), op.methodcaller('f', b=2))
# Output:
# ABC ['a', 'b'] ['a', 'b c']
# 0 2
# 3
# operator.methodcaller('f') operator.methodcaller('f', 1, 'a') operator.methodcaller('f', b=2)
# ---
import operator as op
op.methodcaller(1)  ### exception:TypeError "method name must be a string"
# ---
import operator as op
op.methodcaller('nope')(1)  ### exception:AttributeError "'int' object has no attribute 'nope'"
# ---
# call (new in 3.11) and operator functions as key/reduce arguments.
import operator as op
import functools
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
print(functools.reduce(op.mul, range(1, 8)), list(map(op.add, [1, 2], [10, 20])), sorted(['b', 'A', 'c'], key=op.methodcaller('lower')))
# Output:
# 5 [3, 1]
# 5040 [11, 22] ['A', 'b', 'c']
# ---
# attrgetter with a dunder name ends the run with the policy block, even when caught.
import operator as op
g = op.attrgetter('__class__')
try:
    g(1)  ### policy:dunder-attr
except Exception:
    pass
print('not reached')
# ---
# Dotted: the dunder part is checked too.
import operator as op
class C:
    pass
c = C()
c.a = C()
op.attrgetter('a.__dict__')(c)  ### policy:dunder-attr
# ---
# methodcaller with a dunder name ends the run with the policy block.
import operator as op
op.methodcaller('__reduce_ex__', 2)([])  ### policy:dunder-attr
# ---
# Module attributes are read-only.
import operator as op
op.add = None  ### policy:readonly-attr
# ---
# Amplifying operators are checked against the memory budget before they run.
import operator as op
op.mul('a', 10**12)  ### limit:memory
# ---
import operator as op
op.pow(10, 10**10)  ### limit:memory
# ---
import operator as op
op.lshift(1, 10**12)  ### limit:memory
