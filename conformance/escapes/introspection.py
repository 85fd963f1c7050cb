# Walking the object graph, function and code internals, frames and
# tracebacks (surface report A.2; peers.md sections 8.2 to 8.4, 8.10).
# ---
x = ().__class__.__bases__[0].__subclasses__()  ### policy:dunder-attr "__class__" ### policy:dunder-attr "__bases__" ### policy:dunder-attr "__subclasses__"
# ---
x = object.__subclasses__()  ### policy:dunder-attr "__subclasses__"
# ---
x = int.__mro__  ### policy:dunder-attr "__mro__"
# ---
x = str.__dict__  ### policy:dunder-attr "__dict__"
# ---
x = (lambda: 0).__globals__  ### policy:dunder-attr "__globals__"
# ---
def f():
    return 1
x = f.__closure__  ### policy:dunder-attr "__closure__"
# ---
def f():
    return 1
print(type(f.__code__))  ### policy:dunder-attr "__code__"
# ---
def f():
    return 1
def g():
    return 2
f.__code__ = g.__code__  ### policy:dunder-attr "__code__"
# ---
def f():
    global leaked
    leaked = 'ran'
exec(f.__code__)  ### policy:forbidden-name "exec" ### policy:dunder-attr "__code__"
# ---
def f():
    return 1
x = f.__defaults__  ### policy:dunder-attr "__defaults__"
# ---
x = (1).__reduce__()  ### policy:dunder-attr "__reduce__"
# ---
x = len.__call__  ### policy:dunder-attr "__call__"
# ---
x = print.__self__  ### policy:dunder-attr "__self__"
# ---
# The function type cannot be called to build a function from parts.
# differs: CPython's function type takes (code, globals); pyfence and gpython refuse to create one
def f():
    return 1
g = type(f)()  ### exception:TypeError
# ---
def g():
    yield 1
x = g().gi_frame  ### exception:AttributeError "gi_frame"
# differs: CPython generators have gi_frame (a frame, with f_back and f_globals); pyfence's have no frame attributes
# ---
def g():
    yield 1
x = g().gi_code  ### exception:AttributeError "gi_code"
# differs: CPython generators have gi_code; pyfence's do not
# ---
try:
    1 / 0
except Exception as e:
    tb = e.__traceback__  ### policy:dunder-attr "__traceback__"
# ---
try:
    1 / 0
except Exception as e:
    x = e.tb_frame  ### exception:AttributeError "tb_frame"
# ---
try:
    1 / 0
except Exception as e:
    x = e.__context__  ### policy:dunder-attr "__context__"
# ---
# AttributeError.obj (CPython 3.10+) would hand out the object; pyfence's
# AttributeError has no such attribute.
try:
    (1).nothing
except AttributeError as e:
    x = e.obj  ### exception:AttributeError "obj"
# differs: CPython 3.10+ sets AttributeError.obj and .name; pyfence's AttributeError has neither
# ---
import sys  ### policy:import-denied "sys"
tb = sys.exc_info()[2]
x = tb.tb_frame.f_back.f_globals
# ---
x = type(1)
print(x(7), type('a')('b'), type([]) is list)
# Output:
# 7 b True
