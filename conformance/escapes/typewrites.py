# Builtin types are shared by every run in the process (in gpython, every
# context): writes to them must fail, and nothing one run does may be seen
# by the next (surface report A.2 notes; peers.md section 8.11).
# ---
str.upper = lambda self: 'PWNED'  ### exception:TypeError "cannot set 'upper' attribute of immutable type 'str'"
# ---
setattr(int, 'evil', 99)  ### exception:TypeError "cannot set 'evil' attribute of immutable type 'int'"
# ---
setattr(str, 'upper', 1)  ### exception:TypeError "immutable type 'str'"
# ---
list.append = lambda self, x: 'hijacked'  ### exception:TypeError "immutable type 'list'"
# ---
int.__add__ = lambda a, b: 0  ### policy:dunder-attr "__add__"
# ---
del str.split  ### exception:TypeError "immutable type 'str'"
# ---
ValueError.marker = 1  ### exception:TypeError "immutable type 'ValueError'"
# ---
t = str
t.split = None  ### exception:TypeError "immutable type 'str'"
# ---
# Poisoning across runs: this chunk tries to add an attribute to str, and
# the next one, a fresh run, must not see it (the runs may even execute
# in parallel).
setattr(str, 'x', 1)  ### exception:TypeError "immutable type 'str'"
# ---
'a'.x  ### exception:AttributeError "'str' object has no attribute 'x'"
# ---
try:
    str.split = None
except TypeError:
    pass
print('a b'.split())
# Output:
# ['a', 'b']
# ---
# The 3-argument form of type() would build classes without a class
# statement; only the 1-argument form exists.
X = type('X', (), {})  ### exception:TypeError
# differs: CPython builds a class with type(name, bases, dict); pyfence has only type(obj)
# ---
X = type('X', (object,), {'__getitem__': exec})  ### policy:forbidden-name "exec"
# ---
class M(type):
    pass
class C(metaclass=M):  ### policy:unsupported-syntax "metaclass"
    pass
# ---
# Instances of the script's own classes take attribute writes.
class C:
    pass
C.shared = 1
c = C()
c.x = 2
del C.shared
print(c.x, hasattr(c, 'shared'))
# Output:
# 2 False
