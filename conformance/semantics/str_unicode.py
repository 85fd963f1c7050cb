# str case mappings and character classes follow CPython 3.11's Unicode data.
# ---
# upper, lower, casefold use the full mappings (one character may become several).
print('straße'.upper(), 'ﬁne ﬂow'.upper(), 'İ'.lower() == 'i\u0307', 'Straße'.casefold(), 'ǅ'.lower())
print('Hello, World'.upper(), 'HeLLo'.lower(), 'ŉ'.upper(), 'ΐ'.upper())
# Output:
# STRASSE FINE FLOW True strasse ǆ
# HELLO, WORLD hello ʼN Ϊ́
# ---
# lower() uses the final form of sigma at the end of a word.
print('ΟΔΟΣ ΟΔΟΣ.'.lower(), 'Σ'.lower(), 'ΣΑ'.lower(), 'AΣ'.lower(), 'AΣb'.lower(), 'A\u0345Σ'.lower())
# Output:
# οδος οδος. σ σα aς aσb aͅς
# ---
# capitalize, title and swapcase.
print('hELLO wORLD'.capitalize(), 'ǆemal'.capitalize(), "they're bill's".title(), 'hello 2nd world'.title())
print('ﬂow'.title(), 'Hello ß'.swapcase(), 'AΣ'.swapcase(), 'ǅ'.swapcase(), 'ﬁ'.capitalize())
# Output:
# Hello world ǅemal They'Re Bill'S Hello 2Nd World
# Flow hELLO SS aς ǅ Fi
# ---
# Character classes: alphabetic, decimal, digit, numeric.
for s in ['abc', 'ab1', '', 'éΣ', '12', '²', '½', '一', '١٢', 'Ⅻ', '①']:
    print(repr(s), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
# Output:
# 'abc' True False False False True
# 'ab1' False False False False True
# '' False False False False False
# 'éΣ' True False False False True
# '12' False True True True True
# '²' False False True True True
# '½' False False False True True
# '一' True False False True True
# '١٢' False True True True True
# 'Ⅻ' False False False True True
# '①' False False True True True
# ---
# Whitespace and printable characters.
for s in [' \t', '\x1c', '\u200b', '', '\xa0', '\u3000', 'a\n', '\x7f', '\u2028']:
    print(repr(s), s.isspace(), s.isprintable())
# Output:
# ' \t' True False
# '\x1c' True False
# '\u200b' False False
# '' False True
# '\xa0' True False
# '\u3000' True False
# 'a\n' False False
# '\x7f' False False
# '\u2028' True False
# ---
# Identifiers, ASCII and case predicates.
print('_a1'.isidentifier(), '1a'.isidentifier(), 'été'.isidentifier(), ''.isidentifier(), 'a-b'.isidentifier(), 'ℕ'.isidentifier())
print('abc'.isascii(), ''.isascii(), 'é'.isascii(), 'abc'.islower(), 'ABC'.isupper(), 'a1'.islower(), '1'.islower(), 'ß'.islower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'ǅemal'.istitle(), ''.istitle(), 'HELLO'.istitle(), 'ᾼ'.istitle())
# Output:
# True False True False False True
# True True False True True True False True
# True False True False False True
# ---
# repr escapes what str.isprintable rejects.
print(repr('\x00\x1f\x7f\x85\xa0\u200b\u2028\U0001F600é\t\n\r\\'), repr("it's"), repr('"x"'), repr('\'"'))
print(ascii('é\U0001F600\u20ac'), ascii(['ü']))
# Output:
# '\x00\x1f\x7f\x85\xa0\u200b\u2028😀é\t\n\r\\' "it's" '"x"' '\'"'
# '\xe9\U0001f600\u20ac' ['\xfc']
# ---
# Indexing arithmetic counts code points, not bytes.
s = 'ΑΒΓ😀xyz'
print(len(s), s.find('x'), s.rfind('😀'), s.center(11, '·'), s.ljust(9, 'é'), s.count('😀'))
print(s.split('😀'), s.partition('Γ'), s.startswith('😀', 3), s.endswith('Γ', 0, 3))
# Output:
# 7 4 3 ··ΑΒΓ😀xyz·· ΑΒΓ😀xyzéé 1
# ['ΑΒΓ', 'xyz'] ('ΑΒ', 'Γ', '😀xyz') True True
