# Underscores in number literals (Python 3.6, PEP 515) are dropped before
# gpython parses the source; misplaced ones are CPython's syntax errors.
# ---
print(1_000_000, 0x_FF, 0xdead_beef, 0o_777, 0b_1010_1010, 0_0, 00_0)
print(1_0.5e1_0, 1_000.000_1, .5_5, 1e-0_3, (1_0j).imag, (1.5_0J).imag, 0_0.0_0)
print(10_000 + 1, -1_0, 2 ** 1_0, [1_1, 2_2], (1_0, 'ten')[0])
# Output:
# 1000000 255 3735928559 511 170 0 0
# 105000000000.0 1000.0001 0.55 0.001 10.0 1.5 0.0
# 10001 -10 1024 [11, 22] 10
# ---
# Underscores also work inside f-string fields; strings are untouched.
print(f'{1_000 + 1}', '1_000', int('1_000'), float('1_0.5'))
# Output:
# 1001 1_000 1000 10.5
# ---
x = 1__000  ### syntax "invalid decimal literal"
# ---
x = 1000_  ### syntax "invalid decimal literal"
# ---
x = 1_.5  ### syntax "invalid decimal literal"
# ---
x = 1._5  ### syntax "invalid decimal literal"
# ---
x = 1_e5  ### syntax "invalid decimal literal"
# ---
x = 1e_5  ### syntax "invalid decimal literal"
# ---
x = 0x_  ### syntax "invalid hexadecimal literal"
# ---
x = 0x1__2  ### syntax "invalid hexadecimal literal"
# ---
x = 0b1_2  ### syntax "invalid digit '2' in binary literal"
# ---
x = 0o_8  ### syntax "invalid digit '8' in octal literal"
# ---
x = 0_7  ### syntax "leading zeros in decimal integer literals"
# ---
x = 1_0abc  ### syntax "invalid decimal literal"
# ---
# Decimal literals keep CPython's limit of 4,300 digits with underscores
# too: gpython converts them in quadratic time.
x = 1_0000000000_0000000000_0000000000  # 31 digits are fine
print(len(str(x)))
# Output:
# 31
