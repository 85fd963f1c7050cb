x = 1
def f():
    return x

__pf_result__ = f() + 1
