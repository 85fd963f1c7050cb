# Deep and self-referential data: nesting built in a loop (10**5 levels,
# and 10**6 where a Go recursion without a depth count would overflow the
# 1 GB Go stack) and cycles. Every Go routine that descends into data
# (repr, str, ==, <, hash, sorted, in, converting the result) counts its
# depth, so each ends with the depth limit (CPython raises RecursionError)
# and never with a Go stack overflow.
# ---
# option: --max-steps=20000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(10**6):
    x = [x]
print(x)  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(10**5):
    x = [x]
s = str(x)  ### limit:depth
# ---
# 2·10^5 levels: 10^6 would hold two million lists, more than the memory
# budget (each list is accounted).
# option: --max-steps=20000000 --max-memory=64MiB --timeout=30s
x = []
y = []
for i in range(2 * 10**5):
    x = [x]
    y = [y]
print(x == y)  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
y = []
for i in range(10**5):
    x = [x]
    y = [y]
print(x < y)  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
y = []
for i in range(10**5):
    x = [x]
    y = [y]
print(x in [y])  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = [0]
y = [1]
for i in range(10**5):
    x = [x]
    y = [y]
print(sorted([x, y]))  ### limit:depth
# ---
# option: --max-steps=20000000 --max-memory=64MiB --timeout=30s
t = ()
for i in range(10**6):
    t = (t,)
print(hash(t))  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
t = ()
for i in range(10**5):
    t = (t,)
d = {t: 1}  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
t = ()
for i in range(10**5):
    t = (t,)
s = {t}  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
d = {}
for i in range(10**5):
    d = {'k': d}
print(d)  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
t = ()
u = ()
for i in range(10**5):
    t = (t,)
    u = (u,)
print(t == u)  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(10**5):
    x = [x]
print(repr([x]))  ### limit:depth
# ---
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(10**5):
    x = [x]
print(max([x, x]) is x)
# Output:
# True
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
a = []
a.append(a)
b = []
b.append(b)
print(a < b)  ### limit:depth
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
class Node:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return repr(self.items)  ### limit:depth
print(Node())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
a = [1]
b = [a, a]
a.append(b)
print(a)
print(b)
print(a == a, b[0] is a)
# Output:
# [1, [[...], [...]]]
# [[1, [...]], [1, [...]]]
# True True
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
d = {}
d[1] = [d, (d,)]
print(d)
print(str(d) == repr(d))
# Output:
# {1: [{...}, ({...},)]}
# True
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = []
y = []
for i in range(40):
    x = [x, x]
    y = [y, y]
print(x == y)  ### limit:steps
# ---
# Two distinct self-referential dicts (this once overflowed the Go stack in
# gpython's dict comparison).
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
d1 = {}
d1['k'] = d1
d2 = {}
d2['k'] = d2
print(d1 == d2)  ### limit:depth
# ---
# A key nested a million levels deep (this once overflowed the Go stack
# formatting gpython's "can only have string keys" message).
# option: --max-steps=20000000 --max-memory=64MiB --timeout=30s
t = ()
for i in range(10**6):
    t = (t,)
d = {t: 1}  ### limit:depth
# ---
# The script's value is converted to Go with the same depth count.
# option: --max-steps=2000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(10**5):
    x = [x]
x  ### limit:depth
# ---
# The repr of 10 million nodes takes seconds: a smaller budget keeps the
# chunk short.
# option: --max-steps=unlimited --max-memory=16MiB --timeout=30s
x = []
for i in range(40):
    x = [x, x]
s = repr(x)  ### limit:memory
# ---
# Shared structure: the repr doubles with every level.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = []
for i in range(40):
    x = [x, x]
s = repr(x)  ### limit:steps
