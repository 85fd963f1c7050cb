# Attribute names computed at run time defeat static checks, so the same
# rule guards getattr, hasattr, setattr and delattr while running: the run
# ends with a runtime policy error at the call, whatever except clause is
# around it (peers.md section 8.7).
# ---
x = getattr(1, '__class__')  ### policy:dunder-attr "__class__"
# ---
def f():
    pass
x = getattr(f, '__co' + 'de__')  ### policy:dunder-attr "__code__"
# ---
x = getattr((), '\x5f\x5fclass\x5f\x5f')  ### policy:dunder-attr "__class__"
# ---
name = '_' * 2 + 'class' + '_' * 2
x = getattr(1, name, None)  ### policy:dunder-attr "__class__"
# ---
print(hasattr(1, '__cl' + 'ass__'))  ### policy:dunder-attr "__class__"
# ---
class C:
    pass
setattr(C, '__ge' + 'tattr__', lambda self, n: 1)  ### policy:dunder-attr "__getattr__"
# ---
class C:
    pass
c = C()
delattr(c, '__di' + 'ct__')  ### policy:dunder-attr "__dict__"
# ---
# A handler cannot swallow the violation.
try:
    x = getattr(1, '__cl' + 'ass__')  ### policy:dunder-attr "__class__"
except BaseException:
    pass
print('not reached')
# ---
# Nor can a loop probe names one by one.
for a in ('__mro__', '__bases__', '__dict__'):
    try:
        getattr(int, a)  ### policy:dunder-attr "__mro__"
    except AttributeError:
        pass
# ---
# Ordinary names work as in CPython.
class C:
    def __init__(self):
        self.x = 1
c = C()
setattr(c, 'y', 2)
print(getattr(c, 'x'), getattr(c, 'y'), getattr(c, 'z', 'default'), hasattr(c, 'y'), hasattr(c, 'q'))
delattr(c, 'y')
print(hasattr(c, 'y'))
# Output:
# 1 2 default True False
# False
# ---
# Format-string traversal (CVE-2023-41039): str.format's field lookups go
# through the same guard.
x = '{0.__class__}'.format(1)  ### policy:dunder-attr "__class__"
# ---
x = '{0.__class__.__mro__}'.format(1)  ### policy:dunder-attr "__class__"
# ---
x = '{0.__init__.__globals__}'.format(object())  ### policy:dunder-attr "__init__"
# ---
x = '{0[a].__class__}'.format({'a': 1})  ### policy:dunder-attr "__class__"
# ---
x = '{x.__class__}'.format(x=1)  ### policy:dunder-attr "__class__"
# ---
fmt = '{0.__cl' + 'ass__}'
x = fmt.format(1)  ### policy:dunder-attr "__class__"
# ---
x = '{x.__class__}'.format_map({'x': 1})  ### policy:dunder-attr "__class__"
# ---
# %-formatting with a mapping reads only items, never attributes.
print('%(a)s' % {'a': 1})
# Output:
# 1
