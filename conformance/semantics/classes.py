# Classes: inheritance, properties, class and static methods, super(),
# exceptions, isinstance and type(), checked against CPython 3.11.
# ---
# Attributes and methods are inherited, on instances and on classes.
class Base:
    kind = 'base'
    def __init__(self, x):
        self.x = x
    def describe(self):
        return 'Base(%d)' % self.x
    @staticmethod
    def helper(a):
        return a + 1
    @classmethod
    def make(cls, x):
        return cls(x)
class Child(Base):
    kind = 'child'
    def describe(self):
        return 'Child:' + super(Child, self).describe()
c = Child(1)
print(c.x, c.kind, Base.kind, c.describe(), Child.helper(3), c.helper(4))
m = Child.make(5)
print(type(m) is Child, m.x, Child.make is not None)
# Output:
# 1 child base Child:Base(1) 4 5
# True 5 True
# ---
# isinstance, issubclass and type() with the script's classes.
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, int), isinstance(b, (int, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, object), issubclass(B, (int, A)), issubclass(A, A))
print(type(b) is B, type(b) == A, type(B) is type, isinstance(B, type), isinstance(b, type))
# Output:
# True True True False True
# True False True True True
# True False True True False
# ---
# A property with a getter and a setter.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    def _set(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    celsius = celsius.setter(_set)
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('error:', e)
print(t.celsius)
# Output:
# 25
# error: too cold
# 25
# ---
# A read-only property cannot be set or deleted.
class RO:
    @property
    def v(self):
        return 1
r = RO()
print(r.v)
try:
    r.v = 2
except AttributeError as e:
    print(e)
try:
    del r.v
except AttributeError as e:
    print(e)
# Output:
# 1
# property 'v' of 'RO' object has no setter
# property 'v' of 'RO' object has no deleter
# ---
# property() called directly, with a deleter.
class P:
    def __init__(self):
        self._v = 1
    def get(self):
        return self._v
    def set(self, v):
        self._v = v
    def delete(self):
        print('deleted')
    v = property(get, set, delete)
p = P()
p.v = 5
print(p.v)
del p.v
print(P.v.fget is P.get, P.v.fset is not None)
# Output:
# 5
# deleted
# True True
# ---
# super() with explicit arguments walks the MRO.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super(B, self).who()
class C(A):
    def who(self):
        return 'C>' + super(C, self).who()
class D(B, C):
    def who(self):
        return 'D>' + super(D, self).who()
print(D().who())
# Output:
# D>B>C>A
# ---
# super() in a class method.
class A:
    @classmethod
    def create(cls):
        return 'A.create for ' + cls.tag
class B(A):
    tag = 'B'
    @classmethod
    def create(cls):
        return 'B then ' + super(B, cls).create()
print(B.create())
# Output:
# B then A.create for B
# ---
# Exception classes of the script are raised and caught by their bases.
class AppError(Exception):
    pass
class NotFound(AppError):
    pass
try:
    raise NotFound('missing', 42)
except AppError as e:
    print('caught', e, e.args, isinstance(e, Exception), type(e) is NotFound)
try:
    raise NotFound
except Exception as e:
    print(repr(e))
# Output:
# caught ('missing', 42) ('missing', 42) True True
# NotFound()
# ---
# An exception's __init__ runs, and args are the constructor's arguments.
class Coded(ValueError):
    def __init__(self, code):
        print('init', code)
try:
    raise Coded(7)
except ValueError as e:
    print(e.args, str(e))
# Output:
# init 7
# (7,) 7
# ---
# except clauses match the script's exception classes in tuples.
class E1(Exception):
    pass
class E2(E1):
    pass
for exc in [E1('one'), E2('two'), KeyError('three')]:
    try:
        raise exc
    except (KeyError, E2) as e:
        print('first', repr(e))
    except E1 as e:
        print('second', repr(e))
# Output:
# second E1('one')
# first E2('two')
# first KeyError('three')
# ---
# Built-in types cannot be subclassed.
try:
    class L(list):
        pass
except TypeError as e:
    print(e)
try:
    class S(str):
        pass
except TypeError as e:
    print(e)
# differs: pyfence does not support subclassing builtin types
# Output:
# subclassing builtin type 'list' is not supported
# subclassing builtin type 'str' is not supported
# ---
# object as an explicit base, and object() instances.
class O(object):
    pass
print(isinstance(O(), O), issubclass(O, object), type(object()) is object, isinstance(object(), object))
# Output:
# True True True True
# ---
# Instances with __call__ are callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add2 = Adder(2)
print(callable(add2), add2(5), list(map(add2, [1, 2])), callable(Adder))
# Output:
# True 7 [3, 4] True
# ---
# Builtins use the special methods of the script's classes, inherited ones too.
class Seq:
    def __init__(self):
        self.items = [3, 1, 2]
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
class Sub(Seq):
    pass
s = Sub()
print(len(s), sorted(s), list(s), sum(s), max(s), min(s), list(enumerate(s)), any(s))
# Output:
# 3 [1, 2, 3] [3, 1, 2] 6 3 1 [(0, 3), (1, 1), (2, 2)] True
# ---
# sorted, min and max use __lt__ and __gt__.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%r)' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(2)]), min(V(3), V(1)))
print(sorted([V(2), V(1)], reverse=True))
# Output:
# [V(1), V(2), V(3)] V(5) V(1)
# [V(2), V(1)]
# ---
# dir of the script's classes and instances lists their attributes.
class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
x = B()
x.c = 3
print(dir(B), dir(x))
# differs: dir() leaves out dunder names
# Output:
# ['a', 'b', 'm'] ['a', 'b', 'c', 'm']
# ---
# abs, round, divmod and pow use the special methods of the script's classes.
class N:
    def __abs__(self):
        return 'abs'
    def __round__(self, n=None):
        return ('round', n)
    def __divmod__(self, o):
        return ('divmod', o)
    def __pow__(self, o):
        return ('pow', o)
print(abs(N()), round(N()), round(N(), 2), divmod(N(), 3), pow(N(), 2))
# Output:
# abs ('round', None) ('round', 2) ('divmod', 3) ('pow', 2)
