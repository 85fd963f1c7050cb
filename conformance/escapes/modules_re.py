# Attacks through the re module: interpreter internals reached through
# Pattern, Match and re.error objects (the attribute guard covers them as
# any object), writes to module attributes (readonly-attr) and to the
# shared Go classes, callbacks of sub that keep the match, raise or trip a
# limit, and regex bombs. Matching runs on RE2, so a pattern that
# backtracks catastrophically in CPython is linear here; constructs RE2
# cannot run are refused with re.error, never run differently.
# ---
# option: --allow-import=re
import re
m = re.search('a', 'a')
x = m.__class__  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=re
import re
m = re.search('a', 'a')
x = getattr(m, '__' + 'dict__')  ### policy:dunder-attr "__dict__"
# ---
# option: --allow-import=re
import re
m = re.search('a', 'a')
x = '{0.re.__class__}'.format(m)  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=re
import re
p = re.compile('a')
x = getattr(p.search, '__self__')  ### policy:dunder-attr "__self__"
# ---
# option: --allow-import=re
import re
x = getattr(re.compile, '__globals__')  ### policy:dunder-attr "__globals__"
# ---
# option: --allow-import=re
import re
try:
    re.compile('(')
except re.error as e:
    x = e.__traceback__.tb_frame  ### policy:dunder-attr "__traceback__"
# ---
# option: --allow-import=re
import re
try:
    re.compile('(')
except re.error as e:
    x = getattr(e, '__context__')  ### policy:dunder-attr "__context__"
# ---
# option: --allow-import=re
import re
x = '{0.__init__.__globals__}'.format(re.error('x'))  ### policy:dunder-attr "__init__"
# ---
# option: --allow-import=re
import re
x = re.error.__subclasses__()  ### policy:dunder-attr "__subclasses__"
# ---
# The visible attributes of the objects are data; type() gives the
# classes, which build nothing.
# option: --allow-import=re
import re
p = re.compile('a(b)')
m = p.search('xab')
print(type(m), type(p), type(re.error('x')), type(m) is re.Match, type(p) is re.Pattern)
print(m.re is p, m.re.pattern, m.string, m.regs, m.lastindex, p.flags, p.groups)
print('{0.re.pattern!r} {0.string} {0[1]} {0.re.flags}'.format(m))
for cls in (type(m), type(p), re.Pattern, re.Match):
    try:
        cls('a')
    except TypeError as e:
        print(e)
# Output:
# <class 're.Match'> <class 're.Pattern'> <class 're.error'> True True
# True a(b) xab ((1, 3), (2, 3)) 1 32 1
# 'a(b)' xab b 32
# cannot create 're.Match' instances
# cannot create 're.Pattern' instances
# cannot create 're.Pattern' instances
# cannot create 're.Match' instances
# ---
# Group names are data: a dunder-shaped name reads no attribute.
# option: --allow-import=re
import re
m = re.search('(?P<__class__>a)(?P<__init__>b)', 'ab')
print(m.groupdict(), m['__class__'], m.group('__init__'), m.re.groupindex, m.expand(r'\g<__class__>'))
try:
    '{0[__globals__]}'.format(m)
except IndexError as e:
    print(e)
try:
    '%(__class__)s' % m.re.groupindex
except KeyError as e:
    print('KeyError', e)
# Output:
# {'__class__': 'a', '__init__': 'b'} a b {'__class__': 1, '__init__': 2} a
# no such group
# ---
# The module has no private attribute and none of CPython's helpers.
# option: --allow-import=re
import re
print(getattr(re, '_cache', 'none'), getattr(re, '_compile', 'none'), hasattr(re, 'sre_compile'), hasattr(re, 'enum'), hasattr(re, 'functools'), hasattr(re, 'copyreg'))
print(getattr(re.compile('a'), '_pattern', 'none'), getattr(re.compile('a'), 'scanner', 'none'))
# differs: CPython's re has _cache, _compile, enum, functools, copyreg, and Pattern.scanner
# Output:
# none none False False False False
# none none
# ---
# Methods called through the class check the type of self.
# option: --allow-import=re
import re
p = re.compile('(a)')
m = p.search('a')
for f in (lambda: re.Pattern.search('x', 'a'), lambda: re.Pattern.search(m, 'a'), lambda: re.Match.group(p, 0),
          lambda: re.Match.span('x'), lambda: re.Pattern.sub(None, 'a', 'b'), lambda: re.Match.expand(5, 'x'),
          lambda: re.Match.groups(m), lambda: re.Pattern.findall(p, 'aa')):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
# Output:
# TypeError descriptor 'search' for 're.Pattern' objects doesn't apply to a 'str' object
# TypeError descriptor 'search' for 're.Pattern' objects doesn't apply to a 're.Match' object
# TypeError descriptor 'group' for 're.Match' objects doesn't apply to a 're.Pattern' object
# TypeError descriptor 'span' for 're.Match' objects doesn't apply to a 'str' object
# TypeError descriptor 'sub' for 're.Pattern' objects doesn't apply to a 'NoneType' object
# TypeError descriptor 'expand' for 're.Match' objects doesn't apply to a 'int' object
# ('a',)
# ['a', 'a']
# ---
# Out-of-range indexes and positions raise as in CPython.
# option: --allow-import=re
import re
p = re.compile('(a)(b)?')
m = p.search('xab')
for f in (lambda: m.group(10**30), lambda: m.group(-1), lambda: m.start(2**64), lambda: m.span(3),
          lambda: p.search('xab', 10**30), lambda: p.search('xab', -10**30), lambda: p.search('xab', 1, -5),
          lambda: p.match('xab', 2**63), lambda: m.group(True), lambda: m.group(1.0)):
    try:
        print(f())
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e), e)
# Output:
# <class 'IndexError'> no such group
# <class 'IndexError'> no such group
# <class 'IndexError'> no such group
# <class 'IndexError'> no such group
# <class 'OverflowError'> Python int too large to convert to C ssize_t
# <class 'OverflowError'> Python int too large to convert to C ssize_t
# None
# <class 'OverflowError'> Python int too large to convert to C ssize_t
# a
# <class 'IndexError'> no such group
# ---
# flags beyond a C int.
# option: --allow-import=re
import re
for flags in (2**31, 2**64, 1 << 100):
    try:
        print(re.compile('a', flags).flags)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e), e)
# xfail: flags of 2**31 are accepted (flags prints 2147483680) and 2**64 raises TypeError "unsupported operand type(s) for &: 'bigint' and 'int'"
# Output:
# <class 'OverflowError'> Python int too large to convert to C int
# <class 'OverflowError'> Python int too large to convert to C int
# <class 'OverflowError'> Python int too large to convert to C int
# ---
# Writes to the module: readonly-attr, however spelled.
# option: --allow-import=re
import re
re.compile = lambda *a: None  ### policy:readonly-attr "compile"
# ---
# option: --allow-import=re
import re
setattr(re, 'error', ValueError)  ### policy:readonly-attr "error"
# ---
# option: --allow-import=re
import re
r = re
r.I = 0  ### policy:readonly-attr "I"
# ---
# option: --allow-import=re
import re
del re.sub  ### policy:readonly-attr "sub"
# ---
# option: --allow-import=re,functools
import re, functools
functools.partial(setattr, re, 'escape')(str)  ### policy:readonly-attr "escape"
# ---
# Pattern and Match attributes are read-only; the objects take no new ones.
# option: --allow-import=re
import re
p = re.compile('(a)(b)?')
m = p.match('ab')
for obj, name, value in ((p, 'pattern', 'x'), (p, 'flags', 0), (p, 'groups', 9), (p, 'groupindex', {}), (p, 'search', None), (p, 'new', 1),
                         (m, 'string', 'zz'), (m, 're', None), (m, 'pos', 5), (m, 'lastindex', 0), (m, 'group', None), (m, 'new', 1)):
    try:
        setattr(obj, name, value)
        print('set', name)
    except AttributeError as e:
        print('AttributeError', name)
print(p.pattern, p.flags, p.groups, m.string, m.re is p, m.pos, m.lastindex, m.group(1))
# Output:
# AttributeError pattern
# AttributeError flags
# AttributeError groups
# AttributeError groupindex
# AttributeError search
# AttributeError new
# AttributeError string
# AttributeError re
# AttributeError pos
# AttributeError lastindex
# AttributeError group
# AttributeError new
# (a)(b)? 32 2 ab True 0 2 a
# ---
# groupindex is a read-only mapping.
# option: --allow-import=re
import re
p = re.compile('(?P<x>a)')
gi = p.groupindex
try:
    gi['x'] = 5
except TypeError as e:
    print(e)
print(p.groupindex, p.match('a').group('x'))
# xfail: groupindex is a fresh dict: the item assignment succeeds silently (on a copy) instead of raising TypeError
# Output:
# 'mappingproxy' object does not support item assignment
# {'x': 1} a
# ---
# The classes are shared Go classes: writes are TypeErrors and change nothing.
# option: --allow-import=re
import re
for cls in (re.Pattern, re.Match):
    try:
        cls.x = 1
    except TypeError as e:
        print(e)
    print(hasattr(cls, 'x'))
for cls, name in ((re.Pattern, 'search'), (re.Match, 'group')):
    try:
        setattr(cls, name, lambda *a: 'PWNED')
    except TypeError as e:
        print(e)
    try:
        delattr(cls, name)
    except TypeError as e:
        print(e)
print(re.compile('a').search('a').group())
for cls in (re.Pattern, re.Match):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
# differs: CPython's Pattern and Match cannot be subclassed either, but the message is "type 're.Pattern' is not an acceptable base type"
# Output:
# cannot set 'x' attribute of immutable type 're.Pattern'
# False
# cannot set 'x' attribute of immutable type 're.Match'
# False
# cannot set 'search' attribute of immutable type 're.Pattern'
# cannot set 'search' attribute of immutable type 're.Pattern'
# cannot set 'group' attribute of immutable type 're.Match'
# cannot set 'group' attribute of immutable type 're.Match'
# a
# subclassing builtin type 're.Pattern' is not supported
# subclassing builtin type 're.Match' is not supported
# ---
# re.error is a shared Go class: no write reaches it.
# option: --allow-import=re
import re
try:
    re.error.x = 1
except TypeError as e:
    print(e)
print(hasattr(re.error, 'x'))
# differs: CPython's re.error is a Python class that takes the write
# Output:
# cannot set 'x' attribute of immutable type 're.error'
# False
# ---
# Cross-run pair: this run tries to change re.error and the classes; the
# next, a fresh run, must see them unchanged.
# option: --allow-import=re
import re
for cls in (re.error, re.Pattern, re.Match):
    for name in ('leak', 'msg', 'search'):
        try:
            setattr(cls, name, 'PWNED')
        except (TypeError, AttributeError):
            pass
print(hasattr(re.error, 'leak'), hasattr(re.Pattern, 'leak'))
# differs: CPython's re.error is a Python class that takes the writes
# Output:
# False False
# ---
# option: --allow-import=re
import re
try:
    re.compile('(')
except re.error as e:
    print(e.msg, e.pos, hasattr(e, 'leak'), hasattr(re.Match, 'leak'), re.compile('a').search('a').group())
# Output:
# missing ), unterminated subpattern 0 False False a
# ---
# re.error instances the script builds carry msg, pattern and pos as
# CPython's do.
# option: --allow-import=re
import re
e = re.error('boom', 'pat', 1)
print(e, e.args)
print(getattr(e, 'msg', 'MISSING'), getattr(e, 'pattern', 'MISSING'), getattr(e, 'pos', 'MISSING'), getattr(e, 'colno', 'MISSING'))
class E(re.error):
    pass
x = E('x', 'ab\ncd', 4)
print(x, getattr(x, 'lineno', 'MISSING'), getattr(x, 'colno', 'MISSING'))
# xfail: re.error(msg, pattern, pos) built by a script has no msg/pattern/pos/lineno/colno and str() is the args tuple ('boom', 'pat', 1), also for subclasses
# Output:
# boom at position 1 ('boom at position 1',)
# boom pat 1 2
# x at position 4 (line 2, column 2) 2 2
# ---
# Writing to a caught re.error: exceptions take no attributes in pyfence.
# option: --allow-import=re
import re
try:
    re.compile('(')
except re.error as e:
    for name in ('msg', 'pos', 'extra'):
        try:
            setattr(e, name, 'hijacked')
        except AttributeError as x:
            print(x)
    print(e.msg, e.pos)
# differs: gpython's exception instances have no __dict__; CPython takes the writes
# Output:
# 're.error' object has no attribute 'msg'
# 're.error' object has no attribute 'pos'
# 're.error' object has no attribute 'extra'
# missing ), unterminated subpattern 0
# ---
# Subclasses of re.error are script classes: raised and caught normally.
# option: --allow-import=re
import re
class E(re.error):
    def __init__(self, *a):
        pass
e = E('x')
print(e.args, getattr(e, 'msg', 'nomsg'), isinstance(e, re.error), issubclass(re.error, Exception))
try:
    raise E('m')
except re.error as x:
    print(repr(x))
try:
    re.sub('(', '', 'x')
except Exception as e:
    print(type(e) is re.error, e)
# Output:
# ('x',) nomsg True True
# E('m')
# True missing ), unterminated subpattern at position 0
# ---
# sub callbacks: what the callback receives it may keep; it never sees the engine.
# option: --allow-import=re
import re
kept = []
def f(m):
    kept.append(m)
    return m.group().upper()
print(re.sub('[a-c]', f, 'xaybzc'), len(kept), [k.group() for k in kept], kept[0].string, kept[2].span(), kept[1].re.pattern)
# Output:
# xAyBzC 3 ['a', 'b', 'c'] xaybzc (5, 6) [a-c]
# ---
# option: --allow-import=re
import re
def f(m):
    raise KeyboardInterrupt('cb')
try:
    re.sub('a', f, 'aaa')
except BaseException as e:
    print('caught', repr(e))
# Output:
# caught KeyboardInterrupt('cb')
# ---
# option: --allow-import=re
import re
class Stop(BaseException):
    pass
def f(m):
    raise Stop(m.start())
try:
    re.subn('a', f, 'xxa')
except Stop as e:
    print('Stop', e)
# Output:
# Stop 2
# ---
# option: --allow-import=re
import re
def f(m):
    raise SystemExit(3)  ### exception:SystemExit "3"
re.sub('a', f, 'a')
# differs: CPython exits with status 3 without a traceback; pyfence reports an uncaught SystemExit
# ---
# A limit tripped in a callback cannot be caught by the callback ...
# option: --allow-import=re --max-steps=100000
import re
def f(m):
    try:
        while True:  ### limit:steps
            pass
    except BaseException:
        return 'swallowed'
print(re.sub('a', f, 'a'))
# ---
# ... nor by the script around the module call.
# option: --allow-import=re --max-steps=100000
import re
def f(m):
    while True:  ### limit:steps
        pass
try:
    re.sub('a', f, 'a')
except BaseException:
    pass
print('survived')
# ---
# option: --allow-import=re --max-steps=10000000 --max-memory=16MiB --timeout=30s
import re
def f(m):
    return 'x' * 10**6
x = re.sub('a', f, 'a' * 100)  ### limit:memory
# ---
# Recursion through callbacks counts against the depth budget.
# option: --allow-import=re --max-depth=50
import re
def f(m):
    return re.sub('a', f, m.group())  ### limit:depth
re.sub('a', f, 'a')
# ---
# A callback's result must be a str; nested subs see their own matches.
# option: --allow-import=re
import re
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError')
def f(m):
    return re.sub('b', lambda m2: m2.group() + m.group(), 'abc')
print(re.sub('[ac]', f, 'ac'))
print(re.sub('a', len if False else (lambda m: m.expand(r'<\g<0>>')), 'bab'))
# Output:
# TypeError
# abacabcc
# b<a>b
# ---
# A callback returning None inserts nothing, as in CPython.
# option: --allow-import=re
import re
print(re.sub('a', lambda m: None, 'ab'))
# Output:
# b
# ---
# Built-in functions as callbacks get the Match object and fail as in CPython.
# option: --allow-import=re,operator
import re, operator
for repl in (len, str.upper):
    try:
        re.sub('a', repl, 'ab')
    except TypeError as e:
        print(e)
print(re.sub('a', operator.attrgetter('re.pattern'), 'ab'), re.sub('(x)', operator.methodcaller('group', 1), 'x-x'))
# Output:
# object of type 're.Match' has no len()
# descriptor 'upper' for 'str' objects doesn't apply to a 're.Match' object
# ab x-x
# ---
# option: --allow-import=re,operator
import re, operator
re.sub('a', operator.attrgetter('__class__'), 'ab')  ### policy:dunder-attr "__class__"
# ---
# option: --allow-import=re,operator
import re, operator
re.sub('a', operator.methodcaller('__reduce_ex__', 2), 'a')  ### policy:dunder-attr "__reduce_ex__"
# ---
# Equal patterns are equal and hash alike; matches compare by identity.
# option: --allow-import=re
import re
p = re.compile('a')
q = re.compile('a')
print(p == q, hash(p) == hash(q), p is re.compile(p), {p: 1}[q], re.compile('a', re.I) == p)
m = p.match('a')
print(m == p.match('a'), m == m, m != m, bool(m), m[0])
# Output:
# True True True 1 False
# False True False True a
# ---
# Regex bombs. Patterns that backtrack exponentially in CPython are linear
# on RE2: 100,000 characters take a fraction of a second (charged by
# characters read times the program's size).
# option: --allow-import=re --max-steps=20000000 --max-memory=16MiB --timeout=30s
import re
s = 'a' * 100000
print(re.match('(a+)+b', s), re.search('(x+x+)+y', 'x' * 100000), re.fullmatch('(a|a)*c', s), re.search('(a|aa)+$', s + '!'))
print(re.search('^(\\w+\\s?)*$', 'word ' * 20000 + '!'), re.search('(.*a){20}', 'a' * 30 + 'b').span())
# differs: CPython backtracks for hours on these
# Output:
# None None None None
# None (0, 30)
# ---
# Each character read is charged: the same bomb on a small budget ends
# with the step limit.
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
s = 'a' * 300000
x = re.search('(a+)+b', s)  ### limit:steps
# ---
# Steps should measure work: RE2's cost is characters times the states
# alive at once, here 20,000 characters times 1,000 states (about 0.4 s
# of CPU, what some 5,000,000 steps of bytecode cost).
# option: --allow-import=re --max-steps=100000 --max-memory=16MiB --timeout=30s
import re
x = re.search('[a-z]{1000}X', 'a' * 20000)  ### limit:steps
# ---
# Huge repetition counts are refused at compile time.
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
for p in ('a{1001}', 'a{0,100000}', '(?:a{1000}){1000}', '(?:(?:a{100}){100}){100}', 'a{1000}{1000}'):
    try:
        re.compile(p)
        print('compiled', p)
    except re.error as e:
        print(e)
for p in ('a{4294967296}', 'a{99999999999999999999}'):
    try:
        re.compile(p)
    except OverflowError as e:
        print('OverflowError', e)
# differs: CPython compiles counts up to 4294967295; pyfence refuses counts above 1000 and programs over its size estimate
# Output:
# repetition count above 1000 is not supported by pyfence's re (RE2) at position 1
# repetition count above 1000 is not supported by pyfence's re (RE2) at position 1
# pattern too large for pyfence's re (RE2)
# pattern too large for pyfence's re (RE2)
# multiple repeat at position 7
# OverflowError the repetition number is too large
# OverflowError the repetition number is too large
# ---
# Huge alternations: refused when too long or too large, linear otherwise.
# option: --allow-import=re --max-steps=2000000 --max-memory=16MiB --timeout=30s
import re
for n in (20000, 100):
    try:
        print(len(re.findall('|'.join('w%d' % i for i in range(n)), 'w99 w5 w123 ' * 100)))
    except re.error as e:
        print(e)
try:
    re.compile('|'.join('[a-z]{1000}%d' % i for i in range(150)))
except re.error as e:
    print(e)
# differs: CPython compiles patterns of any length
# Output:
# pattern longer than pyfence's limit of 100000 characters
# 300
# pattern too large for pyfence's re (RE2)
# ---
# Deeply nested groups: refused beyond 200 levels (CPython overflows its
# recursion limit).
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
for n in (200, 201, 10000):
    try:
        re.compile('(' * n + 'a' + ')' * n)
        print('ok', n)
    except re.error as e:
        print(e)
for n in (1000, 50000):
    try:
        re.compile('(?:' * n + 'a' + ')' * n)
        print('ok', n)
    except re.error as e:
        print(e)
# differs: CPython raises RecursionError for deep nesting
# Output:
# ok 200
# groups nested deeper than pyfence's limit of 200 at position 200
# groups nested deeper than pyfence's limit of 200 at position 200
# groups nested deeper than pyfence's limit of 200 at position 600
# pattern longer than pyfence's limit of 100000 characters
# ---
# sub output growth: checked before the allocation.
# option: --allow-import=re --max-steps=10000000 --max-memory=16MiB --timeout=30s
import re
s = 'a' * 10000
for i in range(12):
    s = re.sub('a', 'aa', s)  ### limit:steps
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.sub('', 'x' * 1000, 'a' * 100000)  ### limit:steps
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.sub('(a)', r'\1' * 10000, 'a' * 10000)  ### limit:memory
# ---
# option: --allow-import=re --max-steps=10000000 --max-memory=16MiB --timeout=30s
import re
x = re.sub('(a)', r'\g<1>' * 10**6, 'a' * 100)  ### limit:memory
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.compile('(a)').search('a').expand(r'\1' * 10**7)  ### limit:memory
# ---
# findall, finditer and split on huge inputs with small budgets.
# option: --allow-import=re --max-steps=200000 --max-memory=64MiB --timeout=30s
import re
x = re.findall('a', 'a' * 10**7)  ### limit:steps
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.findall('', 'a' * 10**6)  ### limit:steps
# ---
# option: --allow-import=re --max-steps=10000000 --max-memory=16MiB --timeout=30s
import re
x = re.findall('(a)(b)?(c)?(d)?', 'a' * 10**6)  ### limit:memory
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.split('', 'a' * 10**6)  ### limit:steps
# ---
# option: --allow-import=re --max-steps=10000000 --max-memory=16MiB --timeout=30s
import re
x = re.split('(,)', ',' * 10**6)  ### limit:memory
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
for m in re.finditer('', 'a' * 10**6):
    pass  ### limit:steps
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.escape('\x00' * 10**7)  ### limit:memory
# ---
# option: --allow-import=re --max-steps=200000 --max-memory=16MiB --timeout=30s
import re
x = re.subn('a', lambda m: 'b', 'a' * 10**6)  ### limit:steps
# ---
# count and maxsplit stop the work early.
# option: --allow-import=re --max-steps=2000000 --max-memory=16MiB --timeout=30s
import re
print(re.sub('a', 'b', 'a' * 10**6, count=3)[:6], re.split('a', 'a' * 10**6, maxsplit=2)[:2], len(re.split('a', 'a' * 1000, maxsplit=2)[2]))
# Output:
# bbbaaa ['', ''] 998
# ---
# Refused constructs raise re.error; they never run differently.
# option: --allow-import=re
import re
for p in (r'(a)\1', r'(?P<x>a)(?P=x)', r'a(?=b)', r'a(?!b)', r'(?<=a)b', r'(?<!a)b', r'(?>a+)', r'a++', r'a*+',
          r'(a)?(?(1)b|c)', r'(a*)*', r'(a|)+', r'\N{DIGIT ONE}', r'(?:a?)+'):
    try:
        re.compile(p)
        print('compiled', p)
    except re.error as e:
        print(type(e) is re.error, e)
# differs: CPython runs these; pyfence refuses what RE2 cannot run as CPython does
# Output:
# True backreference \1 is not supported by pyfence's re (RE2) at position 3
# True backreference (?P=x) is not supported by pyfence's re (RE2) at position 8
# True look-ahead is not supported by pyfence's re (RE2) at position 1
# True negative look-ahead is not supported by pyfence's re (RE2) at position 1
# True look-behind is not supported by pyfence's re (RE2) at position 0
# True negative look-behind is not supported by pyfence's re (RE2) at position 0
# True atomic group (?>...) is not supported by pyfence's re (RE2) at position 0
# True possessive repeat is not supported by pyfence's re (RE2) at position 1
# True possessive repeat is not supported by pyfence's re (RE2) at position 1
# True conditional group (?(...)...) is not supported by pyfence's re (RE2) at position 4
# True a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4
# True a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4
# True named character escapes \N{...} are not supported by pyfence's re at position 0
# compiled (?:a?)+
# ---
# The refusal is an ordinary re.error, whatever the function.
# option: --allow-import=re
import re
for f in (lambda: re.sub(r'(?<=x)x', 'y', 'xxx'), lambda: re.findall(r'(a)\1', 'aa'), lambda: re.split(r'(?=,)', 'a,b')):
    try:
        f()
    except re.error as e:
        print(e.msg, e.pos, e.pattern)
try:
    re.compile('a', 128)
except ValueError as e:
    print(e)
# differs: CPython runs these patterns and accepts re.DEBUG
# Output:
# look-behind is not supported by pyfence's re (RE2) 0 (?<=x)x
# backreference \1 is not supported by pyfence's re (RE2) 3 (a)\1
# look-ahead is not supported by pyfence's re (RE2) 0 (?=,)
# re.DEBUG is not supported by pyfence's re
# ---
# Where RE2 cannot decide as CPython does, matching raises re.error.
# option: --allow-import=re
import re
for pat, s in ((r'\bcafé\b', 'un café noir'), (r'a$b', 'a\nb\n')):
    try:
        re.search(pat, s)
    except re.error as e:
        print(e)
print(re.search(r'\bcaf', 'un café', re.ASCII).span(), re.search(r'a$', 'xa\n').span())
# differs: CPython matches these; RE2 cannot match them as CPython does
# Output:
# \b and \B next to non-ASCII letters or digits are not supported by pyfence's re (RE2); use re.ASCII
# a $ followed by more pattern cannot be matched before the final newline of a string of several lines by pyfence's re (RE2); use \Z, or re.MULTILINE
# (3, 6) (1, 2)
