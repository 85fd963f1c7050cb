# Methods of int, bool and float, and the int(), float() and bool() constructors.
# ---
# int methods.
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (10**30).bit_count(), (-7).bit_count())
print((5).conjugate(), (-5).as_integer_ratio(), True.bit_length(), True.as_integer_ratio(), True.conjugate())
# Output:
# 8 8 0 37 3
# 5 (-5, 1) 1 (1, 1) 1
# ---
# to_bytes and from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), (-1).to_bytes(2, 'big', signed=True))
print((0).from_bytes(b'\x01\x00'), (0).from_bytes(b'\x01\x00', 'little'), (0).from_bytes([255], signed=True), (0).from_bytes(b''))
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True), (0).to_bytes(0, 'big'))
# Output:
# b'\x04\x00' b'\x00\x04' b'\x05' b'\xff\xff'
# 256 1 -1 0
# b'\x80' b'\x7f' b''
# ---
# to_bytes overflow.
(256).to_bytes(1, 'big')  ### exception:OverflowError "int too big to convert"
# ---
# to_bytes of a negative int without signed.
(-1).to_bytes(1, 'big')  ### exception:OverflowError "can't convert negative int to unsigned"
# ---
# A bad byte order.
(1).to_bytes(1, 'middle')  ### exception:ValueError "byteorder must be either 'little' or 'big'"
# ---
# float methods.
print((2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer(), (2.5).conjugate())
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.5).hex(), (-0.0).hex(), (0.1).hex(), (5e-324).hex(), (1e308).hex(), float('inf').hex())
print((0.0).fromhex('0x1.8p1'), (0.0).fromhex(' -0X1.8P-1 '), (0.0).fromhex('.8'), (0.0).fromhex('0x1p-10000'), (0.0).fromhex('inf'))
# Output:
# True False False 2.5
# (3, 2) (3602879701896397, 36028797018963968) (-2, 1) (0, 1)
# 0x1.8000000000000p+0 -0x0.0p+0 0x1.999999999999ap-4 0x0.0000000000001p-1022 0x1.1ccf385ebc8a0p+1023 inf
# 3.0 -0.75 0.5 0.0 inf
# ---
# as_integer_ratio of infinity.
float('inf').as_integer_ratio()  ### exception:OverflowError "cannot convert Infinity to integer ratio"
# ---
# fromhex rejects malformed strings.
(0.0).fromhex('0x1p')  ### exception:ValueError "invalid hexadecimal floating-point string"
# ---
# int() parses strings as CPython does.
print(int(' 12 '), int('1_000'), int('-0'), int('0x_1f', 0), int('0b101', 0), int('0o17', 8), int('z', 36), int('١٢'))
print(int(b' 12 ', 16), int(1e30), int(-2.9), int(True), int('00', 0), int('\u3000 12\u3000'), int('12', base=0))
# Output:
# 12 1000 0 31 5 15 35 12
# 18 1000000000000000019884624838656 -2 1 0 12 12
# ---
# int() rejects malformed literals.
int('1__0')  ### exception:ValueError "invalid literal for int\(\) with base 10: '1__0'"
# ---
# Leading zeros with base 0.
int('010', 0)  ### exception:ValueError "invalid literal for int\(\) with base 0: '010'"
# ---
# A base outside 2..36.
int('1', 37)  ### exception:ValueError "int\(\) base must be >= 2 and <= 36, or 0"
# ---
# An explicit base for a non-string.
int(5, 10)  ### exception:TypeError "int\(\) can't convert non-string with explicit base"
# ---
# Infinity has no int.
int(float('inf'))  ### exception:OverflowError "cannot convert float infinity to integer"
# ---
# float() parses strings as CPython does.
print(float(' 1.5 '), float('1_0.5'), float('1e1_0'), float('-Infinity'), float('+NaN'), float('1e999'), float('.5'), float('5.'), float('١.٥'))
print(float(True), float(10**20), float(b'1.5'), float('  -0.0  '), float('1E+5'))
# Output:
# 1.5 10.5 10000000000.0 -inf nan inf 0.5 5.0 1.5
# 1.0 1e+20 1.5 -0.0 100000.0
# ---
# float() rejects malformed strings.
float('1__0')  ### exception:ValueError "could not convert string to float: '1__0'"
# ---
# Hexadecimal is not a float literal.
float('0x10')  ### exception:ValueError "could not convert string to float: '0x10'"
# ---
# A too large int.
float(10**400)  ### exception:OverflowError "int too large to convert to float"
# ---
# float() of None.
float(None)  ### exception:TypeError "float\(\) argument must be a string or a real number, not 'NoneType'"
# ---
# bool() and str() constructors.
print(bool(), bool(0), bool([]), bool('x'), str(), str(42), str(b'caf\xc3\xa9', 'utf-8'), str(object=1.5))
# Output:
# False False False True  42 café 1.5
# ---
# str() decoding errors.
str(b'\xe2\x82', 'utf-8')  ### exception:UnicodeDecodeError "can't decode bytes in position 0-1: unexpected end of data"
