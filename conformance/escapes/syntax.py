# Syntax-level tricks: encodings, implicit calls, newer syntax that the
# Python 3.4 grammar does not have (peers.md sections 8.6, 8.8, 8.15).
# ---
@exec  ### policy:forbidden-name "exec"
@input  ### policy:forbidden-name "input"
class X:
    pass
# ---
@eval  ### policy:forbidden-name "eval"
def f():
    pass
# ---
class X:
    __getitem__ = exec  ### policy:dunder-name "__getitem__" ### policy:forbidden-name "exec"
# ---
class X:
    __add__ = print  ### policy:dunder-name "__add__"
# ---
def f(__pf_getattr__=getattr):  ### policy:reserved-name "__pf_getattr__"
    return 1
# ---
__pf_getattr__ = lambda o, n: 1  ### policy:reserved-name "__pf_getattr__"
# ---
def f():
    global __pf_result__  ### policy:reserved-name "__pf_result__"
# ---
# f-strings (Python 3.6) evaluate expressions: the same rules apply inside.
x = f'{().__class__}'  ### policy:dunder-attr "__class__"
# ---
x = f'{open("/etc/passwd")}'  ### policy:forbidden-name "open"
# ---
try:
    pass
except* ValueError:  ### syntax
    pass
# differs: except* is Python 3.11; the 3.4 grammar of gpython rejects it
# ---
command = 'x'
match command:  ### syntax
    case 'x':
        pass
# differs: match is Python 3.10; the 3.4 grammar of gpython rejects it
# ---
# Assignment expressions bind names under the same rules as '='.
if (__builtins__ := {}) is not None:  ### policy:dunder-name
    pass
# ---
print(f'{(__pf_fstr__ := str)}')  ### policy:reserved-name
# ---
x = [(eval := print)]  ### policy:forbidden-name
# ---
async def f():  ### syntax
    pass
# differs: async def is Python 3.5; the 3.4 grammar of gpython rejects it
# ---
# Positional-only parameters (Python 3.8) cannot shadow the injected
# helpers either (RestrictedPython's CVE-2026-55830).
def f(__pf_getattr__, /):  ### policy:reserved-name "__pf_getattr__"
    return __pf_getattr__  ### policy:reserved-name "__pf_getattr__"
# ---
def f(a, /, b):
    return a + b
print(f(1, b=2))
# Output:
# 3
