# Concatenation of tuples and lists, and iteration over long strings.
# ---
r = (1, 2)
r = r + (3,)
r += (4, 5, 6)
print(r, () + (1,), (1,) + (), (1,) + (2, 3) + (4,))
# Output:
# (1, 2, 3, 4, 5, 6) (1,) (1,) (1, 2, 3, 4)
# ---
# list += accepts any iterable; list + needs a list.
xs = [1]
xs += (2, 3)
xs += 'ab'
xs += range(2)
xs += {'k': 1}
print(xs)
try:
    xs += 5
except TypeError as e:
    print(e)
try:
    xs = xs + (1,)
except TypeError as e:
    print(e)
# Output:
# [1, 2, 3, 'a', 'b', 0, 1, 'k']
# 'int' object is not iterable
# can only concatenate list (not "tuple") to list
# ---
# += on a list is in place; + builds a new list.
a = [1]
b = a
a += [2]
print(a is b, b)
a = a + [3]
print(a is b, b, a)
# Output:
# True [1, 2]
# False [1, 2] [1, 2, 3]
# ---
# Iterating a long string takes one step per character.
s = 'ab€' * 100000
n = 0
for c in s:
    if c == '€':
        n += 1
print(n, len(s), sum(1 for c in s if c == 'a'))
# Output:
# 100000 300000 100000
# ---
# Empty and stepped slices of tuples and strings, with the syntax and with
# slice objects.
t = (1, 2, 3, 4)
print(t[3:0:2], t[0:3:-1], t[-1:-5], t[10:20], t[::2], t[5:1:-2], t[slice(3, 1, 2)], t[slice(2, 0)])
s = 'abcd'
print(repr(s[3:0:2]), repr(s[0:3:-1]), repr(s[3:1]), [1, 2][slice(1, 0)])
# Output:
# () () () () (1, 3) (4,) () ()
# '' '' '' []
# ---
# Builtins that consume a long string take linear time too.
s = 'ab€' * 200000
print(len(set(s)), len(''.join(s)), len([*s]), len(list(s)), len(tuple(s)))
# Output:
# 3 600000 600000 600000 600000
