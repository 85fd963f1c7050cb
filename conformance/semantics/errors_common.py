# The error messages ordinary code meets most: concatenation, division by
# zero, unpacking, unbound locals, list extension, checked against
# CPython 3.11.
# ---
def describe(n):
    try:
        return 'total: ' + n
    except TypeError as e:
        return str(e)
print(describe(5), '|', describe(None), '|', describe('5'))
# Output:
# can only concatenate str (not "int") to str | can only concatenate str (not "NoneType") to str | total: 5
# ---
for a, b in [([1], (2,)), ((1,), [2]), ([1], 'x')]:
    try:
        print(a + b)
    except TypeError as e:
        print(e)
# Output:
# can only concatenate list (not "tuple") to list
# can only concatenate tuple (not "list") to tuple
# can only concatenate list (not "str") to list
# ---
try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    'a' + b'b'
except TypeError as e:
    print(e)
# Output:
# unsupported operand type(s) for +: 'int' and 'str'
# can only concatenate str (not "bytes") to str
# ---
for x, y in [(1, 0.0), (1.5, 0), (0.0, 0.0), (3, 0)]:
    for name, op in [('/', lambda p, q: p / q), ('//', lambda p, q: p // q), ('%', lambda p, q: p % q)]:
        try:
            op(x, y)
        except ZeroDivisionError as e:
            print(x, name, y, '->', e)
# Output:
# 1 / 0.0 -> float division by zero
# 1 // 0.0 -> float floor division by zero
# 1 % 0.0 -> float modulo
# 1.5 / 0 -> float division by zero
# 1.5 // 0 -> float floor division by zero
# 1.5 % 0 -> float modulo
# 0.0 / 0.0 -> float division by zero
# 0.0 // 0.0 -> float floor division by zero
# 0.0 % 0.0 -> float modulo
# 3 / 0 -> division by zero
# 3 // 0 -> integer division or modulo by zero
# 3 % 0 -> integer modulo by zero
# ---
print(-7.5 // 2, 7.5 // -2, 7 // 2.0, -7 % 2.5, divmod(7.5, 2))
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
# Output:
# -4.0 -4.0 3.0 0.5 (3.0, 1.5)
# float divmod()
# ---
rows = [('ann', 31), ('bob',), ('cy', 25, 'x')]
for row in rows:
    try:
        name, age = row
        print(name, age)
    except ValueError as e:
        print(e)
# Output:
# ann 31
# not enough values to unpack (expected 2, got 1)
# too many values to unpack (expected 2)
# ---
try:
    first, second, *rest = [1]
except ValueError as e:
    print(e)
head, *middle, tail = range(6)
print(head, middle, tail)
*init, last = 'abc'
print(init, last)
# Output:
# not enough values to unpack (expected at least 2, got 1)
# 0 [1, 2, 3, 4] 5
# ['a', 'b'] c
# ---
try:
    x, y, z = iter([1, 2])
except ValueError as e:
    print(e)
try:
    x, y = (c for c in 'abc')
except ValueError as e:
    print(e)
# Output:
# not enough values to unpack (expected 3, got 2)
# too many values to unpack (expected 2)
# ---
count = 0
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(e)
bump()
# Output:
# cannot access local variable 'count' where it is not associated with a value
# ---
items = [1]
items += range(2, 4)
items += [x * 10 for x in items]
items += 'ab'
print(items)
try:
    items += 5
except TypeError as e:
    print(e)
# Output:
# [1, 2, 3, 10, 20, 30, 'a', 'b']
# 'int' object is not iterable
# ---
class Tags:
    def __init__(self, *tags):
        self.tags = tags
    def __iter__(self):
        return iter(self.tags)
labels = ['a']
labels += Tags('b', 'c')
print(labels, list(Tags('x')) + labels)
# Output:
# ['a', 'b', 'c'] ['x', 'a', 'b', 'c']
# ---
def total(prices):
    result = 0
    for p in prices:
        result += p
    return result
try:
    total([1, 2, '3'])
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(e)
# Output:
# unsupported operand type(s) for +=: 'int' and 'str'
# unsupported operand type(s) for +: 'int' and 'str'
# ---
def check(f):
    try:
        f()
    except TypeError as e:
        print(e)
check(lambda: 1 < 'a')
check(lambda: [1] >= 'a')
check(lambda: None > 0)
check(lambda: sorted([3, None, 1]))
check(lambda: -'text')
check(lambda: ~2.5)
check(lambda: 'ab' * 2.0)
check(lambda: [0] * '3')
check(lambda: None * [1])
# Output:
# '<' not supported between instances of 'int' and 'str'
# '>=' not supported between instances of 'list' and 'str'
# '>' not supported between instances of 'NoneType' and 'int'
# '<' not supported between instances of 'NoneType' and 'int'
# bad operand type for unary -: 'str'
# bad operand type for unary ~: 'float'
# can't multiply sequence by non-int of type 'float'
# can't multiply sequence by non-int of type 'str'
# can't multiply sequence by non-int of type 'NoneType'
# ---
total = 0
for value in [1, 2, 'x']:
    try:
        total += value
    except TypeError as e:
        print(e)
label = 'n='
try:
    label += 3
except TypeError as e:
    print(e)
print(total, label)
# Output:
# unsupported operand type(s) for +=: 'int' and 'str'
# can only concatenate str (not "int") to str
# 3 n=
