# Attacks through decorated functions with default values, whose defaults
# the rewrite moves into an injected helper (policy/rewrite_defaults.go).
# ---
# Defaults are checked where they stand, before the rewrite.
class C:
    @staticmethod
    def f(x=().__class__):  ### policy:dunder-attr "__class__"
        return x
# ---
# The helper cannot be named by the script.
@__pf_defaults__(print)  ### policy:reserved-name
def f(x=1):
    return x
# ---
def ident(f):
    return f
@ident
def g(x=__pf_defaults__):  ### policy:reserved-name
    return x
# ---
# A default that allocates too much ends the run with the memory limit;
# the moved default is reported on the decorator's line.
# option: --max-memory=1MiB
def ident(f):
    return f
@ident  ### limit:memory
def h(x=[0] * 10**9):
    return x
# ---
# A default that never ends is a step-limit trip, not a hang.
# option: --max-steps=10000
def spin():
    while True:  ### limit:steps
        pass
def ident(f):
    return f
@ident
def k(x=spin()):
    return x
# ---
# A decorator that keeps the undecorated function sees it with its
# defaults, as in CPython.
kept = []
def keep(f):
    kept.append(f)
    return lambda: 'replaced'
@keep
def orig(a=1, *, b=2):
    return a + b
print(orig(), kept[0](), kept[0](5, b=5))
# Output:
# replaced 3 10
