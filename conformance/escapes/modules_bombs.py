# Resource bombs inside the safe modules' Go code: each ends with the limit
# that bounds it (checked before the allocation, or per element consumed)
# or with the exception CPython raises too. Budgets are small so that every
# chunk ends quickly; the machine running the suite may be loaded.
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.factorial(10**7)  ### limit:memory
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.factorial(10**5)  ### limit:steps
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.comb(10**9, 5 * 10**8)  ### limit:memory
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.perm(10**6)  ### limit:steps
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.isqrt(2 ** (2**25))  ### limit:memory
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.prod([10**1000] * 100000)  ### limit:steps
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = math.lcm(*range(1, 200000))  ### limit:steps
# ---
# option: --allow-import=math,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math, itertools
x = math.fsum(itertools.repeat(1.0))  ### limit:steps
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
for call in (lambda: math.factorial(2**63), lambda: math.pow(10, 10**10), lambda: math.ldexp(1.0, 10**100)):
    try:
        call()
    except OverflowError as e:
        print(e)
# Output:
# factorial() argument should not exceed 9223372036854775807
# math range error
# math range error
# ---
# json: nesting counts against the depth budget, sizes against memory.
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.loads('[' * 10**6)  ### limit:depth
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.loads('{"a":' * 10**5)  ### limit:depth
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
try:
    json.loads('[' * 10**6)  ### limit:depth
except RecursionError:
    print('caught')
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = []
for i in range(10**5):
    x = [x]
s = json.dumps(x)  ### limit:depth
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
d = {}
cur = d
for i in range(10**4):
    cur['a'] = {}
    cur = cur['a']
s = json.dumps(d, indent=1)  ### limit:depth
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.loads('[' * 150 + ']' * 150)
print(len(json.dumps(x)))
# Output:
# 300
# ---
# Shared references make the output exponential in the input.
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = ['a' * 1000]
for i in range(40):
    x = [x, x]
s = json.dumps(x)  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.dumps('\u1234' * 10**7)  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.dumps([1], indent=10**9)  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.dumps([[[[1]]]], indent=' ' * 10**7)  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.dumps(list(range(10**5)), separators=(',' * 1000, ':'))  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
x = json.loads('"' + 'a' * 10**8 + '"')  ### limit:memory
# ---
# option: --allow-import=json --max-steps=1000000 --max-memory=32MiB --timeout=30s
import json
for s in ('1' * 5000, '1e99999999999', '-' + '0' * 10):
    try:
        print(json.loads(s))
    except ValueError as e:
        print(e)
# Output:
# Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# inf
# Extra data: line 1 column 3 (char 2)
# ---
# itertools: infinite and combinatorial iterators are charged per element.
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
x = itertools.product(range(10**6), repeat=8)  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
x = itertools.product(*[range(10**6)] * 10**6)  ### limit:memory
# ---
# The list's growth is counted too: the memory budget is set high enough
# that the step budget is the one that ends it.
# option: --allow-import=itertools --max-steps=1000000 --max-memory=256MiB --timeout=30s
import itertools
x = list(itertools.count())  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
x = list(itertools.permutations(range(12)))  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
x = list(itertools.combinations_with_replacement('abcdefghij', 12))  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=unlimited --max-memory=32MiB --timeout=30s
import itertools
a, b = itertools.tee(itertools.count())
for _ in a:  ### limit:memory
    pass
# ---
# option: --allow-import=itertools --max-steps=unlimited --max-memory=32MiB --timeout=30s
import itertools
c = itertools.cycle(itertools.repeat('x' * 1000))
for _ in c:  ### limit:memory
    pass
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
print(sum(itertools.islice(itertools.count(), 10**12, 10**12 + 1)))  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
print(any(itertools.dropwhile(lambda x: True, itertools.count())))  ### limit:steps
# ---
# option: --allow-import=itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import itertools
print(max(itertools.accumulate(itertools.repeat(1))))  ### limit:steps
# ---
# collections
# option: --allow-import=collections,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections, itertools
x = collections.deque(itertools.count())  ### limit:steps
# ---
# option: --allow-import=collections,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections, itertools
x = collections.deque(itertools.count(), maxlen=3)  ### limit:steps
# ---
# option: --allow-import=collections,itertools --max-steps=unlimited --max-memory=32MiB --timeout=30s
import collections, itertools
x = collections.Counter(itertools.count())  ### limit:memory
# ---
# option: --allow-import=collections,itertools --max-steps=unlimited --max-memory=32MiB --timeout=30s
import collections, itertools
x = collections.OrderedDict.fromkeys(itertools.count())  ### limit:memory
# ---
# option: --allow-import=collections --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections
x = collections.deque([0]) * 10**10  ### limit:memory
# ---
# option: --allow-import=collections --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections
x = collections.deque(['a' * 1000] * 1000)
x *= 10**6  ### limit:memory
# ---
# option: --allow-import=collections --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections
c = collections.Counter(a=10**10)
x = list(c.elements())  ### limit:steps
# ---
# option: --allow-import=collections --max-steps=unlimited --max-memory=32MiB --timeout=30s
import collections
c = collections.Counter(a=10**10)
x = sorted(c.elements())  ### limit:memory
# ---
# option: --allow-import=collections --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections
c = collections.Counter(a=10**100)
try:
    next(c.elements())
except OverflowError as e:
    print(e)
# Output:
# Python int too large to convert to C ssize_t
# ---
# option: --allow-import=collections --max-steps=1000000 --max-memory=32MiB --timeout=30s
import collections
x = collections.deque()
for i in range(10**4):
    x = collections.deque([x])
print(x)  ### limit:depth
# ---
# option: --allow-import=collections --max-steps=10000000 --max-memory=64MiB --timeout=30s
import collections
x = collections.OrderedDict()
y = collections.OrderedDict()
for i in range(10**4):
    x = collections.OrderedDict(a=x)
    y = collections.OrderedDict(a=y)
print(x == y)  ### limit:depth
# ---
# option: --allow-import=collections --max-steps=10000000 --max-memory=64MiB --timeout=30s
import collections
t = ()
for i in range(10**5):
    t = (t,)
c = collections.Counter([t])  ### limit:depth
# ---
# option: --allow-import=collections --max-steps=10000000 --max-memory=64MiB --timeout=30s
import collections
P = collections.namedtuple('P', 'a')
x = P(0)
for i in range(10**5):
    x = P(x)
print(hash(x))  ### limit:depth
# ---
# option: --allow-import=collections --max-steps=10000000 --max-memory=64MiB --timeout=30s
import collections
P = collections.namedtuple('P', 'a')
x = P(0)
for i in range(10**5):
    x = P(x)
print(x._asdict())  ### limit:depth
# ---
# Self-references print as in CPython.
# option: --allow-import=collections
import collections
d = collections.deque()
d.append(d)
o = collections.OrderedDict()
o['self'] = o
print(d, o)
# Output:
# deque([[...]]) OrderedDict([('self', ...)])
# ---
# option: --allow-import=collections
import collections
c = collections.Counter()
c['x'] = [c]
print(c)
# xfail: pyfence prints Counter({'x': [Counter(...)]}); CPython's Counter.__repr__ formats a fresh dict, so only the list is the repeated object
# Output:
# Counter({'x': [Counter({'x': [...]})]})
# ---
# random
# option: --allow-import=random --max-steps=1000000 --max-memory=32MiB --timeout=30s
import random
x = random.choices(range(3), k=10**10)  ### limit:memory
# ---
# option: --allow-import=random --max-steps=1000000 --max-memory=32MiB --timeout=30s
import random
x = random.sample(range(10**18), 10**9)  ### limit:memory
# ---
# option: --allow-import=random --max-steps=1000000 --max-memory=32MiB --timeout=30s
import random
x = random.randbytes(10**10)  ### limit:memory
# ---
# option: --allow-import=random --max-steps=1000000 --max-memory=32MiB --timeout=30s
import random
x = random.getrandbits(2**40)  ### limit:memory
# ---
# option: --allow-import=random --max-steps=1000000 --max-memory=32MiB --timeout=30s
import random
x = list(range(10**5))
while True:
    random.shuffle(x)  ### limit:steps
# ---
# statistics
# option: --allow-import=statistics,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import statistics, itertools
x = statistics.mean(itertools.repeat(1))  ### limit:steps
# ---
# option: --allow-import=statistics,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import statistics, itertools
x = statistics.median(itertools.count())  ### limit:steps
# ---
# option: --allow-import=statistics --max-steps=1000000 --max-memory=32MiB --timeout=30s
import statistics
x = statistics.quantiles(range(10), n=10**9)  ### limit:memory
# ---
# option: --allow-import=statistics --max-steps=1000000 --max-memory=32MiB --timeout=30s
import statistics
try:
    statistics.mean([10**4000, 1.5])
except OverflowError as e:
    print(e)
# Output:
# integer division result too large for a float
# ---
# heapq and bisect
# option: --allow-import=heapq,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import heapq, itertools
print(heapq.nlargest(5, itertools.count()))  ### limit:steps
# ---
# option: --allow-import=heapq,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import heapq, itertools
print(heapq.nsmallest(5, itertools.count(), key=lambda x: -x))  ### limit:steps
# ---
# option: --allow-import=heapq,itertools --max-steps=1000000 --max-memory=32MiB --timeout=30s
import heapq, itertools
print(list(heapq.merge(itertools.count(), itertools.count())))  ### limit:steps
# ---
# option: --allow-import=heapq --max-steps=1000000 --max-memory=32MiB --timeout=30s
import heapq
x = heapq.nlargest(10**10, [1, 2, 3])
print(x)
# Output:
# [3, 2, 1]
# ---
# option: --allow-import=bisect --max-steps=unlimited --max-memory=32MiB --timeout=30s
import bisect
xs = []
while True:
    bisect.insort(xs, 'x' * 100)  ### limit:memory
# ---
# datetime: out-of-range values raise CPython's OverflowError.
# option: --allow-import=datetime --max-steps=1000000 --max-memory=32MiB --timeout=30s
import datetime
for call in (lambda: datetime.timedelta(days=10**10),
             lambda: datetime.timedelta(microseconds=10**400),
             lambda: datetime.timedelta(days=1) * 10**12,
             lambda: datetime.date(2020, 1, 1) + datetime.timedelta(days=10**8),
             lambda: datetime.date.fromordinal(10**20)):
    try:
        call()
    except OverflowError as e:
        print(e)
# Output:
# Python int too large to convert to C int
# Python int too large to convert to C int
# Python int too large to convert to C int
# date value out of range
# Python int too large to convert to C long
# ---
# option: --allow-import=datetime --max-steps=1000000 --max-memory=32MiB --timeout=30s
import datetime
x = datetime.date(2020, 1, 1).strftime('%Y' * 10**7)  ### limit:steps
# ---
# option: --allow-import=datetime --max-steps=unlimited --max-memory=32MiB --timeout=30s
import datetime
x = datetime.date(2020, 1, 1).strftime('%Y' * 10**7)  ### limit:memory
# ---
# option: --allow-import=datetime --max-steps=1000000 --max-memory=32MiB --timeout=30s
import datetime
x = datetime.timezone(datetime.timedelta(hours=1), 'z' * 10**8)  ### limit:memory
# ---
# option: --allow-import=datetime --max-steps=1000000 --max-memory=32MiB --timeout=30s
import datetime
for s in ('1' * 10**5, '2020-01-01' * 10**4):
    try:
        datetime.datetime.strptime(s, '%Y')
    except ValueError as e:
        print(len(str(e)))
# Output:
# 100022
# 100022
# ---
# string: Template and capwords amplify.
# option: --allow-import=string --max-steps=1000000 --max-memory=32MiB --timeout=30s
import string
t = string.Template('$a$a$a$a$a$a$a$a$a$a')
s = 'x'
for i in range(10):
    s = t.substitute(a=s)  ### limit:memory
# ---
# option: --allow-import=string --max-steps=1000000 --max-memory=32MiB --timeout=30s
import string
s = string.Template('$a' * 10**6).substitute(a='x' * 1000)  ### limit:memory
# ---
# option: --allow-import=string --max-steps=1000000 --max-memory=32MiB --timeout=30s
import string
s = string.Template('${a}' * 1000).safe_substitute(a='y' * 100000)  ### limit:memory
# ---
# option: --allow-import=string --max-steps=1000000 --max-memory=32MiB --timeout=30s
import string
print(string.capwords('a ' * 10**7))  ### limit:steps
# ---
# option: --allow-import=string --max-steps=unlimited --max-memory=32MiB --timeout=30s
import string
s = string.capwords('ab ' * 10**6, 'b')
while True:
    s = string.capwords(s + s, 'b')  ### limit:memory
# ---
# %-formatting and str.format with module values.
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = ('%s' * 10**6) % ((math.pi,) * 10**6)  ### limit:steps
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = '%*f' % (10**9, math.pi)  ### limit:memory
# ---
# option: --allow-import=math --max-steps=1000000 --max-memory=32MiB --timeout=30s
import math
x = '{:{}.{}f}'.format(math.e, 10**8, 10**8)  ### limit:memory
# ---
# option: --allow-import=datetime --max-steps=1000000 --max-memory=32MiB --timeout=30s
import datetime
# A date's format spec is a strftime format: no padding happens.
x = '{:>1000000000}'.format(datetime.date(2020, 1, 1))
print(x)
# Output:
# >1000000000
# ---
# operator: the same guarded operations as the syntax.
# option: --allow-import=operator --max-steps=1000000 --max-memory=32MiB --timeout=30s
import operator
x = operator.mul('ab', 10**9)  ### limit:memory
# ---
# option: --allow-import=operator --max-steps=1000000 --max-memory=32MiB --timeout=30s
import operator
x = operator.pow(10, 10**9)  ### limit:memory
# ---
# option: --allow-import=operator --max-steps=1000000 --max-memory=32MiB --timeout=30s
import operator
x = operator.lshift(1, 2**40)  ### limit:memory
# ---
# option: --allow-import=operator --max-steps=unlimited --max-memory=32MiB --timeout=30s
import operator
xs = [0]
while True:
    xs = operator.iconcat(xs, xs)  ### limit:memory
# ---
# option: --allow-import=functools,operator --max-steps=unlimited --max-memory=32MiB --timeout=30s
import functools, operator
x = functools.reduce(operator.mul, [[1]] + [2] * 100)  ### limit:memory
# ---
# Nested partials are flattened as in CPython, so calling one is shallow.
# option: --allow-import=functools --max-steps=10000000 --max-memory=32MiB --timeout=30s
import functools
p = functools.partial(max)
for i in range(10**5):
    p = functools.partial(p)
print(p(1, 2))
# Output:
# 2
