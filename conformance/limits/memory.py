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
