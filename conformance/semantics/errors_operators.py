# The TypeErrors of operators on mismatched types, worded as CPython's.
# ---
for a, b in [('a', 1), ([1], (1,)), ((1,), [1]), ('a', None), (1, 'a'), (None, 1)]:
    try:
        a + b
    except TypeError as e:
        print(e)
# Output:
# can only concatenate str (not "int") to str
# can only concatenate list (not "tuple") to list
# can only concatenate tuple (not "list") to tuple
# can only concatenate str (not "NoneType") to str
# unsupported operand type(s) for +: 'int' and 'str'
# unsupported operand type(s) for +: 'NoneType' and 'int'
# ---
for a, b in [('a', 'b'), ([1], 2.5), (2.5, 'x'), ((1,), [2]), ('ab', 3)]:
    try:
        print(a * b)
    except TypeError as e:
        print(e)
# Output:
# can't multiply sequence by non-int of type 'str'
# can't multiply sequence by non-int of type 'float'
# can't multiply sequence by non-int of type 'float'
# can't multiply sequence by non-int of type 'list'
# ababab
# ---
s = 'total: '
try:
    s += 5
except TypeError as e:
    print(e)
xs = [1]
try:
    xs *= 1.5
except TypeError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
# Output:
# can only concatenate str (not "int") to str
# can't multiply sequence by non-int of type 'float'
# can't concat str to bytes
# ---
for a, b in [(None, 1), (1, 'a'), ('a', 1.5), ([1], (1,)), ({}, {})]:
    for name, f in [('<', lambda: a < b), ('>=', lambda: a >= b)]:
        try:
            f()
        except TypeError as e:
            print(e)
# Output:
# '<' not supported between instances of 'NoneType' and 'int'
# '>=' not supported between instances of 'NoneType' and 'int'
# '<' not supported between instances of 'int' and 'str'
# '>=' not supported between instances of 'int' and 'str'
# '<' not supported between instances of 'str' and 'float'
# '>=' not supported between instances of 'str' and 'float'
# '<' not supported between instances of 'list' and 'tuple'
# '>=' not supported between instances of 'list' and 'tuple'
# '<' not supported between instances of 'dict' and 'dict'
# '>=' not supported between instances of 'dict' and 'dict'
# ---
# Equality between unrelated types is never an error.
print(None == 1, 'a' != 1, [1] == (1,), {} == [])
# Output:
# False True False False
# ---
# sorted() of mixed types names the pair it compared.
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
# Output:
# '<' not supported between instances of 'str' and 'int'
