# Positional-only parameters (Python 3.8, PEP 570): pyfence drops the '/'
# marker before gpython parses the source.
# ---
def f(a, b, /, c, *, d=4):
    return a + b + c + d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=0))
g = lambda x, /, y=10: x * y
print(g(2), g(2, 3), g(2, y=4))
def h(a, /):
    return a
def k(a=1, b=2, /, *args, **kwargs):
    return a, b, args, sorted(kwargs)
print(h(5), k(), k(3, 4, 5, z=6))
class C:
    def m(self, x, /):
        return x
print(C().m(7))
# Output:
# 10 10 6
# 20 6 8
# 5 (1, 2, (), []) (3, 4, (5,), ['z'])
# 7
# ---
# A positional-only parameter passed by keyword is accepted: the marker
# is dropped, not enforced.
def f(a, /):
    return a
print(f(a=1))
# differs: CPython raises TypeError "f() got some positional-only arguments passed as keyword arguments: 'a'"
# Output:
# 1
# ---
# A keyword with a positional-only parameter's name is not collected by
# **kwargs.
def f(a, /, **kwargs):
    return a, kwargs
print(f(1, a=2))  ### exception:TypeError "multiple values for argument 'a'"
# differs: CPython prints (1, {'a': 2})
# ---
def f(/, a):  ### syntax
    pass
# ---
def f(a, *, b, /):  ### syntax
    pass
# ---
def f(a, /, b, /):  ### syntax
    pass
# ---
def f(__class__, /):  ### policy:dunder-name "__class__"
    pass
# ---
def f(a=().__class__, /):  ### policy:dunder-attr "__class__"
    pass
