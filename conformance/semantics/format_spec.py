# format() and the format-spec mini-language for str, int, bool and float.
# ---
# Strings: fill, alignment, width and precision.
for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '.1', '.0', '10.2', '*^7', '05', 'é<5']:
    print(repr(spec), repr(format('abc', spec)), repr(format('héllo', spec)))
# Output:
# '' 'abc' 'héllo'
# 's' 'abc' 'héllo'
# '5' 'abc  ' 'héllo'
# '<5' 'abc  ' 'héllo'
# '>5' '  abc' 'héllo'
# '^5' ' abc ' 'héllo'
# '^6' ' abc  ' 'héllo '
# '.1' 'a' 'h'
# '.0' '' ''
# '10.2' 'ab        ' 'hé        '
# '*^7' '**abc**' '*héllo*'
# '05' 'abc00' 'héllo'
# 'é<5' 'abcéé' 'héllo'
# ---
# Integers in every presentation type.
for spec in ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', 'c']:
    print(repr(spec), format(65, spec), format(-255, spec) if spec != 'c' else '')
# Output:
# '' 65 -255
# 'd' 65 -255
# 'b' 1000001 -11111111
# 'o' 101 -377
# 'x' 41 -ff
# 'X' 41 -FF
# 'n' 65 -255
# '#b' 0b1000001 -0b11111111
# '#o' 0o101 -0o377
# '#x' 0x41 -0xff
# '#X' 0X41 -0XFF
# '+d' +65 -255
# ' d'  65 -255
# '-d' 65 -255
# 'c' A 
# ---
# Integers: width, alignment, zero padding and grouping.
for spec in ['10', '<10', '^10', '=10', '010', '+010', '#010x', ',', '_', '_b', '#_x', '012,', '08_x', '*>+12,', '04,', '05,']:
    print(repr(spec), repr(format(1234567, spec)), repr(format(-42, spec)))
# Output:
# '10' '   1234567' '       -42'
# '<10' '1234567   ' '-42       '
# '^10' ' 1234567  ' '   -42    '
# '=10' '   1234567' '-       42'
# '010' '0001234567' '-000000042'
# '+010' '+001234567' '-000000042'
# '#010x' '0x0012d687' '-0x000002a'
# ',' '1,234,567' '-42'
# '_' '1_234_567' '-42'
# '_b' '1_0010_1101_0110_1000_0111' '-10_1010'
# '#_x' '0x12_d687' '-0x2a'
# '012,' '0,001,234,567' '-000,000,042'
# '08_x' '012_d687' '-00_002a'
# '*>+12,' '**+1,234,567' '*********-42'
# '04,' '1,234,567' '-042'
# '05,' '1,234,567' '-0,042'
# ---
# Integers formatted as floats.
print(format(7, 'e'), format(7, 'f'), format(7, 'g'), format(7, '%'), format(10**20, '.3e'), format(True, '.2f'))
# Output:
# 7.000000e+00 7.000000 7 700.000000% 1.000e+20 1.00
# ---
# bool formats as int, except with an empty spec.
print(format(True), format(True, 'd'), format(False, '>5'), format(True, '#x'), '{}'.format(True), f'{False:5}|')
# Output:
# True 1     0 0x1 True     0|
# ---
# Floats with no type, e, f, g, % and n.
for x in [0.0, -0.0, 0.1, 1/3, 1e16, 1e-5, 123456.789, 1e300, 5e-324, float('inf'), float('nan'), -2.675]:
    print(format(x, ''), format(x, 'e'), format(x, 'f'), format(x, 'g'), format(x, '%'), format(x, '.3'), format(x, 'n'))
# Output:
# 0.0 0.000000e+00 0.000000 0 0.000000% 0.0 0
# -0.0 -0.000000e+00 -0.000000 -0 -0.000000% -0.0 -0
# 0.1 1.000000e-01 0.100000 0.1 10.000000% 0.1 0.1
# 0.3333333333333333 3.333333e-01 0.333333 0.333333 33.333333% 0.333 0.333333
# 1e+16 1.000000e+16 10000000000000000.000000 1e+16 1000000000000000000.000000% 1e+16 1e+16
# 1e-05 1.000000e-05 0.000010 1e-05 0.001000% 1e-05 1e-05
# 123456.789 1.234568e+05 123456.789000 123457 12345678.900000% 1.23e+05 123457
# 1e+300 1.000000e+300 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000 1e+300 100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000% 1e+300 1e+300
# 5e-324 4.940656e-324 0.000000 4.94066e-324 0.000000% 4.94e-324 4.94066e-324
# inf inf inf inf inf% inf inf
# nan nan nan nan nan% nan nan
# -2.675 -2.675000e+00 -2.675000 -2.675 -267.500000% -2.67 -2.675
# ---
# Floats: precision, alternate form, sign and negative zero.
x = -0.0001
print(format(x, '.2f'), format(x, 'z.2f'), format(2.5, '.0f'), format(3.5, '.0f'), format(1.0, '#.0f'), format(1.0, '#g'))
print(format(1.5, '+'), format(1.5, ' '), format(-1.5, ' '), format(1234.5, ',.2f'), format(1234.5, '_.1f'), format(0.5, '.0%'))
print(format(1.0, '.17g'), format(0.1, '.20f'), format(2**0.5, '.30e'), format(1e22, 'f'), format(1.25e-7, '.3g'))
# Output:
# -0.00 0.00 2 4 1. 1.00000
# +1.5  1.5 -1.5 1,234.50 1_234.5 50%
# 1 0.10000000000000000555 1.414213562373095145474621858739e+00 10000000000000000000000.000000 1.25e-07
# ---
# Floats: width, fill and zero padding with grouping.
for spec in ['10', '<10', '^10', '=10', '010', '010.2f', '+010.2f', '015,.2f', 'x<12,.3f', '*^15.4e', '0=12', '08.3%', '020,.1f']:
    print(repr(spec), repr(format(-1234.5678, spec)), repr(format(float('inf'), spec)))
# Output:
# '10' '-1234.5678' '       inf'
# '<10' '-1234.5678' 'inf       '
# '^10' '-1234.5678' '   inf    '
# '=10' '-1234.5678' '       inf'
# '010' '-1234.5678' '0000000inf'
# '010.2f' '-001234.57' '0000000inf'
# '+010.2f' '-001234.57' '+000000inf'
# '015,.2f' '-000,001,234.57' '000000000000inf'
# 'x<12,.3f' '-1,234.568xx' 'infxxxxxxxxx'
# '*^15.4e' '**-1.2346e+03**' '******inf******'
# '0=12' '-001234.5678' '000000000inf'
# '08.3%' '-123456.780%' '0000inf%'
# '020,.1f' '-0,000,000,001,234.6' '00000000000000000inf'
# ---
# Other objects take only the empty spec.
print(format(None), format([1, 2]), format((1,)), format(1j) == str(1j))
# Output:
# None [1, 2] (1,) True
# ---
# A non-empty spec for an object without __format__.
format(None, '>5')  ### exception:TypeError "unsupported format string passed to NoneType.__format__"
# ---
# Unknown presentation types.
format('abc', 'd')  ### exception:ValueError "Unknown format code 'd' for object of type 'str'"
# ---
# Strings take no sign.
format('abc', '+')  ### exception:ValueError "Sign not allowed in string format specifier"
# ---
# Integers take no precision.
format(5, '.2')  ### exception:ValueError "Precision not allowed in integer format specifier"
# ---
# Grouping with an incompatible type.
format(5, ',x')  ### exception:ValueError "Cannot specify ',' with 'x'."
# ---
# Both grouping characters.
format(5, ',_')  ### exception:ValueError "Cannot specify both ',' and '_'."
# ---
# A missing precision.
format(5.0, '.f')  ### exception:ValueError "Format specifier missing precision"
# ---
# Trailing characters after the type.
format(5, 'dd')  ### exception:ValueError "Invalid format specifier 'dd' for object of type 'int'"
# ---
# z applies to floats only.
format(5, 'z')  ### exception:ValueError "Negative zero coercion \(z\) not allowed in integer format specifier"
# ---
# %c range.
format(-1, 'c')  ### exception:OverflowError "%c arg not in range\(0x110000\)"
# ---
# Integers above 4300 digits do not convert to decimal.
print(len(format(10**5000, 'x')))
format(10**5000, 'd')  ### exception:ValueError "Exceeds the limit \(4300 digits\) for integer string conversion"
# Output:
# 4153
