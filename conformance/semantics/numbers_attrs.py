# Data attributes of numbers (real, imag, numerator, denominator), slices
# and their reprs, checked against CPython 3.11.
# ---
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((-7).real, (0).numerator, (10 ** 20).denominator)
# Output:
# 5 0 5 1
# -7 0 1
# ---
x = 2.5
print(x.real, x.imag, (-0.0).real, float('inf').imag)
# Output:
# 2.5 0.0 -0.0 0.0
# ---
print(True.real, True.imag, False.numerator, True.denominator, True.real + 1)
# Output:
# 1 0 0 1 2
# ---
def as_fraction(n):
    return '%d/%d' % (n.numerator, n.denominator)
print(as_fraction(3), as_fraction(-12))
# Output:
# 3/1 -12/1
# ---
print(hasattr(3, 'real'), hasattr(3.0, 'numerator'), hasattr(3.0, 'imag'), getattr(7, 'denominator'))
print(getattr(1.5, 'numerator', 'none'))
# Output:
# True False True 1
# none
# ---
print([n for n in dir(1) if not n.startswith('_') and n in ('real', 'imag', 'numerator', 'denominator')])
print([n for n in dir(2.0) if n in ('real', 'imag', 'numerator')])
# Output:
# ['denominator', 'imag', 'numerator', 'real']
# ['imag', 'real']
# ---
try:
    (1.5).numerator
except AttributeError as e:
    print(e)
try:
    (3).real = 4
except AttributeError as e:
    print(e)
# Output:
# 'float' object has no attribute 'numerator'
# attribute 'real' of 'int' objects is not writable
# ---
s = slice(1, 10, 2)
print(s, repr(slice(3)), slice(None, None), [slice(1, 2)])
print(s.start, s.stop, s.step)
# Output:
# slice(1, 10, 2) slice(None, 3, None) slice(None, None, None) [slice(1, 2, None)]
# 1 10 2
# ---
letters = list('abcdefgh')
window = slice(2, 6)
every_other = slice(None, None, 2)
print(letters[window], letters[every_other], ''.join(letters[slice(-3, None)]))
# Output:
# ['c', 'd', 'e', 'f'] ['a', 'c', 'e', 'g'] fgh
# ---
c = 3 + 4j
print(c.real, c.imag, abs(c))
# Output:
# 3.0 4.0 5.0
# ---
values = [3, 2.5, True, -1]
print(sum(v.real for v in values), [v.imag for v in values])
# Output:
# 5.5 [0, 0.0, 0, 0]
