# Classes: property setters and deleters (dotted decorators), special
# methods called by containment and comparison, keyword-only parameters
# with defaults, checked against CPython 3.11.
# ---
class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
a = Account(10)
a.balance = 25
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print(e, a.balance)
# Output:
# 25
# balance cannot be negative 25
# ---
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print('reset')
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError:
    print('fahrenheit is read-only')
# Output:
# 100.0 212.0
# reset
# 0.0
# fahrenheit is read-only
# ---
class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers[event] = fn
            return fn
        return register
bus = Registry()
@bus.on('start')
def started():
    return 'started!'
@bus.on('stop')
def stopped():
    return 'stopped!'
print(sorted(bus.handlers), bus.handlers['start']())
# Output:
# ['start', 'stop'] started!
# ---
def make_router():
    class Registry:
        def __init__(self):
            self.handlers = {}
        def on(self, event):
            def register(fn):
                self.handlers[event] = fn
                return fn
            return register
    routes = Registry()
    @routes.on('/home')
    def home():
        return 'home page'
    return routes
r = make_router()
print(r.handlers['/home']())
# Output:
# home page
# ---
def greet(name, *, greeting='Hello', punctuation='!'):
    return f'{greeting}, {name}{punctuation}'
print(greet('Ann'), greet('Bob', punctuation='?'), greet('Cy', greeting='Hi'))
# Output:
# Hello, Ann! Hello, Bob? Hi, Cy!
# ---
def configure(host, port=80, *, timeout, retries=3, verbose=False):
    return (host, port, timeout, retries, verbose)
print(configure('a', timeout=5))
print(configure('b', 8080, verbose=True, timeout=1))
try:
    configure('c')
except TypeError as e:
    print(e)
# Output:
# ('a', 80, 5, 3, False)
# ('b', 8080, 1, 3, True)
# configure() missing 1 required keyword-only argument: 'timeout'
# ---
def tally(*values, scale=1, offset):
    return sum(v * scale for v in values) + offset
print(tally(1, 2, 3, offset=10), tally(offset=0, scale=5), tally(2, offset=1, scale=3))
# Output:
# 16 0 7
# ---
class Query:
    def __init__(self, table, *, where=None, limit=10, order):
        self.parts = (table, where, limit, order)
print(Query('users', order='id').parts, Query('t', limit=1, order='x', where='a=1').parts)
# Output:
# ('users', None, 10, 'id') ('t', 'a=1', 1, 'x')
# ---
f = lambda x, *, lo=0, hi: max(lo, min(hi, x))
print(f(5, hi=3), f(-2, hi=9), f(4, lo=5, hi=9))
# Output:
# 3 0 5
# ---
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return 'Money(%d)' % self.cents
wallet = [Money(100), Money(250)]
print(Money(250) in wallet, Money(5) in wallet, wallet.index(Money(250)), wallet.count(Money(100)))
print(Money(1) in (Money(1),), Money(2) not in [Money(1)])
# Output:
# True False 1 1
# True True
# ---
class Wildcard:
    def __eq__(self, other):
        return True
print(1 in [Wildcard()], 'x' in (Wildcard(),), [Wildcard()] == [5], (1, Wildcard()) == (1, 2))
# Output:
# True True True True
# ---
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return '.'.join(map(str, self.parts))
vs = [Version('1.10.0'), Version('1.2.3'), Version('1.2.10')]
print(sorted(vs), max(vs), min(vs))
print([(Version('1.0'), 1)] < [(Version('1.1'), 0)], (Version('2.0'),) == (Version('2.0'),))
# Output:
# [1.2.3, 1.2.10, 1.10.0] 1.10.0 1.2.3
# True True
# ---
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __bool__(self):
        return bool(self.items)
b = Bag(3, 1, 2)
print(len(b), 2 in b, 9 in b, sorted(b), b[0], b[-1], bool(Bag()), list(reversed(b.items)))
try:
    b[10]
except IndexError as e:
    print(e)
# Output:
# 3 True False [1, 2, 3] 3 2 False [2, 1, 3]
# list index out of range
# ---
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f'Vector({self.x}, {self.y})'
v = Vector(3, 4)
print(v + v, v * 2, 3 * v, -v, abs(v))
# Output:
# Vector(6, 8) Vector(6, 8) Vector(9, 12) Vector(-3, -4) 5.0
# ---
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type is not None)
        return exc_type is ValueError
with Timer('a') as t:
    print('inside', t.name)
with Timer('b'):
    raise ValueError('swallowed')
print('after')
# Output:
# enter a
# inside a
# exit a False
# enter b
# exit b True
# after
# ---
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
# Output:
# [3, 2, 1] 10 [4, 2]
# ---
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'{self.name} has {self.sides} sides'
    def __str__(self):
        return self.describe()
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    def describe(self):
        return super().describe() + ' of equal length'
for s in [Triangle('tri'), Square('sq')]:
    print(s)
print(str(Square('x')), [str(Triangle('t'))])
# Output:
# tri has 3 sides
# sq has 4 sides of equal length
# x has 4 sides of equal length ['t has 3 sides']
# ---
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def total(cls):
        return cls.count
    @staticmethod
    def describe(n):
        return 'counter #%d' % n
cs = [Counter() for _ in range(3)]
print(Counter.total(), [c.id for c in cs], Counter.describe(cs[-1].id))
# Output:
# 3 [1, 2, 3] counter #3
