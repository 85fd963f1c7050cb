# Static rejections of dunder attributes and names: one rule per chunk.
# ---
x = ().__class__  ### policy:dunder-attr "__class__"
# ---
def f():
    return 1
code = f.__code__  ### policy:dunder-attr "__code__"
# ---
d = {}
d.__dict__  ### policy:dunder-attr "__dict__"
# ---
class C:
    pass
C.__bases__  ### policy:dunder-attr "__bases__"
# ---
s = 'abc'
s.__len__()  ### policy:dunder-attr "__len__"
# ---
class C:
    def __init__(self):
        self.x = 1
c = C()
c.__init__()  ### policy:dunder-attr "__init__"
# ---
class C:
    pass
C.__repr__ = lambda self: 'x'  ### policy:dunder-attr "__repr__"
# ---
class C:
    pass
c = C()
del c.__dict__  ### policy:dunder-attr "__dict__"
# ---
print(__name__)  ### policy:dunder-name "__name__"
# ---
b = __builtins__  ### policy:dunder-name "__builtins__"
# ---
__doc__ = 'x'  ### policy:dunder-name "__doc__"
# ---
def f(__secret__):  ### policy:dunder-name "__secret__"
    return 1
# ---
__pf_result__ = 1  ### policy:reserved-name "__pf_result__"
# ---
print(__pf_result__)  ### policy:reserved-name "__pf_result__"
# ---
class C:
    def __getattribute__(self, name):  ### policy:special-method "__getattribute__"
        return 1
# ---
class C:
    def __getattr__(self, name):  ### policy:special-method "__getattr__"
        return 1
# ---
class C:
    def __setattr__(self, name, value):  ### policy:special-method "__setattr__"
        pass
# ---
class C:
    def __del__(self):  ### policy:special-method "__del__"
        pass
# ---
class C:
    def __reduce__(self):  ### policy:special-method "__reduce__"
        return ()
