# The json module: dumps and loads as CPython 3.11, with its error messages.
# ---
# dumps of every JSON type, compact defaults.
import json
print(json.dumps({'a': [1, 2.5, None, True, False, 'x'], 'b': {}, 'c': [], 'd': ()}))
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-7))
print(json.dumps('plain'), json.dumps(''), json.dumps([]), json.dumps({}))
# Output:
# {"a": [1, 2.5, null, true, false, "x"], "b": {}, "c": [], "d": []}
# null true false 0 -7
# "plain" "" [] {}
# ---
# Floats use repr; the special values; huge and tiny floats.
import json
print(json.dumps([1.0, 0.1, -0.0, 1e16, 1.5e-7, 123456789.123, 1e300 * 10, -1e300 * 10]))
print(json.dumps(float('nan')), json.dumps(2.0 ** 60), json.dumps(1 / 3))
# Output:
# [1.0, 0.1, -0.0, 1e+16, 1.5e-07, 123456789.123, 1e+301, -1e+301]
# NaN 1.152921504606847e+18 0.3333333333333333
# ---
# Big ints are written in full.
import json
print(json.dumps([2 ** 100, -(3 ** 50), 10 ** 30]))
# Output:
# [1267650600228229401496703205376, -717897987691852588770249, 1000000000000000000000000000000]
# ---
# ensure_ascii escapes: control characters, quotes, backslash, non-ASCII, astral.
import json
s = 'a"b\\c\n\r\t\b\f\x00\x1f\x7f é ü € 😀 \u2028'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'é': '😀'}), json.dumps({'é': '😀'}, ensure_ascii=False))
# Output:
# "a\"b\\c\n\r\t\b\f\u0000\u001f\u007f \u00e9 \u00fc \u20ac \ud83d\ude00 \u2028"
# "a\"b\\c\n\r\t\b\f\u0000\u001f é ü € 😀  "
# {"\u00e9": "\ud83d\ude00"} {"é": "😀"}
# ---
# Keys: int, float, bool and None become strings.
import json
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', -3: 'e', 1e20: 'f'}))
print(json.dumps({False: 0, 0.1: 1}))
# Output:
# {"1": "c", "2.5": "b", "null": "d", "-3": "e", "1e+20": "f"}
# {"false": 0, "0.1": 1}
# ---
# Keys of other types raise, unless skipkeys.
import json
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'a': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1,): 1}, skipkeys=True))
# Output:
# keys must be str, int, float, bool or None, not tuple
# {"a": 1}
# {}
# ---
# sort_keys.
import json
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
try:
    json.dumps({1: 2, 'a': 1}, sort_keys=True)
except TypeError as e:
    print(e)
# Output:
# {"a": 2, "b": 1, "c": {"y": 2, "z": 1}}
# {"1": "a", "2": "b", "3": "c"}
# '<' not supported between instances of 'str' and 'int'
# ---
# indent as an int: nested, empty containers stay compact.
import json
print(json.dumps({'a': [1, {'b': (2, 3)}, [], {}], 'c': 'x'}, indent=2))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps([1, 2], indent=-3))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps(5, indent=4))
# Output:
# {
#   "a": [
#     1,
#     {
#       "b": [
#         2,
#         3
#       ]
#     },
#     [],
#     {}
#   ],
#   "c": "x"
# }
# [
# 1,
# [
# 2,
# [
# 3
# ]
# ]
# ]
# [
# 1,
# 2
# ]
# [] {} 5
# ---
# indent as a str, and with separators.
import json
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps({'a': [1, 2]}, indent='--', separators=(';', '=')))
print(json.dumps([1, [2]], indent=True))
# Output:
# {
# 	"a": [
# 		1,
# 		2
# 	]
# }
# {
# --"a"=[
# ----1;
# ----2
# --]
# }
# [
#  1,
#  [
#   2
#  ]
# ]
# ---
# separators.
import json
print(json.dumps({'a': [1, 2], 'b': 3}, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, separators=[' | ', ' -> ']))
print(json.dumps([1, 2], indent=1, separators=(', ', ': ')))
# Output:
# {"a":[1,2],"b":3}
# {"a" -> [1 | 2]}
# [
#  1, 
#  2
# ]
# ---
# Bad separators and indent.
import json
for kw in [dict(separators=(1, ':')), dict(separators=(',', 2)), dict(separators=(',',)),
           dict(separators=(',', ':', ';')), dict(separators=5), dict(indent=2.5), dict(indent='x', separators='ab')]:
    try:
        print(json.dumps([1], **kw))
    except (TypeError, ValueError) as e:
        print(type(e) is TypeError, e)
print(json.dumps('top-level str ignores indent', indent=2.5))
# Output:
# True make_encoder() argument 6 must be str, not int
# True make_encoder() argument 5 must be str, not int
# False not enough values to unpack (expected 2, got 1)
# False too many values to unpack (expected 2)
# True cannot unpack non-iterable int object
# True can't multiply sequence by non-int of type 'float'
# [
# x1
# ]
# "top-level str ignores indent"
# ---
# allow_nan=False rejects NaN and infinities, as values and keys.
import json
for obj in [float('nan'), [float('inf')], {'a': -float('inf')}, {float('inf'): 1}]:
    try:
        print(json.dumps(obj, allow_nan=False))
    except ValueError as e:
        print(e)
print(json.dumps([1.5], allow_nan=False))
# Output:
# Out of range float values are not JSON compliant
# Out of range float values are not JSON compliant
# Out of range float values are not JSON compliant
# Out of range float values are not JSON compliant
# [1.5]
# ---
# With indent, the message names the value (Lib/json/encoder.py).
import json
for obj in [[float('inf')], {float('nan'): 1}, [-float('inf')]]:
    try:
        print(json.dumps(obj, allow_nan=False, indent=1))
    except ValueError as e:
        print(e)
# Output:
# Out of range float values are not JSON compliant: inf
# Out of range float values are not JSON compliant: nan
# Out of range float values are not JSON compliant: -inf
# ---
# Unserializable values.
import json
class C:
    pass
for obj in [{1, 2}, b'x', 1j, C(), [1, {'a': frozenset()}], range(3), len]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(e)
# Output:
# Object of type set is not JSON serializable
# Object of type bytes is not JSON serializable
# Object of type complex is not JSON serializable
# Object of type C is not JSON serializable
# Object of type frozenset is not JSON serializable
# Object of type range is not JSON serializable
# Object of type builtin_function_or_method is not JSON serializable
# ---
# default= converts what JSON cannot hold; its result is encoded in turn.
import json
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def conv(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('no: ' + repr(o))
print(json.dumps([Point(1, 2), {3, 1, 2}, 1 + 2j, {'p': Point(Point(0, 0), None)}], default=conv))
print(json.dumps({'s': {1}}, default=list, indent=1))
try:
    json.dumps([b'x'], default=conv)
except TypeError as e:
    print(e)
# Output:
# [{"x": 1, "y": 2}, [1, 2, 3], [1.0, 2.0], {"p": {"x": {"x": 0, "y": 0}, "y": null}}]
# {
#  "s": [
#   1
#  ]
# }
# no: b'x'
# ---
# default= raising any exception propagates.
import json
def bad(o):
    raise KeyError('boom')
try:
    json.dumps([1, {2}], default=bad)
except KeyError as e:
    print('KeyError', e)
try:
    json.dumps({2}, default=5)
except TypeError as e:
    print(e)
print(json.dumps([1], default=5))
# Output:
# KeyError 'boom'
# 'int' object is not callable
# [1]
# ---
# default= returning the object itself is a circular reference.
import json
try:
    json.dumps({1}, default=lambda o: o)
except ValueError as e:
    print(e)
try:
    json.dumps([{1}], default=lambda o: [o])
except ValueError as e:
    print(e)
# Output:
# Circular reference detected
# Circular reference detected
# ---
# Circular references in lists and dicts.
import json
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
b = [1, 2]
x = [b, b, {'y': b}]
for obj in [a, d, [d], {'a': [a]}]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print(e)
print(json.dumps(x))
# Output:
# Circular reference detected
# Circular reference detected
# Circular reference detected
# Circular reference detected
# [[1, 2], [1, 2], {"y": [1, 2]}]
# ---
# A shared (not circular) object is fine; check_circular=False still
# encodes acyclic data.
import json
b = [1]
print(json.dumps([b, b, (b, b)], check_circular=False))
print(json.dumps({'a': b, 'b': b}, check_circular=False, indent=1))
# Output:
# [[1], [1], [[1], [1]]]
# {
#  "a": [
#   1
#  ],
#  "b": [
#   1
#  ]
# }
# ---
# Ints above 4300 digits cannot be written, as int to str.
import json
for obj in [10 ** 5000, {10 ** 5000: 1}, [1, -(10 ** 4400)]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print(e)
# Output:
# Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# ---
# dumps argument errors.
import json
for call in [lambda: json.dumps(), lambda: json.dumps(1, 2), lambda: json.dumps(1, foo=2),
             lambda: json.dumps([1], indent=10 ** 30)]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(e)
# Output:
# dumps() missing 1 required positional argument: 'obj'
# dumps() takes 1 positional argument but 2 were given
# JSONEncoder.__init__() got an unexpected keyword argument 'foo'
# cannot fit 'int' into an index-sized integer
# ---
# Flags are taken by truth; None keeps the default.
import json
print(json.dumps({'é': 1, (1,): 2}, ensure_ascii=0, skipkeys=[1], sort_keys='', indent=None, separators=None, default=None))
# Output:
# {"é": 1}
# ---
# loads of every JSON type; objects keep their order.
import json
v = json.loads('{"b": [1, -2, 3.5, -0.0, 1e3, 1E-2, 2.5e+3], "a": {"x": null, "y": true, "z": false}, "s": "t"}')
print(v)
print(list(v), type(v) is dict, type(v['b']) is list)
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"x"'), json.loads(' 7 '), json.loads('null'))
# Output:
# {'b': [1, -2, 3.5, -0.0, 1000.0, 0.01, 2500.0], 'a': {'x': None, 'y': True, 'z': False}, 's': 't'}
# ['b', 'a', 's'] True True
# [] {} x 7 None
# ---
# String escapes.
import json
print(json.loads(r'"a\"b\\c\/d\b\f\n\r\t"') == 'a"b\\c/d\b\f\n\r\t')
print(json.loads(r'"\u00e9\u20AC\ud83d\ude00 x"'))
print(json.loads('"é€😀 raw"'), len(json.loads(r'"\ud83d\ude00"')))
print(json.dumps(json.loads(r'"\u0000\u001f"')))
# Output:
# True
# é€😀 x
# é€😀 raw 1
# "\u0000\u001f"
# ---
# Numbers: ints of any size, floats, overflow to inf.
import json
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('0.5'))
print(json.loads('1e400'), json.loads('-1e400'), json.loads('1e-400'), json.loads('12345678901234567890.5'))
print(json.loads('[NaN, Infinity, -Infinity]'))
# Output:
# 123456789012345678901234567890 0 0.5
# inf -inf 0.0 1.2345678901234567e+19
# [nan, inf, -inf]
# ---
# Duplicate keys: the last value wins, at the first key's place.
import json
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
# Output:
# {'a': 3, 'b': 2}
# [('a', 1), ('b', 2), ('a', 3)]
# ---
# Round trips.
import json
data = {'name': 'x', 'vals': [1, 2.5, None, True, {'deep': ['é', '😀']}], 'n': -17, 'e': {}}
for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'sort_keys': True}]:
    print(json.loads(json.dumps(data, **kw)) == data)
# Output:
# True
# True
# True
# True
# True
# ---
# Hooks: object_hook, object_pairs_hook (which wins), parse_int, parse_float, parse_constant.
import json
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": 1}, "c": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=len, object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('[1, 2.5, 10]', parse_int=str, parse_float=lambda s: 'F' + s))
print(json.loads('[1.10, 2]', parse_float=float, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('{}', object_hook=lambda d: 'empty'), json.loads('{}', object_pairs_hook=len))
# Output:
# [('a', [('b', 1)])]
# [('a', [('b', 1)]), ('c', 2)]
# ('pairs', [('a', 1)])
# ['1', 'F2.5', '10']
# [1.1, 2.0]
# ['nan', 'infinity', '-infinity']
# empty 0
# ---
# A hook that raises: the exception propagates.
import json
def hook(d):
    raise RuntimeError('hook says no')
try:
    json.loads('[{"a": 1}]', object_hook=hook)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    json.loads('[1]', parse_int=int.from_bytes)
except TypeError as e:
    print('TypeError')
try:
    json.loads('{"a": 1}', object_hook=3)
except TypeError as e:
    print(e)
# Output:
# RuntimeError hook says no
# TypeError
# 'int' object is not callable
# ---
# Syntax errors: message, line, column and char as CPython.
import json
docs = ['', ' ', '[1,2', '{"a":1,}', '[1,]', '"abc', '"a\x01"', '{1:2}', '{"a" 1}', '[1 2]', 'nul',
        '"\\x"', '"\\u12"', '1 2', '{"a":1}x', '[', '{', '{"a"', '{"a":', '"\\', '01', '-', '1.', '1e',
        '[1,2,]', '{"a":1 "b":2}', '\n\n  x', 'tru', '{ ', '{"a":1', '{"a":1,', '{"a":1, ', '[ ', '[1',
        '[1,', '[1, ', '"\\u1234', '"\\ud83d\\uzz"', '"\\ud83d\\u', '"\\ud83d\\ude0"', '"é\\u12é4"',
        '-Infinityx', '-Inf', 'NaN1', '1.5E', '1.0e+', '2.', 'true false', '"\t"', '\x00', '１',
        '[1,\n 2,\n x]', 'é [', '[\n\n\n', '{"a": [1, {"b": }]}', "{'a': 1}", '[1] [2]', 'é']
for doc in docs:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
# Output:
# '' -> Expecting value: line 1 column 1 (char 0)
# ' ' -> Expecting value: line 1 column 2 (char 1)
# '[1,2' -> Expecting ',' delimiter: line 1 column 5 (char 4)
# '{"a":1,}' -> Expecting property name enclosed in double quotes: line 1 column 8 (char 7)
# '[1,]' -> Expecting value: line 1 column 4 (char 3)
# '"abc' -> Unterminated string starting at: line 1 column 1 (char 0)
# '"a\x01"' -> Invalid control character at: line 1 column 3 (char 2)
# '{1:2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5)
# '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3)
# 'nul' -> Expecting value: line 1 column 1 (char 0)
# '"\\x"' -> Invalid \escape: line 1 column 2 (char 1)
# '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2)
# '1 2' -> Extra data: line 1 column 3 (char 2)
# '{"a":1}x' -> Extra data: line 1 column 8 (char 7)
# '[' -> Expecting value: line 1 column 2 (char 1)
# '{' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# '{"a"' -> Expecting ':' delimiter: line 1 column 5 (char 4)
# '{"a":' -> Expecting value: line 1 column 6 (char 5)
# '"\\' -> Unterminated string starting at: line 1 column 1 (char 0)
# '01' -> Extra data: line 1 column 2 (char 1)
# '-' -> Expecting value: line 1 column 1 (char 0)
# '1.' -> Extra data: line 1 column 2 (char 1)
# '1e' -> Extra data: line 1 column 2 (char 1)
# '[1,2,]' -> Expecting value: line 1 column 6 (char 5)
# '{"a":1 "b":2}' -> Expecting ',' delimiter: line 1 column 8 (char 7)
# '\n\n  x' -> Expecting value: line 3 column 3 (char 4)
# 'tru' -> Expecting value: line 1 column 1 (char 0)
# '{ ' -> Expecting property name enclosed in double quotes: line 1 column 3 (char 2)
# '{"a":1' -> Expecting ',' delimiter: line 1 column 7 (char 6)
# '{"a":1,' -> Expecting property name enclosed in double quotes: line 1 column 8 (char 7)
# '{"a":1, ' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
# '[ ' -> Expecting value: line 1 column 3 (char 2)
# '[1' -> Expecting ',' delimiter: line 1 column 3 (char 2)
# '[1,' -> Expecting value: line 1 column 4 (char 3)
# '[1, ' -> Expecting value: line 1 column 5 (char 4)
# '"\\u1234' -> Invalid \uXXXX escape: line 1 column 3 (char 2)
# '"\\ud83d\\uzz"' -> Invalid \uXXXX escape: line 1 column 9 (char 8)
# '"\\ud83d\\u' -> Invalid \uXXXX escape: line 1 column 9 (char 8)
# '"\\ud83d\\ude0"' -> Invalid \uXXXX escape: line 1 column 9 (char 8)
# '"é\\u12é4"' -> Invalid \uXXXX escape: line 1 column 4 (char 3)
# '-Infinityx' -> Extra data: line 1 column 10 (char 9)
# '-Inf' -> Expecting value: line 1 column 1 (char 0)
# 'NaN1' -> Extra data: line 1 column 4 (char 3)
# '1.5E' -> Extra data: line 1 column 4 (char 3)
# '1.0e+' -> Extra data: line 1 column 4 (char 3)
# '2.' -> Extra data: line 1 column 2 (char 1)
# 'true false' -> Extra data: line 1 column 6 (char 5)
# '"\t"' -> Invalid control character at: line 1 column 2 (char 1)
# '\x00' -> Expecting value: line 1 column 1 (char 0)
# '１' -> Expecting value: line 1 column 1 (char 0)
# '[1,\n 2,\n x]' -> Expecting value: line 3 column 2 (char 9)
# 'é [' -> Expecting value: line 1 column 1 (char 0)
# '[\n\n\n' -> Expecting value: line 4 column 1 (char 4)
# '{"a": [1, {"b": }]}' -> Expecting value: line 1 column 17 (char 16)
# "{'a': 1}" -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# '[1] [2]' -> Extra data: line 1 column 5 (char 4)
# 'é' -> Expecting value: line 1 column 1 (char 0)
# ---
# JSONDecodeError attributes; it is a ValueError.
import json
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except ValueError as e:
    print(e.msg, '|', e.pos, e.lineno, e.colno, '|', e.doc == '{\n  "a": 1,\n  "b" 2\n}')
    print(e.args, isinstance(e, json.JSONDecodeError), isinstance(e, ValueError))
    print(repr(e))
# Output:
# Expecting ':' delimiter | 18 3 7 | True
# ("Expecting ':' delimiter: line 3 column 7 (char 18)",) True True
# JSONDecodeError("Expecting ':' delimiter: line 3 column 7 (char 18)")
# ---
# A BOM in a str is an error; bytes may carry one.
import json
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads(b'{"a": "\xc3\xa9"}'))
# Output:
# Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
# [1] {'a': 'é'}
# ---
# Bytes in UTF-16 and UTF-32 are detected, with or without a BOM.
import json
print('utf-16-le', json.loads(b'[\x00"\x00\xe9\x00"\x00,\x00 \x001\x00]\x00'), json.loads(b'7\x00'), json.loads(b'"\x00=\xd8\x00\xde"\x00'))
print('utf-16-be', json.loads(b'\x00[\x00"\x00\xe9\x00"\x00,\x00 \x001\x00]'), json.loads(b'\x007'), json.loads(b'\x00"\xd8=\xde\x00\x00"'))
print('utf-32-le', json.loads(b'[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]\x00\x00\x00'), json.loads(b'7\x00\x00\x00'), json.loads(b'"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00'))
print('utf-32-be', json.loads(b'\x00\x00\x00[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]'), json.loads(b'\x00\x00\x007'), json.loads(b'\x00\x00\x00"\x00\x01\xf6\x00\x00\x00\x00"'))
print('utf-16', json.loads(b'\xff\xfe[\x00"\x00\xe9\x00"\x00,\x00 \x001\x00]\x00'), json.loads(b'\xff\xfe7\x00'), json.loads(b'\xff\xfe"\x00=\xd8\x00\xde"\x00'))
print('utf-32', json.loads(b'\xff\xfe\x00\x00[\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]\x00\x00\x00'), json.loads(b'\xff\xfe\x00\x007\x00\x00\x00'), json.loads(b'\xff\xfe\x00\x00"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00'))
# Output:
# utf-16-le ['é', 1] 7 😀
# utf-16-be ['é', 1] 7 😀
# utf-32-le ['é', 1] 7 😀
# utf-32-be ['é', 1] 7 😀
# utf-16 ['é', 1] 7 😀
# utf-32 ['é', 1] 7 😀
# ---
# Undecodable bytes.
import json
for b in [b'\xff', b'[1, "\xe9"]', b'"\xe2\x82"']:
    try:
        json.loads(b)
    except UnicodeDecodeError as e:
        print(e)
# Output:
# 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# 'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte
# 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte
# ---
# Invalid control characters are allowed with strict=False.
import json
print(json.loads('"a\tb\nc"', strict=False) == 'a\tb\nc')
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(e)
# Output:
# True
# Invalid control character at: line 1 column 3 (char 2)
# ---
# Ints above 4300 digits raise ValueError, as int(); floats do not.
import json
for doc in ['1' * 4300, '1' * 4301, '-' + '2' * 5000, '[' + '9' * 10000 + ']']:
    try:
        print(len(str(json.loads(doc))))
    except ValueError as e:
        print(type(e) is ValueError, e)
print(json.loads('1' * 5000 + '.0'), json.loads('0.' + '1' * 5000) > 0.1)
# Output:
# 4300
# True Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# True Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# True Exceeds the limit (4300 digits) for integer string conversion: value has 10000 digits; use sys.set_int_max_str_digits() to increase the limit
# inf True
# ---
# loads argument errors.
import json
for call in [lambda: json.loads(5), lambda: json.loads(None), lambda: json.loads(['[]']),
             lambda: json.loads(), lambda: json.loads('[]', 2), lambda: json.loads('[1]', foo=1)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
# Output:
# the JSON object must be str, bytes or bytearray, not int
# the JSON object must be str, bytes or bytearray, not NoneType
# the JSON object must be str, bytes or bytearray, not list
# loads() missing 1 required positional argument: 's'
# loads() takes 1 positional argument but 2 were given
# JSONDecoder.__init__() got an unexpected keyword argument 'foo'
# ---
# JSONDecodeError can be raised and caught by scripts.
import json
try:
    raise json.JSONDecodeError('Custom', 'ab\ncd', 4)
except ValueError as e:
    print(e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.JSONDecodeError('m')
except TypeError as e:
    print(e)
# Output:
# Custom: line 2 column 2 (char 4) | Custom 4 2 2
# JSONDecodeError.__init__() missing 2 required positional arguments: 'doc' and 'pos'
# ---
# Whitespace is space, tab, newline and return only.
import json
print(json.loads(' \t\n\r[\t1 ,\n2\r]\n '))
try:
    json.loads('\x0b[1]')
except ValueError as e:
    print(e)
# Output:
# [1, 2]
# Expecting value: line 1 column 1 (char 0)
# ---
# A dict subclass of the script is encoded through default (builtin
# types cannot be subclassed in pyfence; a mapping class is not a dict).
import json
class M:
    def __init__(self):
        self.d = {'a': 1}
print(json.dumps(M(), default=lambda o: o.d))
# Output:
# {"a": 1}
# ---
# Unicode keys and values survive both ways, positions count characters.
import json
doc = '{"ключ": "значение", "😀": [1, 2'
try:
    json.loads(doc)
except ValueError as e:
    print(e)
print(json.loads('{"ключ": "значение"}'))
# Output:
# Expecting ',' delimiter: line 1 column 32 (char 31)
# {'ключ': 'значение'}
# ---
# cls= is not supported.
# differs: pyfence has no JSONEncoder/JSONDecoder classes, so cls must be None
import json
print(json.dumps([1], cls=None), json.loads('[1]', cls=None))
try:
    json.dumps([1], cls=dict)
except TypeError as e:
    print(e)
try:
    json.loads('[1]', cls=dict)
except TypeError as e:
    print(e)
# Output:
# [1] [1]
# dumps(): the cls argument is not supported (custom encoder classes are not available)
# loads(): the cls argument is not supported (custom decoder classes are not available)
# ---
# A lone surrogate escape cannot live in pyfence's str: it becomes U+FFFD.
# differs: pyfence strings are UTF-8 and cannot hold lone surrogates
import json
print(json.dumps(json.loads(r'"\ud800x"')), json.dumps(json.loads(r'"\udc00"')))
# Output:
# "\ufffdx" "\ufffd"
# ---
# json.dump and json.load need files: not available.
# differs: pyfence provides no file objects, so json.dump and json.load are absent
import json
print(hasattr(json, 'dumps'), hasattr(json, 'dump'), hasattr(json, 'load'))
# Output:
# True False False
# ---
# The module is read-only.
import json
json.dumps = None       ### policy:readonly-attr
# ---
# Deep nesting in loads ends with the depth limit.
# option: --max-depth=100
import json
json.loads('[' * 100000)       ### limit:depth
# ---
# Deep nesting in dumps ends with the depth limit.
# option: --max-depth=100
import json
x = []
for i in range(100000):
    x = [x]
json.dumps(x)                  ### limit:depth
# ---
# default= that returns a new object forever ends with the depth limit.
# option: --max-depth=100
import json
json.dumps({1}, default=lambda o: [{1}])   ### limit:depth
