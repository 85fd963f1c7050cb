# Exceptions of the script's classes: attributes, custom __str__ and
# __repr__, chaining, hierarchies and handlers, checked against CPython 3.11.
# ---
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise AppError('bad input', 3)
except AppError as e:
    print(e, e.code, e.args)
    e.code = 4
    print(e.code)
# Output:
# bad input 3 ('bad input',)
# 4
# ---
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(e)
    print(str(e), e.args, e.field)
# Output:
# age: must be positive
# age: must be positive ('age', 'must be positive') age
# ---
class NotFound(Exception):
    def __repr__(self):
        return 'NotFound<%s>' % self.args[0]
e = NotFound('user 7')
print(repr(e), [e], str(e))
# Output:
# NotFound<user 7> [NotFound<user 7>] user 7
# ---
class Quiet(Exception):
    def __str__(self):
        return 'quiet'
e = Quiet(1, 2)
print(e, f'{e}', '{}'.format(e), '%s' % e, format(e))
print(repr(e))
# Output:
# quiet quiet quiet quiet quiet
# Quiet(1, 2)
# ---
class Base(Exception):
    def __str__(self):
        return 'base:' + ','.join(str(a) for a in self.args)
class Child(Base):
    pass
print(Child('x', 1))
try:
    raise Child('y')
except Base as e:
    print('caught', e, isinstance(e, Child))
# Output:
# base:x,1
# caught base:y True
# ---
class PaymentError(Exception):
    status = 402
    def describe(self):
        return '%d %s' % (self.status, self.args[0])
class CardDeclined(PaymentError):
    status = 403
for exc in (PaymentError('no funds'), CardDeclined('stolen')):
    print(exc.describe(), exc.status)
# Output:
# 402 no funds 402
# 403 stolen 403
# ---
class RetryError(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__('gave up after %d attempts' % attempts)
e = RetryError(3)
print(e, e.attempts, e.args)
e.attempts += 1
e.last = 'timeout'
print(e.attempts, e.last)
# Output:
# gave up after 3 attempts 3 ('gave up after 3 attempts',)
# 4 timeout
# ---
class E(Exception):
    pass
e = E()
try:
    e.missing
except AttributeError as err:
    print(err)
e.note = 'x'
del e.note
print(hasattr(e, 'note'), hasattr(e, 'args'))
# Output:
# 'E' object has no attribute 'missing'
# False True
# ---
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('cannot parse %r' % s) from e
try:
    parse('x1')
except RuntimeError as e:
    print(e)
    print('chained')
# Output:
# cannot parse 'x1'
# chained
# ---
def risky(n):
    if n < 0:
        raise ValueError('negative: %d' % n)
    if n == 0:
        raise ZeroDivisionError('zero')
    return 10 / n
for n in (2, 0, -1):
    try:
        print(risky(n))
    except ValueError as e:
        print('value', e)
    except ArithmeticError as e:
        print('arith', e)
    else:
        print('ok')
    finally:
        print('done', n)
# Output:
# 5.0
# ok
# done 2
# arith zero
# done 0
# value negative: -1
# done -1
# ---
errors = []
for raw in ['1', 'two', '3', '', '5.5']:
    try:
        errors.append(int(raw))
    except ValueError as e:
        errors.append(str(e))
print(errors)
# Output:
# [1, "invalid literal for int() with base 10: 'two'", 3, "invalid literal for int() with base 10: ''", "invalid literal for int() with base 10: '5.5'"]
# ---
class Error(Exception):
    pass
class InputError(Error):
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message
try:
    raise InputError('2 +', 'incomplete')
except Error as e:
    print(e.expression, '->', e.message, e.args)
# Output:
# 2 + -> incomplete ('2 +', 'incomplete')
# ---
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('inner')
except KeyError as e:
    print('outer caught', e)
# Output:
# outer caught 'inner'
# ---
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
try:
    check(-2)
except AssertionError as e:
    print('AssertionError:', e)
# Output:
# AssertionError: x must be positive, got -2
# ---
class LimitExceeded(Exception):
    def __init__(self, limit, value):
        super().__init__(limit, value)
    def __str__(self):
        limit, value = self.args
        return 'value %s exceeds limit %s' % (value, limit)
try:
    raise LimitExceeded(10, 12)
except LimitExceeded as e:
    print(e)
    print(repr(e))
# Output:
# value 12 exceeds limit 10
# LimitExceeded(10, 12)
# ---
exc = ValueError('a', 'b')
print(str(exc), repr(exc), exc.args)
print(str(KeyError('k')), str(KeyError()), repr(KeyError('k', 1)))
print(str(Exception()), repr(Exception()), repr(TypeError('t')))
# Output:
# ('a', 'b') ValueError('a', 'b') ('a', 'b')
# 'k'  KeyError('k', 1)
#  Exception() TypeError('t')
# ---
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, '[%s]' % e)
# Output:
# TypeError() () []
# ---
class Wrapped(Exception):
    def __init__(self, inner):
        super().__init__(str(inner))
        self.inner = inner
try:
    try:
        {}['k']
    except KeyError as e:
        raise Wrapped(e)
except Wrapped as w:
    print(w, repr(w.inner))
# Output:
# 'k' KeyError('k')
# ---
total = 0
def add(n):
    try:
        total += n
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    try:
        print(undefined_name)
    except NameError as e:
        print(e, isinstance(e, UnboundLocalError))
add(1)
# Output:
# UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
# name 'undefined_name' is not defined False
# ---
def pick(flag):
    if flag:
        result = 'set'
    return result
print(pick(True))
try:
    pick(False)
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)
# Output:
# set
# True cannot access local variable 'result' where it is not associated with a value
# ---
def pick(flag):
    if flag:
        result = 'set'
    return result  ### exception:UnboundLocalError "cannot access local variable 'result' where it is not associated with a value"
pick(False)
# ---
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(isinstance(e, UnboundLocalError), e)
    later = 1
    try:
        print(counter)
    except UnboundLocalError as e:
        print(e)
    counter = 0
    return lambda: counter
outer()
# Output:
# False cannot access free variable 'later' where it is not associated with a value in enclosing scope
# cannot access local variable 'counter' where it is not associated with a value
# ---
class E(Exception):
    pass
e = E(1)
e.args = [1, 2]
print(e.args, e)
e.args = (c for c in 'ab')
print(e.args, repr(e))
try:
    e.args = 5
except TypeError as err:
    print(err)
# Output:
# (1, 2) (1, 2)
# ('a', 'b') E('a', 'b')
# 'int' object is not iterable
