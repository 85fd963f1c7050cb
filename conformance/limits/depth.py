# Call depth and data depth: recursion ends with a limit, never with a Go
# stack overflow that would kill the host. CPython raises RecursionError.
# ---
def f(): return f()  ### limit:depth
f()
# ---
def f(): return f()  ### limit:depth
try:
    f()
except BaseException:
    pass
print('not reached')
# ---
def g():
    yield from g()  ### limit:depth
list(g())
# ---
class C:
    def __init__(self):
        C()  ### limit:depth
C()
# ---
def even(n):
    return True if n == 0 else odd(n - 1)  ### limit:depth
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(10))
print(even(100000))
# ---
# option: --max-depth=50
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)  ### limit:depth
print(down(40))
print(down(60))
# ---
# Self-referential containers print as CPython prints them.
a = []
a.append(a)
print(repr(a))
d = {}
d['self'] = d
print(d)
# Output:
# [[...]]
# {'self': {...}}
# ---
# CPython compares a[0] and [a][0] by identity first: True.
a = []
a.append(a)
print(a == [a])
# Output:
# True
# ---
# Two distinct cycles: CPython raises RecursionError ("maximum recursion
# depth exceeded in comparison").
a = []
a.append(a)
b = []
b.append(b)
print(a == b)  ### limit:depth
# ---
# Deeply nested data: CPython raises RecursionError ("maximum recursion
# depth exceeded while getting the repr of an object").
x = []
for i in range(100000):
    x = [x]
print(len(repr(x)))  ### limit:depth
