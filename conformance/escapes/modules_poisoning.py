# Shared-state poisoning through the safe modules: a module is built afresh
# for each run and its attributes are read-only (policy rule readonly-attr),
# and the classes modules implement in Go are shared by every run, so
# writing to them must fail with an error and leave them unchanged. Each
# chunk checks that the write did not take effect; pairs of chunks check
# that a later run does not see what an earlier one tried.
# ---
# option: --allow-import=json
import json
json.loads = lambda s: 'PWNED'  ### policy:readonly-attr "loads"
# ---
# option: --allow-import=json
import json
setattr(json, 'newattr', 1)  ### policy:readonly-attr "newattr"
# ---
# option: --allow-import=json
import json
del json.dumps  ### policy:readonly-attr "dumps"
# ---
# option: --allow-import=math
import math
delattr(math, 'pi')  ### policy:readonly-attr "pi"
# ---
# An alias, a look-alike name or a handler changes nothing.
# option: --allow-import=math
import math
m = math
try:
    m.pi = 3  ### policy:readonly-attr "pi"
except BaseException:
    pass
# ---
# option: --allow-import=math
import math
ｍａｔｈ.ｐｉ = 3  ### policy:readonly-attr "pi"
# ---
# option: --allow-import=math
import math
setattr(math, 'ｐｉ', 3)  ### policy:readonly-attr
# ---
# option: --allow-import=itertools,json
import itertools, json
list(itertools.starmap(setattr, [(json, 'loads', 1)]))  ### policy:readonly-attr "loads"
# ---
# option: --allow-import=math
import math
list(map(delattr, [math], ['pi']))  ### policy:readonly-attr "pi"
# ---
# option: --allow-import=operator,json
import operator, json
operator.call(setattr, json, 'dumps', print)  ### policy:readonly-attr "dumps"
# ---
# option: --allow-import=functools,string
import functools, string
functools.partial(setattr, string)('digits', 'x')  ### policy:readonly-attr "digits"
# ---
# The types of module objects and functions are gpython's shared types.
# option: --allow-import=json,math
import json, math
for t in (type(json), type(math.sqrt)):
    try:
        t.x = 1
    except TypeError as e:
        print(e)
    print(hasattr(t, 'x'))
# Output:
# cannot set 'x' attribute of immutable type 'module'
# False
# cannot set 'x' attribute of immutable type 'builtin_function_or_method'
# False
# ---
# Classes that CPython also implements in C: the same TypeError.
# option: --allow-import=datetime
import datetime
for cls in (datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone):
    try:
        cls.foo = 1
    except TypeError as e:
        print(e)
    print(hasattr(cls, 'foo'))
# Output:
# cannot set 'foo' attribute of immutable type 'datetime.date'
# False
# cannot set 'foo' attribute of immutable type 'datetime.datetime'
# False
# cannot set 'foo' attribute of immutable type 'datetime.time'
# False
# cannot set 'foo' attribute of immutable type 'datetime.timedelta'
# False
# cannot set 'foo' attribute of immutable type 'datetime.timezone'
# False
# ---
# Replacing a method or a class constant of a shared class.
# option: --allow-import=datetime
import datetime
try:
    datetime.date.isoformat = lambda self: 'PWNED'
except TypeError as e:
    print(e)
try:
    setattr(datetime.date, 'min', datetime.date(2000, 1, 1))
except TypeError as e:
    print(e)
try:
    datetime.timezone.utc = datetime.timezone(datetime.timedelta(hours=5))
except TypeError as e:
    print(e)
try:
    del datetime.date.fromisoformat
except TypeError as e:
    print(e)
print(datetime.date(2020, 1, 2).isoformat(), datetime.date.min, datetime.timezone.utc)
print(datetime.date.fromisoformat('2020-01-02'))
# Output:
# cannot set 'isoformat' attribute of immutable type 'datetime.date'
# cannot set 'min' attribute of immutable type 'datetime.date'
# cannot set 'utc' attribute of immutable type 'datetime.timezone'
# cannot set 'fromisoformat' attribute of immutable type 'datetime.date'
# 2020-01-02 0001-01-01 UTC
# 2020-01-02
# ---
# Class constants are shared objects: their attributes are read-only too.
# option: --allow-import=datetime
import datetime
m = datetime.date.min
for name, value in (('year', 5), ('foo', 1)):
    try:
        setattr(m, name, value)
    except AttributeError:
        print('AttributeError', name)
print(datetime.date.min, datetime.date.min.year)
# Output:
# AttributeError year
# AttributeError foo
# 0001-01-01 1
# ---
# option: --allow-import=collections,itertools,functools,operator
import collections, itertools, functools, operator
for cls in (collections.OrderedDict, collections.deque, itertools.count, itertools.chain,
            functools.partial, operator.itemgetter, operator.attrgetter):
    try:
        cls.x = 1
    except TypeError as e:
        print(e)
    print(hasattr(cls, 'x'))
# Output:
# cannot set 'x' attribute of immutable type 'collections.OrderedDict'
# False
# cannot set 'x' attribute of immutable type 'collections.deque'
# False
# cannot set 'x' attribute of immutable type 'itertools.count'
# False
# cannot set 'x' attribute of immutable type 'itertools.chain'
# False
# cannot set 'x' attribute of immutable type 'functools.partial'
# False
# cannot set 'x' attribute of immutable type 'operator.itemgetter'
# False
# cannot set 'x' attribute of immutable type 'operator.attrgetter'
# False
# ---
# option: --allow-import=collections
import collections
try:
    collections.deque.append = lambda self, x: None
except TypeError as e:
    print(e)
d = collections.deque()
d.append(1)
print(d)
# Output:
# cannot set 'append' attribute of immutable type 'collections.deque'
# deque([1])
# ---
# Classes CPython writes in Python (writable there) are shared Go classes
# in pyfence: the write is a TypeError and changes nothing.
# option: --allow-import=json
import json
try:
    json.JSONDecodeError.x = 1
except TypeError as e:
    print(e)
print(hasattr(json.JSONDecodeError, 'x'))
# differs: CPython's JSONDecodeError is a Python class that takes the write
# Output:
# cannot set 'x' attribute of immutable type 'JSONDecodeError'
# False
# ---
# option: --allow-import=json
import json
delattr(json.JSONDecodeError, 'msg')  ### exception:TypeError "immutable type 'JSONDecodeError'"
# differs: CPython raises AttributeError: msg is an instance attribute
# ---
# option: --allow-import=collections
import collections
try:
    collections.Counter.most_common = lambda self, n=None: 'PWNED'
except TypeError as e:
    print(e)
print(collections.Counter('aab').most_common())
# differs: CPython's Counter is a Python class that takes the write
# Output:
# cannot set 'most_common' attribute of immutable type 'Counter'
# [('a', 2), ('b', 1)]
# ---
# option: --allow-import=string
import string
try:
    string.Template.delimiter = '%'
except TypeError as e:
    print(e)
print(string.Template('$x %x').substitute(x=1))
# differs: CPython's Template is a Python class that takes the write
# Output:
# cannot set 'delimiter' attribute of immutable type 'string.Template'
# 1 %x
# ---
# option: --allow-import=random
import random
try:
    random.Random.random = lambda self: 4
except TypeError as e:
    print(e)
print(random.Random(1).random() < 1)
# differs: CPython's Random is a Python class that takes the write
# Output:
# cannot set 'random' attribute of immutable type 'random.Random'
# True
# ---
# Subclassing a Go class is refused, so a subclass cannot reach it either.
# option: --allow-import=datetime,collections,string
import datetime, collections, string
for base in (datetime.date, collections.OrderedDict, collections.Counter, string.Template):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
# differs: CPython's classes can be subclassed
# Output:
# subclassing builtin type 'datetime.date' is not supported
# subclassing builtin type 'collections.OrderedDict' is not supported
# subclassing builtin type 'Counter' is not supported
# subclassing builtin type 'string.Template' is not supported
# ---
# A subclass of JSONDecodeError is a script class: writes go to it alone.
# option: --allow-import=json
import json
class E(json.JSONDecodeError):
    pass
E.x = 1
print(hasattr(json.JSONDecodeError, 'x'), E.x)
# Output:
# False 1
# ---
# namedtuple builds a new class per call: writes to one class reach
# neither tuple nor another namedtuple class.
# option: --allow-import=collections
import collections
P = collections.namedtuple('P', 'x')
P.index = lambda self, v: 'PWNED'
try:
    tuple.index = None
except TypeError as e:
    print(e)
try:
    type(P).x = 1
except TypeError as e:
    print(e)
Q = collections.namedtuple('P', 'x')
print(P(1).index(1), Q(1).index(1), (1,).index(1))
# Output:
# cannot set 'index' attribute of immutable type 'tuple'
# cannot set 'x' attribute of immutable type 'type'
# PWNED 0 0
# ---
# State of a module: random's generator and lru_cache live in the run.
# This chunk reseeds random; the next one, a fresh run, must print the
# same as it would alone.
# option: --allow-import=random
import random
random.seed(12345)
x = random.random()
print(x == random.Random(12345).random())
# Output:
# True
# ---
# option: --allow-import=random
import random
a = random.random()
b = random.Random(0).random()
print(a == b)
# differs: pyfence seeds the module's generator with 0 in every run (no randomness by default)
# Output:
# True
# ---
# Cross-run pair: the first chunk tries every way to add an attribute to
# datetime.date; the second, a fresh run, must not see it.
# option: --allow-import=datetime,operator,functools
import datetime, operator, functools
for attempt in (lambda: setattr(datetime.date, 'leak', 1),
                lambda: operator.call(setattr, datetime.date, 'leak', 1),
                functools.partial(setattr, datetime.date, 'leak', 1)):
    try:
        attempt()
    except TypeError:
        pass
print(hasattr(datetime.date, 'leak'))
# Output:
# False
# ---
# option: --allow-import=datetime
import datetime
print(hasattr(datetime.date, 'leak'), hasattr(datetime.date(2020, 1, 1), 'leak'))
# Output:
# False False
# ---
# The update_wrapper family copies names and docstrings between script
# functions only; naming a dunder in assigned copies nothing.
# option: --allow-import=functools
import functools
def w():
    return 'w'
def f():
    return 'f'
functools.update_wrapper(w, f, assigned=('__code__', '__defaults__'), updated=('__dict__',))
print(w())
# differs: CPython copies __code__ as asked, so w() returns 'f'
# Output:
# w
# ---
# update_wrapper on a shared object must not rename it.
# option: --allow-import=functools,json,datetime
import functools, json, datetime
def f():
    'doc'
functools.update_wrapper(json.loads, f)
functools.update_wrapper(datetime.date, f)
print(repr(json.loads), repr(datetime.date))
# differs: CPython raises AttributeError writing __name__ of a builtin; pyfence copies nothing
# Output:
# <built-in function loads> <class 'datetime.date'>
