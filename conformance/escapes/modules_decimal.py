# Attacks through the decimal module: internals reached through Decimal,
# Context and the signal classes, writes to the module, the shared classes
# and the contexts (a run's contexts are its own: nothing reaches the next
# run), and arithmetic bombs: huge precisions, exponents, quantize targets,
# format widths and conversions, each bounded by a budget checked before
# the work.
# ---
# option: --allow-import=decimal
import decimal
x = decimal.Decimal(1).__class__  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=decimal
import decimal
x = getattr(decimal.getcontext(), '__' + 'dict__')  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=decimal
import decimal
x = '{0.__class__}'.format(decimal.Decimal(1))  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=decimal
import decimal
x = '{0.flags.__class__.__mro__}'.format(decimal.getcontext())  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=decimal
import decimal
x = getattr(decimal.Decimal.sqrt, '__objclass__')  ### policy:dunder-attr "__objclass__"
# ---
# option: --allow-import=decimal
import decimal
try:
    decimal.Decimal(1) / 0
except decimal.DivisionByZero as e:
    x = e.__traceback__  ### policy:dunder-attr "__traceback__"
# ---
# option: --allow-import=decimal
import decimal
x = decimal.InvalidOperation.__subclasses__()  ### policy:dunder-attr "__subclasses__"
# ---
# The visible parts are data; private helpers do not exist.
# option: --allow-import=decimal
import decimal
from decimal import Decimal, getcontext
c = getcontext()
print(type(Decimal(1)), type(c), c.prec, c.rounding, c.Emax, c.Emin, c.capitals, c.clamp)
print(getattr(decimal, '_dec_from_triple', 'none'), getattr(Decimal(1), '_int', 'none'), getattr(Decimal(1), '_exp', 'none'), getattr(c, '_ignored_flags', 'none'))
print(c.traps[decimal.InvalidOperation], c.flags[decimal.Inexact], [k for k in c.traps][:3])
print('{0.prec} {0.rounding} {1.real} {1.imag}'.format(c, Decimal('1.5')))
# Output:
# <class 'decimal.Decimal'> <class 'decimal.Context'> 28 ROUND_HALF_EVEN 999999 -999999 1 0
# none none none none
# True False [<class 'decimal.InvalidOperation'>, <class 'decimal.FloatOperation'>, <class 'decimal.DivisionByZero'>]
# 28 ROUND_HALF_EVEN 1.5 0
# ---
# option: --allow-import=decimal
import decimal
for cls in (decimal.Decimal, decimal.Context):
    try:
        cls.__new__  ### policy:dunder-attr "__new__"
    except AttributeError:
        pass
# ---
# Writes to the module: readonly-attr.
# option: --allow-import=decimal
import decimal
decimal.getcontext = lambda: None  ### policy:readonly-attr "getcontext"
# ---
# option: --allow-import=decimal
import decimal
setattr(decimal, 'MAX_PREC', 5)  ### policy:readonly-attr "MAX_PREC"
# ---
# option: --allow-import=decimal
import decimal
d = decimal
del d.DefaultContext  ### policy:readonly-attr "DefaultContext"
# ---
# option: --allow-import=decimal
import decimal
decimal.Decimal.__add__ = None  ### policy:dunder-attr "__add__"
# ---
# The classes are shared Go classes: writes are TypeErrors and change nothing.
# option: --allow-import=decimal
import decimal
from decimal import Decimal
for cls in (Decimal, decimal.Context):
    try:
        cls.x = 1
    except TypeError as e:
        print(e)
    print(hasattr(cls, 'x'))
try:
    Decimal.sqrt = lambda self: 'PWNED'
except TypeError as e:
    print(e)
try:
    del decimal.Context.divide
except TypeError as e:
    print(e)
print(Decimal(4).sqrt(), decimal.getcontext().divide(1, 4))
# Output:
# cannot set 'x' attribute of immutable type 'decimal.Decimal'
# False
# cannot set 'x' attribute of immutable type 'decimal.Context'
# False
# cannot set 'sqrt' attribute of immutable type 'decimal.Decimal'
# cannot set 'divide' attribute of immutable type 'decimal.Context'
# 2 0.25
# ---
# option: --allow-import=decimal
import decimal
for cls in (decimal.InvalidOperation, decimal.DecimalException, decimal.Overflow):
    try:
        cls.x = 1
    except TypeError as e:
        print(e)
    print(hasattr(cls, 'x'))
# differs: CPython's signal classes are Python classes that take the write
# Output:
# cannot set 'x' attribute of immutable type 'decimal.InvalidOperation'
# False
# cannot set 'x' attribute of immutable type 'decimal.DecimalException'
# False
# cannot set 'x' attribute of immutable type 'decimal.Overflow'
# False
# ---
# Decimal instances are immutable.
# option: --allow-import=decimal
import decimal
d = decimal.Decimal('1.5')
for name, value in (('real', 2), ('imag', 1), ('x', 1), ('sqrt', None)):
    try:
        setattr(d, name, value)
    except AttributeError as e:
        print('AttributeError', name)
print(d, d.real, d.imag)
# Output:
# AttributeError real
# AttributeError imag
# AttributeError x
# AttributeError sqrt
# 1.5 1.5 0
# ---
# Context attributes are validated as in CPython.
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
for name, value in (('prec', 0), ('prec', -1), ('prec', 'x'), ('Emax', -1), ('Emin', 1), ('rounding', 'ROUND_EVIL'),
                    ('capitals', 2), ('clamp', 5), ('foo', 1)):
    try:
        setattr(c, name, value)
        print('set', name, getattr(c, name))
    except (ValueError, TypeError, AttributeError, OverflowError, KeyError) as e:
        print(type(e), name)
print(c.prec, c.Emax, c.Emin, c.rounding, c.capitals, c.clamp)
# Output:
# <class 'ValueError'> prec
# <class 'ValueError'> prec
# <class 'TypeError'> prec
# <class 'ValueError'> Emax
# <class 'ValueError'> Emin
# <class 'TypeError'> rounding
# <class 'ValueError'> capitals
# <class 'ValueError'> clamp
# <class 'AttributeError'> foo
# 28 999999 -999999 ROUND_HALF_EVEN 1 0
# ---
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
try:
    c.flags = {}
    print('set')
except KeyError as e:
    print('KeyError', e)
print(len(c.flags))
# xfail: assigning a plain dict to Context.flags is accepted silently (CPython: KeyError 'invalid signal dict')
# Output:
# KeyError 'invalid signal dict'
# 9
# ---
# Signal dicts take only signals as keys and never lose one.
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
for k in ('x', ValueError, decimal.Decimal, 1):
    try:
        c.traps[k] = True
        print('set', k)
    except (KeyError, TypeError) as e:
        print(type(e))
try:
    del c.traps[decimal.Inexact]
except (KeyError, TypeError, ValueError) as e:
    print(type(e), e)
print(len(c.traps), len(c.flags))
# Output:
# <class 'KeyError'>
# <class 'KeyError'>
# <class 'KeyError'>
# <class 'KeyError'>
# <class 'ValueError'> signal keys cannot be deleted
# 9 9
# ---
# Cross-run pair: the first run changes every context it can reach; the
# second, a fresh run, must see CPython's defaults.
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
c.prec = 3
c.rounding = decimal.ROUND_DOWN
c.traps[decimal.Inexact] = True
c.flags[decimal.Rounded] = True
decimal.DefaultContext.prec = 5
decimal.DefaultContext.traps[decimal.DivisionByZero] = False
decimal.BasicContext.prec = 2
decimal.ExtendedContext.rounding = decimal.ROUND_UP
decimal.setcontext(decimal.Context(prec=7, Emax=10))
print(decimal.getcontext().prec, decimal.Decimal(1) / 3)
# Output:
# 7 0.3333333
# ---
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
print(c.prec, c.rounding, c.Emax, c.traps[decimal.Inexact], c.flags[decimal.Rounded], c.traps[decimal.DivisionByZero])
print(decimal.DefaultContext.prec, decimal.DefaultContext.traps[decimal.DivisionByZero], decimal.BasicContext.prec, decimal.ExtendedContext.rounding)
print(decimal.Decimal(1) / 3)
# Output:
# 28 ROUND_HALF_EVEN 999999 False False True
# 28 True 9 ROUND_HALF_EVEN
# 0.3333333333333333333333333333
# ---
# Same check within one run: a new context starts from DefaultContext.
# option: --allow-import=decimal
import decimal
decimal.DefaultContext.prec = 6
print(decimal.Context().prec, decimal.getcontext().prec)
# xfail: writes to DefaultContext are ignored by Context() and by the run's first getcontext(): both have prec 28
# Output:
# 6 6
# ---
# localcontext: a kept context stays usable; the previous one comes back.
# option: --allow-import=decimal
import decimal
with decimal.localcontext() as c:
    c.prec = 5
    kept = c
    print(decimal.Decimal(1) / 3)
print(decimal.Decimal(1) / 3, kept.prec)
kept.prec = 2
print(decimal.Decimal(1) / 3)
with decimal.localcontext(kept):
    print(decimal.Decimal(1) / 3)
try:
    with decimal.localcontext() as c:
        c.prec = 3
        raise KeyboardInterrupt
except KeyboardInterrupt:
    pass
print(decimal.getcontext().prec)
# Output:
# 0.33333
# 0.3333333333333333333333333333 5
# 0.3333333333333333333333333333
# 0.33
# 28
# ---
# A localcontext manager entered twice restores, as CPython's, the context
# current when the manager was created.
# option: --allow-import=decimal
import decimal
cm = decimal.localcontext(prec=4)
with cm:
    with cm:
        print(decimal.Decimal(1) / 3)
print(decimal.Decimal(1) / 3)
# xfail: the manager saves the current context at each __enter__, so the outer exit restores the local context (prec 4) and it stays current
# Output:
# 0.3333
# 0.3333333333333333333333333333
# ---
# option: --allow-import=decimal
import decimal
for bad in (lambda: decimal.localcontext(5), lambda: decimal.localcontext(foo=1), lambda: decimal.setcontext(None),
            lambda: decimal.setcontext(decimal.Decimal(1))):
    try:
        bad()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e))
# Output:
# <class 'TypeError'>
# <class 'TypeError'>
# <class 'TypeError'>
# <class 'TypeError'>
# ---
# A generator suspended inside localcontext leaves its context current.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
def gen():
    with decimal.localcontext() as c:
        c.prec = 10**9
        yield 1
g = gen()
next(g)
x = decimal.Decimal(1) / 3  ### limit:memory
# ---
# Precision bombs: memory for the digits, steps for the work.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 10**9
x = decimal.Decimal(1) / 3  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 10**6
x = decimal.Decimal(1) / 7  ### limit:steps
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 100000
x = decimal.Decimal(2).sqrt()  ### limit:steps
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 100000
x = decimal.Decimal(3) ** 200000  ### limit:steps
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
c = decimal.Context(prec=10**8)
x = c.multiply(decimal.Decimal('9' * 100000), decimal.Decimal('9' * 100000))  ### limit:memory
# ---
# The step limit reports the run's budget, also when one operation's
# estimate is beyond the per-operation cap.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 100000
x = decimal.Decimal(2).ln()  ### limit:steps "of 200000\)"
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 100000
x = decimal.Decimal(2).exp()  ### limit:steps
# ---
# Exponent bombs: Decimal(10) ** 10**9 overflows Emax in CPython too.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
for f in (lambda: decimal.Decimal(10) ** 10**9, lambda: decimal.Decimal(10) ** decimal.Decimal('1e999999999'),
          lambda: decimal.Decimal('1e999999') * 10, lambda: -decimal.Decimal('1e999999999')):
    try:
        print(f())
    except decimal.Overflow as e:
        print('Overflow', e)
# Output:
# Overflow [<class 'decimal.Overflow'>]
# Overflow [<class 'decimal.Overflow'>]
# Overflow [<class 'decimal.Overflow'>]
# Overflow [<class 'decimal.Overflow'>]
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
a = decimal.Decimal('1e999999999')
print(a, a.adjusted(), a == a, a > 1, a.is_finite(), repr(a), a.as_tuple().exponent, float(a), a.to_eng_string())
print(hash(a) == hash(decimal.Decimal('1e999999999')), hash(decimal.Decimal('1e100000')) == hash(10**100000))
print(int(decimal.Decimal('1e100000')).bit_length(), len(str(decimal.Decimal('1' * 100000))))
# Output:
# 1E+999999999 999999999 True True True Decimal('1E+999999999') 999999999 inf 1E+999999999
# True True
# 332193 100000
# ---
# Beyond apd's exponent range an operation overflows whatever the traps.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
a = decimal.Decimal('1e99999')
for op in (lambda: a * a, lambda: a + 1, lambda: a.quantize(decimal.Decimal('1e-99999')), lambda: a.to_integral_value(),
           lambda: a // 3, lambda: a % 7):
    try:
        print(op())
    except decimal.DecimalException as e:
        print(type(e))
# differs: CPython's Emax is 999999, so a * a overflows there too but a // 3 and a % 7 only exceed the precision (DivisionImpossible)
# Output:
# <class 'decimal.Overflow'>
# 1.000000000000000000000000000E+99999
# <class 'decimal.InvalidOperation'>
# 1E+99999
# <class 'decimal.InvalidOperation'>
# <class 'decimal.InvalidOperation'>
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = int(decimal.Decimal('1e999999999'))  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = decimal.Decimal('1e999999999').to_integral_value()  ### exception:decimal.Overflow
# differs: CPython returns the value unchanged; beyond apd's exponent range pyfence raises Overflow
# ---
# Huge quantize targets.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
decimal.getcontext().prec = 99999
print(len(str(decimal.Decimal(1).quantize(decimal.Decimal('1e-99998')))))
for q in ('1e-100', '1e-10000', '1e100000'):
    decimal.getcontext().prec = 28
    try:
        print(len(str(decimal.Decimal(1).quantize(decimal.Decimal(q)))))
    except decimal.InvalidOperation as e:
        print(type(e))
# Output:
# 100000
# <class 'decimal.InvalidOperation'>
# <class 'decimal.InvalidOperation'>
# 9
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
c = decimal.Context(prec=10**7, Emax=10**8)
x = c.create_decimal('1.5').quantize(decimal.Decimal('1e-9000000'), context=c)  ### limit:memory
# ---
# Format-spec width and precision bombs: checked before the padding.
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = format(decimal.Decimal(1), '1000000000')  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = format(decimal.Decimal(1), '.1000000000f')  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = format(decimal.Decimal('1e999999999'), 'f')  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = '{:,f}'.format(decimal.Decimal('1e999999999'))  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = '{:f}'.format(decimal.Decimal('1e-999999999'))  ### limit:memory
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
try:
    format(decimal.Decimal(1), '99999999999999999999')
except ValueError as e:
    print(e)
print(len(format(decimal.Decimal(1), '10000')), len('{:,f}'.format(decimal.Decimal('1e10000'))))
# Output:
# invalid format string
# 10000 13334
# ---
# option: --allow-import=decimal --max-steps=200000 --max-memory=16MiB --timeout=30s
import decimal
x = decimal.Decimal('1' * 10**7)  ### limit:steps
# ---
# printf-style formatting of a Decimal works as in CPython.
# option: --allow-import=decimal
import decimal
D = decimal.Decimal
for f in (lambda: '%s' % D('1.5'), lambda: '%s' % (D('1.5'),), lambda: '%d' % (D('1.5'),), lambda: '%.2f' % (D('1.5'),)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
# Output:
# 1.5
# 1.5
# 1
# 1.50
# ---
# Signals raised and caught: ordinary exceptions, also BaseException handlers.
# option: --allow-import=decimal
import decimal
c = decimal.getcontext()
c.traps[decimal.Inexact] = True
try:
    decimal.Decimal(1) / 3
except BaseException as e:
    print(type(e), isinstance(e, ArithmeticError), e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError))
class Mine(decimal.Inexact):
    pass
try:
    raise Mine('x')
except decimal.DecimalException as e:
    print(repr(e))
# Output:
# <class 'decimal.Inexact'> True [<class 'decimal.Inexact'>]
# True True
# Mine('x')
