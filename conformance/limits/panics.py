# The panic repros of the surface report ("Panic minimal repros" and the
# API fuzz): each ends as CPython does, or with a Python exception, a
# limit or an internal error, and never takes the host down. A chunk
# marked "### internal" is a bug still to fix.
# ---
print(repr(ValueError()))
# Output:
# ValueError()
# ---
print(str(ValueError()))
# Output:
#
# ---
print(ValueError())
# Output:
#
# ---
print(repr(ValueError(1)))
# Output:
# ValueError(1)
# ---
print(repr(ValueError(1, 2)))
# Output:
# ValueError(1, 2)
# ---
print(repr([ValueError()]))
# Output:
# [ValueError()]
# ---
print(repr(SystemExit(3)))
# Output:
# SystemExit(3)
# ---
print('%s' % (KeyError(),))
# Output:
#
# ---
raise ValueError(ValueError())  ### exception:ValueError
# ---
raise ValueError(KeyError(1))  ### exception:ValueError "^1$"
# ---
print({} is {}, [] is [])
# Output:
# False False
# ---
print({b'x'})
# Output:
# {b'x'}
# ---
s = set()
s.add(())
print(s)
# Output:
# {()}
# ---
s = set()
s.add(b'')
print(s)
# Output:
# {b''}
# ---
s = set()
s.add({})  ### exception:TypeError "unhashable type: 'dict'"
# ---
x = {[]: 1}  ### exception:TypeError "unhashable type: 'list'"
# ---
print({(): 1})
# Output:
# {(): 1}
# ---
print(''.startswith('', 1), ''.startswith('', -1), ''.startswith('', 100000))
# Output:
# False True False
# ---
print(''.startswith('', -100000), 'abc'.startswith('', 100000))
# Output:
# True False
# ---
print('abc'.find('', -1), ''.find('', -1), ''.find('', -100000))
# Output:
# 2 0 0
# ---
x = type('X', ValueError('x'), {})  ### exception:TypeError
# ---
x = type('X', (1,), ())  ### exception:TypeError
# ---
x = type('abc', range(-1), [1, 'a', None])  ### exception:TypeError
# ---
x = type('', object(), ())  ### exception:TypeError
# ---
print(list(zip()))
# Output:
# []
# ---
for x in zip():
    pass
print('done')
# Output:
# done
# ---
print(tuple(zip()), sorted(zip()), any(zip()), sum(zip(), ()))
# Output:
# () [] False ()
# ---
# Found by FuzzRun: gpython's tuple slicing panicked on an empty slice whose
# start is past its stop.
t = (0, 1, 2)
print((0,)[1:0], t[5:1], t[-1:-3], t[2:0:-1], t[1:], t[::2], [0, 1][1:0])
# Output:
# () () () (2, 1) (1, 2) (0, 2) []
# ---
# Found by FuzzRun: gpython's tuple concatenation copied the second tuple at
# the offset of its own length, leaving nil items that crashed repr.
a = [1, 2]
b = (3, 4)
print((*a, *b) + (0,), (1, 2) + (0,), (1,) + (2, 3), () + (1,), (1,) + ())
t = (1,)
t += (2, 3)
t += ()
print(t, (*a, *b) + (0,) + (00 * b))
# Output:
# (1, 2, 3, 4, 0) (1, 2, 0) (1, 2, 3) (1,) (1,)
# (1, 2, 3) (1, 2, 3, 4, 0)
