# Work inside builtins: Go loops over huge ranges and endless iterators
# charge a step per element and poll the clock, so each ends with the step
# limit; the same calls with unlimited steps end with the time limit, on
# time. Operations CPython does in constant time stay cheap.
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(sum(range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(min(range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(max(range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(all(range(1, 10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(any(iter(int, 1)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(sorted(iter(int, 1)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = list(iter(int, 1))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = tuple(iter(int, 1))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = set(iter(int, 1))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = dict(zip(range(10**15), range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = max(enumerate(range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = sum(map(abs, range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = max(filter(None, range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = min(reversed(range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = ''.join(iter(str, 'x'))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = ''.join(map(str, range(10**15)))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = sorted(range(10**6), key=lambda v: -v)  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = max(range(10**15), key=abs)  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'a' * 10**7
while True:
    n = s.count('a')  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'ab' * 10**6
parts = s.split('a')  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'a' * 10**7
while True:
    h = hash(s + 'b')  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
xs = list(range(10**5))
while True:
    xs.sort()  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
xs = [0] * 10**6
while True:
    n = xs.count(1)  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
xs = [0] * 10**6
while True:
    i = 1 in xs  ### limit:steps
# ---
# Unlimited steps: the time budget ends the same work on time.
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
print(sum(range(10**15)))  ### limit:time
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
print(any(iter(int, 1)))  ### limit:time
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
x = max(filter(None, range(10**15)))  ### limit:time
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
xs = [0] * 10**6
while True:
    n = xs.count(1)  ### limit:time
# ---
# Constant-time in CPython, and in pyfence. (bombs_test.go runs the same
# membership tests on range(10**18).)
# option: --max-steps=1000 --max-memory=64MiB --timeout=30s
r = range(10**7)
print(10**7 - 1 in r, -1 in r, 999999 in range(0, 10**7, 3), 10**6 + 2 in range(1, 10**7, 3))
# Output:
# True False True False
# ---
# option: --max-steps=1000 --max-memory=64MiB --timeout=30s
r = range(10**18)
print(len(r), r[10**17], r[-1], r.index(10**17), r.count(5))
print(r[10**15:10**16:7][10**10])
# Output:
# 1000000000000000000 100000000000000000 999999999999999999 100000000000000000 1
# 1000070000000000
# ---
# option: --max-steps=1000 --max-memory=64MiB --timeout=30s
print(len(range(10**19)))  ### exception:OverflowError "Python int too large to convert to C ssize_t"
# ---
# A float is not an int: CPython searches the range one element at a time.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(5.5 in range(10**7))  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'a' * 10**7
t = 'a' * 10**7
while True:
    e = s == t  ### limit:steps
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'a' * 10**7
while True:
    t = s.upper()  ### limit:steps
# ---
# Constant time in CPython, and in pyfence: an int is found in a range
# arithmetically.
# option: --max-steps=1000 --max-memory=64MiB --timeout=30s
r = range(10**18)
print(10**18 - 1 in r, -1 in r, 10**17 in range(0, 10**18, 3))
# Output:
# True False False
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(5.5 in range(10**15))  ### limit:steps
# ---
# A generator has no __contains__: it is searched one metered item at a
# time.
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def ones():
    while True:
        yield 1
print(2 in ones())  ### limit:steps
# ---
# Comparing big strings costs a step per 64 bytes.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
s = 'a' * 10**7
t = 'a' * 10**7
n = 0
while True:
    n += s < t  ### limit:steps
# ---
# Items that are instances of the script's classes compare with their
# __eq__, in membership tests and in container comparisons.
class C:
    def __eq__(self, other):
        return other == 1
print(1 in [C()], 2 in [C()], [1] == [C()], (C(), 1) == (1, 1), 1 in (0, C()))
# Output:
# True False True True True
