# Reaching interpreter internals through the safe standard modules: module
# objects, their functions and classes, the objects they return, and the
# helpers that look names up for the script (operator.attrgetter,
# methodcaller, functools.partial, str.format). Every path goes through the
# same attribute guard as the syntax: a dunder name is the policy error
# dunder-attr, a module has no private attribute.
# ---
# option: --allow-import=json
import json
x = json.__dict__  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=json
import json
x = getattr(json, '__dict__')  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=math
import math
x = getattr(math, '__loa' + 'der__', None)  ### policy:dunder-attr "__loader__"
# ---
# option: --allow-import=math
import math
print(hasattr(math, '__spec__'))  ### policy:dunder-attr "__spec__"
# ---
# option: --allow-import=math
import math
for name in ('__name__', '__file__', '__builtins__'):
    try:
        getattr(math, name)  ### policy:dunder-attr "__name__"
    except AttributeError:
        pass
# ---
# A module has no underscore-prefixed attribute; getattr with a default
# behaves as for any missing name.
# option: --allow-import=math,json,random
import math, json, random
print(getattr(math, '_private', 'none'), hasattr(json, '_default_encoder'), hasattr(random, '_inst'))
# differs: CPython's json and random modules have private attributes
# Output:
# none False False
# ---
# Every public attribute a module lists can be read.
# option: --allow-import=math,json,string,operator
import math, json, string, operator
n = 0
for m in (math, json, string, operator):
    for name in dir(m):
        getattr(m, name)
        n += 1
print(n > 100)
# Output:
# True
# ---
# option: --allow-import=json
import json
print(getattr(json.loads, '__self__'))  ### policy:dunder-attr "__self__"
# ---
# option: --allow-import=json
import json
print(getattr(json.dumps, '__module__', None))  ### policy:dunder-attr "__module__"
# ---
# option: --allow-import=json
import json
t = type(json.loads)
print(t.__name__)  ### policy:dunder-attr "__name__"
# ---
# The types of module objects cannot build new instances.
# option: --allow-import=json
import json
for obj in (json.loads, json):
    try:
        type(obj)('x')
    except TypeError as e:
        print(e)
# differs: CPython's module type builds a new module from a name
# Output:
# cannot create 'builtin_function_or_method' instances
# cannot create 'module' instances
# ---
# option: --allow-import=json
import json
x = getattr(json, 'JSONDecodeError').__init__  ### policy:dunder-attr "__init__"
# ---
# option: --allow-import=json
import json
try:
    json.loads('[1,')
except json.JSONDecodeError as e:
    tb = getattr(e, '__trace' + 'back__')  ### policy:dunder-attr "__traceback__"
# ---
# option: --allow-import=json
import json
try:
    json.loads('[1,')
except ValueError as e:
    ctx = e.__context__  ### policy:dunder-attr "__context__"
# ---
# operator's name-driven helpers go through the guard.
# option: --allow-import=operator
import operator
g = operator.attrgetter('__class__')
print(g(1))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=operator
import operator
class C:
    pass
c = C()
c.x = C()
print(operator.attrgetter('x.__class__')(c))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=operator
import operator
f = operator.attrgetter('upper', '__doc__')
print(f('a'))  ### policy:dunder-attr "__doc__"
# ---
# option: --allow-import=operator
import operator
print(operator.methodcaller('__reduce__')(1))  ### policy:dunder-attr "__reduce__"
# ---
# option: --allow-import=operator
import operator
print(operator.methodcaller('__reduce_ex__', 2)([]))  ### policy:dunder-attr "__reduce_ex__"
# ---
# option: --allow-import=operator
import operator
print(operator.methodcaller('__subclasses__')(object))  ### policy:dunder-attr "__subclasses__"
# ---
# option: --allow-import=operator,json
import operator, json
print(operator.call(getattr, json, '__dict__'))  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=functools
import functools
p = functools.partial(getattr, 1)
print(p('__class__'))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=functools
import functools
print(functools.reduce(getattr, ['__class__', '__mro__'], 1))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=itertools
import itertools
print(list(itertools.starmap(getattr, [(1, 'bit_length'), (1, '__class__')])))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=itertools,math
import itertools, math
print(list(itertools.starmap(getattr, [(math, 'pi'), (math, '__loader__')])))  ### policy:dunder-attr "__loader__"
# ---
# A partial's visible parts are the ones CPython shows.
# option: --allow-import=functools
import functools
def f(a, b, c=0):
    return a + b + c
p = functools.partial(f, 1, c=3)
print(p.func is f, p.args, p.keywords, p(2))
x = p.__dict__  ### policy:dunder-attr "__dict__"
# ---
# Format-string traversal through module objects (CVE-2023-41039).
# option: --allow-import=datetime
import datetime
print('{0.__class__}'.format(datetime.date.today))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=datetime
import datetime
print('{0.min.__class__}'.format(datetime.date))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=datetime
import datetime
d = datetime.date(2020, 1, 2)
print('{0.year} {0.month:02d}'.format(d))
print('{0.year.__class__}'.format(d))  ### policy:dunder-attr "__class__"
# Output:
# 2020 01
# ---
# option: --allow-import=json
import json
print('{m.loads.__globals__}'.format(m=json))  ### policy:dunder-attr "__globals__"
# ---
# option: --allow-import=json
import json
print('{m.__dict__}'.format_map({'m': json}))  ### policy:dunder-attr "__dict__"
# ---
# string.Template reads only the mapping, never attributes: a dunder-named
# placeholder is an ordinary key and a dotted one is not a placeholder.
# option: --allow-import=string
import string
print(string.Template('$__class__').substitute({'__class__': 1}))
class M:
    def __getitem__(self, k):
        return '<' + k + '>'
print(string.Template('$__class__ ${x}').substitute(M()))
print(string.Template('${a.__class__}').safe_substitute(a=1))
# Output:
# 1
# <__class__> <x>
# ${a.__class__}
# ---
# option: --allow-import=string
import string
x = string.Formatter  ### exception:AttributeError "module 'string' has no attribute 'Formatter'"
# differs: CPython's string.Formatter exists; pyfence does not provide it
# ---
# Internals of namedtuple: field names cannot shadow or reach dunders.
# option: --allow-import=collections
import collections
try:
    collections.namedtuple('P', ['__class__'])
except ValueError as e:
    print(e)
try:
    collections.namedtuple('P', ['_make', 'x'])
except ValueError as e:
    print(e)
try:
    collections.namedtuple('P', 'x __init__')
except ValueError as e:
    print(e)
Q = collections.namedtuple('Q', ['__class__', 'def', '_x', 'ok'], rename=True)
print(Q._fields)
# Output:
# Field names cannot start with an underscore: '__class__'
# Field names cannot start with an underscore: '_make'
# Field names cannot start with an underscore: '__init__'
# ('_0', '_1', '_2', 'ok')
# ---
# option: --allow-import=collections
import collections
P = collections.namedtuple('P', 'x y')
print(getattr(P, '__pf_items__'))  ### policy:dunder-attr "__pf_items__"
# ---
# option: --allow-import=collections
import collections
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
x = p.__pf_items__  ### policy:reserved-name "__pf_items__"
# ---
# The underscore methods CPython documents work; the class takes
# attribute writes as a script class does, on its own copy.
# option: --allow-import=collections
import collections
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p._asdict(), P._fields, P._make([3, 4]), p._replace(x=9), P._field_defaults)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError')
P.count = lambda self, v: 42
print(p.count(1), (1, 2).count(1))
Q = collections.namedtuple('P', 'x y')
print(Q(1, 2).count(1))
# Output:
# {'x': 1, 'y': 2} ('x', 'y') P(x=3, y=4) P(x=9, y=2) {}
# AttributeError
# 42 1
# 1
# ---
# option: --allow-import=collections
import collections
P = collections.namedtuple('P', 'x')
x = P._source  ### exception:AttributeError "type object 'P' has no attribute '_source'"
# ---
# option: --allow-import=collections
import collections
d = collections.OrderedDict(a=1)
x = getattr(d, '_OrderedDict__map')  ### exception:AttributeError "'collections.OrderedDict' object has no attribute '_OrderedDict__map'"
# ---
# option: --allow-import=collections
import collections
c = collections.Counter('abca')
x = getattr(c, '__missing__')  ### policy:dunder-attr "__missing__"
# ---
# Unicode look-alikes are normalised before the check (PEP 3131) ...
# option: --allow-import=json
import json
x = json.__ｄｉｃｔ__  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=math
import math
print(math.ｐｉ, ｍａｔｈ.ｆｌｏｏｒ(2.5))
# Output:
# 3.141592653589793 2
# ---
# ... and getattr's computed names are not (CPython does not normalise
# them either), but they still cannot be dunders.
# option: --allow-import=math
import math
print(getattr(math, 'ｐｉ', 'missing'))
x = getattr(math, '__ｄｉｃｔ__')  ### policy:dunder-attr
# Output:
# missing
# ---
# option: --allow-import=math
import math
x = getattr(math, '\x5f\x5fdict\x5f\x5f')  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=math
import math
print(getattr(math, 'pi\x00', 'missing'), getattr(math, 'pi ', 'missing'))
# Output:
# missing missing
