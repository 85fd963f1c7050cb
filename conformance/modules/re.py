# re: Python regular expressions run by Go's regexp (RE2), with CPython's syntax, results and errors.
# ---
# search, match and fullmatch return a match or None.
import re
print(re.search(r'\d+', 'abc 123 def'))
print(re.match(r'\d+', 'abc 123'), re.match(r'[a-z]+', 'abc 123'))
print(re.fullmatch(r'[a-z]+', 'abc'), re.fullmatch(r'[a-z]+', 'abc1'))
print(re.search('x', ''), re.search('', ''), re.match('', 'abc'))
# Output:
# <re.Match object; span=(4, 7), match='123'>
# None <re.Match object; span=(0, 3), match='abc'>
# <re.Match object; span=(0, 3), match='abc'> None
# None <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''>
# ---
# Match objects: group, groups, groupdict, span, start, end, indexing.
import re
m = re.search(r'(?P<key>\w+)=(?P<value>\w*)(;)?', 'a: key=val, b')
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'key', 0))
print(m.groups(), m.groups('missing'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(1), m.start('value'), m.end(2), m.span(3), m.start(3))
print(m[0], m[1], m['key'], m[3])
print(bool(m), m.pos, m.endpos, m.string, m.re)
# Output:
# key=val key=val key val ('key', 'key', 'key=val')
# ('key', 'val', None) ('key', 'val', 'missing') {'key': 'key', 'value': 'val'} {'key': 'key', 'value': 'val'}
# (3, 10) (3, 6) 7 10 (-1, -1) -1
# key=val key key None
# True 0 13 a: key=val, b re.compile('(?P<key>\\w+)=(?P<value>\\w*)(;)?')
# ---
# lastindex and lastgroup.
import re
print(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex)
print(re.match('(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex)
m = re.match('(?P<x>a)(?P<y>b)?', 'ac')
print(m.lastindex, m.lastgroup, re.match('(a)', 'a').lastgroup)
# Output:
# 2 1
# 2 None
# 1 x None
# ---
# Bad group references raise IndexError.
import re
m = re.match('(a)', 'a')
try:
    m.group(2)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('x')
except IndexError as e:
    print('IndexError', e)
try:
    m.start(-1)
except IndexError as e:
    print('IndexError', e)
m[5]  ### exception:IndexError "no such group"
# Output:
# IndexError no such group
# IndexError no such group
# IndexError no such group
# ---
# Match repr truncates the matched text's repr to 50 characters.
import re
print(re.match('.*', 'x' * 100))
print(repr(re.search('é+', 'caféé!')))
print(re.search("'", "it's"), re.search('"', 'say "hi"'))
# Output:
# <re.Match object; span=(0, 100), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>
# <re.Match object; span=(3, 5), match='éé'>
# <re.Match object; span=(2, 3), match="'"> <re.Match object; span=(4, 5), match='"'>
# ---
# findall: whole matches, the one group, or tuples of groups.
import re
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall(r'(\d)\d', '12 34 5'))
print(re.findall(r'x', 'abc'), re.findall('', 'ab'))
# Output:
# ['1', '22', '333']
# [('a', '1'), ('b', ''), ('c', '3')]
# ['1', '3']
# [] ['', '', '']
# ---
# Empty matches next to other matches, as CPython 3.7+.
import re
print(re.findall('|a', 'a'), re.findall('a*?', 'aa'), re.findall('a*', 'baaac'))
print(re.sub('x*', '-', 'abxd'), re.sub('a??', '-', 'aab'))
print(re.split('x*', 'axbc'), re.split(r'\b', 'ab cd'))
print(re.findall(r'(\d*)', 'a1b'), re.findall(r'(a|)', 'ab'))
print(re.findall(r'(?:a|)b?', 'abb'), re.sub(r'(a?)(b?)', r'[\1\2]', 'abba'))
# Output:
# ['', 'a', ''] ['', 'a', '', 'a', ''] ['', 'aaa', '', '']
# -a-b--d- -----b-
# ['', 'a', '', 'b', 'c', ''] ['', 'ab', ' ', 'cd', '']
# ['', '1', '', ''] ['a', '', '']
# ['ab', 'b', ''] [ab][b][a][]
# ---
# finditer yields match objects lazily.
import re
it = re.finditer(r'\d', 'a1b22')
print(next(it))
print([m.span() for m in it])
print([m.group() for m in re.finditer(r'\w+', 'hello big world')])
print(list(re.finditer('x', 'abc')))
# Output:
# <re.Match object; span=(1, 2), match='1'>
# [(3, 4), (4, 5)]
# ['hello', 'big', 'world']
# []
# ---
# sub with templates: group numbers, names, \g<0>, escapes.
import re
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<first>\w)(\w*)', r'\g<first>.\g<2>|\g<0>', 'ab cd'))
print(re.sub('a', r'\n\t\\-\%\é', 'a'))
print(repr(re.sub('a', r'[\0\101\08]', 'a')))
print(re.sub('(a)|b', r'<\1>', 'ab'))
# Output:
# world hello
# a.b|ab c.d|cd
#
# 	\-\%\é
# '[\x00A\x008]'
# <a><>
# ---
# sub with a function, count, and subn.
import re
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'))
print(re.sub('a', 'X', 'banana', count=2), re.sub('a', 'X', 'banana', 0), re.sub('a', 'X', 'banana', count=-1))
print(re.subn('a', 'X', 'banana'), re.subn('z', 'X', 'banana'), re.subn('a', 'X', 'banana', 1))
print(re.sub('', '-', 'abc'))
# Output:
# a2 b44 c6
# bXnXna bXnXnX banana
# ('bXnXnX', 3) ('banana', 0) ('bXnana', 1)
# -a-b-c-
# ---
# A replacement function that raises: the exception propagates.
import re
def bad(m):
    raise ValueError('no ' + m.group())  ### exception:ValueError "no b"
re.sub('b', bad, 'abc')
# ---
# A replacement function must return a str.
import re
re.sub('a', lambda m: 1, 'a')  ### exception:TypeError "expected str instance, int found"
# ---
# Template errors.
import re
for t in [r'\2', r'\g<x>', r'\g<1', r'\g<>', r'\q', '\\', r'\g<-1>', r'\g', r'\400']:
    try:
        re.sub('(a)', t, 'a')
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)
# Output:
# error invalid group reference 2 at position 1
# IndexError unknown group name 'x'
# error missing >, unterminated name at position 3
# error missing group name at position 3
# error bad escape \q at position 0
# error bad escape (end of pattern) at position 0
# error bad character in group name '-1' at position 3
# error missing < at position 2
# error octal escape value \400 outside of range 0-0o377 at position 0
# ---
# split: maxsplit, groups included, empty matches.
import re
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\d)|x', 'a1bxc'), re.split(',', ''), re.split('', 'ab'))
# Output:
# ['Words', 'words', 'words', '']
# ['Words', ', ', 'words', ', ', 'words', '.', '']
# ['Words', 'words, words.'] ['Words, words']
# ['0', '3', '9']
# ['a', '1', 'b', None, 'c'] [''] ['', 'a', 'b', '']
# ---
# compile and Pattern objects: attributes and repr.
import re
p = re.compile(r'(?P<year>\d{4})-(\d\d)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile('a'), re.compile('a', re.A), re.compile('(?i)a'), re.compile('(?i)a').flags)
print(re.compile('a', re.S | re.X), re.compile("it's"), re.compile(b'a'), re.compile(b'a', re.I).flags)
print(len(repr(re.compile('x' * 300))), repr(re.compile('x' * 300))[-5:])
print(re.compile(p) is p, p == re.compile(r'(?P<year>\d{4})-(\d\d)', re.I | re.M), p == re.compile('a'))
# Output:
# re.compile('(?P<year>\\d{4})-(\\d\\d)', re.IGNORECASE|re.MULTILINE) (?P<year>\d{4})-(\d\d) 42 2 {'year': 1}
# re.compile('a') re.compile('a', re.ASCII) re.compile('(?i)a', re.IGNORECASE) 34
# re.compile('a', re.DOTALL|re.VERBOSE) re.compile("it's") re.compile(b'a') 2
# 212 xxxx)
# True True False
# ---
# Pattern methods with pos and endpos.
import re
p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.search('ab cd ef', 3, 4), p.match('ab cd', 3), p.match('ab cd', 2))
print(p.fullmatch('ab cd', 3), p.fullmatch('abcd', 1, 3), p.findall('ab cd ef', 1, 7))
print([m.span() for m in p.finditer('ab cd ef', 2)], p.search('abc', 10), p.search('abc', -5))
print(p.search('ab', endpos=-1), p.search('ab cd', 0, 100))
m = p.search('xx yy', 2)
print(m.pos, m.endpos)
# Output:
# <re.Match object; span=(3, 5), match='cd'> <re.Match object; span=(3, 4), match='c'> <re.Match object; span=(3, 5), match='cd'> None
# <re.Match object; span=(3, 5), match='cd'> <re.Match object; span=(1, 3), match='bc'> ['b', 'cd', 'e']
# [(3, 5), (6, 8)] None <re.Match object; span=(0, 3), match='abc'>
# None <re.Match object; span=(0, 2), match='ab'>
# 2 5
# ---
# ^ and \b look at the character before pos; \A does not match at pos > 0.
import re
print(re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1))
print(re.compile('^b', re.M).search('a\nb', 2), re.compile(r'\bb').search('ab', 1), re.compile(r'\bb').search('a b', 2))
print(re.compile(r'\Bb').search('ab', 1), re.compile('$').search('ab', 1, 1))
# Output:
# None None
# <re.Match object; span=(2, 3), match='b'> None <re.Match object; span=(2, 3), match='b'>
# <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(1, 1), match=''>
# ---
# Pattern methods: sub, subn, split on a compiled pattern.
import re
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn('', 'a1b2', 1), p.split('a1b2c'), p.split('a1b2c', maxsplit=1))
print(p.sub(repl='#', string='x9', count=1))
# Output:
# a<1>b<2> ('ab2', 1) ['a', '1', 'b', '2', 'c'] ['a', '1', 'b2c']
# x#
# ---
# Flags: their values, and combining them.
import re
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.MULTILINE), int(re.S), int(re.DOTALL))
print(int(re.X), int(re.VERBOSE), int(re.A), int(re.ASCII), int(re.U), int(re.UNICODE), int(re.L), int(re.NOFLAG))
print(re.I | re.M == 10, re.search('A', 'xa', re.I | re.M))
# Output:
# 2 2 8 8 16 16
# 64 64 256 256 32 32 4 0
# True <re.Match object; span=(1, 2), match='a'>
# ---
# IGNORECASE, with Unicode case folding.
import re
print(re.findall('[a-c]+', 'xABCabc', re.I), re.search('straße', 'STRASSE', re.I), re.search('é', 'É', re.I))
print(re.match('k', '\u212a', re.I), re.match('k', '\u212a', re.I | re.A), re.match('s', '\u017f', re.I))
print(re.match('é', 'É', re.I | re.A), re.match('[^a]', 'A', re.I), re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
# Output:
# ['ABCabc'] None <re.Match object; span=(0, 1), match='É'>
# <re.Match object; span=(0, 1), match='K'> None <re.Match object; span=(0, 1), match='ſ'>
# None None <re.Match object; span=(0, 2), match='Ab'> None
# ---
# MULTILINE and DOTALL.
import re
print(re.findall('^\\w', 'ab\ncd\nef', re.M), re.findall('\\w$', 'ab\ncd\nef', re.M), re.findall('^\\w', 'ab\ncd'))
print(re.findall('a.b', 'a\nb acb'), re.findall('a.b', 'a\nb acb', re.S), re.findall('(?s)a.b', 'a\nb'))
print(re.findall('(?m)^x', 'x\nx'), re.search('(?s:.)+', 'a\nb').group())
# Output:
# ['a', 'c', 'e'] ['b', 'd', 'f'] ['a']
# ['acb'] ['a\nb', 'acb'] ['a\nb']
# ['x', 'x'] a
# b
# ---
# $ matches at the end and before a final newline; \Z only at the end.
import re
print(re.search('a$', 'xa\n'), re.search('a$', 'xa\nb'), re.fullmatch('a$', 'a\n'), re.search('(a$)', 'a\n').span(1))
print(re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'a'), re.findall('$', 'a\n'), re.sub('$', '!', 'ab\n'))
print(re.match(r'^\d+$', '123\n'), re.search('(?:a|b$)', 'b\n'), re.search('x|$', 'ab\n'))
print(re.search('$', 'a\nb\n').span(), re.findall(r'\w+$', 'ab\ncd\n'), re.split('$', 'a\n'))
# Output:
# <re.Match object; span=(1, 2), match='a'> None None (0, 1)
# None <re.Match object; span=(0, 1), match='a'> ['', ''] ab!
# !
# <re.Match object; span=(0, 3), match='123'> <re.Match object; span=(0, 1), match='b'> <re.Match object; span=(2, 2), match=''>
# (3, 3) ['cd'] ['a', '\n', '']
# ---
# VERBOSE: whitespace and comments are ignored, except escaped or in sets.
import re
p = re.compile(r'''
    (\d+)   # digits
    \ [ ]   # an escaped space and a space in a set
    (?P<w>[a-z]+)  # a word
''', re.X)
print(p.match('12  ab'), p.groups)
print(re.match('(?x) a b # comment', 'ab'), re.match('a b', 'ab', re.X), re.match('a{1, 2}', 'a{1, 2}'))
# Output:
# <re.Match object; span=(0, 6), match='12  ab'> 2
# <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 7), match='a{1, 2}'>
# ---
# ASCII versus Unicode classes.
import re
print(re.findall(r'\d', 'a1٢३'), re.findall(r'\d', 'a1٢३', re.A), re.findall(r'\w+', 'héllo wörld_1'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\s', 'a\u3000b\x1cc\xa0d\ve'), re.findall(r'\s', 'a\u3000b\x1cc\xa0d\ve', re.A))
print(re.findall(r'\W', 'a-é!'), re.findall(r'[\W\d]', 'a-é1'), re.findall(r'[^\W\d]', 'a-é1_'), re.findall(r'\D+', 'ab12c'))
print(re.findall(r'\S+', 'a b\u2003c'), re.findall(r'[\s\d]', 'a 1\tb'), re.findall(r'(?a)\w', 'aé'))
# Output:
# ['1', '٢', '३'] ['1'] ['héllo', 'wörld_1']
# ['h', 'llo', 'w', 'rld'] ['\u3000', '\x1c', '\xa0', '\x0b'] ['\x0b']
# ['-', '!'] ['-', '1'] ['a', 'é', '_'] ['ab', 'c']
# ['a', 'b', 'c'] [' ', '1', '\t'] ['a']
# ---
# Character sets: ranges, negation, escapes, special characters.
import re
print(re.findall('[]a]', 'a]b'), re.findall('[^]a]', 'a]b'), re.findall('[a-]', 'a-b'), re.findall('[-a]', 'a-b'))
print(re.findall('[.*+?]', 'a.b*c+d?'), re.findall(r'[\]\\]', 'a]b\\c'), re.findall('[\\x41-\\x43]', 'ABCD'))
print(re.findall('[[:alpha:]]', 'a:[]'), re.findall('[\u00e0-\u00ff]', 'aéÿ'), re.findall(r'[\n]', 'a\nb'))
print(re.findall(r'[\b]', 'a\bb'), re.findall('[^a-z]', 'aB1'), re.findall('[a-z&&[^b]]', 'ab&&'))
# Output:
# ['a', ']'] ['b'] ['a', '-'] ['a', '-']
# ['.', '*', '+', '?'] [']', '\\'] ['A', 'B', 'C']
# ['[]'] ['é', 'ÿ'] ['\n']
# ['\x08'] ['B', '1'] []
# ---
# Quantifiers: greedy, lazy, counted, {,n}, and literal braces.
import re
print(re.match('a*', 'aaa'), re.match('a*?', 'aaa'), re.match('a+?', 'aaa'), re.match('a??', 'a'))
print(re.match('a{2}', 'aaa'), re.match('a{2,}', 'aaaa'), re.match('a{,2}', 'aaa'), re.match('a{1,2}?', 'aaa'))
print(re.match('a{,}', 'aaa'), re.match('a{}', 'a{}'), re.match('a{x}', 'a{x}'), re.match('a{1', 'a{1'))
print(re.match('{', '{'), re.match('a{3,3}', 'aaa'), re.match('(ab){2}', 'ababab'))
# Output:
# <re.Match object; span=(0, 3), match='aaa'> <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 0), match=''>
# <re.Match object; span=(0, 2), match='aa'> <re.Match object; span=(0, 4), match='aaaa'> <re.Match object; span=(0, 2), match='aa'> <re.Match object; span=(0, 1), match='a'>
# <re.Match object; span=(0, 3), match='aaa'> <re.Match object; span=(0, 3), match='a{}'> <re.Match object; span=(0, 4), match='a{x}'> <re.Match object; span=(0, 3), match='a{1'>
# <re.Match object; span=(0, 1), match='{'> <re.Match object; span=(0, 3), match='aaa'> <re.Match object; span=(0, 4), match='abab'>
# ---
# Groups: non-capturing, nested, named, alternation.
import re
m = re.match('(?:a(b))(c(d))?(?P<e>e)|x', 'abcde')
print(m.groups(), m.groupdict(), m.lastindex)
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match('(a*)?', 'b').groups(), re.match('(a+)*', 'b').groups())
print(re.match('(a)|(b)', 'b').groups(), re.match('((a)|b)+', 'ab').groups(), re.match('(?:(a)|b)+', 'ab').groups())
# Output:
# ('b', 'cd', 'd', 'e') {'e': 'e'} 4
# ('a', 'bcd', '') ('',) (None,)
# (None, 'b') ('b', 'a') ('a',)
# ---
# Comments and scoped inline flags.
import re
print(re.match('a(?#comment)b', 'ab'), re.match('(?i)ab', 'AB'), re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i:a(?-i:b))', 'Ab'), re.match('(?i:a(?-i:b))', 'AB'), re.match('(?s:.)', '\n'), re.match('(?x: a b )c', 'abc'))
print(re.match('(?a:\\w)', 'é'), re.match('(?m:^b)', 'b'))
# Output:
# <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 2), match='AB'> <re.Match object; span=(0, 3), match='aBc'> None
# <re.Match object; span=(0, 2), match='Ab'> None <re.Match object; span=(0, 1), match='\n'> <re.Match object; span=(0, 3), match='abc'>
# None <re.Match object; span=(0, 1), match='b'>
# ---
# Escapes: \x, \u, \U, octal, \0, and escaped punctuation.
import re
print(re.match(r'\x41\u0042\U00000043', 'ABC'), re.match(r'\101\0', 'A\0'), re.match(r'\.\*\-\#', '.*-#'))
print(re.match(r'\t\n\r\f\v\a', '\t\n\r\f\v\a'), re.match('\\\\', '\\'), re.match(r'\é', 'é'))
print(re.match(r'a\b', 'a b'), re.match(r'\Ba', 'ba'), re.search(r'\Ab', 'ab'))
# Output:
# <re.Match object; span=(0, 3), match='ABC'> <re.Match object; span=(0, 2), match='A\x00'> <re.Match object; span=(0, 4), match='.*-#'>
# <re.Match object; span=(0, 6), match='\t\n\r\x0c\x0b\x07'> <re.Match object; span=(0, 1), match='\\'> <re.Match object; span=(0, 1), match='é'>
# <re.Match object; span=(0, 1), match='a'> None None
# ---
# Alternation prefers the first branch that matches, as CPython.
import re
print(re.match('a|ab', 'ab'), re.match('ab|a', 'ab'), re.fullmatch('a|ab', 'ab'), re.search('cat|dog', 'hotdog cat'))
print(re.match('(a|ab)(c|bcd)', 'abcd').groups(), re.findall('a|b|', 'abc'))
# Output:
# <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(3, 6), match='dog'>
# ('a', 'bcd') ['a', 'b', '', '']
# ---
# escape: CPython 3.11's special characters.
import re
print(re.escape('a b-c.d\\e_fé!"#%&,/:;<=>@`~\n\t'))
print(re.escape('[x]{1}(y)?*+|^$'), re.escape(b'a.b c'), re.escape(''))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
# Output:
# a\ b\-c\.d\\e_fé!"\#%\&,/:;<=>@`\~\
# \	
# \[x\]\{1\}\(y\)\?\*\+\|\^\$ b'a\\.b\\ c' 
# <re.Match object; span=(0, 6), match='1+1=2?'>
# ---
# bytes patterns on bytes: ASCII classes, bytes results.
import re
print(re.search(b'a+', b'xaay'), re.findall(rb'\w', b'a\xe9b'), re.sub(b'a', b'\\\\', b'bab'))
print(re.split(rb'\s', b'a b\tc'), re.findall(rb'[\x80-\xff]', b'a\xe9\xff'), re.sub(rb'(\w)', lambda m: m.group(1).upper(), b'ab'))
print(re.match(b'(?i)A', b'a'), re.match(rb'\d', b'1').group(), re.compile(rb'x').pattern)
# Output:
# <re.Match object; span=(1, 3), match=b'aa'> [b'a', b'b'] b'b\\b'
# [b'a', b'b', b'c'] [b'\xe9', b'\xff'] b'AB'
# <re.Match object; span=(0, 1), match=b'a'> b'1' b'x'
# ---
# A str pattern on bytes (and the reverse) is a TypeError.
import re
for f in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 1), lambda: re.compile(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# Output:
# TypeError cannot use a string pattern on a bytes-like object
# TypeError cannot use a bytes pattern on a string-like object
# TypeError expected string or bytes-like object, got 'int'
# TypeError first argument must be string or compiled pattern
# ---
# compile of a compiled pattern with flags is a ValueError.
import re
re.compile(re.compile('a'), re.I)  ### exception:ValueError "cannot process flags argument with a compiled pattern"
# ---
# Pattern errors: CPython's message and position.
import re
for p in ['a{3,2}', 'a**', '*', 'a|*', '(?', '(?P', '(?Px', '(?P<', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
          '(?P=b)', '(?<x', '(?z)', 'a(?i)', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-a:x)', '(?au:x)', '(?L)a',
          '[z-a]', '[\\w-z]', '[a', '\\q', '\\', '\\1', '(a)\\2', '\\x1', '\\777', '[\\A]', 'a)', '(?#abc',
          '\\u12', 'a{1,2}{3}', '^*', '\\b+', '(a)(?P=x)', '(', ')', '[', '[]', 'a{2}{3}', '(?P<a-b>x)', '[\\9]']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), e)
# Output:
# 'a{3,2}' min repeat greater than max repeat at position 2
# 'a**' multiple repeat at position 2
# '*' nothing to repeat at position 0
# 'a|*' nothing to repeat at position 2
# '(?' unexpected end of pattern at position 2
# '(?P' unexpected end of pattern at position 3
# '(?Px' unknown extension ?Px at position 1
# '(?P<' missing group name at position 4
# '(?P<a' missing >, unterminated name at position 4
# '(?P<1a>x)' bad character in group name '1a' at position 4
# '(?P<a>x)(?P<a>y)' redefinition of group name 'a' as group 2; was group 1 at position 12
# '(?P=b)' unknown group name 'b' at position 4
# '(?<x' unknown extension ?<x at position 1
# '(?z)' unknown extension ?z at position 1
# 'a(?i)' global flags not at the start of the expression at position 1
# '(?i' missing -, : or ) at position 3
# '(?i-' missing flag at position 4
# '(?-i)' missing : at position 4
# '(?i-i:a)' bad inline flags: flag turned on and off at position 5
# '(?a-a:x)' bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 5
# '(?au:x)' bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4
# '(?L)a' bad inline flags: cannot use 'L' flag with a str pattern at position 3
# '[z-a]' bad character range z-a at position 1
# '[\\w-z]' bad character range \w-z at position 1
# '[a' unterminated character set at position 0
# '\\q' bad escape \q at position 0
# '\\' bad escape (end of pattern) at position 0
# '\\1' invalid group reference 1 at position 1
# '(a)\\2' invalid group reference 2 at position 4
# '\\x1' incomplete escape \x1 at position 0
# '\\777' octal escape value \777 outside of range 0-0o377 at position 0
# '[\\A]' bad escape \A at position 1
# 'a)' unbalanced parenthesis at position 1
# '(?#abc' missing ), unterminated comment at position 0
# '\\u12' incomplete escape \u12 at position 0
# 'a{1,2}{3}' multiple repeat at position 6
# '^*' nothing to repeat at position 1
# '\\b+' nothing to repeat at position 2
# '(a)(?P=x)' unknown group name 'x' at position 7
# '(' missing ), unterminated subpattern at position 0
# ')' unbalanced parenthesis at position 0
# '[' unterminated character set at position 0
# '[]' unterminated character set at position 0
# 'a{2}{3}' multiple repeat at position 4
# '(?P<a-b>x)' bad character in group name 'a-b' at position 4
# '[\\9]' bad escape \9 at position 1
# ---
# re.error attributes, and a position on a later line.
import re
try:
    re.compile('ab\ncd)')
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile('(a')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), isinstance(re.error('x'), Exception))
# Output:
# unbalanced parenthesis at position 5 (line 2, column 3)
# unbalanced parenthesis 5 2 3 'ab\ncd)'
# missing ), unterminated subpattern 0 1 1
# True True
# ---
# An uncaught re.error.
import re
re.compile('(ab')  ### exception:re.error "missing \), unterminated subpattern at position 0"
# ---
# The error is re.error, raised and caught as such.
import re
try:
    raise re.error('custom')
except re.error as e:
    print('caught', e, type(e))
# Output:
# caught custom <class 're.error'>
# ---
# Pattern and Match are types that cannot be instantiated.
import re
print(re.Pattern, re.Match, isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(type(re.compile('a')) is re.Pattern, type(re.match('a', 'a')) is re.Match)
re.Pattern('a')  ### exception:TypeError "cannot create 're.Pattern' instances"
# Output:
# <class 're.Pattern'> <class 're.Match'> True True
# True True
# ---
# Match.expand.
import re
m = re.match(r'(?P<a>\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \1 \g<a>!'), m.expand(r'\g<0>'))
# Output:
# world hello hello! hello world
# ---
# Positions count characters, not bytes.
import re
s = 'αβγ δεζ ηθι'
print([m.span() for m in re.finditer(r'\w+', s)], re.search('δ', s).start(), re.split(' ', s, 1))
print(re.sub('β', 'BB', s), re.compile('ζ').search(s, 5), re.compile('\\w').search(s, 4, 5), re.search('😀+', 'a😀😀b'))
print(re.findall('.', '日本'), re.sub('', '|', '日本'), re.match('(日)(本)?', '日').span(2))
# Output:
# [(0, 3), (4, 7), (8, 11)] 4 ['αβγ', 'δεζ ηθι']
# αBBγ δεζ ηθι <re.Match object; span=(6, 7), match='ζ'> <re.Match object; span=(4, 5), match='δ'> <re.Match object; span=(1, 3), match='😀😀'>
# ['日', '本'] |日|本| (-1, -1)
# ---
# A callable that is not a string is called with the match.
import re
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return m.group() * self.n
c = Counter()
print(re.sub('a', c, 'aaa'), c.n)
# Output:
# aaaaaa 3
# ---
# Module attributes are read-only.
import re
re.I = 4  ### policy:readonly-attr
# ---
# Dunder attributes of Pattern and Match are out of reach.
import re
re.compile('a').__class__  ### policy:dunder-attr
# ---
# Unknown attributes raise AttributeError.
import re
m = re.match('a', 'a')
try:
    m.nope
except AttributeError as e:
    print(e)
re.compile('a').scanner  ### exception:AttributeError "'re.Pattern' object has no attribute 'scanner'"
# ---
# Module functions bind their arguments as CPython's Python functions do.
import re
for f in [lambda: re.search('a'), lambda: re.search(), lambda: re.sub('a'), lambda: re.search('a', 'b', 0, 1),
          lambda: re.search('a', 'b', x=1), lambda: re.search('a', pattern='b'), lambda: re.compile(),
          lambda: re.compile('a', 0, 1), lambda: re.escape(), lambda: re.purge(1), lambda: re.split('a', 'b', 0, 0, 0)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(re.sub('a', 'b', 'aaa', 2, re.I), re.split('a', 'bAc', 0, re.I), re.findall('A', 'a', re.I))
print(re.sub(pattern='a', repl='x', string='ab', count=1, flags=0), re.split('a', 'bab', maxsplit=1), re.purge())
# Output:
# search() missing 1 required positional argument: 'string'
# search() missing 2 required positional arguments: 'pattern' and 'string'
# sub() missing 2 required positional arguments: 'repl' and 'string'
# search() takes from 2 to 3 positional arguments but 4 were given
# search() got an unexpected keyword argument 'x'
# search() got multiple values for argument 'pattern'
# compile() missing 1 required positional argument: 'pattern'
# compile() takes from 1 to 2 positional arguments but 3 were given
# escape() missing 1 required positional argument: 'pattern'
# purge() takes 0 positional arguments but 1 was given
# split() takes from 2 to 4 positional arguments but 5 were given
# bba ['b', 'c'] ['a']
# xb ['b', 'b'] None
# ---
# Pattern and Match methods check their arguments as CPython's C methods.
import re
p = re.compile('(a)')
m = p.match('a')
for f in [lambda: p.search(), lambda: p.search('a', 0, 1, 2), lambda: p.search('a', x=1), lambda: p.sub('a'),
          lambda: p.split(), lambda: p.findall('a', 'b'), lambda: m.group(1, x=2), lambda: m.groups(1, 2),
          lambda: m.start(0, 1), lambda: m.start(group=0), lambda: m.expand(), lambda: m.groupdict(x=1),
          lambda: p.search(string='a', pos='x')]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# search() missing required argument 'string' (pos 1)
# search() takes at most 3 arguments (4 given)
# 'x' is an invalid keyword argument for search()
# sub() missing required argument 'string' (pos 2)
# split() missing required argument 'string' (pos 1)
# 'str' object cannot be interpreted as an integer
# Match.group() takes no keyword arguments
# groups() takes at most 1 argument (2 given)
# start expected at most 1 argument, got 2
# Match.start() takes no keyword arguments
# expand() missing required argument 'template' (pos 1)
# 'x' is an invalid keyword argument for groupdict()
# 'str' object cannot be interpreted as an integer
# ---
# A search over a long text with a pattern that backtracks badly in CPython.
# differs: CPython takes exponential time on (?:a*)*b; RE2 answers at once
import re
print(re.match('(?:a*)*b', 'a' * 40), re.search('(?:x+x+)+y', 'x' * 50))
# Output:
# None None
# ---
# Backreferences are not supported by RE2.
# differs: pyfence refuses the construct with re.error
import re
for p in [r'(a)\1', '(?P<n>a)(?P=n)']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
# Output:
# backreference \1 is not supported by pyfence's re (RE2) at position 3
# backreference (?P=n) is not supported by pyfence's re (RE2) at position 8
# ---
# Look-ahead and look-behind are not supported by RE2.
# differs: pyfence refuses the construct with re.error
import re
for p in ['a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
# Output:
# look-ahead is not supported by pyfence's re (RE2) at position 1
# negative look-ahead is not supported by pyfence's re (RE2) at position 1
# look-behind is not supported by pyfence's re (RE2) at position 0
# negative look-behind is not supported by pyfence's re (RE2) at position 0
# ---
# Atomic groups, possessive repeats and conditional groups are not supported by RE2.
# differs: pyfence refuses the construct with re.error
import re
for p in ['(?>a+)b', 'a*+b', 'a++', 'a?+', 'a{1,2}+', '(a)?(?(1)b|c)']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
# Output:
# atomic group (?>...) is not supported by pyfence's re (RE2) at position 0
# possessive repeat is not supported by pyfence's re (RE2) at position 1
# possessive repeat is not supported by pyfence's re (RE2) at position 1
# possessive repeat is not supported by pyfence's re (RE2) at position 1
# possessive repeat is not supported by pyfence's re (RE2) at position 1
# conditional group (?(...)...) is not supported by pyfence's re (RE2) at position 4
# ---
# A repeated group that can match the empty string: sre and RE2 capture differently on the last, empty, iteration.
# differs: pyfence refuses the pattern with re.error
import re
print(re.match('(?:a*)*', 'aa').span(), re.match('(a+)*', 'aa').groups())
for p in ['(a*)*', '(a?)+', '(|a){2,}', '((a)|b?)*']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
# Output:
# (0, 2) ('aa',)
# a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4
# a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4
# a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4
# a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 8
# ---
# Repeat counts above 1000 are not supported by RE2.
# differs: pyfence refuses the count with re.error
import re
print(re.match('a{1000}', 'a' * 1000).end())
re.compile('a{1001}')  ### exception:re.error "repetition count above 1000 is not supported by pyfence's re \(RE2\) at position 1"
# Output:
# 1000
# ---
# Nested repeats that multiply past the program budget are refused.
# differs: CPython compiles this; RE2 would need a huge program
import re
re.compile('(?:(?:a{1000}){1000}){1000}')  ### exception:re.error "pattern too large"
# ---
# \b next to non-ASCII letters needs Unicode word boundaries, which RE2 lacks.
# differs: pyfence refuses the match with re.error instead of answering by ASCII rules
import re
print(re.findall(r'\bcaf', 'cafe caf'), re.findall(r'\b\w', 'ab cd', re.A), re.findall(r'(?a)\bé', 'é'))
re.search(r'\bcaf\b', 'café')  ### exception:re.error "non-ASCII letters"
# Output:
# ['caf', 'caf'] ['a', 'c'] ['é']
# ---
# A $ followed by more pattern, on a text of several lines that ends in a newline.
# differs: RE2 cannot tell the final newline from the others there; pyfence raises re.error
import re
print(re.search('a$|b', 'a\n'), re.search('(a$)?x', 'ax'))
re.search('a$\n', 'b\na\n')  ### exception:re.error "several lines"
# Output:
# <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 2), match='ax'>
# ---
# Flags are plain ints, not re.RegexFlag members.
# differs: pyfence has no enum; the values are CPython's
import re
print(re.I, re.I | re.M, re.compile('a', re.I).flags)
# Output:
# 2 10 34
# ---
# \N{...} named characters and re.DEBUG are not supported.
# differs: pyfence has no Unicode name table and prints no debug output
import re
try:
    re.compile(r'\N{DIGIT ONE}')
except re.error as e:
    print(e)
re.compile('a', 128)  ### exception:ValueError "re.DEBUG is not supported"
# Output:
# named character escapes \N{...} are not supported by pyfence's re at position 0
