# Memory bombs: one operation that would allocate far more than the budget
# is refused before it allocates, and growth by many small allocations is
# accounted until the budget runs out. Steps are unlimited in the growth
# bombs so that only memory accounting can stop them in time.
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = [0, 0] * 10**8  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'ab' * 10**9  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = b'x' * 10**10  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = (0,) * 10**9  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'a' * 2**62  ### limit:memory
# ---
# CPython: the count does not fit a Py_ssize_t.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'a' * 2**63  ### exception:OverflowError "cannot fit 'int' into an index-sized integer"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
xs = [None]
xs *= 10**9  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
b = b'x'
while True:
    b = b + b  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
t = (0,)
while True:
    t = t + t  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
xs = [0]
while True:
    xs += xs  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
xs = [0]
while True:
    xs.extend(xs)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = list(range(10**9))  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = tuple(range(10**9))  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = sorted(range(10**9))  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = set(range(10**9))  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = dict.fromkeys(range(10**9))  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = ''.join(['a' * 10**6] * 1000)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = ('ab' * 1000).replace('', 'x' * 10**6)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'a'.center(10**10)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '1'.zfill(10**10)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'a'.ljust(10**10, '*')  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 'a'.rjust(10**10)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = ('\t' * 1000).expandtabs(10**7)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '%*d' % (10**9, 1)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '%-1000000000s' % 'x'  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '%.1000000000f' % 1.0  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = format(1, '1000000000')  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '{:>1000000000}'.format('x')  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '{0:{1}}'.format('x', 10**9)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = bytes(10**10)  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = str(list(range(10**7)))  ### limit:memory
# ---
# Repeating an empty sequence is cheap, however large the count (gpython
# once looped 10**18 times here, without polling; found by FuzzRun).
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '' * 10**18
y = ''
y *= 10**18
print(len(x), len(y), len([] * 10**18), len(() * 10**18))
# Output:
# 0 0 0 0
# ---
# Slice assignment collects its items through the meter (gpython ran the
# iterable to its end unchecked).
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = []
x[0:0] = range(10**8)  ### limit:memory
# ---
# option: --max-steps=100000 --max-memory=64MiB --timeout=30s
def forever():
    while True:  ### limit:steps
        yield 1
x = [1, 2]
x[1:] = forever()
# ---
# Star unpacking collects through the meter (gpython collected any
# iterable unchecked).
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
first, *rest = range(10**8)  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
items = []
items += range(10**8)  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = {i: i for i in range(10**9)}  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = [i for i in range(10**9)]  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
xs = []
while True:
    xs.append(0)  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
s = ''
while True:
    s += 'x' * (4 << 20)  ### limit:memory
# ---
# Each row fits the budget; the rows together do not.
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
rows = [[0] * 10**6 for _ in range(50)]  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
parts = ['x' * 10**6 for _ in range(200)]  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
s = set()
i = 0
while True:
    s.add(i)  ### limit:memory
    i += 1
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
x = []
while True:
    x = [x, x]  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=30s
d = {}
i = 0
while True:
    d[i] = i  ### limit:memory
    i += 1
