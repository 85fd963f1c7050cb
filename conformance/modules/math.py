# The math module: constants, float functions with CPython's special cases
# and errors, exact integer functions, fsum, hypot and dist.
# ---
# Constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(isinstance(math.pi, float), math.isnan(math.nan), math.isinf(math.inf))
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
# Output:
# 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# True True True
# True True True
# ---
# dir() lists only public names, sorted.
# differs: pyfence modules have no dunder attributes (__doc__, __loader__, __spec__, ...)
import math
names = dir(math)
print([n for n in names if n.startswith('_')])
print(len(names), names == sorted(names))
print(names[:10])
# Output:
# []
# 60 True
# ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb']
# ---
# Functions print as builtins.
import math
print(math.sin, math.factorial, math.fsum)
print(callable(math.sqrt))
# Output:
# <built-in function sin> <built-in function factorial> <built-in function fsum>
# True
# ---
# sqrt and exact square roots.
import math
print(math.sqrt(0), math.sqrt(-0.0), math.sqrt(1), math.sqrt(4), math.sqrt(2), math.sqrt(1e308))
print(math.sqrt(True), math.sqrt(10**30), math.sqrt(math.inf), math.sqrt(0.25))
# Output:
# 0.0 -0.0 1.0 2.0 1.4142135623730951 1e+154
# 1.0 1000000000000000.0 inf 0.5
# ---
# Domain and range errors of one-argument functions.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -1.5), (math.acos, 2), (math.asin, -1.5),
             (math.atanh, 1), (math.acosh, 0.5), (math.log1p, -1), (math.exp, 1000), (math.expm1, 1000),
             (math.cosh, 1000), (math.sinh, -1000), (math.exp2, 1025), (math.sin, math.inf),
             (math.cos, -math.inf), (math.tan, math.inf), (math.log2, -math.inf), (math.log10, 0.0)]:
    t(f, x)
# Output:
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# OverflowError('math range error')
# OverflowError('math range error')
# OverflowError('math range error')
# OverflowError('math range error')
# OverflowError('math range error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ---
# Exact values at simple points.
import math
print(math.sin(0), math.cos(0), math.tan(0), math.asin(0), math.acos(1), math.atan(0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.exp(0), math.expm1(0), math.log(1), math.log1p(0), math.log2(1), math.log10(1))
print(math.exp2(10), math.exp2(-1), math.cbrt(8), math.cbrt(-64), math.cbrt(0.0))
print(math.erf(0), math.erfc(0), math.fabs(-3), math.fabs(-0.0))
# Output:
# 0.0 1.0 0.0 0.0 0.0 0.0
# 0.0 1.0 0.0 0.0 0.0 0.0
# 1.0 0.0 0.0 0.0 0.0 0.0
# 1024.0 0.5 2.0 -4.0 0.0
# 0.0 1.0 3.0 0.0
# ---
# Values that round the same everywhere.
import math
print(math.atan(1) * 4 == math.pi, math.acos(-1) == math.pi, math.asin(1) * 2 == math.pi)
print(math.exp(1) == math.e, math.log(math.e), math.log2(1024), math.log10(1000))
print(math.tanh(math.inf), math.tanh(-math.inf), math.atan(math.inf), math.exp(-math.inf))
print(math.sinh(math.inf), math.cosh(-math.inf), math.asinh(-math.inf), math.acosh(math.inf))
print(math.erf(math.inf), math.erfc(math.inf), math.erf(-math.inf), math.erfc(-math.inf))
# Output:
# True True True
# True 1.0 10.0 3.0
# 1.0 -1.0 1.5707963267948966 0.0
# inf inf -inf inf
# 1.0 0.0 -1.0 2.0
# ---
# exp, log and pow are correctly rounded, as glibc's are.
import math
print(math.exp(0.5), math.exp(-2.5), math.exp(100), math.exp(709), math.exp2(0.5), math.exp2(-1074))
print(math.log(3), math.log(0.1), math.log(1e-300), math.log2(10), math.log2(3.5), math.log10(2), math.log10(5e-324))
print(math.pow(1.1, 2.5), math.pow(2, 0.1), math.pow(-2.5, 3), math.pow(7, -3), math.pow(1.0000001, 1e7), math.pow(10, 22), math.pow(10, -5))
print(math.log(7, 3), math.log(100, 10), math.gamma(0.5), math.gamma(4.5), math.lgamma(0.5), math.lgamma(100.5))
# Output:
# 1.6487212707001282 0.0820849986238988 2.6881171418161356e+43 8.218407461554972e+307 1.4142135623730951 5e-324
# 1.0986122886681098 -2.3025850929940455 -690.7755278982137 3.321928094887362 1.8073549220576042 0.3010299956639812 -323.3062153431158
# 1.2690587062858836 1.0717734625362931 -15.625 0.0029154518950437317 2.7182816941320818 1e+22 1e-05
# 1.7712437491614221 2.0 1.7724538509055159 11.631728396567446 0.5723649429247004 361.4355404677776
# ---
# NaN goes through without errors.
import math
nan = math.nan
print([math.isnan(f(nan)) for f in (math.sin, math.cos, math.exp, math.log, math.sqrt, math.atanh, math.erf, math.gamma, math.lgamma, math.fabs)])
print(math.isnan(math.atan2(nan, 1)), math.isnan(math.hypot(nan, 1)), math.hypot(nan, math.inf))
# Output:
# [True, True, True, True, True, True, True, True, True, True]
# True True inf
# ---
# Underflow is not an error.
import math
print(math.exp(-1000), math.exp2(-2000), math.expm1(-1000), math.ldexp(1.0, -2000), math.erfc(30))
# Output:
# 0.0 0.0 -1.0 0.0 0.0
# ---
# Argument types: ints of any size, bools, and errors for the rest.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.sqrt, True)
t(math.sqrt, 10**300)
t(math.sqrt, 10**400)
t(math.sin, 'a')
t(math.sin, None)
t(math.sin, [1])
t(math.isnan, 10**400)
t(math.isfinite, 'x')
t(math.fabs, 'j')
# Output:
# 1.0
# 1e+150
# OverflowError('int too large to convert to float')
# TypeError('must be real number, not str')
# TypeError('must be real number, not NoneType')
# TypeError('must be real number, not list')
# OverflowError('int too large to convert to float')
# TypeError('must be real number, not str')
# TypeError('must be real number, not str')
# ---
# Argument count and keyword errors.
import math
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(repr(e))
t(math.sin)
t(math.sin, 1, 2)
t(math.sin, x=1)
t(math.atan2, 1)
t(math.atan2, y=1, x=2)
t(math.pow, 1)
t(math.log)
t(math.log, 1, 2, 3)
t(math.log, x=1)
t(math.hypot, x=1)
t(math.dist, [1], [2], [3])
t(math.ldexp, 1)
t(math.nextafter, 1, 2, 3)
t(math.factorial)
t(math.comb, 1)
t(math.perm)
t(math.perm, 1, 2, 3)
t(math.gcd, a=1)
t(math.fsum)
# Output:
# TypeError('math.sin() takes exactly one argument (0 given)')
# TypeError('math.sin() takes exactly one argument (2 given)')
# TypeError('math.sin() takes no keyword arguments')
# TypeError('atan2 expected 2 arguments, got 1')
# TypeError('math.atan2() takes no keyword arguments')
# TypeError('pow expected 2 arguments, got 1')
# TypeError('math.log requires 1 to 2 arguments')
# TypeError('math.log requires 1 to 2 arguments')
# TypeError('log() takes no keyword arguments')
# TypeError('math.hypot() takes no keyword arguments')
# TypeError('dist expected 2 arguments, got 3')
# TypeError('ldexp expected 2 arguments, got 1')
# TypeError('nextafter expected 2 arguments, got 3')
# TypeError('math.factorial() takes exactly one argument (0 given)')
# TypeError('comb expected 2 arguments, got 1')
# TypeError('perm expected at least 1 argument, got 0')
# TypeError('perm expected at most 2 arguments, got 3')
# TypeError('math.gcd() takes no keyword arguments')
# TypeError('math.fsum() takes exactly one argument (0 given)')
# ---
# User classes with __float__ and __index__ are accepted.
import math
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class BadF:
    def __float__(self):
        return 1
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 21), math.floor(F()))
try:
    math.sqrt(BadF())
except TypeError as e:
    print(e)
try:
    math.factorial(F())
except TypeError as e:
    print(e)
# Output:
# 1.5 2.6457513110645907 5040 7 2
# BadF.__float__ returned non-float (type int)
# 'F' object cannot be interpreted as an integer
# ---
# floor, ceil and trunc return ints.
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(2.9), math.trunc(-2.9))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(5), math.ceil(True), math.trunc(False), math.floor(10**30))
print(math.ceil(1e300) == 10**300, math.floor(1e20), math.trunc(-1e20), isinstance(math.floor(1.0), int))
print(math.floor(2**53 + 0.0), math.ceil(-2**60 + 0.0))
# Output:
# 2 -3 3 -2 2 -2
# -1 0 5 1 0 1000000000000000000000000000000
# False 100000000000000000000 -100000000000000000000 True
# 9007199254740992 -1152921504606846976
# ---
# floor, ceil and trunc errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.floor, math.inf)
t(math.ceil, -math.inf)
t(math.trunc, math.nan)
t(math.floor, 'a')
t(math.ceil, None)
t(math.trunc, 'a')
t(math.trunc, [])
# Output:
# OverflowError('cannot convert float infinity to integer')
# OverflowError('cannot convert float infinity to integer')
# ValueError('cannot convert float NaN to integer')
# TypeError('must be real number, not str')
# TypeError('must be real number, not NoneType')
# TypeError("type str doesn't define __trunc__ method")
# TypeError("type list doesn't define __trunc__ method")
# ---
# __floor__, __ceil__ and __trunc__ of user classes.
import math
class R:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
class G:
    def __float__(self):
        return 3.5
print(math.floor(G()), math.ceil(G()))
try:
    math.trunc(G())
except TypeError as e:
    print(e)
# Output:
# floor! ceil! trunc!
# 3 4
# type G doesn't define __trunc__ method
# ---
# frexp, ldexp and modf.
import math
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(-0.0), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(-0.0, 10**30), math.ldexp(1.0, -10**30), math.ldexp(3, True))
print(math.modf(2.5), math.modf(-2.5), math.modf(-2.0), math.modf(math.inf), math.modf(-math.inf), math.modf(0.0))
print(math.isnan(math.modf(math.nan)[0]), math.frexp(1e308), math.ldexp(*math.frexp(123.456)))
# Output:
# (0.5, 4) (-0.8, -3) (0.0, 0) (-0.0, 0) (inf, 0) (0.5, -1073)
# 8.0 5e-324 -0.0 0.0 6.0
# (0.5, 2.0) (-0.5, -2.0) (-0.0, -2.0) (0.0, inf) (-0.0, -inf) (0.0, 0.0)
# True (0.5562684646268004, 1024) 123.456
# ---
# ldexp errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.ldexp, 1.0, 1.5)
t(math.ldexp, 1.0, 10**30)
t(math.ldexp, 1.0, 5000)
t(math.ldexp, -1.0, 1024)
t(math.ldexp, 'a', 1)
t(math.ldexp, math.inf, 10**30)
# Output:
# TypeError('Expected an int as second argument to ldexp.')
# OverflowError('math range error')
# OverflowError('math range error')
# OverflowError('math range error')
# TypeError('must be real number, not str')
# inf
# ---
# fmod, remainder and copysign.
import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(1, math.inf), math.fmod(5.5, 2))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-4, 2), math.remainder(1, math.inf), math.remainder(10, 3), math.remainder(-10, 3))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(2, -math.inf), math.copysign(math.inf, -1))
print(math.fmod(1e308, 1e-308), math.remainder(1e308, 3.0), math.remainder(2.5, 1), math.remainder(3.5, 1))
# Output:
# 1.0 -1.0 1.0 -0.0 1.0 1.5
# 1.0 -1.0 -0.0 1.0 1.0 -1.0
# -1.0 3.0 -2.0 -inf
# 3.498445546245627e-309 -1.0 0.5 -0.5
# ---
# fmod and remainder errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.fmod, 1, 0)
t(math.fmod, math.inf, 1)
t(math.remainder, 1, 0)
t(math.remainder, -math.inf, 1)
t(math.fmod, 1)
t(math.copysign, 1)
print(math.isnan(math.fmod(math.nan, 0)), math.isnan(math.remainder(math.nan, 0)))
# Output:
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# TypeError('fmod expected 2 arguments, got 1')
# TypeError('copysign expected 2 arguments, got 1')
# True True
# ---
# pow with C99's special cases.
import math
print(math.pow(2, 3), math.pow(2, -1), math.pow(2, 0.5) == math.sqrt(2), math.pow(-8, 3), math.pow(4, 0.5))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-2, math.inf), math.pow(0.5, math.inf), math.pow(0.5, -math.inf))
print(math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(-math.inf, 2), math.pow(math.inf, -2), math.pow(0.0, math.inf))
print(math.pow(-1, math.inf), math.pow(0.0, 0), math.pow(-0.0, 3), math.pow(-0.0, 2), math.pow(10, -400))
# Output:
# 8.0 0.5 True -512.0 2.0
# 1.0 1.0 inf 0.0 inf
# -inf -0.0 inf 0.0 0.0
# 1.0 1.0 -0.0 0.0 0.0
# ---
# pow errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.pow, 0, -1)
t(math.pow, -0.0, -3)
t(math.pow, -1, 0.5)
t(math.pow, -8, 1 / 3)
t(math.pow, 10, 400)
t(math.pow, 2, 10**400)
t(math.pow, 0.0, -math.inf)
# Output:
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# OverflowError('math range error')
# OverflowError('int too large to convert to float')
# inf
# ---
# atan2 quadrants and signed zeros.
import math
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.atan2(1, 0) * 2 == math.pi, math.atan2(0, -1) == math.pi, math.atan2(math.inf, math.inf) * 4 == math.pi)
print(math.atan2(-math.inf, -math.inf) == -3 * math.pi / 4, math.atan2(1, math.inf), math.atan2(-1, math.inf))
# Output:
# 0.0 -0.0 3.141592653589793 -3.141592653589793
# True True True
# True 0.0 -0.0
# ---
# degrees and radians.
import math
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(0), math.radians(-0.0), math.degrees(1e308))
print(math.degrees(math.pi / 2), math.radians(90) * 2 == math.pi, math.degrees(1))
# Output:
# 180.0 True 0.0 -0.0 inf
# 90.0 True 57.29577951308232
# ---
# isfinite, isinf, isnan and isclose.
import math
print(math.isfinite(1), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(1e-300, 2e-300, rel_tol=0.6), math.isclose(10**20, 10**20 + 1))
# Output:
# True False False True False
# True False True False
# True True False False
# True True True
# ---
# isclose errors.
import math
def t(*a, **k):
    try:
        print(math.isclose(*a, **k))
    except Exception as e:
        print(repr(e))
t(1, 2, 3)
t(1)
t(1, 1, rel_tol=-1)
t(1, 1, abs_tol=-0.5)
t(1, 2, rel_tol=None)
t(1, 2, foo=1)
t('a', 1)
# Output:
# TypeError('isclose() takes exactly 2 positional arguments (3 given)')
# TypeError("isclose() missing required argument 'b' (pos 2)")
# ValueError('tolerances must be non-negative')
# ValueError('tolerances must be non-negative')
# TypeError('must be real number, not NoneType')
# TypeError("'foo' is an invalid keyword argument for isclose()")
# TypeError('must be real number, not str')
# ---
# nextafter and ulp.
import math
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(1, 1))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf), math.isnan(math.nextafter(math.nan, 1)))
print(math.ulp(1), math.ulp(-1), math.ulp(0), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(2**52), math.ulp(5e-324))
print(math.isnan(math.ulp(math.nan)), math.ulp(1e300), math.ulp(0.1))
# Output:
# 1.0000000000000002 0.9999999999999999 5e-324 -5e-324 1.0
# 1.7976931348623157e+308 inf True
# 2.220446049250313e-16 2.220446049250313e-16 5e-324 inf 1.99584030953472e+292 1.0 5e-324
# True 1.487016908477783e+284 1.3877787807814457e-17
# ---
# log with ints of any size and with a base.
import math
print(math.log(10**400), math.log10(10**500), math.log2(2**3000), math.log(True))
print(math.log(2**2000, 2), math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(2**64, 2**32))
print(math.log10(10**22 + 1), math.log2(3 * 2**2000), math.log(math.inf), math.log10(1e-300))
print(math.log2(2.0**-1074), math.log2(0.5), math.log10(0.001))
# Output:
# 921.0340371976182 500.0 3000.0 0.0
# 2000.0000000000002 3.0 2.0 0.0 2.0
# 22.0 2001.584962500721 inf -300.0
# -1074.0 -1.0 -3.0
# ---
# log errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.log, 0)
t(math.log, -(10**400))
t(math.log, 0.0)
t(math.log, -math.inf)
t(math.log, 8, 1)
t(math.log, 8, 0)
t(math.log, 1, 1.0)
t(math.log, 'a')
t(math.log, 10, 'b')
t(math.log2, 0)
t(math.log10, -1)
t(math.log2, False)
# Output:
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ZeroDivisionError('float division by zero')
# ValueError('math domain error')
# ZeroDivisionError('float division by zero')
# TypeError('must be real number, not str')
# TypeError('must be real number, not str')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ---
# fsum is exact.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum(iter([0.5, 0.25])), math.fsum([-0.0, -0.0]))
print(math.fsum([1.7976931348623157e308, -1e308]), math.fsum([2.0**53, 1.0, 1.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1, 2]), math.fsum([-math.inf, 1e308, -1e308]), math.isnan(math.fsum([math.nan, 1])), math.isnan(math.fsum([math.inf, math.nan])))
# Output:
# 1.0 0.9999999999999999 1e-100
# 0.0 6.0 45.0 0.75 0.0
# 7.976931348623157e+307 9007199254740994.0
# 1.0000000000000002 9007199254740991.0 707.1428571428571
# inf -inf True True
# ---
# fsum errors.
import math
def t(*a):
    try:
        print(math.fsum(*a))
    except Exception as e:
        print(repr(e))
t([1e308, 1e308])
t([math.inf, -math.inf])
t([math.inf, 1e308, 1e308, -math.inf])
t(1)
t(['a'])
t([1, None])
t([], 1)
# Output:
# OverflowError('intermediate overflow in fsum')
# ValueError('-inf + inf in fsum')
# OverflowError('intermediate overflow in fsum')
# TypeError("'int' object is not iterable")
# TypeError('must be real number, not str')
# TypeError('must be real number, not NoneType')
# TypeError('math.fsum() takes exactly one argument (2 given)')
# ---
# hypot and dist.
import math
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(*range(10)), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(1e-200, 1e-200), math.hypot(True, 10**20))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist(iter([1.5]), (0.5,)), math.dist(range(3), (2, 1, 0)))
print(math.hypot(0.1, 0.2), math.hypot(1, 2, 3), math.dist((1.1, 2.2), (3.3, 4.4)))
# Output:
# 0.0 3.0 5.0 2.0 16.881943016134134 1.4142135623730951e+308
# 5e-324 inf 1.414213562373095e-200 1e+20
# 5.0 5.0 0.0 1.0 2.8284271247461903
# 0.223606797749979 3.7416573867739413 3.111269837220809
# ---
# hypot and dist errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.hypot, 'a')
t(math.hypot, 10**400)
t(math.dist, [1], [1, 2])
t(math.dist, 1, 2)
t(math.dist, [1, 2], [3, 'a'])
t(math.dist, [1])
# Output:
# TypeError('must be real number, not str')
# OverflowError('int too large to convert to float')
# ValueError('both points must have the same number of dimensions')
# TypeError("'int' object is not iterable")
# TypeError('must be real number, not str')
# TypeError('dist expected 2 arguments, got 1')
# ---
# factorial.
import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(21), math.factorial(True))
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7), str(math.factorial(100))[:20])
# Output:
# 1 1 120 2432902008176640000 51090942171709440000 1
# 30414093201713378043612608166064768844377641568960512000000000000
# 2568 641419708 93326215443944152681
# ---
# factorial errors.
import math
def t(*a):
    try:
        print(math.factorial(*a))
    except Exception as e:
        print(repr(e))
t(-1)
t(1.0)
t(5.5)
t('a')
t(10**20)
t(None)
# Output:
# ValueError('factorial() not defined for negative values')
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# OverflowError('factorial() argument should not exceed 9223372036854775807')
# TypeError("'NoneType' object cannot be interpreted as an integer")
# ---
# comb.
import math
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(0, 0), math.comb(10**20, 3))
print(math.comb(100, 50), math.comb(10**20, 1), math.comb(10**20, 10**20 - 1), math.comb(2**70, 2), math.comb(True, True))
print(sum(math.comb(30, k) for k in range(31)) == 2**30, math.comb(1000, 500) % 1000003)
# Output:
# 10 1 1 0 1 166666666666666666661666666666666666666700000000000000000000
# 100891344545564193334812497256 100000000000000000000 100000000000000000000 696898287454081973172400900209902591410176 1
# True 175726
# ---
# comb errors.
import math
def t(*a):
    try:
        print(math.comb(*a))
    except Exception as e:
        print(repr(e))
t(-1, 2)
t(2, -1)
t(-1, -1)
t(1.0, 2)
t(5, None)
t(10**30, 10**20)
t(5, '2')
# Output:
# ValueError('n must be a non-negative integer')
# ValueError('k must be a non-negative integer')
# ValueError('n must be a non-negative integer')
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'NoneType' object cannot be interpreted as an integer")
# OverflowError('min(n - k, k) must not exceed 9223372036854775807')
# TypeError("'str' object cannot be interpreted as an integer")
# ---
# perm.
import math
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 5), math.perm(5, 10), math.perm(0, 1), math.perm(5, None))
print(math.perm(10**20, 0), math.perm(10**20, 1), math.perm(10**20, 3), math.perm(2**64, 2), math.perm(30, 15))
# Output:
# 120 20 1 120 0 0 120
# 1 100000000000000000000 999999999999999999970000000000000000000200000000000000000000 340282366920938463444927863358058659840 202843204931727360000
# ---
# perm errors.
import math
def t(*a):
    try:
        print(math.perm(*a))
    except Exception as e:
        print(repr(e))
t(-5)
t(5, -1)
t(-5, 2)
t(10**30, 10**20)
t(2.0, 1)
t(5, 1.5)
# Output:
# ValueError('factorial() not defined for negative values')
# ValueError('k must be a non-negative integer')
# ValueError('n must be a non-negative integer')
# OverflowError('k must not exceed 9223372036854775807')
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# ---
# isqrt is exact on big ints.
import math
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(True))
print(math.isqrt(10**50), math.isqrt(10**50 - 1), math.isqrt(2**127), math.isqrt((10**40 + 7)**2), math.isqrt((10**40 + 7)**2 - 1))
n = 3**300
r = math.isqrt(n)
print(r * r <= n < (r + 1) * (r + 1))
# Output:
# 0 1 3 4 4 1
# 10000000000000000000000000 9999999999999999999999999 13043817825332782212 10000000000000000000000000000000000000007 10000000000000000000000000000000000000006
# True
# ---
# isqrt errors.
import math
def t(*a):
    try:
        print(math.isqrt(*a))
    except Exception as e:
        print(repr(e))
t(-1)
t(-(10**30))
t(2.0)
t('4')
t()
# Output:
# ValueError('isqrt() argument must be nonnegative')
# ValueError('isqrt() argument must be nonnegative')
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError('math.isqrt() takes exactly one argument (0 given)')
# ---
# gcd and lcm take any number of ints.
import math
print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(True, 5))
print(math.gcd(2**100, 2**50 * 3), math.gcd(10**30, 10**20 * 7), math.gcd(1, 10**100), math.gcd(17, 34, 51, 1))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, -6), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(2**64, 3))
print(math.lcm(*range(1, 21)), math.lcm(10**20, 10**15, 7))
# Output:
# 0 0 5 6 6 3 0 1
# 1125899906842624 100000000000000000000 1 1
# 1 0 4 12 12 0 60 55340232221128654848
# 232792560 700000000000000000000
# ---
# gcd and lcm errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.gcd, 1.0)
t(math.gcd, 3, 'a')
t(math.gcd, 1, 3, 2.5)
t(math.lcm, 3, 2.0)
t(math.lcm, 0, 'x')
t(math.lcm, None)
# Output:
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'NoneType' object cannot be interpreted as an integer")
# ---
# prod multiplies anything that multiplies.
import math
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([2, 0.5, True]))
print(math.prod([1, 2], start=3), math.prod([], start='x'), math.prod(['a', 2]), math.prod([2, 'ab']), math.prod([[1], 3]))
print(math.prod(x for x in [10**20, 10**20]), math.prod(iter([1.5] * 4)), math.prod([3], start=2.0))
# Output:
# 1 24 2432902008176640000 10.0 1.0
# 6 x aa abab [1, 1, 1]
# 10000000000000000000000000000000000000000 5.0625 6.0
# ---
# prod errors.
import math
def t(*a, **k):
    try:
        print(math.prod(*a, **k))
    except Exception as e:
        print(repr(e))
t([1, 2], 3)
t()
t(iterable=[1])
t([1], x=2)
t([{}], start=2)
t([None, 1])
t(5)
# Output:
# TypeError('prod() takes exactly 1 positional argument (2 given)')
# TypeError('prod() takes exactly 1 positional argument (0 given)')
# TypeError('prod() takes exactly 1 positional argument (0 given)')
# TypeError("'x' is an invalid keyword argument for prod()")
# TypeError("unsupported operand type(s) for *: 'int' and 'dict'")
# TypeError("unsupported operand type(s) for *: 'int' and 'NoneType'")
# TypeError("'int' object is not iterable")
# ---
# prod uses __mul__ and __rmul__ of user classes.
import math
class V:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return V(self.v * (other.v if isinstance(other, V) else other))
    def __rmul__(self, other):
        return V(other * self.v)
    def __repr__(self):
        return 'V(%r)' % self.v
print(math.prod([V(2), V(3), 4]), math.prod([2, V(5)]), math.prod([V(7)], start=V(1)))
# Output:
# V(24) V(10) V(7)
# ---
# gamma and lgamma.
import math
print(math.gamma(1), math.gamma(5), math.gamma(23), math.gamma(24), math.gamma(1.0))
print(math.lgamma(1), math.lgamma(2), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.inf), math.gamma(-201.5))
print(math.gamma(-0.5), math.gamma(-1.5), math.gamma(1e-30), math.gamma(-1e-30), math.gamma(171.5))
# Output:
# 1.0 24.0 1.1240007277776077e+21 2.585201673888497e+22 1.0
# 0.0 0.0 inf inf inf 0.0
# -3.544907701811032 2.3632718012073544 9.999999999999999e+29 -9.999999999999999e+29 9.483367566824801e+307
# ---
# gamma and lgamma errors.
import math
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(repr(e))
t(math.gamma, 0)
t(math.gamma, -0.0)
t(math.gamma, -1)
t(math.gamma, -math.inf)
t(math.gamma, 200)
t(math.gamma, 1e-320)
t(math.lgamma, 0)
t(math.lgamma, -3)
t(math.lgamma, 1e308)
# Output:
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# ValueError('math domain error')
# OverflowError('math range error')
# OverflowError('math range error')
# ValueError('math domain error')
# ValueError('math domain error')
# OverflowError('math range error')
# ---
# An uncaught math error reports its line.
import math
x = 1
y = math.sqrt(-x)  ### exception:ValueError "math domain error"
# ---
# An uncaught range error.
import math
print(math.exp(710))  ### exception:OverflowError "math range error"
# ---
# from-imports and aliases work.
from math import sqrt, pi as PI, factorial
import math as m
print(sqrt(16), PI, factorial(6), m.floor(m.e))
# Output:
# 4.0 3.141592653589793 720 2
# ---
# Module attributes are read-only.
import math
math.pi = 3  ### policy:readonly-attr
# ---
# A new run sees the real pi again.
import math
print(math.pi)
# Output:
# 3.141592653589793
# ---
# Deleting a module attribute is blocked too.
import math
del math.sqrt  ### policy:readonly-attr
# ---
# The module's dict and loader are not reachable.
import math
print(math.__dict__)  ### policy:dunder-attr
# ---
import math
print(math.__loader__)  ### policy:dunder-attr
# ---
# getattr with a dunder name is blocked at runtime.
import math
name = '__' + 'dict' + '__'
print(getattr(math, name))  ### policy:dunder-attr
# ---
# Unknown names are AttributeErrors; hasattr works.
import math
print(hasattr(math, 'sqrt'), hasattr(math, 'sumprod'), hasattr(math, 'fma'))
print(getattr(math, 'tau'), getattr(math, 'nope', 'default'))
try:
    math.nope
except AttributeError as e:
    print(e)
# Output:
# True False False
# 6.283185307179586 default
# module 'math' has no attribute 'nope'
