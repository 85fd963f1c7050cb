# str.format, str.format_map and f-strings.
# ---
# Automatic and manual numbering, keywords and escapes.
print('{} {}'.format('a', 'b'), '{1}{0}{1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{{}} {{{0}}}'.format(5))
print('{0!r} {0!s} {0!a}'.format('é'), '{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'), '{0:{1}}|'.format('x', 5))
print('{0:{1}.{2}f}'.format(3.14159, 8, 3), '{:{}}{}'.format('a', 3, 'b'), '{!r:>5}'.format(1))
# Output:
# a b bab 1-2 {} {5}
# 'é' é '\xe9'      a|b     |  c   | x    |
#    3.142 a  b     1
# ---
# Field names index and read attributes.
class P:
    pass
p = P()
p.x = 5
p.y = [P()]
p.y[0].z = 'deep'
print('{0[0]} {0[1]} {1[x]}'.format([1, 2], {'x': 'v'}), '{0[0][1]}'.format([[5, 6]]), '{0.x}'.format(p), '{0.y[0].z}'.format(p))
# Output:
# 1 2 v 6 5 deep
# ---
# format_map reads a mapping.
print('{a} {b!r}'.format_map({'a': 1, 'b': 'x'}), '{x[0]}'.format_map({'x': [7]}))
# Output:
# 1 'x' 7
# ---
# A missing keyword.
'{a}'.format(b=1)  ### exception:KeyError "'a'"
# ---
# A positional index out of range.
'{2}'.format(1, 2)  ### exception:IndexError "Replacement index 2 out of range for positional args tuple"
# ---
# Mixing automatic and manual numbering.
'{}{1}'.format(1, 2)  ### exception:ValueError "cannot switch from automatic field numbering to manual field specification"
# ---
# Unbalanced braces.
'{'.format()  ### exception:ValueError "Single '{' encountered in format string"
# ---
# A single closing brace.
'x}'.format()  ### exception:ValueError "Single '}' encountered in format string"
# ---
# Format specs nest two levels only.
'{0:{1:{2}}}'.format(1, 2, 3)  ### exception:ValueError "Max string recursion exceeded"
# ---
# An unknown conversion.
'{0!x}'.format(1)  ### exception:ValueError "Unknown conversion specifier x"
# ---
# format_map does not take positional fields.
'{}'.format_map({})  ### exception:ValueError "Format string contains positional fields"
# ---
# Field names may not reach dunder attributes.
print('{0.__class__}'.format(1))  ### policy:dunder-attr
# ---
# Not through a chain either.
class P:
    pass
p = P()
p.x = 5
print('{0.x.__class__}'.format(p))  ### policy:dunder-attr
# ---
# Nor through format_map.
print('{x.__init__}'.format_map({'x': 1}))  ### policy:dunder-attr
# ---
# A dunder key is only a key.
print('{0[__class__]}'.format({'__class__': 'just a key'}))
# Output:
# just a key
# ---
# f-strings: conversions, nested specs and expressions.
x, w, p = 3.14159, 10, 3
name = 'pyfence'
print(f'{x:.2f}|{x:{w}.{p}f}|{name!r}|{name!a:>10}|{name:*^11}|{{lit}}')
print(f'{1 + 2} {[1, 2]} {None} {True:d} {-0.0:z}')
# Output:
# 3.14|     3.142|'pyfence'| 'pyfence'|**pyfence**|{lit}
# 3 [1, 2] None 1 0.0
