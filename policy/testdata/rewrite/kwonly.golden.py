def f(a, *, c=1, e=2, b, d):
    return a, b, c, d, e


def g(*,
    hi=10, lo,
    step):
    return lo, hi, step


h = lambda *, y=0, x: x + y


def k(*, already=1, first):
    return already, first
