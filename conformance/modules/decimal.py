# decimal: Decimal and Context with CPython 3.11's results, strings and signals.
# ---
# Construction from strings: exact, keeping trailing zeros and exponents.
from decimal import Decimal
for s in ['1.10', '0', '-0', '+5', '1e5', '1E-7', '123.456e3', '.5', '5.', '  7.25  ', '1_000_000', '0.000001', '0.0000001', '-1.5e-10', '1e+0']:
    d = Decimal(s)
    print(repr(s), str(d), repr(d))
# Output:
# '1.10' 1.10 Decimal('1.10')
# '0' 0 Decimal('0')
# '-0' -0 Decimal('-0')
# '+5' 5 Decimal('5')
# '1e5' 1E+5 Decimal('1E+5')
# '1E-7' 1E-7 Decimal('1E-7')
# '123.456e3' 123456 Decimal('123456')
# '.5' 0.5 Decimal('0.5')
# '5.' 5 Decimal('5')
# '  7.25  ' 7.25 Decimal('7.25')
# '1_000_000' 1000000 Decimal('1000000')
# '0.000001' 0.000001 Decimal('0.000001')
# '0.0000001' 1E-7 Decimal('1E-7')
# '-1.5e-10' -1.5E-10 Decimal('-1.5E-10')
# '1e+0' 1 Decimal('1')
# ---
# Special values from strings, in any case.
from decimal import Decimal
for s in ['NaN', 'nan', '-NaN', 'NaN123', 'sNaN', '-sNaN7', 'Inf', '-inf', 'Infinity', '+INFINITY']:
    print(s, repr(Decimal(s)))
# Output:
# NaN Decimal('NaN')
# nan Decimal('NaN')
# -NaN Decimal('-NaN')
# NaN123 Decimal('NaN123')
# sNaN Decimal('sNaN')
# -sNaN7 Decimal('-sNaN7')
# Inf Decimal('Infinity')
# -inf Decimal('-Infinity')
# Infinity Decimal('Infinity')
# +INFINITY Decimal('Infinity')
# ---
# Invalid strings raise InvalidOperation with the ConversionSyntax condition.
import decimal
from decimal import Decimal
for s in ['abc', '', '1e', '1__0', '_1', '1.2.3', '--1', 'infinit', '1e1.5', 'NaNx']:
    try:
        Decimal(s)
    except decimal.InvalidOperation as e:
        print(repr(s), type(e), e)
# Output:
# 'abc' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# '' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# '1e' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# '1.2.3' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# '--1' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# 'infinit' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# '1e1.5' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# 'NaNx' <class 'decimal.InvalidOperation'> [<class 'decimal.ConversionSyntax'>]
# ---
# Construction from ints and bools, and from other Decimals.
from decimal import Decimal
print(Decimal(0), Decimal(-42), Decimal(10**30), Decimal(True), Decimal(False))
d = Decimal('3.14')
print(Decimal(d), Decimal(d) == d, Decimal(), repr(Decimal()))
# Output:
# 0 -42 1000000000000000000000000000000 1 0
# 3.14 True 0 Decimal('0')
# ---
# Construction from floats is exact.
from decimal import Decimal
for f in [0.1, 0.5, 1.0, -2.25, 1e20, 1e-5, -0.0, 3.141592653589793]:
    print(f, Decimal(f))
print(Decimal(float('inf')), Decimal(float('-inf')), Decimal(float('nan')))
print(Decimal.from_float(0.1) == Decimal(0.1), Decimal.from_float(5))
# Output:
# 0.1 0.1000000000000000055511151231257827021181583404541015625
# 0.5 0.5
# 1.0 1
# -2.25 -2.25
# 1e+20 100000000000000000000
# 1e-05 0.000010000000000000000818030539140313095458623138256371021270751953125
# -0.0 -0
# 3.141592653589793 3.141592653589793115997963468544185161590576171875
# Infinity -Infinity NaN
# True 5
# ---
# Construction from tuples.
from decimal import Decimal
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal((1, (0,), 2)), Decimal((0, (), 0)))
print(Decimal((1, (), 'F')), Decimal((0, (), 'n')), Decimal((0, (1, 2), 'N')), Decimal([0, [1, 2], 1]))
for t in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,))]:
    try:
        Decimal(t)
    except ValueError as e:
        print('ValueError', e)
# Output:
# 1.414 -0E+2 0
# -Infinity NaN sNaN12 1.2E+2
# ValueError sign must be an integer with the value 0 or 1
# ValueError coefficient must be a tuple of digits
# ValueError string argument in the third position must be 'F', 'n' or 'N'
# ValueError exponent must be an integer
# ValueError argument must be a sequence of length 3
# ---
# Unsupported construction.
from decimal import Decimal
for v in [[1, 2], None, 1j, b'1']:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e), e)
# Output:
# <class 'ValueError'> argument must be a sequence of length 3
# <class 'TypeError'> conversion from NoneType to Decimal is not supported
# <class 'TypeError'> conversion from complex to Decimal is not supported
# <class 'TypeError'> conversion from bytes to Decimal is not supported
# ---
# str and repr use scientific notation past the specification's thresholds.
from decimal import Decimal
for s in ['1E+2', '12E+2', '123E-2', '1E-6', '1E-7', '12345678901234567890E-30', '0E+3', '0E-8', '0.00', '-0E+2', '1.000E+10', '5E+1']:
    print(s, str(Decimal(s)))
# Output:
# 1E+2 1E+2
# 12E+2 1.2E+3
# 123E-2 1.23
# 1E-6 0.000001
# 1E-7 1E-7
# 12345678901234567890E-30 1.2345678901234567890E-11
# 0E+3 0E+3
# 0E-8 0E-8
# 0.00 0.00
# -0E+2 -0E+2
# 1.000E+10 1.000E+10
# 5E+1 5E+1
# ---
# to_eng_string uses exponents that are multiples of three.
from decimal import Decimal
for s in ['1E+2', '1E+4', '123E+5', '1.5E-7', '0E+4', '0E-5', '1E-10', '-12.3E+8', '0.001']:
    print(s, Decimal(s).to_eng_string())
# Output:
# 1E+2 100
# 1E+4 10E+3
# 123E+5 12.3E+6
# 1.5E-7 150E-9
# 0E+4 0.00E+6
# 0E-5 0.00000
# 1E-10 100E-12
# -12.3E+8 -1.23E+9
# 0.001 0.001
# ---
# Arithmetic between Decimals keeps significance.
from decimal import Decimal
a, b = Decimal('1.10'), Decimal('2.205')
print(a + b, a - b, a * b, b - a, a * 3, a - a, -a + a)
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'), Decimal('0.1') * 3)
# Output:
# 3.305 -1.105 2.42550 1.105 3.30 0.00 0.00
# 2.50 1.56 0.3
# ---
# Division rounds to the context precision (28 digits by default).
from decimal import Decimal
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(10) / 4, Decimal(1) / 8)
print(Decimal('1.00') / Decimal('0.5'), Decimal(100) / Decimal('1E+2'), Decimal(7) / Decimal(-7))
# Output:
# 0.3333333333333333333333333333 0.6666666666666666666666666667 2.5 0.125
# 2.0 1.00 -1
# ---
# Mixed arithmetic with ints, both ways.
from decimal import Decimal
d = Decimal('2.5')
print(d + 1, 1 + d, d - 10, 10 - d, d * 2, 2 * d, d / 2, 2 / d, d ** 2, 2 ** Decimal(3))
print(True + d, d * False, d + 10**20)
# Output:
# 3.5 3.5 -7.5 7.5 5.0 5.0 1.25 0.8 6.25 8
# 3.5 0.0 100000000000000000002.5
# ---
# Floats do not mix in arithmetic.
from decimal import Decimal
for f in [lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(2), lambda: Decimal(1) / 0.5, lambda: Decimal(1) - 'x']:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# unsupported operand type(s) for +: 'decimal.Decimal' and 'float'
# unsupported operand type(s) for *: 'float' and 'decimal.Decimal'
# unsupported operand type(s) for /: 'decimal.Decimal' and 'float'
# unsupported operand type(s) for -: 'decimal.Decimal' and 'str'
# ---
# Floor division and modulo truncate toward zero, unlike ints.
from decimal import Decimal
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, Decimal(a) // Decimal(b), Decimal(a) % Decimal(b), a // b, a % b)
print(Decimal('7.5') // 2, Decimal('7.5') % 2, Decimal('-7.5') % Decimal('0.4'))
print(divmod(Decimal(17), 5), divmod(Decimal('-17.5'), 4), divmod(17, Decimal(5)))
# Output:
# 7 2 3 1 3 1
# -7 2 -3 -1 -4 1
# 7 -2 -3 1 -4 -1
# -7 -2 3 -1 3 -1
# 3 1.5 -0.3
# (Decimal('3'), Decimal('2')) (Decimal('-4'), Decimal('-1.5')) (Decimal('3'), Decimal('2'))
# ---
# Powers: integral and fractional exponents.
from decimal import Decimal
print(Decimal(2) ** 100, Decimal('1.1') ** 3, Decimal(2) ** -2, Decimal(10) ** -3, Decimal(4) ** Decimal('0.5'))
print(Decimal(0) ** 0 if False else 'skip', Decimal(-2) ** 3, Decimal('0.5') ** 10, pow(Decimal(3), 4))
# Output:
# 1.267650600228229401496703205E+30 1.331 0.25 0.001 2.000000000000000000000000000
# skip -8 0.0009765625 81
# ---
# Unary operators and abs.
from decimal import Decimal
d = Decimal('-1.50')
print(-d, +d, abs(d), -Decimal('0'), +Decimal('-0'), abs(Decimal('-0')), -Decimal('NaN'), abs(Decimal('-Infinity')))
# Output:
# 1.50 -1.50 1.50 0 0 0 NaN Infinity
# ---
# Division by zero raises DivisionByZero, a ZeroDivisionError too.
import decimal
from decimal import Decimal
try:
    Decimal(1) / 0
except decimal.DivisionByZero as e:
    print(type(e), e, e.args)
try:
    Decimal(5) // Decimal(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Decimal(0) / 0
except decimal.InvalidOperation as e:
    print(type(e), e)
try:
    Decimal(5) % 0
except decimal.InvalidOperation as e:
    print(type(e), e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.DivisionByZero, decimal.DecimalException))
print(issubclass(decimal.DecimalException, ArithmeticError), issubclass(decimal.FloatOperation, TypeError))
# Output:
# <class 'decimal.DivisionByZero'> [<class 'decimal.DivisionByZero'>] ([<class 'decimal.DivisionByZero'>],)
# ZeroDivisionError [<class 'decimal.DivisionByZero'>]
# <class 'decimal.InvalidOperation'> [<class 'decimal.DivisionUndefined'>]
# <class 'decimal.InvalidOperation'> [<class 'decimal.InvalidOperation'>]
# True True
# True True
# ---
# The exception classes and their hierarchy.
import decimal
names = ['DecimalException', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Overflow',
         'Underflow', 'Clamped', 'FloatOperation', 'Subnormal', 'ConversionSyntax', 'DivisionImpossible',
         'DivisionUndefined', 'InvalidContext']
for n in names:
    c = getattr(decimal, n)
    print(n, c, issubclass(c, decimal.DecimalException), issubclass(c, ArithmeticError))
print(issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.Overflow, decimal.Rounded))
print(issubclass(decimal.Underflow, decimal.Subnormal), issubclass(decimal.DivisionUndefined, ZeroDivisionError))
# Output:
# DecimalException <class 'decimal.DecimalException'> True True
# InvalidOperation <class 'decimal.InvalidOperation'> True True
# DivisionByZero <class 'decimal.DivisionByZero'> True True
# Inexact <class 'decimal.Inexact'> True True
# Rounded <class 'decimal.Rounded'> True True
# Overflow <class 'decimal.Overflow'> True True
# Underflow <class 'decimal.Underflow'> True True
# Clamped <class 'decimal.Clamped'> True True
# FloatOperation <class 'decimal.FloatOperation'> True True
# Subnormal <class 'decimal.Subnormal'> True True
# ConversionSyntax <class 'decimal.ConversionSyntax'> True True
# DivisionImpossible <class 'decimal.DivisionImpossible'> True True
# DivisionUndefined <class 'decimal.DivisionUndefined'> True True
# InvalidContext <class 'decimal.InvalidContext'> True True
# True True
# True True
# ---
# Invalid operations.
import decimal
from decimal import Decimal
for f in [lambda: Decimal(-1).sqrt(), lambda: Decimal('Infinity') - Decimal('Infinity'),
          lambda: Decimal(0) * Decimal('Infinity'), lambda: Decimal(-2).ln(),
          lambda: Decimal('sNaN') + 1, lambda: Decimal(10**30) // Decimal('0.0000001')]:
    try:
        print(f())
    except decimal.InvalidOperation as e:
        print('InvalidOperation', e)
# Output:
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# InvalidOperation [<class 'decimal.DivisionImpossible'>]
# ---
# Overflow is trapped by default.
import decimal
from decimal import Decimal
try:
    Decimal('9e999999') * 10
except decimal.Overflow as e:
    print(type(e), e)
try:
    Decimal(10) ** 1000000
except decimal.Inexact as e:
    print('Inexact catches', type(e))
# Output:
# <class 'decimal.Overflow'> [<class 'decimal.Overflow'>]
# Inexact catches <class 'decimal.Overflow'>
# ---
# Comparisons with Decimals, ints and floats.
from decimal import Decimal
d = Decimal('1.5')
print(d == Decimal('1.50'), d == 1.5, d < 2, d > 1, d <= Decimal('1.5'), d >= 1.6, d != 1)
print(Decimal(1) == 1, Decimal('1.0') == 1, Decimal(0.1) == 0.1, Decimal('0.1') == 0.1, 2 > Decimal('1.9'))
print(1 == Decimal(1), 0.5 == Decimal('0.5'), 0.1 == Decimal('0.1'), 1.5 < Decimal(2), 3 >= Decimal(3), 2 ** Decimal(3), 2 / Decimal(8), 7 // Decimal(2), 7 % Decimal(2))
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal(1) == 'x', Decimal(1) == None)
print(sorted([Decimal('2.5'), 1, Decimal('-1'), 0.5]), max(Decimal(1), Decimal('1.5')), min([Decimal(3), 2]))
# Output:
# True True True True True False True
# True True True False True
# True True False True True 8 0.25 3 1
# False True False False
# [Decimal('-1'), 0.5, 1, Decimal('2.5')] 1.5 2
# ---
# Ordering a NaN raises InvalidOperation.
import decimal
from decimal import Decimal
try:
    Decimal('NaN') < 1
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)
# Output:
# InvalidOperation [<class 'decimal.InvalidOperation'>]
# ---
# Hashes agree with ints and floats, so equal numbers are one dict key.
from decimal import Decimal
print(hash(Decimal(1)) == hash(1), hash(Decimal('1.5')) == hash(1.5), hash(Decimal('1.000')) == hash(1))
print(hash(Decimal(-7)) == hash(-7), hash(Decimal(10**25)) == hash(10**25), hash(Decimal('0.1')) == hash(0.1))
print(hash(Decimal('Infinity')) == hash(float('inf')), hash(Decimal('-0')) == hash(0), hash(Decimal(-1)))
d = {Decimal(1): 'a', 1: 'b', 1.0: 'c', Decimal('2.50'): 'd', 2.5: 'e'}
print(d)
print(len({Decimal('1.0'), Decimal('1.00'), 1}), Decimal('2.5') in {2.5})
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print(e)
# Output:
# True True True
# True True False
# True True -2
# {Decimal('1'): 'c', Decimal('2.50'): 'e'}
# 1 True
# Cannot hash a signaling NaN value
# ---
# int, float, bool and round.
from decimal import Decimal
print(int(Decimal('3.99')), int(Decimal('-3.99')), int(Decimal('1E+5')), int(Decimal('123456789012345678901234567890.5')))
print(float(Decimal('0.1')), float(Decimal('-1.5E+300')), float(Decimal('1E-400')), float(Decimal('NaN')), float(Decimal('-Infinity')))
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('0.01')), bool(Decimal('NaN')), bool(Decimal('-0')))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.5')), round(Decimal('2.675'), 2), round(Decimal('1234.5'), -2))
print(type(round(Decimal('1.5'))), repr(round(Decimal('1.5'), 0)), repr(round(Decimal('7'), 3)))
# Output:
# 3 -3 100000 123456789012345678901234567890
# 0.1 -1.5e+300 0.0 nan -inf
# False False True True False
# 2 4 -2 2.68 1.2E+3
# <class 'int'> Decimal('2') Decimal('7.000')
# ---
# Conversions of special values fail as in CPython.
from decimal import Decimal
for f in [lambda: int(Decimal('NaN')), lambda: int(Decimal('Infinity')), lambda: round(Decimal('NaN')),
          lambda: round(Decimal('-Infinity')), lambda: float(Decimal('sNaN')), lambda: round(Decimal(1), 1.5)]:
    try:
        f()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e), e)
# Output:
# <class 'ValueError'> cannot convert NaN to integer
# <class 'OverflowError'> cannot convert Infinity to integer
# <class 'ValueError'> cannot convert NaN to integer
# <class 'OverflowError'> cannot convert Infinity to integer
# <class 'ValueError'> cannot convert signaling NaN to float
# <class 'TypeError'> optional arg must be an integer
# ---
# quantize with rounding modes.
import decimal
from decimal import Decimal
d = Decimal('7.325')
for r in [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP,
          decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]:
    print(r, d.quantize(Decimal('0.01'), rounding=r), (-d).quantize(Decimal('0.01'), rounding=r))
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('7').quantize(Decimal('1e1')), Decimal('123.456').quantize(Decimal(1)))
# Output:
# ROUND_HALF_EVEN 7.32 -7.32
# ROUND_HALF_UP 7.33 -7.33
# ROUND_HALF_DOWN 7.32 -7.32
# ROUND_UP 7.33 -7.33
# ROUND_DOWN 7.32 -7.32
# ROUND_CEILING 7.33 -7.32
# ROUND_FLOOR 7.32 -7.33
# ROUND_05UP 7.32 -7.32
# 1.414 1E+1 123
# ---
# quantize errors.
import decimal
from decimal import Decimal
for f in [lambda: Decimal('1e30').quantize(Decimal('0.01')), lambda: Decimal('Infinity').quantize(Decimal(1)),
          lambda: Decimal(1).quantize(Decimal('0.1'), rounding='bad')]:
    try:
        print(f())
    except (decimal.InvalidOperation, TypeError) as e:
        print(type(e), e)
print(Decimal('Infinity').quantize(Decimal('Infinity')), Decimal('NaN').quantize(Decimal(1)))
# Output:
# <class 'decimal.InvalidOperation'> [<class 'decimal.InvalidOperation'>]
# <class 'decimal.InvalidOperation'> [<class 'decimal.InvalidOperation'>]
# <class 'TypeError'> valid values for rounding are:
#   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
#    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
#    ROUND_05UP]
# Infinity NaN
# ---
# The rounding constants are CPython's strings.
import decimal
print(decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR)
print(decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
# Output:
# ROUND_UP ROUND_DOWN ROUND_CEILING ROUND_FLOOR
# ROUND_HALF_UP ROUND_HALF_DOWN ROUND_HALF_EVEN ROUND_05UP
# 999999999999999999 999999999999999999 -999999999999999999 -1999999999999999997
# ---
# to_integral_value and friends.
import decimal
from decimal import Decimal
for s in ['2.5', '3.5', '-2.5', '1.7', '-1.2', '1E+3', 'Infinity', 'NaN']:
    d = Decimal(s)
    print(s, d.to_integral_value(), d.to_integral(rounding=decimal.ROUND_FLOOR), d.to_integral_exact(rounding=decimal.ROUND_UP))
# Output:
# 2.5 2 2 3
# 3.5 4 3 4
# -2.5 -2 -3 -3
# 1.7 2 1 2
# -1.2 -1 -2 -2
# 1E+3 1E+3 1E+3 1E+3
# Infinity Infinity Infinity Infinity
# NaN NaN NaN NaN
# ---
# normalize strips trailing zeros.
from decimal import Decimal
for s in ['120.00', '0.00', '-5.5000', '1E+3', '100', 'Infinity', '1.2345678901234567890123456789012']:
    print(s, Decimal(s).normalize())
# Output:
# 120.00 1.2E+2
# 0.00 0
# -5.5000 -5.5
# 1E+3 1E+3
# 100 1E+2
# Infinity Infinity
# 1.2345678901234567890123456789012 1.234567890123456789012345679
# ---
# sqrt, exp, ln, log10.
from decimal import Decimal
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal(0).sqrt(), Decimal('1E+10').sqrt())
print(Decimal(1).exp(), Decimal(0).exp(), Decimal(-1).exp())
print(Decimal(10).ln(), Decimal(1).ln(), Decimal(2).ln())
print(Decimal(100).log10(), Decimal(2).log10(), Decimal('0.001').log10())
print(Decimal('Infinity').sqrt(), Decimal('Infinity').exp(), Decimal('-Infinity').exp(), Decimal(0).ln())
# Output:
# 1.414213562373095048801688724 4 0.5 0 1E+5
# 2.718281828459045235360287471 1 0.3678794411714423215955237702
# 2.302585092994045684017991455 0 0.6931471805599453094172321215
# 2 0.3010299956639811952137388947 -3
# Infinity Infinity 0 -Infinity
# ---
# adjusted, as_tuple, as_integer_ratio.
from decimal import Decimal
for s in ['123.45', '-0.001', '1E+5', '0', 'NaN', '-Infinity', 'sNaN12']:
    d = Decimal(s)
    print(s, d.adjusted(), d.as_tuple())
t = Decimal('-3.14').as_tuple()
print(t.sign, t.digits, t.exponent, t[0], len(t), t == (1, (3, 1, 4), -2))
sign, digits, exp = t
print(sign, digits, exp)
print(Decimal('0.75').as_integer_ratio(), Decimal('-2.5E+3').as_integer_ratio(), Decimal(0).as_integer_ratio())
# Output:
# 123.45 2 DecimalTuple(sign=0, digits=(1, 2, 3, 4, 5), exponent=-2)
# -0.001 -3 DecimalTuple(sign=1, digits=(1,), exponent=-3)
# 1E+5 5 DecimalTuple(sign=0, digits=(1,), exponent=5)
# 0 0 DecimalTuple(sign=0, digits=(0,), exponent=0)
# NaN 0 DecimalTuple(sign=0, digits=(), exponent='n')
# -Infinity 0 DecimalTuple(sign=1, digits=(0,), exponent='F')
# sNaN12 0 DecimalTuple(sign=0, digits=(1, 2), exponent='N')
# 1 (3, 1, 4) -2 1 3 True
# 1 (3, 1, 4) -2
# (3, 4) (-2500, 1) (0, 1)
# ---
# copy_abs, copy_negate, copy_sign and the predicates.
from decimal import Decimal
d = Decimal('-2.50')
print(d.copy_abs(), d.copy_negate(), Decimal(3).copy_sign(d), d.copy_sign(1), Decimal('NaN').copy_negate())
for s in ['0', '-0', '1.5', '-Infinity', 'NaN', 'sNaN']:
    x = Decimal(s)
    print(s, x.is_nan(), x.is_qnan(), x.is_snan(), x.is_zero(), x.is_signed(), x.is_finite(), x.is_infinite())
print(Decimal('1E-999999').is_normal(), Decimal('1E-1000000').is_subnormal(), Decimal(1).is_canonical())
# Output:
# 2.50 2.50 -3 2.50 -NaN
# 0 False False False True False True False
# -0 False False False True True True False
# 1.5 False False False False False True False
# -Infinity False False False False True False True
# NaN True True False False False False False
# sNaN True False True False False False False
# True True True
# ---
# compare, compare_total, max and min.
from decimal import Decimal
print(Decimal(1).compare(2), Decimal(2).compare(Decimal('2.0')), Decimal(3).compare(1), Decimal('NaN').compare(1))
print(Decimal('12.0').compare_total(Decimal('12')), Decimal('-1').compare_total(Decimal(1)))
print(Decimal(1).max(2), Decimal(1).min(2), Decimal('NaN').max(5), Decimal(3).min(Decimal('NaN')))
print(Decimal('2.0').max(Decimal('2')), Decimal('-0').max(Decimal('0')), Decimal('2.0').min(Decimal('2')))
# Output:
# -1 0 1 NaN
# -1 -1
# 2 1 5 3
# 2 0 2.0
# ---
# fma, scaleb and same_quantum.
from decimal import Decimal
print(Decimal(2).fma(3, 5), Decimal('1.5').fma(Decimal('2.5'), Decimal('-1')), Decimal(7).fma(Decimal('1E+30'), 1))
print(Decimal('1.5').scaleb(2), Decimal('1.5').scaleb(-3), Decimal('Infinity').scaleb(5))
try:
    Decimal(1).scaleb(Decimal('0.5'))
except ArithmeticError as e:
    print(e)
print(Decimal('1.10').same_quantum(Decimal('2.20')), Decimal('1.1').same_quantum(Decimal('2.20')), Decimal('NaN').same_quantum(Decimal('NaN')))
# Output:
# 11 2.75 7.000000000000000000000000000E+30
# 1.5E+2 0.0015 Infinity
# [<class 'decimal.InvalidOperation'>]
# True False True
# ---
# format() and f-strings.
from decimal import Decimal
d = Decimal('1234.5678')
for spec in ['', '.2f', '.0f', ',.2f', '10.1f', '<12.3f', '^12.1f', '+.2f', ' .2f', '012.2f', '.3e', '.2E', '.3g', '.10g', 'g', '.1%', '%', 'e', 'f', '>15,.3f',
             'z.2f', '*^12.1f', '=+12.2f', '012,.2f', '.0e', '.0g', 'n', '.3n', '_.1f', '#.0f']:
    try:
        print(repr(spec), repr(format(d, spec)))
    except ValueError as e:
        print(repr(spec), e)
print(f'{Decimal("3.14159"):.3f} {Decimal("-0.5"):+.1f} {Decimal("1E+5"):f} {Decimal("0.000001"):g}')
# Output:
# '' '1234.5678'
# '.2f' '1234.57'
# '.0f' '1235'
# ',.2f' '1,234.57'
# '10.1f' '    1234.6'
# '<12.3f' '1234.568    '
# '^12.1f' '   1234.6   '
# '+.2f' '+1234.57'
# ' .2f' ' 1234.57'
# '012.2f' '000001234.57'
# '.3e' '1.235e+3'
# '.2E' '1.23E+3'
# '.3g' '1.23e+3'
# '.10g' '1234.5678'
# 'g' '1234.5678'
# '.1%' '123456.8%'
# '%' '123456.78%'
# 'e' '1.2345678e+3'
# 'f' '1234.5678'
# '>15,.3f' '      1,234.568'
# 'z.2f' '1234.57'
# '*^12.1f' '***1234.6***'
# '=+12.2f' '+    1234.57'
# '012,.2f' '0,001,234.57'
# '.0e' '1e+3'
# '.0g' '1e+3'
# 'n' '1234.5678'
# '.3n' '1.23e+3'
# '_.1f' invalid format string
# '#.0f' invalid format string
# 3.142 -0.5 100000 0.000001
# ---
# format() of small, negative and special values.
from decimal import Decimal
for v, spec in [('-0.0001', 'z.2f'), ('-0.0001', '.2f'), ('0E+5', 'f'), ('0E+5', '.2f'), ('1.5', '.0f'), ('2.5', '.0f'),
                ('NaN', '.2f'), ('-Infinity', '>12'), ('Infinity', '%'), ('123456789', ',d' if False else ','),
                ('0.000012345', '.2e'), ('9.999', '.2f'), ('9.999', '.3g'), ('0', '.3e'), ('1E+30', ',.1f'), ('1.2E-10', '')]:
    print(v, repr(spec), repr(format(Decimal(v), spec)))
# Output:
# -0.0001 'z.2f' '0.00'
# -0.0001 '.2f' '-0.00'
# 0E+5 'f' '0'
# 0E+5 '.2f' '0.00'
# 1.5 '.0f' '2'
# 2.5 '.0f' '2'
# NaN '.2f' 'NaN'
# -Infinity '>12' '   -Infinity'
# Infinity '%' 'Infinity%'
# 123456789 ',' '123,456,789'
# 0.000012345 '.2e' '1.23e-5'
# 9.999 '.2f' '10.00'
# 9.999 '.3g' '10.0'
# 0 '.3e' '0.000e+3'
# 1E+30 ',.1f' '1,000,000,000,000,000,000,000,000,000,000.0'
# 1.2E-10 '' '1.2E-10'
# ---
# Invalid format specs.
from decimal import Decimal
for spec in ['d', 'x', 's', '.2d', 'q']:
    try:
        format(Decimal(1), spec)
    except ValueError as e:
        print(repr(spec), e)
# Output:
# 'd' invalid format string
# 'x' invalid format string
# 's' invalid format string
# '.2d' invalid format string
# 'q' invalid format string
# ---
# The default context and getcontext.
import decimal
c = decimal.getcontext()
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
# Output:
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# 28 ROUND_HALF_EVEN -999999 999999 1 0
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
# Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[])
# ---
# Setting the precision changes later arithmetic.
import decimal
from decimal import Decimal
decimal.getcontext().prec = 6
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal('123456789') + 0, +Decimal('1.23456789'))
decimal.getcontext().prec = 50
print(Decimal(1) / 7)
# Output:
# 0.142857 1.41421 1.23457E+8 1.23457
# 0.14285714285714285714285714285714285714285714285714
# ---
# Rounding mode of the context.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.prec = 3
for r in [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP]:
    c.rounding = r
    print(r, Decimal('1.235') + 0, Decimal('-1.235') + 0, Decimal(2) / 3)
# Output:
# ROUND_HALF_EVEN 1.24 -1.24 0.667
# ROUND_HALF_UP 1.24 -1.24 0.667
# ROUND_DOWN 1.23 -1.23 0.666
# ROUND_CEILING 1.24 -1.23 0.667
# ROUND_FLOOR 1.23 -1.24 0.666
# ROUND_UP 1.24 -1.24 0.667
# ---
# Invalid context settings.
import decimal
c = decimal.getcontext()
for name, v in [('prec', 0), ('prec', 'x'), ('rounding', 'x'), ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', 3), ('prec', 1.5)]:
    try:
        setattr(c, name, v)
    except (ValueError, TypeError) as e:
        print(name, type(e), repr(str(e)))
try:
    c.foo = 1
except AttributeError as e:
    print(e)
print(c.prec)
# Output:
# prec <class 'ValueError'> 'valid range for prec is [1, MAX_PREC]'
# prec <class 'TypeError'> 'an integer is required'
# rounding <class 'TypeError'> 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]'
# Emin <class 'ValueError'> 'valid range for Emin is [MIN_EMIN, 0]'
# Emax <class 'ValueError'> 'valid range for Emax is [0, MAX_EMAX]'
# capitals <class 'ValueError'> 'valid values for capitals are 0 or 1'
# clamp <class 'ValueError'> 'valid values for clamp are 0 or 1'
# prec <class 'TypeError'> 'an integer is required'
# 'decimal.Context' object has no attribute 'foo'
# 28
# ---
# Flags record the signals that happened.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.clear_flags()
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded])
Decimal(1) / 3
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded], c.flags[decimal.DivisionByZero])
print(c)
c.clear_flags()
Decimal(1) / 4
print(c.flags[decimal.Inexact], c)
# Output:
# False False
# True True False
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# False Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# ---
# Traps turn signals into exceptions, naming every trapped signal.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.traps[decimal.Inexact] = True
try:
    Decimal(1) / 3
except decimal.Inexact as e:
    print(type(e), e)
c.traps[decimal.Rounded] = True
try:
    Decimal(2) / 3
except decimal.DecimalException as e:
    print(type(e), e)
c.traps[decimal.DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
c.traps[decimal.InvalidOperation] = False
print(Decimal(0) / 0, Decimal(-1).sqrt(), Decimal('abc'))
print(c.traps)
# Output:
# <class 'decimal.Inexact'> [<class 'decimal.Inexact'>]
# <class 'decimal.Inexact'> [<class 'decimal.Inexact'>, <class 'decimal.Rounded'>]
# Infinity -Infinity
# NaN NaN NaN
# {<class 'decimal.InvalidOperation'>:False, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:True, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:True, <class 'decimal.Rounded'>:True, <class 'decimal.Clamped'>:False}
# ---
# Signal dicts.
import decimal
c = decimal.Context()
print(c.flags)
print(len(c.traps), decimal.Inexact in c.traps, c.traps[decimal.Overflow])
try:
    c.traps['x']
except KeyError as e:
    print('KeyError')
try:
    del c.traps[decimal.Inexact]
except ValueError as e:
    print(e)
# Output:
# {<class 'decimal.InvalidOperation'>:False, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:False, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:False, <class 'decimal.Rounded'>:False, <class 'decimal.Clamped'>:False}
# 9 True True
# KeyError
# signal keys cannot be deleted
# ---
# Context() takes every field.
import decimal
from decimal import Decimal
c = decimal.Context(prec=4, rounding=decimal.ROUND_DOWN, Emin=-10, Emax=10, capitals=0, traps=[decimal.Overflow], flags=[])
print(c)
print(c.divide(Decimal(2), Decimal(3)), c.add(1, Decimal('0.00001')), c.multiply(3, 4), c.subtract(1, 2))
print(c.create_decimal('3.14159'), c.create_decimal(123456), c.create_decimal(), c.create_decimal_from_float(0.1))
print(c.power(2, 10), c.sqrt(2), c.abs(-3), c.minus(5), c.plus(Decimal('1.23456')), c.to_sci_string(Decimal('1E+12')))
print(c.divide_int(7, 2), c.remainder(7, 2), c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(Decimal('1.2345'), Decimal('0.01')))
print(c.Etiny(), c.Etop(), decimal.Context().Etiny())
try:
    c.multiply(Decimal('1E+10'), 10)
except decimal.Overflow as e:
    print('Overflow', e)
print(c.exp(1), c.ln(10), c.log10(1000), c.normalize(Decimal('1.200')), c.to_integral(Decimal('2.5')), c.to_eng_string(Decimal('1E+4')))
# Output:
# Context(prec=4, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=0, flags=[], traps=[Overflow])
# 0.6666 1.000 12 -1
# 3.141 1.234E+5 0 0.1000
# 1024 1.414 3 -5 1.234 1e+12
# 3 1 -1 2 1 1.23
# -13 7 -1000026
# Overflow [<class 'decimal.Overflow'>]
# 2.718 2.303 3 1.2 2 10e+3
# ---
# capitals=0 writes a small e.
import decimal
from decimal import Decimal
decimal.getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('1E-10')), Decimal('1.5E+20').to_eng_string())
# Output:
# 1e+10 Decimal('1e-10') 150e+18
# ---
# Context methods convert ints but not floats.
import decimal
c = decimal.Context()
try:
    c.add(1.5, 1)
except TypeError as e:
    print(e)
try:
    c.add('1', 1)
except TypeError as e:
    print(e)
# Output:
# conversion from float to Decimal is not supported
# conversion from str to Decimal is not supported
# ---
# localcontext makes a temporary copy of the current context.
import decimal
from decimal import Decimal
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, decimal.getcontext().prec)
print(Decimal(1) / 3, decimal.getcontext().prec)
with decimal.localcontext(decimal.BasicContext) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(2) / 3)
with decimal.localcontext(prec=3, rounding=decimal.ROUND_UP) as ctx:
    print(Decimal(1) / 7, ctx.prec)
print(decimal.getcontext())
# Output:
# 0.33333 5
# 0.3333333333333333333333333333 28
# 9 ROUND_HALF_UP 0.666666667
# 0.143 3
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# ---
# localcontext restores the context when the block raises.
import decimal
from decimal import Decimal
try:
    with decimal.localcontext() as ctx:
        ctx.prec = 2
        raise ValueError('boom')
except ValueError as e:
    print(e, decimal.getcontext().prec)
try:
    decimal.localcontext(prec=0)
except ValueError as e:
    print(e)
try:
    decimal.localcontext(foo=1)
except TypeError as e:
    print(e)
# Output:
# boom 28
# valid range for prec is [1, MAX_PREC]
# 'foo' is an invalid keyword argument for this function
# ---
# setcontext installs a context object.
import decimal
from decimal import Decimal
c = decimal.Context(prec=3)
decimal.setcontext(c)
print(decimal.getcontext() is c, Decimal(1) / 3)
decimal.setcontext(decimal.ExtendedContext)
print(decimal.getcontext().prec, Decimal(1) / 0, Decimal(0) / 0)
try:
    decimal.setcontext(5)
except TypeError as e:
    print(e)
# Output:
# True 0.333
# 9 Infinity NaN
# argument must be a context
# ---
# Contexts copy, and changing a copy leaves the original alone.
import decimal
c = decimal.getcontext()
d = c.copy()
d.prec = 7
d.traps[decimal.Inexact] = True
print(c.prec, d.prec, c.traps[decimal.Inexact], d.traps[decimal.Inexact])
c.clear_traps()
print(c.traps[decimal.DivisionByZero], d.traps[decimal.DivisionByZero])
# Output:
# 28 7 False True
# False True
# ---
# Decimal(value, context) signals on the given context.
import decimal
from decimal import Decimal
c = decimal.Context(traps=[])
print(Decimal('bad', c), c.flags[decimal.InvalidOperation], Decimal('1.23456789', c))
# Output:
# NaN True 1.23456789
# ---
# FloatOperation is recorded, and trapped on request.
import decimal
from decimal import Decimal
c = decimal.getcontext()
print(Decimal(0.5), c.flags[decimal.FloatOperation])
c.traps[decimal.FloatOperation] = True
try:
    Decimal(0.5)
except decimal.FloatOperation as e:
    print(type(e), e)
try:
    Decimal(1) < 1.5
except TypeError as e:
    print('TypeError too', e)
print(Decimal(1) == 1.0)
# Output:
# 0.5 True
# <class 'decimal.FloatOperation'> [<class 'decimal.FloatOperation'>]
# TypeError too [<class 'decimal.FloatOperation'>]
# True
# ---
# Subnormal results and Underflow with a small Emin.
import decimal
from decimal import Decimal
c = decimal.Context(prec=5, Emin=-5, Emax=5, traps=[])
r = c.divide(Decimal(1), Decimal('1E+7'))
print(r, c.flags[decimal.Subnormal], c.flags[decimal.Underflow])
print(c.multiply(Decimal('1E+3'), Decimal('1E+3')), c.flags[decimal.Overflow])
print(c)
# Output:
# 1E-7 True False
# Infinity True
# Context(prec=5, rounding=ROUND_HALF_EVEN, Emin=-5, Emax=5, capitals=1, clamp=0, flags=[Inexact, Overflow, Rounded, Subnormal], traps=[])
# ---
# Overflow gives Infinity when not trapped.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.Emax = 99
c.traps[decimal.Overflow] = False
print(Decimal('9E+99') * 100, -Decimal('9E+99') * 100)
c.rounding = decimal.ROUND_DOWN
print(Decimal('9E+99') * 100)
# Output:
# Infinity -Infinity
# 9.999999999999999999999999999E+99
# ---
# differs: pyfence computes only with exponents within ±100000; beyond, operations raise Overflow.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.traps[decimal.Overflow] = False
print(Decimal('9E+999999'), Decimal('1E-500000').adjusted())
for f in [lambda: Decimal('9E+999999') * 100, lambda: Decimal('1E+200000') + 1, lambda: Decimal(10) ** 1000000]:
    try:
        print(f())
    except decimal.Overflow as e:
        print('Overflow', e)
# Output:
# 9E+999999 -500000
# Overflow [<class 'decimal.Overflow'>]
# Overflow [<class 'decimal.Overflow'>]
# Overflow [<class 'decimal.Overflow'>]
# ---
# Decimals in sums, sorting and as dict keys.
from decimal import Decimal
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10')]
print(sum(prices), sum(prices, Decimal('0.00')), sorted(prices), max(prices), min(prices))
print({Decimal('1.0'): 'x'}[1], [Decimal(2)].index(2), Decimal(2) in [1, 2.0])
# Output:
# 25.10 25.10 [Decimal('0.10'), Decimal('5.01'), Decimal('19.99')] 19.99 0.10
# x 0 True
# ---
# isinstance and type.
import decimal
from decimal import Decimal
d = Decimal(1)
print(type(d), isinstance(d, Decimal), type(d) is Decimal, Decimal, decimal.Context, type(decimal.getcontext()))
print(isinstance(d, int), isinstance(decimal.getcontext(), decimal.Context), d.real, d.imag, d.conjugate())
# Output:
# <class 'decimal.Decimal'> True True <class 'decimal.Decimal'> <class 'decimal.Context'> <class 'decimal.Context'>
# False True 1 0 1
# ---
# Decimal values are immutable.
from decimal import Decimal
d = Decimal(1)
try:
    d.x = 1
except AttributeError as e:
    print(e)
try:
    d.foo()
except AttributeError as e:
    print(e)
# Output:
# 'decimal.Decimal' object has no attribute 'x'
# 'decimal.Decimal' object has no attribute 'foo'
# ---
# Module attributes are read-only.
import decimal
decimal.getcontext = None  ### policy:readonly-attr
# ---
# Dunder attributes of Decimals are blocked.
from decimal import Decimal
Decimal(1).__class__  ### policy:dunder-attr
# ---
# Dunder attributes of contexts are blocked.
import decimal
decimal.getcontext().__dict__  ### policy:dunder-attr
# ---
# Money arithmetic example.
from decimal import Decimal, ROUND_HALF_UP
price = Decimal('19.99')
qty = 3
tax = Decimal('0.0825')
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(subtotal, total, f'{total:>10}', f'${total:,.2f}')
# Output:
# 59.97 64.92      64.92 $64.92
# ---
# Compound assignment operators.
from decimal import Decimal
x = Decimal('1.5')
x += 1
x *= Decimal(2)
x -= Decimal('0.5')
x /= 4
x //= Decimal('0.3')
x **= 2
x %= 7
print(x)
# Output:
# 2
# ---
# number_class, logb, canonical, radix and compare_signal.
import decimal
from decimal import Decimal
for s in ['0', '-0', '1.5', '-1.5', '1E-1000000', '-Infinity', 'Infinity', 'NaN', 'sNaN', '-NaN']:
    d = Decimal(s)
    try:
        lb = d.logb()
    except decimal.DecimalException as e:
        lb = type(e)
    print(s, d.number_class(), lb, d.canonical(), d.radix())
print(Decimal(1).compare_signal(2), Decimal(250).logb(), Decimal('0.001').logb())
try:
    Decimal('NaN').compare_signal(1)
except decimal.InvalidOperation as e:
    print(e)
# Output:
# 0 +Zero <class 'decimal.DivisionByZero'> 0 10
# -0 -Zero <class 'decimal.DivisionByZero'> -0 10
# 1.5 +Normal 0 1.5 10
# -1.5 -Normal 0 -1.5 10
# 1E-1000000 +Subnormal -1000000 1E-1000000 10
# -Infinity -Infinity Infinity -Infinity 10
# Infinity +Infinity Infinity Infinity 10
# NaN NaN NaN NaN 10
# sNaN sNaN <class 'decimal.InvalidOperation'> sNaN 10
# -NaN NaN -NaN -NaN 10
# -1 2 -3
# [<class 'decimal.InvalidOperation'>]
# ---
# Rounding modes reach values far below the quantum.
import decimal
from decimal import Decimal
for r in [decimal.ROUND_CEILING, decimal.ROUND_UP, decimal.ROUND_FLOOR, decimal.ROUND_05UP, decimal.ROUND_HALF_UP]:
    print(r, Decimal('0.001').quantize(Decimal(1), rounding=r), Decimal('-1E-5').quantize(Decimal('0.01'), rounding=r),
          Decimal('1E-9').to_integral_value(rounding=r), Decimal('0.0001').quantize(Decimal('1E+2'), rounding=r))
decimal.getcontext().rounding = decimal.ROUND_CEILING
print(format(Decimal('0.001'), '.1f'), round(Decimal('0.001'), 2))
# Output:
# ROUND_CEILING 1 -0.00 1 1E+2
# ROUND_UP 1 -0.01 1 1E+2
# ROUND_FLOOR 0 -0.01 0 0E+2
# ROUND_05UP 1 -0.01 1 1E+2
# ROUND_HALF_UP 0 -0.00 0 0E+2
# 0.1 0.01
# ---
# Carries, padding and special remainders under small precisions.
import decimal
from decimal import Decimal
c = decimal.getcontext()
c.prec = 3
print(Decimal(999999999) / Decimal('-1E-30'), Decimal('999.9') + 0, Decimal('-1E-30').exp(), Decimal(1) ** Decimal('1.5'))
print(Decimal(12345) % Decimal('Infinity'), Decimal(12345).to_integral_value())
c.prec = 40
c.Emin, c.Emax = -20, 20
c.traps[decimal.Overflow] = False
print(Decimal(3).fma(Decimal('-1E-30'), 3), Decimal('-0').fma(Decimal('-1E-30'), Decimal('-0')), Decimal('-0') / Decimal('-1E-30'))
print(Decimal('1.5').ln(), Decimal(2).exp(), Decimal(7).log10())
print(c)
# Output:
# -1.00E+39 1.00E+3 1.00 1.00
# 1.23E+4 12345
# 2.999999999999999999999999999997 0E-30 0E+20
# 0.4054651081081643819780131154643491365720 7.389056098930650227230427460575007813180 0.8450980400142568307122162585926361934836
# Context(prec=40, rounding=ROUND_HALF_EVEN, Emin=-20, Emax=20, capitals=1, clamp=0, flags=[Clamped, Inexact, Rounded], traps=[InvalidOperation, DivisionByZero])
