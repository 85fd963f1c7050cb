# functools: reduce, partial, lru_cache, cache, cmp_to_key, total_ordering, wraps.
# Dotted decorators (@functools.lru_cache) are not parsed by gpython: the chunks import the names.
# ---
# reduce with and without initial.
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
print(functools.reduce(operator.add, [], 'init'), functools.reduce(max, [5]))
print(functools.reduce(lambda acc, s: acc + s.upper(), 'abc', ''))
print(functools.reduce(operator.add, (x * x for x in range(5))))
# Output:
# 10
# 123
# init 5
# ABC
# 30
# ---
import functools
functools.reduce(len, [])  ### exception:TypeError "reduce\(\) of empty iterable with no initial value"
# ---
import functools
functools.reduce(len, 1)  ### exception:TypeError "reduce\(\) arg 2 must support iteration"
# ---
import functools
functools.reduce(len)  ### exception:TypeError "reduce expected at least 2 arguments, got 1"
# ---
import functools
functools.reduce(len, [], initial=2)  ### exception:TypeError "reduce\(\) takes no keyword arguments"
# ---
# An error in the function propagates.
import functools
def f(a, b):
    if b == 3:
        raise ValueError('three')
    return a + b
try:
    functools.reduce(f, [1, 2, 3, 4])
except ValueError as e:
    print('caught', e)
# Output:
# caught three
# ---
# partial: positional and keyword arguments, call-time keywords override.
import functools
def f(a, b, c=0, d=0):
    return (a, b, c, d)
p = functools.partial(f, 1, d=4)
print(p(2), p(2, 3), p(2, d=5), p(b=9))
print(p.func is f, p.args, p.keywords)
base = functools.partial(int, base=2)
print(base('1010'), base('11', base=10))
# Output:
# (1, 2, 0, 4) (1, 2, 3, 4) (1, 2, 0, 5) (1, 9, 0, 4)
# True (1,) {'d': 4}
# 10 11
# ---
# partial of a partial is flattened; repr with builtins is deterministic.
import functools
p = functools.partial(max, 1)
q = functools.partial(p, 5, key=abs)
print(q.func is max, q.args, q.keywords, q(-7))
print(p, q)
print(functools.partial(len), type(p), isinstance(q, functools.partial))
print(p == p, p == q, p != q, {p: 1}[p])
# Output:
# True (1, 5) {'key': <built-in function abs>} -7
# functools.partial(<built-in function max>, 1) functools.partial(<built-in function max>, 1, 5, key=<built-in function abs>)
# functools.partial(<built-in function len>) <class 'functools.partial'> True
# True False True 1
# ---
import functools
functools.partial(1)  ### exception:TypeError "the first argument must be callable"
# ---
import functools
functools.partial()  ### exception:TypeError "type 'partial' takes at least one argument"
# ---
# partial in a class body is not a method (no binding).
import functools
class C:
    f = functools.partial(lambda *a: a, 'x')
print(C().f(1), C.f(2))
# Output:
# ('x', 1) ('x', 2)
# ---
# lru_cache counts hits and misses and evicts the least recently used.
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(1), calls)
# Output:
# 1 4 1 9 4 1
# [1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# CacheInfo(hits=0, misses=0, maxsize=2, currsize=0) 1 [1, 2, 3, 2, 1, 1]
# ---
# Bare @lru_cache, recursion, cache_parameters.
from functools import lru_cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_parameters())
# Output:
# 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=128, currsize=81)
# {'maxsize': 128, 'typed': False}
# ---
# CacheInfo is a named tuple: fields, indexing, unpacking, equality.
from functools import lru_cache
@lru_cache(maxsize=None)
def f(x):
    return x
f(1); f(1); f(2)
ci = f.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], ci[-1], len(ci))
h, m, mx, cs = ci
print(h, m, mx, cs, list(ci))
print(ci == f.cache_info(), type(ci))
# Output:
# 1 2 None 2 1 2 4
# 1 2 None 2 [1, 2, None, 2]
# True <class 'functools.CacheInfo'>
# ---
# maxsize=0 caches nothing; negative maxsize is 0; typed separates 1 and 1.0.
from functools import lru_cache
@lru_cache(maxsize=0)
def a(x):
    return x
a(1); a(1)
print(a.cache_info())
@lru_cache(-5)
def b(x):
    return x
print(b.cache_info())
@lru_cache(typed=True)
def c(x):
    return repr(x)
print(c(1), c(1.0), c(1), c.cache_info())
@lru_cache()
def d(x):
    return repr(x)
print(d(1), d(1.0), d(True), d.cache_info())
# Output:
# CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
# CacheInfo(hits=0, misses=0, maxsize=0, currsize=0)
# 1 1.0 1 CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# 1 1.0 1.0 CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# ---
# Keyword arguments are part of the key; unhashable arguments raise.
# (Applied by a call: gpython mis-compiles a decorated def with default values.)
from functools import lru_cache
def g(a, b=0):
    return a + b
f = lru_cache(g)
print(f(1), f(1, b=0), f(a=1), f(1, 0), f.cache_info())
try:
    f([1])
except TypeError as e:
    print(e)
# Output:
# 1 1 1 1 CacheInfo(hits=0, misses=4, maxsize=128, currsize=4)
# unhashable type: 'list'
# ---
# lru_cache on a method binds self.
from functools import lru_cache
class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x
c = C(3)
print(c.times(2), c.times(2), C(4).times(2), C.times.cache_info())
# Output:
# 6 6 8 CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
# ---
import functools
functools.lru_cache('a')  ### exception:TypeError "Expected first argument to be an integer, a callable, or None"
# ---
import functools
functools.lru_cache(1, 2, 3)  ### exception:TypeError "lru_cache\(\) takes from 0 to 2 positional arguments but 3 were given"
# ---
# cache is an unbounded lru_cache.
from functools import cache
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact(10), fact.cache_info())
# Output:
# 2432902008176640000 3628800 CacheInfo(hits=1, misses=21, maxsize=None, currsize=21)
# ---
# cmp_to_key with sorted, min, max and a key object's obj.
import functools
def cmp(a, b):
    return (a > b) - (a < b)
rev = lambda a, b: cmp(b, a)
print(sorted([3, 1, 2], key=functools.cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(min([3, 1, 2], key=functools.cmp_to_key(rev)), max('abc', key=functools.cmp_to_key(rev)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(1), K(1) == K(1), K(1) != K(1), K(3).obj, type(K(1)))
# Output:
# [3, 2, 1]
# ['a', 'bb', 'ccc']
# 3 a
# True False True False 3 <class 'functools.KeyWrapper'>
# ---
import functools
functools.cmp_to_key(len)(1) < 2  ### exception:TypeError "other argument must be K instance"
# ---
import functools
hash(functools.cmp_to_key(len)(1))  ### exception:TypeError "unhashable type: 'functools.KeyWrapper'"
# ---
# total_ordering from __lt__ and __eq__.
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print([x.v for x in sorted([V(3), V(1), V(2)], reverse=True)], max(a, b).v)
# Output:
# True False True False True True True
# [3, 2, 1] 2
# ---
# total_ordering from __gt__, __le__ or __ge__; NotImplemented propagates.
from functools import total_ordering
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, G) and self.v == other.v
    def __gt__(self, other):
        if not isinstance(other, G):
            return NotImplemented
        return self.v > other.v
@total_ordering
class L:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
@total_ordering
class E:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(G(1) < G(2), G(1) >= G(2), G(2) <= G(2))
print(L(1) < L(2), L(2) > L(1), L(1) >= L(1), L(1) < L(1))
print(E(1) < E(2), E(2) > E(1), E(1) <= E(1), E(2) > E(2))
try:
    G(1) < 5
except TypeError as e:
    print(e)
# Output:
# True False True
# True True False True
# True True False True
# '<' not supported between instances of 'G' and 'int'
# ---
# A defined comparison is kept; subclasses inherit the derived ones.
from functools import total_ordering
@total_ordering
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return 'custom'
class B(A):
    pass
print(A(1) > A(2), A(1) <= A(1), B(1) >= B(0), B(3) > B(1))
# Output:
# custom False True custom
# ---
import functools
class C:
    pass
functools.total_ordering(C)  ### exception:ValueError "must define at least one ordering operation: < > <= >="
# ---
# wraps and update_wrapper return the wrapper, which keeps working.
from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return ('wrapped', fn(*args, **kwargs))
    return inner
@deco
def add(a, b):
    'Add two numbers.'
    return a + b
print(add(1, 2), add(a=3, b=4))
def g():
    return 1
def h():
    return g()
print(update_wrapper(h, g) is h, h())
# Output:
# ('wrapped', 3) ('wrapped', 7)
# True 1
# ---
import functools
functools.wraps()  ### exception:TypeError "wraps\(\) missing 1 required positional argument: 'wrapped'"
# ---
# singledispatch is not provided.
# differs: singledispatch is not implemented
import functools
functools.singledispatch  ### exception:AttributeError "module 'functools' has no attribute 'singledispatch'"
# ---
# Dunder attributes of functools objects are out of reach, even when the error is caught.
import functools
p = functools.partial(len)
try:
    getattr(p, '__wrapped__')  ### policy:dunder-attr
except Exception:
    pass
# ---
# Module attributes are read-only.
import functools
functools.reduce = None  ### policy:readonly-attr
# ---
# reduce over an infinite iterator ends with the step budget.
# option: --max-steps=100000
import functools
import itertools
functools.reduce(lambda a, b: a, itertools.count())  ### limit:steps
# ---
# A cache that grows without bound ends with the memory budget.
# option: --max-memory=2000000 --max-steps=10000000
from functools import cache
@cache
def f(x):
    return x
for i in range(10**6):
    f(i)  ### limit:memory
