# Callbacks from module functions into script code: json's default and
# hooks, key functions of heapq and bisect, functools.reduce, lru_cache,
# itertools predicates. A callback receives only what CPython passes it,
# its exceptions (BaseException subclasses included) propagate as in
# CPython, and a limit tripped inside it ends the run whatever the callback
# or its caller catches (limits are sticky).
# ---
# What default= receives, it may keep; it never sees the encoder.
# option: --allow-import=json
import json
kept = []
def default(o):
    kept.append(o)
    return {'n': len(kept)}
class A:
    pass
a = A()
print(json.dumps([a, a], default=default), kept[0] is a, len(kept))
# Output:
# [{"n": 1}, {"n": 2}] True 2
# ---
# A default that returns what it was given, or itself, is a cycle.
# option: --allow-import=json
import json
def d(o):
    return d
for x in (object(), [object()]):
    try:
        json.dumps(x, default=d)
    except ValueError as e:
        print(e)
# Output:
# Circular reference detected
# Circular reference detected
# ---
# Hooks receive the decoded objects; keeping and mutating them is
# ordinary data sharing.
# option: --allow-import=json
import json
seen = []
def hook(d):
    seen.append(d)
    return d
x = json.loads('{"a": {"b": 1}}', object_hook=hook)
seen[0]['c'] = 2
print(x, len(seen), seen[1] is x)
# Output:
# {'a': {'b': 1, 'c': 2}} 2 True
# ---
# option: --allow-import=json
import json
pairs = json.loads('{"__class__": 1, "__init__": {"__globals__": 2}}', object_pairs_hook=list)
print(pairs)
# Output:
# [('__class__', 1), ('__init__', [('__globals__', 2)])]
# ---
# BaseException subclasses raised in a callback propagate unchanged.
# option: --allow-import=json
import json
def hook(d):
    raise KeyboardInterrupt('from hook')
try:
    json.loads('{}', object_hook=hook)
except BaseException as e:
    print('caught', repr(e))
# Output:
# caught KeyboardInterrupt('from hook')
# ---
# option: --allow-import=json
import json
def hook(d):
    raise SystemExit(3)  ### exception:SystemExit "3"
json.loads('{}', object_hook=hook)
# differs: CPython exits with status 3 without a traceback; pyfence reports an uncaught SystemExit
# ---
# option: --allow-import=json
import json
class Stop(BaseException):
    pass
def parse(s):
    raise Stop(s)
try:
    json.loads('[1.5]', parse_float=parse)
except Stop as e:
    print('Stop', e)
# Output:
# Stop 1.5
# ---
# option: --allow-import=json
import json
def parse(s):
    raise GeneratorExit
try:
    json.loads('[NaN]', parse_constant=parse)
except GeneratorExit:
    print('GeneratorExit')
# Output:
# GeneratorExit
# ---
# A limit tripped in a callback cannot be caught by the callback ...
# option: --allow-import=json --max-steps=100000
import json
def hook(d):
    try:
        while True:  ### limit:steps
            pass
    except BaseException:
        return 'swallowed'
print(json.loads('{}', object_hook=hook))
# ---
# ... nor by the script around the module call.
# option: --allow-import=json --max-steps=100000
import json
def default(o):
    while True:
        pass  ### limit:steps
try:
    json.dumps(object(), default=default)
except BaseException:
    pass
print('not reached')
# ---
# option: --allow-import=functools --max-memory=16MiB --timeout=30s
import functools
def f(a, b):
    try:
        return a + [0] * 10**9  ### limit:memory
    except MemoryError:
        return a
print(len(functools.reduce(f, range(3), [])))
# ---
# option: --allow-import=functools
import functools
def f(a, b):
    try:
        return f(a, b)  ### limit:depth
    except RecursionError:
        return a
print(functools.reduce(f, range(3), 0))
# ---
# option: --allow-import=heapq
import heapq
class K:
    def __lt__(self, o):
        return K() < o  ### limit:depth
h = [K(), K()]
heapq.heapify(h)
# ---
# option: --allow-import=bisect
import bisect
def k(x):
    try:
        return k(x)  ### limit:depth
    except BaseException:
        return 0
print(bisect.bisect_left([1, 2, 3], 2, key=k))
# ---
# option: --allow-import=heapq --max-steps=100000
import heapq
def key(x):
    while True:  ### limit:steps
        pass
try:
    heapq.nsmallest(2, [3, 1, 2], key=key)
except BaseException:
    print('caught')
# ---
# option: --allow-import=itertools --max-steps=100000
import itertools
def pred(x):
    try:
        return pred(x)  ### limit:depth
    except RecursionError:
        while True:
            pass
print(list(itertools.takewhile(pred, [1, 2])))
# ---
# Exceptions inside key functions propagate as in CPython.
# option: --allow-import=heapq,bisect,itertools,functools
import heapq, bisect, itertools, functools
def bad(x):
    raise ValueError('bad key %r' % (x,))
for call in (lambda: heapq.nlargest(1, [1, 2], key=bad),
             lambda: bisect.insort([1, 2], 3, key=bad),
             lambda: list(itertools.groupby([1], key=bad)),
             lambda: sorted([2, 1], key=functools.cmp_to_key(lambda a, b: bad(a)))):
    try:
        call()
    except ValueError as e:
        print(e)
# Output:
# bad key 1
# bad key 3
# bad key 1
# bad key 1
# ---
# StopIteration raised by a predicate ends the iteration, as in CPython.
# option: --allow-import=itertools
import itertools
def pred(x):
    if x == 3:
        raise StopIteration
    return True
print(list(itertools.takewhile(pred, [1, 2, 3, 4])))
print(list(itertools.filterfalse(lambda x: x > 9, map(lambda x: x, [1, 2]))))
# Output:
# [1, 2]
# [1, 2]
# ---
# lru_cache: the wrapper hides the wrapped function and its cache.
# option: --allow-import=functools
from functools import lru_cache
@lru_cache(maxsize=2)
def f(n):
    return n * 2
print(f(1), f(1), f.cache_info())
x = f.__wrapped__  ### policy:dunder-attr "__wrapped__"
# ---
# option: --allow-import=functools
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    return n
x = getattr(f, '__wrap' + 'ped__')  ### policy:dunder-attr "__wrapped__"
# ---
# option: --allow-import=functools
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    return n
x = f.cache_info().__class__  ### policy:dunder-attr "__class__"
# ---
# A recursive cached function still counts depth.
# option: --allow-import=functools
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    try:
        return f(n + 1)  ### limit:depth
    except RecursionError:
        return n
print(f(0))
# ---
# An unbounded cache is accounted: filling it ends with the memory limit.
# option: --allow-import=functools --max-steps=unlimited --max-memory=16MiB --timeout=30s
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    return 'x' * 100000  ### limit:memory
i = 0
while True:
    f(i)
    i += 1
# ---
# option: --allow-import=functools --max-steps=unlimited --max-memory=16MiB --timeout=30s
from functools import lru_cache
@lru_cache(maxsize=None)
def f(n):
    return n
i = 0
while True:
    f(i)  ### limit:memory
    i += 1
# ---
# Comparisons and keys that mutate the list heapq or bisect works on.
# option: --allow-import=heapq,bisect
import heapq
h = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        h.clear()
        return self.v < o.v
h.extend([K(3), K(2), K(1)])
for f in (lambda: heapq.heapify(h), lambda: heapq.heappush(h, K(0)), lambda: heapq.heappush(h, K(-1)), lambda: heapq.heappop(h)):
    try:
        f()
    except (IndexError, RuntimeError) as e:
        print(type(e), e)
print(len(h))
import bisect
xs = [1, 2, 3, 4]
def key(x):
    xs.clear()
    return x
try:
    print(bisect.bisect_left(xs, 2, key=key))
except IndexError as e:
    print('IndexError', e)
# Output:
# <class 'RuntimeError'> list changed size during iteration
# <class 'RuntimeError'> list changed size during iteration
# <class 'IndexError'> index out of range
# 0
# IndexError list index out of range
# ---
# A key that grows the list bisect searches: bisect keeps the bounds it
# started with, as CPython does.
# option: --allow-import=bisect
import bisect
xs = list(range(100))
def key(x):
    xs.extend(xs)
    return x
bisect.insort(xs, 50, key=key)
print(len(xs), xs.index(50), xs[48:53])
# Output:
# 51201 50 [48, 49, 50, 51, 52]
# ---
# json.dumps calls default again for each level a default adds.
# option: --allow-import=json
import json
class N:
    pass
def default(o):
    return [N()]
try:
    json.dumps(N(), default=default)  ### limit:depth
except RecursionError:
    pass
# differs: CPython raises RecursionError; pyfence ends with the depth limit (doc/modules.md)
