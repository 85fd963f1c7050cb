# Decorated functions with default values (gpython's compiler passes the
# decorators to MAKE_FUNCTION as defaults; pyfence's rewrite fixes it).
# ---
def log(f):
    print('decorating')
    return f
@log
def area(w, h=2):
    return w * h
print(area(3), area(3, 4))
# Output:
# decorating
# 6 12
# ---
# Class and static methods with defaults.
class Shape:
    sides = 4
    @classmethod
    def make(cls, n=3):
        return [cls.sides] * n
    @staticmethod
    def scale(x, k=2.5):
        return x * k
    @property
    def name(self):
        return 'shape'
print(Shape.make(), Shape.make(1), Shape.scale(2), Shape().name)
# Output:
# [4, 4, 4] [4] 5.0 shape
# ---
# Evaluation order: decorator expressions, then defaults, then the
# decorators from the innermost out.
def trace(name):
    print('decorator', name)
    def wrap(f):
        print('apply', name)
        return f
    return wrap
def value(x):
    print('default', x)
    return x
@trace('outer')
@trace('inner')
def f(a=value(1), *, b=value(2)):
    return a + b
print(f(), f(b=10))
# Output:
# decorator outer
# decorator inner
# default 1
# default 2
# apply inner
# apply outer
# 3 11
# ---
# A wrapping decorator sees the function with its defaults.
def twice(f):
    def g(*args, **kwargs):
        return f(*args, **kwargs) * 2
    return g
@twice
def greet(name='world', punct='!'):
    return 'hello ' + name + punct
print(greet(), greet('ann'), greet(punct='?'))
# Output:
# hello world!hello world! hello ann!hello ann! hello world?hello world?
# ---
# Defaults are evaluated once, at definition time.
calls = []
def stamp():
    calls.append(len(calls))
    return len(calls)
def ident(f):
    return f
@ident
def h(x=stamp(), acc=[]):
    acc.append(x)
    return acc
print(h(), h(), calls)
# Output:
# [1, 1] [1, 1] [0]
# ---
# Keyword-only parameters with and without defaults, decorated.
def ident(f):
    return f
@ident
def f(a, b=1, *, c, d=2, e=3):
    return (a, b, c, d, e)
print(f(10, c=100), f(1, 2, c=3, e=5))
class K:
    @staticmethod
    def g(*, x, y='y'):
        return x + y
print(K.g(x='x'))
try:
    f(1)
except TypeError as e:
    print(e)
# Output:
# (10, 1, 100, 2, 3) (1, 2, 3, 2, 5)
# xy
# f() missing 1 required keyword-only argument: 'c'
