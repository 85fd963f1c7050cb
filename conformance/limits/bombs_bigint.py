# Big-integer bombs: results too big for the budget are refused before
# they are computed; conversions between int and str stop at CPython 3.11's
# 4,300-digit limit (an exception, not a limit); and long computations on
# numbers that do fit end with the time budget, on time.
# ---
# 10**10**7 has 33 million bits (computing it takes CPython over 20
# seconds). pyfence's estimate of its size, 4 bits times 10**7, is past the
# cap of 2**25 bits for one integer, so it is refused before it is
# computed, even though it would fit the memory budget.
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
x = 10**10**7  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 10**10**9  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = pow(3, 10**10)  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = -1 << 10**10  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 3
while True:
    x = x * x  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 7
while True:
    x = x ** 3  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 1
while True:
    x <<= 10**6  ### limit:memory
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 1 << 10**6
while True:
    x = x * x + x  ### limit:memory
# ---
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
x = (1 << 10**6) - 1
while True:
    y = x * 12345 // 7 + x % 99991  ### limit:time
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = int('9' * 4301)  ### exception:ValueError "Exceeds the limit \(4300 digits\) for integer string conversion: value has 4301 digits"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(2**20000)  ### exception:ValueError "Exceeds the limit \(4300 digits\) for integer string conversion"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '%d' % 10**5000  ### exception:ValueError "Exceeds the limit \(4300 digits\)"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = repr(10**5000)  ### exception:ValueError "Exceeds the limit \(4300 digits\)"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = '{}'.format(10**5000)  ### exception:ValueError "Exceeds the limit \(4300 digits\)"
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = float(10**400)  ### exception:OverflowError "int too large to convert to float"
# ---
# Power-of-two bases are not limited in CPython 3.11, and 4,300 digits are.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print(len(hex(1 << 10**6)), len(bin(1 << 10**5)))
print(int('f' * 5000, 16) % 7, int('1' * 4300) % 7)
print(len(str(10**4299)))
# Output:
# 250003 100003
# 3 5
# 4300
# ---
# Modular exponentiation with a 65,536-bit exponent: a small result, and
# seconds of computation inside one call.
# option: --max-steps=unlimited --max-memory=64MiB --timeout=1s
x = pow(3, 1 << 2**16, 10**4000)  ### limit:time
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
x = 1.5 ** 10**6  ### exception:OverflowError
# ---
# Large modular powers are computed in chunks of exponent bits, polling the
# clock between them; the result is the same.
# option: --max-steps=unlimited --timeout=30s
print(pow(7, 2**20000 + 12345 * 2**999 + 77, 2**3000 - 1) % 1000003)
print(pow(123456789, 3**15000, 10**300 + 1) % 999983)
print(pow(5, -3, 13), pow(3, 10**1000, 1), pow(-2, 2**9000 + 1, -(10**200 + 3)) % 1000)
# Output:
# 921226
# 587899
# 5 0 975
# ---
# A float power that overflows raises, as in CPython; one that underflows
# is 0.0.
def t(f):
    try:
        print(repr(f()))
    except OverflowError as e:
        print('OverflowError', e)
t(lambda: (-1.5) ** (10**6 + 1))
t(lambda: 1.5 ** -10**6)
t(lambda: 2.0 ** 1024)
t(lambda: pow(1.5, 10**6))
t(lambda: 2 ** 1.5e6)
t(lambda: float('inf') ** 2)
# Output:
# OverflowError (34, 'Numerical result out of range')
# 0.0
# OverflowError (34, 'Numerical result out of range')
# OverflowError (34, 'Numerical result out of range')
# OverflowError (34, 'Numerical result out of range')
# inf
