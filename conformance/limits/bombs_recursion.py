# Recursion bombs: unbounded Python recursion through every kind of call,
# including the special methods that builtins call from Go. Each must end
# with the depth limit (CPython raises RecursionError), never with a Go
# stack overflow that would kill the host.
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def f(n):
    return f(n + 1)  ### limit:depth
f(0)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def ping(n):
    return pong(n)  ### limit:depth
def pong(n):
    return ping(n)
ping(0)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class A:
    def m(self):
        return self.m()  ### limit:depth
A().m()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class A:
    def m(self):
        return B().m()
class B(A):
    def m(self):
        return super().m()  ### limit:depth
B().m()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)  ### limit:depth
    return wrapper
@deco
def f():
    return f()
f()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def g():
    for x in g():  ### limit:depth
        yield x
for x in g():
    pass
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def g(n):
    yield n
    yield from g(n + 1)  ### limit:depth
for x in g(0):
    pass
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
f = lambda: f()  ### limit:depth
f()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __call__(self):
        return self()  ### limit:depth
C()()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __repr__(self):
        return repr(self)  ### limit:depth
print(C())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __str__(self):
        return str(self)  ### limit:depth
print(C())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return 'Node(%r)' % (self.children,)  ### limit:depth
print(Node())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __eq__(self, other):
        return self == other  ### limit:depth
print(C() == C())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __hash__(self):
        return hash(self)  ### limit:depth
print(hash(C()))
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __len__(self):
        return len(self)  ### limit:depth
print(len(C()))
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __getitem__(self, i):
        return self[i]  ### limit:depth
print(C()[0])
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __iter__(self):
        return iter(self)  ### limit:depth
print(list(C()))
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __add__(self, other):
        return self + other  ### limit:depth
print(C() + 1)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class C:
    def __lt__(self, other):
        return sorted([self, other])  ### limit:depth
print(sorted([C(), C()]))
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def key(x):
    return sorted([1, 2], key=key)  ### limit:depth
key(0)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def f(x):
    return list(map(f, [x]))  ### limit:depth
f(0)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def f(x):
    return max([x], key=f)  ### limit:depth
f(0)
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def f():
    return sum(x for x in [f()])  ### limit:depth
f()
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
def f(n):
    try:
        return f(n + 1)  ### limit:depth
    except RecursionError:
        return f(n + 1)
    except BaseException:
        return f(n + 1)
f(0)
# ---
# The hard cap of 20,000 frames holds with an unlimited depth budget, and
# the Go stack it takes stays far from Go's fatal 1 GB overflow.
# option: --max-steps=unlimited --max-depth=unlimited --max-memory=64MiB --timeout=20s
def f():
    return f()  ### limit:depth
f()
# ---
# option: --max-steps=unlimited --max-depth=unlimited --max-memory=64MiB --timeout=20s
def f(x):
    return list(map(f, [x]))  ### limit:depth
f(0)
# ---
# option: --max-steps=unlimited --max-depth=unlimited --max-memory=64MiB --timeout=30s
def key(x):
    return sorted([1, 2], key=key)  ### limit:depth
key(0)
# ---
# option: --max-steps=unlimited --max-depth=unlimited --max-memory=64MiB --timeout=30s
class C:
    def __repr__(self):
        return repr([self])  ### limit:depth
print(C())
