# Loop bombs: an endless loop in every statement form, and in the special
# methods that print, ==, sorted and dict keys call implicitly. Each one
# must end with the step limit (or the time limit when steps are
# unlimited), whatever handlers surround it.
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
while 1:
    x = 1  ### limit:steps
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def forever():
    while True:  ### limit:steps
        yield 1
for x in forever():
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
for x in iter(int, 1):  ### limit:steps
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def count():
    n = 0
    while True:
        yield n  ### limit:steps
        n += 1
def evens(g):
    for x in g:
        if x % 2 == 0:
            yield x
for x in evens(evens(count())):
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
n = 0
while True:
    try:
        n += 1  ### limit:steps
    finally:
        n -= 1
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
while True:
    try:
        raise ValueError('again')  ### limit:steps
    except ValueError:
        pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
while True:
    with Ctx():  ### limit:steps
        pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
while True:  ### limit:steps
    with Swallow():
        raise KeyError('x')
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
xs = [x for x in iter(int, 1)]  ### limit:steps
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
f = lambda: [0 for _ in iter(int, 1)]  ### limit:steps
f()
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
g = (x for x in iter(int, 1) if x)  ### limit:steps
print(next(g))
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __init__(self):
        while True:
            pass  ### limit:steps
C()
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __repr__(self):
        while True:
            pass  ### limit:steps
print(C())
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __str__(self):
        while True:
            pass  ### limit:steps
print([1, 2], C())
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __eq__(self, other):
        while True:  ### limit:steps
            pass
print(C() == 1)
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __hash__(self):
        while True:  ### limit:steps
            pass
d = {C(): 1}
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __hash__(self):
        while True:  ### limit:steps
            pass
s = {1, 2, C()}
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __lt__(self, other):
        while True:  ### limit:steps
            pass
print(sorted([C(), C()]))
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __len__(self):
        while True:  ### limit:steps
            pass
print(len(C()))
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __bool__(self):
        while True:  ### limit:steps
            pass
if C():
    print('true')
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class Ones:
    def __iter__(self):
        return self
    def __next__(self):
        return 1  ### limit:steps
print(sum(Ones()))
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __contains__(self, x):
        while True:  ### limit:steps
            pass
print(1 in C())
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class Seq:
    def __getitem__(self, i):
        return i
for x in Seq():  ### limit:steps
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def slow(fn):
    while True:  ### limit:steps
        pass
    return fn
@slow
def f():
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class Body:
    while True:
        pass  ### limit:steps
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def f(x=[0 for _ in iter(int, 1)]):  ### limit:steps
    pass
# ---
# A limit is sticky: the finally clause and the handler cannot loop on.
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
try:
    while True:
        pass  ### limit:steps
finally:
    while True:
        pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
while True:
    try:
        while True:
            pass  ### limit:steps
    except BaseException:
        pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def outer():
    def inner():
        nonlocal n
        n += 1  ### limit:steps
    n = 0
    while True:
        inner()
outer()
# ---
# Steps unlimited: the time budget ends the loop.
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
while True:
    pass  ### limit:time
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
for x in iter(int, 1):  ### limit:time
    pass
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
class C:
    def __eq__(self, other):
        while True:
            pass  ### limit:steps
print(1 in [C()])
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
class C:
    def __eq__(self, other):
        while True:
            pass  ### limit:time
print([1] == [C()])
