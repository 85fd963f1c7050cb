# super() without arguments, as methods write it, checked against CPython
# 3.11: the policy rewrites it to super(<class>, <first argument>).
# ---
# super().__init__ runs the base class's __init__.
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(1, 2)
print(b.x, b.y)
# Output:
# 1 2
# ---
# super() finds ordinary methods along the MRO of a diamond.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B' + super().who()
class C(A):
    def who(self):
        return 'C' + super().who()
class D(B, C):
    def who(self):
        return 'D' + super().who()
print(D().who(), B().who(), C().who())
# Output:
# DBCA BA CA
# ---
# super().__repr__ of the script's base class.
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'A(%r)' % self.x
class B(A):
    def __repr__(self):
        return 'B:' + super().__repr__()
print(repr(B(1)), [B(2)])
# Output:
# B:A(1) [B:A(2)]
# ---
# super() in a class method binds the class.
class A:
    @classmethod
    def make(cls):
        return cls.tag
class B(A):
    tag = 'B'
    @classmethod
    def make(cls):
        return 'via ' + super().make()
print(B.make())
# Output:
# via B
# ---
# super().__init__ of an exception sets its args.
class AppError(Exception):
    def __init__(self, what, code):
        super().__init__('%s failed' % what, code)
try:
    raise AppError('load', 3)
except Exception as e:
    print(e.args, repr(e), str(e))
# Output:
# ('load failed', 3) AppError('load failed', 3) ('load failed', 3)
# ---
# object's special methods through super().
class P:
    def __init__(self):
        super().__init__()
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return 7
p = P()
print(p == p, p == P(), hash(p))
# Output:
# True False 7
# ---
# object.__init__ takes no arguments.
class A:
    def __init__(self):
        super().__init__(1)  ### exception:TypeError "object.__init__\(\) takes exactly one argument"
A()
# ---
# super() cannot reach dunder attributes outside the special methods.
class A:
    def f(self):
        return getattr(super(), '__class__')  ### policy:dunder-attr
A().f()
