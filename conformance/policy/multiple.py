# Every violation is reported, each at its line.
# ---
import os  ### policy:import-denied
x = ().__class__  ### policy:dunder-attr
eval('1')  ### policy:forbidden-name
print(__name__)  ### policy:dunder-name
# ---
def f(a):
    return a.__dict__  ### policy:dunder-attr
def g():
    return open('x')  ### policy:forbidden-name
class C:
    def __del__(self):  ### policy:special-method
        pass
# ---
y = ().__class__.__bases__  ### policy:dunder-attr "__class__" ### policy:dunder-attr "__bases__"
# ---
exec(compile('1', 's', 'exec'))  ### policy:forbidden-name "exec" ### policy:forbidden-name "compile"
