def f(a, *, b, c=1, d, e=2):
    return a, b, c, d, e


def g(*, lo,
      hi=10,
      step):
    return lo, hi, step


h = lambda *, x, y=0: x + y


def k(*, already=1, first):
    return already, first
