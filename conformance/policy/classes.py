# Class headers take only base classes: keyword arguments (metaclass=...)
# and unpacked bases are unsupported syntax.
# ---
class M:
    pass
class C(metaclass=M):  ### policy:unsupported-syntax "metaclass"
    pass
# ---
class C(object, flag=True):  ### policy:unsupported-syntax "flag"
    pass
# ---
bases = (object,)
class C(*bases):  ### policy:unsupported-syntax "\*args"
    pass
# ---
opts = {}
class C(**opts):  ### policy:unsupported-syntax "\*\*kwargs"
    pass
# ---
# Each part of a dotted decorator is checked.
def deco(f):
    return f
@deco.__class__  ### policy:dunder-attr "__class__"
def f():
    pass
# ---
# Methods may be named like forbidden builtins: they bind attributes.
class Doc:
    def open(self):
        return 'opened'
    def eval(self, x):
        return x * 2
d = Doc()
print(d.open(), d.eval(21))
# Output:
# opened 42
# ---
# Allowed special methods, and super() reaching them.
class Base:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'Base(%d)' % self.x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def __repr__(self):
        return 'Child(%s, %d)' % (super().__repr__(), self.y)
print(repr(Child(1, 2)))
# Output:
# Child(Base(1), 2)
# ---
class Base:
    pass
class Child(Base):
    def f(self):
        return super(Child, self).__init__  ### policy:dunder-attr "__init__"
