# Strings as users process them: parsing, cleaning, formatting tables,
# padding and alignment, checked against CPython 3.11.
# ---
line = '  Alice , 34 ,  alice@example.com  '
name, age, email = [part.strip() for part in line.split(',')]
print(repr(name), int(age) + 1, email.upper(), email.split('@')[1])
# Output:
# 'Alice' 35 ALICE@EXAMPLE.COM example.com
# ---
title = 'the lord of the rings'
small = {'of', 'the', 'a'}
words = title.split()
print(' '.join(w if i and w in small else w.capitalize() for i, w in enumerate(words)))
print(title.title(), title.swapcase()[:7], title.count('the'), title.find('lord'), title.rfind('the'))
# Output:
# The Lord of the Rings
# The Lord Of The Rings THE LOR 2 4 12
# ---
rows = [('apples', 3, 0.5), ('kiwis', 12, 0.25), ('watermelon', 1, 3.0)]
print(f"{'item':<12}{'qty':>5}{'price':>8}")
for item, qty, price in rows:
    print(f'{item:<12}{qty:>5}{price:>8.2f}')
print('-' * 25)
print(f"{'total':<12}{sum(q for _, q, _ in rows):>5}{sum(q * p for _, q, p in rows):>8.2f}")
# Output:
# item          qty   price
# apples          3    0.50
# kiwis          12    0.25
# watermelon      1    3.00
# -------------------------
# total          16    7.50
# ---
s = 'Hello, World'
print(s.center(20, '*'), s.ljust(15, '.') + '|', s.rjust(15) + '|', s.zfill(14))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(3))
# Output:
# ****Hello, World**** Hello, World...|    Hello, World| 00Hello, World
# 00042 -0042 +07
# ---
slug_src = '  Hello World! Python 3.11 -- Rocks  '
slug = '-'.join(''.join(c for c in w if c.isalnum()).lower() for w in slug_src.split())
print(slug.replace('--', '-').strip('-'))
# Output:
# hello-world-python-311-rocks
# ---
csv = 'id,name,score\n1,ann,90\n2,bob,75\n3,cy,88\n'
header, *lines = csv.strip().split('\n')
keys = header.split(',')
records = [dict(zip(keys, l.split(','))) for l in lines]
print(records[1], [r['name'] for r in records if int(r['score']) > 80])
# Output:
# {'id': '2', 'name': 'bob', 'score': '75'} ['ann', 'cy']
# ---
text = 'one two  three\tfour\nfive'
print(text.split(), text.split(' '), text.split(None, 2), text.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ''.split(','), ''.split())
# Output:
# ['one', 'two', 'three', 'four', 'five'] ['one', 'two', '', 'three\tfour\nfive'] ['one', 'two', 'three\tfour\nfive'] ['one two  three\tfour', 'five']
# ['a', 'b', '', 'c'] ['a', 'b,,c'] [''] []
# ---
print('%s has %d items costing %.2f (%5.1f%%)' % ('cart', 3, 9.5, 12.345))
print('%-8s|%8s|' % ('left', 'right'), '%05d|%+d|%x|%o|%e' % (42, 7, 255, 8, 12345.678))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
# Output:
# cart has 3 items costing 9.50 ( 12.3%)
# left    |   right| 00042|+7|ff|10|1.234568e+04
# Ann is 30
# ---
n = 1234567.891
print(f'{n:,.2f}', f'{n:_.1f}', f'{n:e}', f'{n:.3g}', f'{0.000123:.2%}', f'{255:#x}', f'{255:08b}', f'{-5:+d}')
# Output:
# 1,234,567.89 1_234_567.9 1.234568e+06 1.23e+06 0.01% 0xff 11111111 -5
# ---
word = 'racecar'
print(word == word[::-1], 'Never odd or even'.replace(' ', '').lower() == 'Never odd or even'.replace(' ', '').lower()[::-1])
print(sorted('banana'), ''.join(sorted(set('banana'))), 'banana'.index('n'), 'banana'.rindex('a'))
# Output:
# True True
# ['a', 'a', 'a', 'b', 'n', 'n'] abn 2 5
# ---
def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f'{cur} {word}' if cur else word
    if cur:
        lines.append(cur)
    return lines
for l in wrap('the quick brown fox jumps over the lazy dog', 12):
    print('|' + l.ljust(12) + '|')
# Output:
# |the quick   |
# |brown fox   |
# |jumps over  |
# |the lazy dog|
# ---
print('abc'.startswith(('x', 'a')), 'file.tar.gz'.endswith('.gz'), 'file.tar.gz'.partition('.'), 'file.tar.gz'.rpartition('.'))
print('a-b-c'.replace('-', '+', 1), 'xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), '  pad  '.rstrip() + '|')
# Output:
# True True ('file', '.', 'tar.gz') ('file.tar', '.', 'gz')
# a+b-c hi hixx   pad|
# ---
codes = [ord(c) for c in 'AZaz09']
print(codes, ''.join(chr(c + 1) for c in codes), 'Zebra' < 'apple', sorted(['b', 'A', 'a', 'B']))
# Output:
# [65, 90, 97, 122, 48, 57] B[b{1: True ['A', 'B', 'a', 'b']
# ---
print('Ünïcödé'.lower(), 'straße'.upper(), len('héllo'), 'héllo'.encode('utf-8'), b'caf\xc3\xa9'.decode('utf-8'))
# Output:
# ünïcödé STRASSE 5 b'h\xc3\xa9llo' café
# ---
def mask(card):
    digits = card.replace(' ', '')
    return '*' * (len(digits) - 4) + digits[-4:]
print(mask('4111 1111 1111 1234'), mask('1234'))
# Output:
# ************1234 1234
# ---
print('{:>10}|{:^10}|{:<10}|'.format('r', 'c', 'l'), '{0}{1}{0}'.format('ab', '-'), '{x}{y!r}'.format(x=1, y='q'))
print('{:*^15,}'.format(1234567), '{:.3}'.format('abcdef'), '{:>{w}.{p}f}'.format(3.14159, w=10, p=3))
# Output:
#          r|    c     |l         | ab-ab 1'q'
# ***1,234,567*** abc      3.142
# ---
s = 'Mississippi'
print(s.count('ss'), s.find('ss', 3), s.find('zz'), s.replace('ss', 'SS'), s.lower().count('i'), s.split('ss'))
print(s.isalpha(), s.isupper(), 'ABC'.isupper(), '123'.isdigit(), ' '.isspace(), 'Title Case'.istitle())
# Output:
# 2 5 -1 MiSSiSSippi 4 ['Mi', 'i', 'ippi']
# True False True True True True
# ---
parts = ['a', 'b', 'c']
print(', '.join(parts), ''.join(reversed(parts)), '-'.join(str(i) for i in range(4)), ' and '.join(parts[-2:]))
# Output:
# a, b, c cba 0-1-2-3 b and c
# ---
def plural(n, word):
    return f'{n} {word}' + ('' if n == 1 else 's')
print(plural(1, 'file'), plural(0, 'file'), plural(3, 'dir'))
print('{} item{}'.format(2, 's' if 2 != 1 else ''))
# Output:
# 1 file 0 files 3 dirs
# 2 items
