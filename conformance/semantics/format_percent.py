# printf-style formatting: str % args.
# ---
# Integer conversions with flags, width and precision.
for f in ['%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%8.3d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%#08x', '%-#8o|', '%+x', '%i', '%u']:
    print(f, repr(f % 42), repr(f % -42))
# Output:
# %d '42' '-42'
# %5d '   42' '  -42'
# %-5d| '42   |' '-42  |'
# %05d '00042' '-0042'
# %+d '+42' '-42'
# % d ' 42' '-42'
# %.3d '042' '-042'
# %8.3d '     042' '    -042'
# %x '2a' '-2a'
# %X '2A' '-2A'
# %#x '0x2a' '-0x2a'
# %#X '0X2A' '-0X2A'
# %o '52' '-52'
# %#o '0o52' '-0o52'
# %#08x '0x00002a' '-0x0002a'
# %-#8o| '0o52    |' '-0o52   |'
# %+x '+2a' '-2a'
# %i '42' '-42'
# %u '42' '-42'
# ---
# Float conversions.
for f in ['%e', '%E', '%f', '%F', '%g', '%G', '%.2e', '%#.0e', '%10.3f', '%-10.3f|', '%010.3f', '%+.2f', '% .2f', '%#.0f', '%.0f', '%.3g', '%#g']:
    print(f, f % 3.14159, f % -2.5, f % 1e20, f % float('inf'))
# Output:
# %e 3.141590e+00 -2.500000e+00 1.000000e+20 inf
# %E 3.141590E+00 -2.500000E+00 1.000000E+20 INF
# %f 3.141590 -2.500000 100000000000000000000.000000 inf
# %F 3.141590 -2.500000 100000000000000000000.000000 INF
# %g 3.14159 -2.5 1e+20 inf
# %G 3.14159 -2.5 1E+20 INF
# %.2e 3.14e+00 -2.50e+00 1.00e+20 inf
# %#.0e 3.e+00 -2.e+00 1.e+20 inf
# %10.3f      3.142     -2.500 100000000000000000000.000        inf
# %-10.3f| 3.142     | -2.500    | 100000000000000000000.000| inf       |
# %010.3f 000003.142 -00002.500 100000000000000000000.000 0000000inf
# %+.2f +3.14 -2.50 +100000000000000000000.00 +inf
# % .2f  3.14 -2.50  100000000000000000000.00  inf
# %#.0f 3. -2. 100000000000000000000. inf
# %.0f 3 -2 100000000000000000000 inf
# %.3g 3.14 -2.5 1e+20 inf
# %#g 3.14159 -2.50000 1.00000e+20 inf
# ---
# Strings, repr, ascii and characters.
print('%s|%r|%a|%5s|%-5s|%.2s|%c|%c' % ('é', 'é', 'é', 'ab', 'ab', 'abc', 65, 'z'))
print('%s %s %s' % (None, [1, 'a'], 1.5), '%d%%' % 50, '%%', '%s' % (1,), '%s' % ((1, 2),))
# Output:
# é|'é'|'\xe9'|   ab|ab   |ab|A|z
# None [1, 'a'] 1.5 50% %% 1 (1, 2)
# ---
# Width and precision from the arguments.
print('%*d|%-*d|%.*f|%*.*f' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828), '%*d' % (-4, 7))
# Output:
#     1|2    |3.14|   2.718 7   
# ---
# Mapping keys.
d = {'name': 'x', 'n': 3}
print('%(name)s=%(n)03d' % d, '%(n)r' % d, 'no fields' % d, '%s' % {'k': 1})
# Output:
# x=003 3 no fields {'k': 1}
# ---
# Too few arguments.
'%s %s' % (1,)  ### exception:TypeError "not enough arguments for format string"
# ---
# Too many arguments.
'%s' % (1, 2)  ### exception:TypeError "not all arguments converted during string formatting"
# ---
# A number is required.
'%d' % 'x'  ### exception:TypeError "%d format: a real number is required, not str"
# ---
# An integer is required for %x.
'%x' % 1.5  ### exception:TypeError "%x format: an integer is required, not float"
# ---
# An unknown conversion.
'%q' % 1  ### exception:ValueError "unsupported format character 'q' \(0x71\) at index 1"
# ---
# An incomplete format.
'abc %' % ()  ### exception:ValueError "incomplete format"
# ---
# A key needs a mapping.
'%(a)s' % 5  ### exception:TypeError "format requires a mapping"
# ---
# A missing key.
'%(a)s' % {}  ### exception:KeyError "'a'"
