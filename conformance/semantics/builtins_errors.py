# Errors of pyfence's builtin functions carry CPython 3.11's types and
# messages.
# ---
# Argument count and keyword errors.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: abs())
check(lambda: all())
check(lambda: any(1, 2))
check(lambda: divmod(1))
check(lambda: isinstance(1))
check(lambda: iter())
check(lambda: next())
check(lambda: next(iter([]), 1, 2))
check(lambda: max())
check(lambda: sorted())
check(lambda: sorted([], 1))
check(lambda: sum())
check(lambda: reversed())
check(lambda: callable())
check(lambda: format())
check(lambda: pow())
check(lambda: pow(1))
check(lambda: round())
check(lambda: enumerate())
check(lambda: filter(1))
check(lambda: map(len))
# Output:
# TypeError('len() takes exactly one argument (0 given)')
# TypeError('len() takes exactly one argument (2 given)')
# TypeError('abs() takes exactly one argument (0 given)')
# TypeError('all() takes exactly one argument (0 given)')
# TypeError('any() takes exactly one argument (2 given)')
# TypeError('divmod expected 2 arguments, got 1')
# TypeError('isinstance expected 2 arguments, got 1')
# TypeError('iter expected at least 1 argument, got 0')
# TypeError('next expected at least 1 argument, got 0')
# TypeError('next expected at most 2 arguments, got 3')
# TypeError('max expected at least 1 argument, got 0')
# TypeError('sorted expected 1 argument, got 0')
# TypeError('sorted expected 1 argument, got 2')
# TypeError('sum() takes at least 1 positional argument (0 given)')
# TypeError('reversed expected 1 argument, got 0')
# TypeError('callable() takes exactly one argument (0 given)')
# TypeError('format expected at least 1 argument, got 0')
# TypeError("pow() missing required argument 'base' (pos 1)")
# TypeError("pow() missing required argument 'exp' (pos 2)")
# TypeError("round() missing required argument 'number' (pos 1)")
# TypeError("enumerate() missing required argument 'iterable'")
# TypeError('filter expected 2 arguments, got 1')
# TypeError('map() must have at least two arguments.')
# ---
# Keyword arguments a builtin does not take.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: max([], key=1, foo=2))
check(lambda: min(1, 2, foo=3))
check(lambda: sorted([], foo=1))
check(lambda: zip(foo=1))
check(lambda: round(1, foo=2))
check(lambda: enumerate([], foo=2))
check(lambda: enumerate([], start=1, x=2))
check(lambda: list(x=1))
check(lambda: range(x=1))
check(lambda: bytes(x=1))
check(lambda: max(1, 2, default=3))
# Output:
# TypeError("'foo' is an invalid keyword argument for max()")
# TypeError("'foo' is an invalid keyword argument for min()")
# TypeError("'foo' is an invalid keyword argument for sort()")
# TypeError("'foo' is an invalid keyword argument for zip()")
# TypeError("'foo' is an invalid keyword argument for round()")
# TypeError("'foo' is an invalid keyword argument for enumerate()")
# TypeError('enumerate() takes at most 2 arguments (3 given)')
# TypeError('list() takes no keyword arguments')
# TypeError('range() takes no keyword arguments')
# TypeError("'x' is an invalid keyword argument for bytes()")
# TypeError('Cannot specify a default for max() with multiple positional arguments')
# ---
# Type errors of the numeric builtins.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: abs('a'))
check(lambda: bin('a'))
check(lambda: bin(1.5))
check(lambda: hex(1.5))
check(lambda: oct('a'))
check(lambda: chr('a'))
check(lambda: chr(1.5))
check(lambda: divmod('a', 1))
check(lambda: pow(1.5, 2, 3))
check(lambda: pow('a', 2))
check(lambda: round('a'))
check(lambda: round(1.5, 'a'))
check(lambda: ord(1))
check(lambda: ord('ab'))
check(lambda: ord(''))
# Output:
# TypeError("bad operand type for abs(): 'str'")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'float' object cannot be interpreted as an integer")
# TypeError("unsupported operand type(s) for divmod(): 'str' and 'int'")
# TypeError('pow() 3rd argument not allowed unless all arguments are integers')
# TypeError("unsupported operand type(s) for ** or pow(): 'str' and 'int'")
# TypeError("type str doesn't define __round__ method")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError('ord() expected string of length 1, but int found')
# TypeError('ord() expected a character, but string of length 2 found')
# TypeError('ord() expected a character, but string of length 0 found')
# ---
# Value errors of the numeric builtins.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: chr(-1))
check(lambda: chr(0x110000))
check(lambda: chr(2**100))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: pow(2, 3, 0))
check(lambda: pow(2, -1, 4))
check(lambda: round(float('inf')))
check(lambda: round(float('nan')))
check(lambda: round(1.7e308, -308))
# Output:
# ValueError('chr() arg not in range(0x110000)')
# ValueError('chr() arg not in range(0x110000)')
# OverflowError('Python int too large to convert to C int')
# ZeroDivisionError('integer division or modulo by zero')
# ZeroDivisionError('float divmod()')
# ValueError('pow() 3rd argument cannot be 0')
# ValueError('base is not invertible for the given modulus')
# OverflowError('cannot convert float infinity to integer')
# ValueError('cannot convert float NaN to integer')
# OverflowError('rounded value too large to represent')
# ---
# Errors of the iteration builtins.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: all(1))
check(lambda: iter(1))
check(lambda: iter(1, 2))
check(lambda: next([]))
check(lambda: next(iter([])))
check(lambda: max(1))
check(lambda: max([]))
check(lambda: min([]))
check(lambda: sorted(1))
check(lambda: sum(1))
check(lambda: sum(['a']))
check(lambda: sum([1], 'a'))
check(lambda: sum([b'a'], b''))
check(lambda: zip(1))
check(lambda: reversed(1))
check(lambda: enumerate(1))
check(lambda: enumerate([], 'a'))
check(lambda: filter(None, 1))
check(lambda: map(len, 1))
check(lambda: len(1))
check(lambda: hash([]))
check(lambda: hash(1, 2))
# Output:
# TypeError("'int' object is not iterable")
# TypeError("'int' object is not iterable")
# TypeError('iter(v, w): v must be callable')
# TypeError("'list' object is not an iterator")
# StopIteration()
# TypeError("'int' object is not iterable")
# ValueError('max() arg is an empty sequence')
# ValueError('min() arg is an empty sequence')
# TypeError("'int' object is not iterable")
# TypeError("'int' object is not iterable")
# TypeError("unsupported operand type(s) for +: 'int' and 'str'")
# TypeError("sum() can't sum strings [use ''.join(seq) instead]")
# TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
# TypeError("'int' object is not iterable")
# TypeError("'int' object is not reversible")
# TypeError("'int' object is not iterable")
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("'int' object is not iterable")
# TypeError("'int' object is not iterable")
# TypeError("object of type 'int' has no len()")
# TypeError("unhashable type: 'list'")
# TypeError('hash() takes exactly one argument (2 given)')
# ---
# Errors of isinstance, issubclass and the constructors.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(repr(e))
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (int, 1)))
check(lambda: isinstance(1, (str, 1)))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: list(1))
check(lambda: list(1, 2))
check(lambda: tuple(1))
check(lambda: bytes('a'))
check(lambda: bytes(-1))
check(lambda: bytes([256]))
check(lambda: bytes(['a']))
check(lambda: bytes(1.5))
check(lambda: bytes('a', 'ascii', 'strict', 4))
check(lambda: object(1))
check(lambda: property(1, 2, 3, 4, 5))
check(lambda: super(1, 2))
check(lambda: super(int, 'a'))
check(lambda: type())
check(lambda: type(1, 2))
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
# Output:
# TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union')
# True
# TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union')
# TypeError('issubclass() arg 1 must be a class')
# TypeError('issubclass() arg 2 must be a class, a tuple of classes, or a union')
# TypeError("'int' object is not iterable")
# TypeError('list expected at most 1 argument, got 2')
# TypeError("'int' object is not iterable")
# TypeError('string argument without an encoding')
# ValueError('negative count')
# ValueError('bytes must be in range(0, 256)')
# TypeError("'str' object cannot be interpreted as an integer")
# TypeError("cannot convert 'float' object to bytes")
# TypeError('bytes() takes at most 3 arguments (4 given)')
# TypeError('object() takes no arguments')
# TypeError('property() takes at most 4 arguments (5 given)')
# TypeError('super() argument 1 must be a type, not int')
# TypeError('super(type, obj): obj must be an instance or subtype of type')
# TypeError('type() takes 1 or 3 arguments')
# TypeError('type() takes 1 or 3 arguments')
# TypeError('slice expected at least 1 argument, got 0')
# TypeError('slice expected at most 3 arguments, got 4')
# ---
# An uncaught error of a builtin is reported at its line.
x = [1, 2]
y = chr(-1)  ### exception:ValueError "chr\(\) arg not in range\(0x110000\)"
# ---
print('start')
print(max([]))  ### exception:ValueError "max\(\) arg is an empty sequence"
# Output:
# start
# ---
items = [3, 'a', 1]
items.sort()  ### exception:TypeError "'<' not supported between instances of 'str' and 'int'"
# ---
def first(xs):
    return xs.pop()  ### exception:IndexError "pop from empty list"
first([])
# ---
(1, 2).index(3)  ### exception:ValueError "tuple.index\(x\): x not in tuple"
# ---
[1, 2].remove(3)  ### exception:ValueError "list.remove\(x\): x not in list"
# ---
b'\xff'.decode()  ### exception:UnicodeDecodeError "invalid start byte"
# ---
class E(Exception):
    pass
def fail():
    raise E('boom')  ### exception:E "boom"
fail()
# ---
# type() with three arguments (creating a class) is not provided.
C = type('C', (), {})  ### exception:TypeError "type\(\) takes 1 argument"
# differs: pyfence has no three-argument type()
# ---
# dir() without an argument would list the caller's names.
print(dir())  ### exception:TypeError "dir\(\) without an argument is not supported"
# differs: pyfence cannot see the caller's names
