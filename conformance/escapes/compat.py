# The paths opened by the compatibility work of issue 3 reach no internals:
# number attributes, exception instance attributes and custom __str__,
# subscript guards, dotted decorators and slices.
# ---
x = '{0.real.__class__}'.format(5)  ### policy:dunder-attr "__class__"
# ---
x = getattr((5).numerator, '__cla' + 'ss__')  ### policy:dunder-attr "__class__"
# ---
print(hasattr(2.5, '__' + 'dict__'))  ### policy:dunder-attr "__dict__"
# ---
names = dir(7) + dir(1.5) + dir(True)
print([n for n in names if n.startswith('_')], 'real' in names)
# Output:
# [] True
# ---
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = AppError(3)
print(sorted(n for n in dir(e) if n in ('args', 'code')), [n for n in dir(e) if n.startswith('_')])
# Output:
# ['args', 'code'] []
# ---
class AppError(Exception):
    pass
e = AppError(1)
setattr(e, '__cl' + 'ass__', ValueError)  ### policy:dunder-attr "__class__"
# ---
class AppError(Exception):
    pass
e = AppError(1)
x = getattr(e, '__trace' + 'back__')  ### policy:dunder-attr "__traceback__"
# ---
class AppError(Exception):
    pass
e = AppError(1)
delattr(e, '__di' + 'ct__')  ### policy:dunder-attr "__dict__"
# ---
class AppError(Exception):
    def __str__(self):
        return 'x'
x = '{0.__str__}'.format(AppError())  ### policy:dunder-attr "__str__"
# ---
class AppError(Exception):
    pass
e = AppError()
e.__cause__ = None  ### policy:dunder-attr "__cause__"
# ---
try:
    1 / 0
except ZeroDivisionError as e:
    x = '{0.__traceback__}'.format(e)  ### policy:dunder-attr "__traceback__"
# ---
try:
    1 / 0
except ZeroDivisionError as e:
    e.code = 1  ### exception:AttributeError "'ZeroDivisionError' object has no attribute 'code'"
# ---
# A custom __str__ that loops forever is stopped by the step limit, even
# when it runs to print an uncaught exception.
# option: --max-steps=10000
class Loop(Exception):
    def __str__(self):
        while True:  ### limit:steps
            pass
print(Loop())
# ---
class A:
    pass
a = A()
@a.__class__  ### policy:dunder-attr "__class__"
def f():
    pass
# ---
class Box:
    pass
box = Box()
box.deco = lambda f: f
@box.deco
def f():
    return 'decorated'
print(f())
# Output:
# decorated
# ---
x = '{0[0].__class__}'.format([1])  ### policy:dunder-attr "__class__"
# ---
s = slice(1, 2)
x = s.__reduce__  ### policy:dunder-attr "__reduce__"
# ---
print(repr(slice(1, 2, 3)), str(slice(None)))
# Output:
# slice(1, 2, 3) slice(None, None, None)
# ---
data = b'ab'
print(data[0], data[0:1])
x = data[0].__class__  ### policy:dunder-attr "__class__"
# ---
# Subscript errors of a script's own __getitem__ are its own.
class Strict:
    def __getitem__(self, i):
        raise IndexError('index out of range')
try:
    Strict()[0]
except IndexError as e:
    print(e)
# Output:
# index out of range
# ---
# A huge index asks for no memory.
items = [1]
try:
    items[10 ** 30]
except IndexError as e:
    print(e)
# Output:
# cannot fit 'int' into an index-sized integer
