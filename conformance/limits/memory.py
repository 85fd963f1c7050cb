# Single-operation memory bombs are refused before they allocate.
# ---
x = [0] * 10**10  ### limit:memory
# ---
x = [0] * 10**9  ### limit:memory
# ---
x = 'a' * 10**10  ### limit:memory
# ---
x = 10**10 * 'ab'  ### limit:memory
# ---
x = ('a' * 10**4).replace('a', 'a' * 10**6)  ### limit:memory
# ---
x = 2 ** (10**9)  ### limit:memory
# ---
x = 1 << (10**10)  ### limit:memory
# ---
x = 1 << 8240476022971739124  ### limit:memory
# ---
s = 'a'
while True:
    s = s + s  ### limit:memory
# ---
xs = [0]
while True:
    xs = xs + xs  ### limit:memory
# ---
# option: --timeout=30s
xs = [1]
while True:
    xs *= 2  ### limit:memory
# ---
# int <-> str conversions are capped at 4,300 digits, as in CPython 3.11.
# (The time budget is raised so that slow test modes, such as -race, do not
# end the run before the conversion is refused.)
# option: --timeout=60s
x = int('9' * 10**6)  ### exception:ValueError "Exceeds the limit \(4300 digits\)"
# ---
# option: --timeout=60s
x = str(10**5000)  ### exception:ValueError "Exceeds the limit \(4300 digits\)"
# ---
print(len(str(10**4000)))
# Output:
# 4001
# ---
# Width formatting allocates the padded string: checked before it does.
print(len('%1000000000d' % 1))  ### limit:memory
# ---
# Accounting counts every allocation, garbage included; when it reaches the
# budget the live heap decides. Rebuilding values in a loop allocates more
# than the budget in total (400 MB here) and does not trip it.
# option: --max-steps=unlimited --max-memory=256MiB --timeout=30s
n = 0
for i in range(40):
    s = 'x' * 10**7
    xs = [0] * 10**4
    ys = [j for j in range(1000)]
    n += len(s) + len(xs) + len(ys)
print(n)
# Output:
# 400440000
# ---
# What stays alive counts: a list of rows that each fit the budget.
# option: --max-steps=unlimited --max-memory=16MiB --timeout=30s
rows = []
while True:
    rows.append([i for i in range(10**4)])  ### limit:memory
# ---
# The Go stack is bounded through the depth: at most one frame per 16 KiB
# of the memory budget, here 1,024 frames.
# option: --max-steps=unlimited --max-depth=unlimited --max-memory=16MiB --timeout=30s
def f(n):
    return f(n + 1)  ### limit:depth
f(0)
