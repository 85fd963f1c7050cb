# Small programs of the kind users write: pricing rules, record validation,
# templating, reports, sorting with keys, checked against CPython 3.11.
# ---
def price(qty, unit, discount=0.0, tax=0.2):
    subtotal = qty * unit
    if qty >= 10:
        discount = max(discount, 0.05)
    net = subtotal * (1 - discount)
    return round(net * (1 + tax), 2)
for q in (1, 9, 10, 25):
    print(q, price(q, 4.99), price(q, 4.99, discount=0.1))
# Output:
# 1 5.99 5.39
# 9 53.89 48.5
# 10 56.89 53.89
# 25 142.21 134.73
# ---
TIERS = [(0, 0.0), (100, 0.05), (500, 0.1), (1000, 0.15)]
def tier_discount(total):
    rate = 0.0
    for threshold, r in TIERS:
        if total >= threshold:
            rate = r
    return rate
orders = [50, 100, 499.99, 500, 2500]
print([(o, tier_discount(o), round(o * (1 - tier_discount(o)), 2)) for o in orders])
# Output:
# [(50, 0.0, 50.0), (100, 0.05, 95.0), (499.99, 0.05, 474.99), (500, 0.1, 450.0), (2500, 0.15, 2125.0)]
# ---
def validate(record):
    errors = []
    if not record.get('name'):
        errors.append('name is required')
    age = record.get('age')
    if not isinstance(age, int) or isinstance(age, bool):
        errors.append('age must be an integer')
    elif not 0 <= age <= 150:
        errors.append(f'age out of range: {age}')
    email = record.get('email', '')
    if '@' not in email or email.startswith('@') or email.endswith('@'):
        errors.append('invalid email %r' % email)
    return errors
records = [
    {'name': 'Ann', 'age': 31, 'email': 'ann@example.com'},
    {'name': '', 'age': 200, 'email': 'x@'},
    {'age': True, 'email': 'bob'},
]
for r in records:
    print(validate(r) or 'ok')
# Output:
# ok
# ['name is required', 'age out of range: 200', "invalid email 'x@'"]
# ['name is required', 'age must be an integer', "invalid email 'bob'"]
# ---
template = 'Dear {name}, your order #{order:05d} of {total:,.2f} EUR ships on {day}.'
rows = [dict(name='Ann', order=42, total=1234.5, day='Monday'),
        dict(name='Bo', order=7, total=0.999, day='Friday')]
for row in rows:
    print(template.format(**row))
# Output:
# Dear Ann, your order #00042 of 1,234.50 EUR ships on Monday.
# Dear Bo, your order #00007 of 1.00 EUR ships on Friday.
# ---
def render(tpl, values):
    out = []
    for word in tpl.split():
        if word.startswith('$'):
            key = word[1:].rstrip('.,!')
            tail = word[1 + len(key):]
            out.append(str(values.get(key, '?')) + tail)
        else:
            out.append(word)
    return ' '.join(out)
print(render('Hello $user, you have $count new messages.', {'user': 'kim', 'count': 3}))
print(render('Missing $thing!', {}))
# Output:
# Hello kim, you have 3 new messages.
# Missing ?!
# ---
people = [('Ann', 31, 'Oslo'), ('bob', 25, 'Rome'), ('Cy', 31, 'Athens'), ('dee', 19, 'oslo')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[2].lower(), reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[0].casefold())])
# Output:
# [('dee', 19, 'oslo'), ('bob', 25, 'Rome'), ('Ann', 31, 'Oslo'), ('Cy', 31, 'Athens')]
# [('Ann', 31, 'Oslo'), ('Cy', 31, 'Athens'), ('bob', 25, 'Rome'), ('dee', 19, 'oslo')]
# [('bob', 25, 'Rome'), ('Ann', 31, 'Oslo'), ('dee', 19, 'oslo'), ('Cy', 31, 'Athens')]
# ['Ann', 'bob', 'Cy', 'dee']
# ---
sales = [('north', 'apples', 120), ('south', 'pears', 80), ('north', 'pears', 45), ('south', 'apples', 200), ('east', 'apples', 10)]
by_region = {}
for region, product, amount in sales:
    by_region.setdefault(region, {}).setdefault(product, 0)
    by_region[region][product] += amount
for region in sorted(by_region):
    total = sum(by_region[region].values())
    print(f'{region:<6}|{total:>6}|', ', '.join(f'{k}={v}' for k, v in sorted(by_region[region].items())))
# Output:
# east  |    10| apples=10
# north |   165| apples=120, pears=45
# south |   280| apples=200, pears=80
# ---
scores = {'ann': [90, 85, 77], 'bob': [60, 70], 'cy': [], 'dee': [100]}
def avg(xs):
    return sum(xs) / len(xs) if xs else None
report = {name: avg(s) for name, s in scores.items()}
print(report)
ranked = sorted((v, k) for k, v in report.items() if v is not None)
print(ranked[::-1])
print('%-5s %6s' % ('name', 'avg'))
for name, value in report.items():
    print('%-5s %6s' % (name, 'n/a' if value is None else '%.1f' % value))
# Output:
# {'ann': 84.0, 'bob': 65.0, 'cy': None, 'dee': 100.0}
# [(100.0, 'dee'), (84.0, 'ann'), (65.0, 'bob')]
# name     avg
# ann     84.0
# bob     65.0
# cy       n/a
# dee    100.0
# ---
def parse_line(line):
    key, sep, value = line.partition('=')
    if not sep:
        raise ValueError(f'no "=" in {line!r}')
    key = key.strip().lower()
    value = value.strip()
    if value.isdigit():
        return key, int(value)
    if value.lower() in ('true', 'false'):
        return key, value.lower() == 'true'
    return key, value.strip('"')
config = {}
for line in ['Port = 8080', 'DEBUG=true', 'name = "svc"', '# comment', 'broken']:
    if line.startswith('#'):
        continue
    try:
        k, v = parse_line(line)
        config[k] = v
    except ValueError as e:
        print('skip:', e)
print(config)
# Output:
# skip: no "=" in 'broken'
# {'port': 8080, 'debug': True, 'name': 'svc'}
# ---
inventory = [
    {'sku': 'A1', 'qty': 0, 'price': 9.99},
    {'sku': 'B2', 'qty': 14, 'price': 1.5},
    {'sku': 'C3', 'qty': 3, 'price': 120.0},
]
in_stock = [item['sku'] for item in inventory if item['qty'] > 0]
value = sum(item['qty'] * item['price'] for item in inventory)
cheapest = min(inventory, key=lambda i: i['price'])
print(in_stock, round(value, 2), cheapest['sku'], max(inventory, key=lambda i: i['qty'])['sku'])
# Output:
# ['B2', 'C3'] 381.0 B2 B2
# ---
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ('Fizz' if i % 3 == 0 else '') + ('Buzz' if i % 5 == 0 else '')
        out.append(s or str(i))
    return out
print(' '.join(fizzbuzz(15)))
# Output:
# 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz
# ---
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, len(freq), max(words, key=len), sorted(set(words))[:4])
# Output:
# [('the', 3), ('brown', 1), ('dog', 1)] 9 quick ['brown', 'dog', 'end', 'fox']
# ---
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
print(chunks(list(range(7)), 3), chunks('abcdefg', 2), chunks([], 4))
# Output:
# [[0, 1, 2], [3, 4, 5], [6]] ['ab', 'cd', 'ef', 'g'] []
# ---
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
flat = [x for row in matrix for x in row]
print(transposed, flat, [sum(col) for col in zip(*matrix)], [[x * y for x in range(1, 4)] for y in range(1, 3)])
# Output:
# [[1, 4], [2, 5], [3, 6]] [1, 2, 3, 4, 5, 6] [5, 7, 9] [[1, 2, 3], [2, 4, 6]]
# ---
def money(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return f'{sign}${cents // 100:,}.{cents % 100:02d}'
print(money(0), money(5), money(123456789), money(-250))
# Output:
# $0.00 $0.05 $1,234,567.89 -$2.50
# ---
class Cart:
    def __init__(self):
        self.lines = []
    def add(self, name, price, qty=1):
        if qty <= 0:
            raise ValueError(f'quantity must be positive, got {qty}')
        self.lines.append((name, price, qty))
        return self
    def total(self):
        return sum(p * q for _, p, q in self.lines)
    def __len__(self):
        return sum(q for _, _, q in self.lines)
    def __str__(self):
        body = '\n'.join(f'{n:10}{q:>3} x {p:7.2f}' for n, p, q in self.lines)
        return f'{body}\n{"total":10}{self.total():>13.2f}'
cart = Cart().add('tea', 3.5, 2).add('cake', 12.0)
try:
    cart.add('air', 1.0, 0)
except ValueError as e:
    print(e)
print(len(cart))
print(cart)
# Output:
# quantity must be positive, got 0
# 3
# tea         2 x    3.50
# cake        1 x   12.00
# total             19.00
# ---
def normalize_phone(raw):
    digits = ''.join(ch for ch in raw if ch.isdigit())
    if len(digits) == 11 and digits.startswith('1'):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return '({}) {}-{}'.format(digits[:3], digits[3:6], digits[6:])
print([normalize_phone(p) for p in ['555-123-4567', '1 (555) 987 6543', '12345', 'call me']])
# Output:
# ['(555) 123-4567', '(555) 987-6543', None, None]
# ---
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
print(rle('aaabccdddd'), rle(''), rle('x'))
# Output:
# 3a1b2c4d  1x
# ---
from_status = {'new': ['paid', 'cancelled'], 'paid': ['shipped', 'refunded'], 'shipped': ['delivered']}
def advance(state, event):
    allowed = from_status.get(state, [])
    if event not in allowed:
        raise ValueError(f'cannot go from {state} to {event}; allowed: {allowed}')
    return event
state = 'new'
for ev in ['paid', 'shipped', 'refunded']:
    try:
        state = advance(state, ev)
        print('now', state)
    except ValueError as e:
        print(e)
# Output:
# now paid
# now shipped
# cannot go from shipped to refunded; allowed: ['delivered']
# ---
def histogram(values, width=20):
    top = max(values.values())
    for k, v in values.items():
        bar = '#' * round(v / top * width)
        print(f'{k:>5} {bar:<{width}} {v:5.1f}%')
histogram({'red': 42.0, 'green': 13.5, 'blue': 44.5})
# Output:
#   red ###################   42.0%
# green ######                13.5%
#  blue ####################  44.5%
# ---
dates = ['2024-03-01', '2023-12-25', '2024-01-15']
parsed = [tuple(int(x) for x in d.split('-')) for d in dates]
print(sorted(parsed), ['%02d/%02d/%d' % (d, m, y) for y, m, d in sorted(parsed)])
print(max(dates), sorted(dates, key=lambda s: s[5:]))
# Output:
# [(2023, 12, 25), (2024, 1, 15), (2024, 3, 1)] ['25/12/2023', '15/01/2024', '01/03/2024']
# 2024-03-01 ['2024-01-15', '2024-03-01', '2023-12-25']
# ---
def apply_rules(order, rules):
    applied = []
    for name, cond, action in rules:
        if cond(order):
            order = action(order)
            applied.append(name)
    return order, applied
rules = [
    ('bulk', lambda o: o['qty'] >= 100, lambda o: {**o, 'unit': o['unit'] * 0.9}),
    ('vip', lambda o: o.get('vip'), lambda o: {**o, 'unit': o['unit'] - 1}),
    ('free-ship', lambda o: o['qty'] * o['unit'] > 500, lambda o: {**o, 'ship': 0}),
]
print(apply_rules({'qty': 150, 'unit': 4.0, 'ship': 10, 'vip': True}, rules))
print(apply_rules({'qty': 1, 'unit': 4.0, 'ship': 10}, rules))
# Output:
# ({'qty': 150, 'unit': 2.6, 'ship': 10, 'vip': True}, ['bulk', 'vip'])
# ({'qty': 1, 'unit': 4.0, 'ship': 10}, [])
