# str methods: searching, splitting, padding and joining, as CPython 3.11.
# ---
# find, rfind, index, rindex and count, with start and end in code points.
s = 'ΑΒΓ banana ΑΒΓ'
print(s.find('a'), s.rfind('a'), s.find('ana', 6), s.rfind('ana', 0, 9), s.find('x'))
print(s.index('Β'), s.rindex('Β'), s.count('a'), s.count('an', 5, 10), s.count(''))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.find('', -1), 'abc'.rfind(''))
print('abc'.find('c', None, None), 'abc'.find('c', True), 'abc'.count('a', 10**30), 'abc'.find('', -10**30))
# Output:
# 5 9 7 5 -1
# 1 12 3 2 15
# 3 -1 2 3
# 2 2 0 0
# ---
# index raises ValueError when the substring is missing.
'banana'.index('x')  ### exception:ValueError "substring not found"
# ---
# startswith and endswith accept a tuple and slice bounds.
print('banana'.startswith('ban'), 'banana'.startswith(('x', 'ba')), 'banana'.endswith('an', 0, 3))
print(''.startswith('', 1), 'abc'.startswith('', 3), ''.endswith('', 0, -1), 'abc'.startswith('a', 10**100))
# Output:
# True True True
# False True True False
# ---
# startswith rejects other types with CPython's message.
'abc'.startswith(['a'])  ### exception:TypeError "startswith first arg must be str or a tuple of str, not list"
# ---
# replace, with counts and the empty string.
print('banana'.replace('an', 'AN'), 'banana'.replace('a', '', 2), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'aaa'.replace('a', 'b', -1), 'ΣΑΣ'.replace('Σ', 's'))
# Output:
# bANANa bnna -a-b-c-
# -a-bc bbb sΑs
# ---
# partition, rpartition, removeprefix and removesuffix.
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='), 'kv'.rpartition('='))
print('unhappy'.removeprefix('un'), 'file.py'.removesuffix('.py'), 'x'.removeprefix('y'))
# Output:
# ('k', '=', 'v=w') ('k=v', '=', 'w') ('kv', '', '') ('', '', 'kv')
# happy file x
# ---
# partition with an empty separator.
'abc'.partition('')  ### exception:ValueError "empty separator"
# ---
# split and rsplit, by whitespace and by separator, with maxsplit.
print(' a  b\tc\n '.split(), 'a,b,,c'.split(','), 'a b c d'.split(' ', 2), 'a b c'.split(maxsplit=1))
print('  a b  c  '.split(None, 1), '  a b  c  '.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), 'x'.split(maxsplit=-5))
print(''.split(), ''.split(','), 'a\u3000b\x1cc\x85d'.split(), '  a b '.split(None, 0))
# Output:
# ['a', 'b', 'c'] ['a', 'b', '', 'c'] ['a', 'b', 'c d'] ['a', 'b c']
# ['a', 'b  c  '] ['  a b', 'c'] ['a,b', 'c'] ['x']
# [] [''] ['a', 'b', 'c', 'd'] ['a b ']
# ---
# split with an empty separator.
'abc'.split('')  ### exception:ValueError "empty separator"
# ---
# splitlines knows every line boundary CPython knows.
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('a\nb\r\n\nc'.splitlines(True), 'x\n'.splitlines(keepends=True), ''.splitlines())
# Output:
# ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
# ['a\n', 'b\r\n', '\n', 'c'] ['x\n'] []
# ---
# strip, lstrip and rstrip, with and without characters.
print(repr('  hi \n'.strip()), 'xxhixx'.strip('x'), '0012'.lstrip('0'), 'a//'.rstrip('/'))
print(repr('\u3000é\u2028'.strip()), repr(' a '.strip(None)), 'abcxyzcba'.strip('cab'))
# Output:
# 'hi' hi 12 a
# 'é' 'a' xyz
# ---
# center, ljust, rjust and zfill.
print('abc'.center(9, '*'), 'ab'.center(5) + '|', 'abc'.center(6) + '|', 'abc'.center(2))
print('ab'.ljust(5, '.'), 'ab'.rjust(5), 'é'.center(4, 'ß'), 'abc'.ljust(-1))
print('42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), ''.zfill(3), '-'.zfill(3), 'abc'.zfill(1))
# Output:
# ***abc***   ab |  abc  | abc
# ab...    ab ßéßß abc
# 00042 -0042 +004 000 -00 abc
# ---
# The fill character must be one character.
'abc'.center(9, 'ab')  ### exception:TypeError "The fill character must be exactly one character long"
# ---
# expandtabs tracks columns across lines.
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb\n\tc'.expandtabs(4)), repr('a\tb'.expandtabs(0)))
print(repr('ab\r\tc'.expandtabs(3)), repr('é\tx'.expandtabs(tabsize=2)))
# Output:
# 'a       bc      def     g' 'a   b\n    c' 'ab'
# 'ab\r   c' 'é x'
# ---
# join takes any iterable of str.
print(', '.join(['a', 'b']), '-'.join(('x', 'y')), '+'.join(str(i) for i in range(4)), '.'.join('abc'))
print(repr(''.join([])), 'x'.join(iter(['1', '2'])), ''.join(map(str, [1, 2, 3])))
# Output:
# a, b x-y 0+1+2+3 a.b.c
# '' 1x2 123
# ---
# join names the first item that is not a str.
', '.join(['a', 'b', 3])  ### exception:TypeError "sequence item 2: expected str instance, int found"
# ---
# join needs an iterable.
''.join(5)  ### exception:TypeError "can only join an iterable"
# ---
# translate and maketrans.
t = ''.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcd'.translate(t), 'abc'.translate(''.maketrans({'a': 'AA', 'b': None})), 'abc'.translate('xyz'))
# Output:
# [(97, 120), (98, 121), (99, 122), (100, None)]
# xyz AAc abc
# ---
# maketrans checks its arguments.
''.maketrans('ab', 'c')  ### exception:ValueError "the first two maketrans arguments must have equal length"
# ---
# encode to UTF-8, ASCII and Latin-1.
print('héllo'.encode(), 'héllo'.encode('ascii', 'replace'), 'é'.encode('latin-1'), 'a€'.encode('latin-1', 'ignore'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'abc', encoding='ascii'))
# Output:
# b'h\xc3\xa9llo' b'h?llo' b'\xe9' b'a'
# café � abc
# ---
# encode reports unencodable characters as CPython does.
'héé!'.encode('ascii')  ### exception:UnicodeEncodeError "can't encode characters in position 1-2"
# ---
# Arguments are checked with CPython's messages.
print('abc'.find(1))  ### exception:TypeError "must be str, not int"
# ---
# Methods without keyword parameters reject keywords.
'abc'.find(sub='a')  ### exception:TypeError "str.find\(\) takes no keyword arguments"
# ---
# Unknown keyword arguments of split.
'abc'.split(x=1)  ### exception:TypeError "'x' is an invalid keyword argument for split\(\)"
