# Everyday code that must pass the check without a single violation.

import json
import math
from math import sqrt, pi as PI
from json import dumps


class Point(object):
    """A point in the plane."""

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        self.__private = (x, y)
        self._cache = {}

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return self.norm() < other.norm()

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return bool(self.x or self.y)

    def norm(self):
        return sqrt(self.x ** 2 + self.y ** 2)

    @property
    def angle(self):
        return math.atan2(self.y, self.x)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return super().__repr__() + "+z"


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


def counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def evens(limit):
    for i in range(limit):
        if i % 2:
            continue
        yield i


def parse(text):
    try:
        return json.loads(text)
    except (ValueError, TypeError) as err:
        return {"error": str(err)}
    finally:
        pass


total = 0
while total < 10:
    total += 1
else:
    total = -total

squares = [n * n for n in range(10) if n % 3]
pairs = {k: v for k, v in zip("abc", range(3))}
unique = {c for c in "mississippi"}
lazy = sum(x for x in evens(10))
matrix = [[i * j for j in range(3)] for i in range(3)]
first, *rest = [1, 2, 3]
a, b = b, a = 1, 2
key = lambda item, *, reverse=False: -item if reverse else item
ordered = sorted([3, 1, 2], key=key)
point = Point.from_tuple((3, 4))
assert point.norm() == 5, "pythagoras"
with Resource() as r:
    label = "%s at %.2f rad" % (point, point.angle)
text = dumps({"pi": PI, "fib": fib(10), "items": list(point)})
slices = squares[1:5:2], squares[::-1], squares[:]
flags = not a or b and -a < +b <= ~a
data = {"__class__": "a string, not an attribute", "__dunder": 1}
x = obj.__private
y = obj._Point__private
raise_it = False
if raise_it:
    raise ValueError("bad") from None
del squares[0], pairs["a"]
result = [dict(open=True, input=1), Point(1) + Point(2, 3), parse('{"a": 1}')]
result
