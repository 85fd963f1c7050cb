# repr and str of floats and ints: shortest round-trip digits, CPython's
# switch to exponent notation, and the 4300-digit limit.
# ---
# Floats as repr prints them.
for x in [0.0, -0.0, 1.0, 0.1, 0.5, 1/3, 2/3, 1e15, 1e16, 9999999999999998.0, 1e-4, 1e-5, 123456789.123, 1e22, 1e300, 5e-324, 1.7976931348623157e308, 2.0**53 + 1, 0.1 + 0.2, 100.0, 1.25e-7]:
    print(repr(x), str(x), -x)
# Output:
# 0.0 0.0 -0.0
# -0.0 -0.0 0.0
# 1.0 1.0 -1.0
# 0.1 0.1 -0.1
# 0.5 0.5 -0.5
# 0.3333333333333333 0.3333333333333333 -0.3333333333333333
# 0.6666666666666666 0.6666666666666666 -0.6666666666666666
# 1000000000000000.0 1000000000000000.0 -1000000000000000.0
# 1e+16 1e+16 -1e+16
# 9999999999999998.0 9999999999999998.0 -9999999999999998.0
# 0.0001 0.0001 -0.0001
# 1e-05 1e-05 -1e-05
# 123456789.123 123456789.123 -123456789.123
# 1e+22 1e+22 -1e+22
# 1e+300 1e+300 -1e+300
# 5e-324 5e-324 -5e-324
# 1.7976931348623157e+308 1.7976931348623157e+308 -1.7976931348623157e+308
# 9007199254740992.0 9007199254740992.0 -9007199254740992.0
# 0.30000000000000004 0.30000000000000004 -0.30000000000000004
# 100.0 100.0 -100.0
# 1.25e-07 1.25e-07 -1.25e-07
# ---
# Infinities and NaN.
print(float('inf'), float('-inf'), float('nan'), [float('inf')], 1e308 * 10, -1e308 * 10)
# Output:
# inf -inf nan [inf] inf -inf
# ---
# Floats inside containers use repr.
print([0.1, 1e-5], (1e16,), {'k': 2.5}, [[1.0]])
# Output:
# [0.1, 1e-05] (1e+16,) {'k': 2.5} [[1.0]]
# ---
# Big integers print in full up to 4300 digits.
print(2**100, -2**100, len(str(10**4299)), str(-10**4299)[:5])
# Output:
# 1267650600228229401496703205376 -1267650600228229401496703205376 4300 -1000
# ---
# Past 4300 digits, int to str raises ValueError.
print(10**4300)  ### exception:ValueError "Exceeds the limit \(4300 digits\) for integer string conversion; use sys.set_int_max_str_digits\(\) to increase the limit"
# ---
# str to int too.
int('1' * 4301)  ### exception:ValueError "value has 4301 digits"
# ---
# Binary and hexadecimal have no limit.
print(len(hex(2**20000)), int('f' * 5000, 16) > 0)
# Output:
# 5003 True
