# datetime: date, time, datetime, timedelta, timezone with CPython 3.11 semantics.
# ---
# Module constants and class reprs.
import datetime
print(datetime.MINYEAR, datetime.MAXYEAR)
print(datetime.date, datetime.time, datetime.datetime, datetime.timedelta, datetime.timezone)
print(datetime.UTC, repr(datetime.UTC), datetime.UTC is datetime.timezone.utc)
# Output:
# 1 9999
# <class 'datetime.date'> <class 'datetime.time'> <class 'datetime.datetime'> <class 'datetime.timedelta'> <class 'datetime.timezone'>
# UTC datetime.timezone.utc True
# ---
# date constructor, attributes, repr and str.
from datetime import date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(date(1, 1, 1), date(9999, 12, 31), date(year=2000, month=1, day=2))
print(str(date(5, 6, 7)), date(True, 1, 1))
# Output:
# 2024-02-29 datetime.date(2024, 2, 29) 2024 2 29
# 0001-01-01 9999-12-31 2000-01-02
# 0005-06-07 0001-01-01
# ---
# date constructor range errors.
from datetime import date
for args in [(2024, 13, 1), (2024, 0, 1), (2023, 2, 29), (2024, 4, 31), (0, 1, 1), (10000, 1, 1), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, e)
# Output:
# (2024, 13, 1) month must be in 1..12
# (2024, 0, 1) month must be in 1..12
# (2023, 2, 29) day is out of range for month
# (2024, 4, 31) day is out of range for month
# (0, 1, 1) year 0 is out of range
# (10000, 1, 1) year 10000 is out of range
# (2024, 1, 0) day is out of range for month
# ---
# date constructor argument errors.
from datetime import date
for args, kw in [((2024, 1), {}), ((2024, 1, 1, 1), {}), ((2024.0, 1, 1), {}), (('a', 1, 1), {}), ((2024, 1), {'year': 1}), ((), {'x': 1}), ((2024, 1, 1), {'x': 1})]:
    try:
        date(*args, **kw)
    except TypeError as e:
        print(e)
# Output:
# function missing required argument 'day' (pos 3)
# function takes at most 3 arguments (4 given)
# 'float' object cannot be interpreted as an integer
# 'str' object cannot be interpreted as an integer
# function missing required argument 'day' (pos 3)
# function missing required argument 'year' (pos 1)
# function takes at most 3 arguments (4 given)
# ---
# date class attributes.
from datetime import date
print(date.min, date.max, date.resolution, repr(date.resolution))
d = date(2024, 1, 1)
print(d.min, d.max)
# Output:
# 0001-01-01 9999-12-31 1 day, 0:00:00 datetime.timedelta(days=1)
# 0001-01-01 9999-12-31
# ---
# weekday, isoweekday, toordinal, fromordinal.
from datetime import date
for d in [date(2024, 1, 1), date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31), date(2000, 12, 31)]:
    print(d, d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()) == d)
print(date.fromordinal(1), date.fromordinal(738886), date.fromordinal(3652059))
for n in [0, -5, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(e)
# Output:
# 2024-01-01 0 1 738886 True
# 2024-02-29 3 4 738945 True
# 0001-01-01 0 1 1 True
# 9999-12-31 4 5 3652059 True
# 2000-12-31 6 7 730485 True
# 0001-01-01 2024-01-01 9999-12-31
# ordinal must be >= 1
# ordinal must be >= 1
# year 10000 is out of range
# ---
# isocalendar returns a named tuple.
from datetime import date
for d in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31), date(2027, 1, 1)]:
    print(d.isocalendar())
c = date(2024, 12, 30).isocalendar()
print(c.year, c.week, c.weekday, c[0], c[-1], c[1:], len(c), tuple(c), list(c))
y, w, wd = c
print(y, w, wd, c == (2025, 1, 1), c != (2025, 1, 2), 1 in c)
# Output:
# datetime.IsoCalendarDate(year=2024, week=1, weekday=1)
# datetime.IsoCalendarDate(year=2025, week=1, weekday=1)
# datetime.IsoCalendarDate(year=2020, week=53, weekday=7)
# datetime.IsoCalendarDate(year=2020, week=53, weekday=4)
# datetime.IsoCalendarDate(year=2026, week=53, weekday=5)
# 2025 1 1 2025 1 (1, 1) 3 (2025, 1, 1) [2025, 1, 1]
# 2025 1 1 True True True
# ---
# fromisocalendar.
from datetime import date, datetime
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2024, 10, 3))
for args in [(2024, 54, 1), (2021, 53, 1), (2024, 1, 8), (2024, 1, 0), (10000, 1, 1), (0, 1, 1), (9999, 52, 6)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(args, e)
# Output:
# 2024-01-01 2021-01-03 2024-03-06 00:00:00
# (2024, 54, 1) Invalid week: 54
# (2021, 53, 1) Invalid week: 53
# (2024, 1, 8) Invalid day: 8 (range is [1, 7])
# (2024, 1, 0) Invalid day: 0 (range is [1, 7])
# (10000, 1, 1) Year is out of range: 10000
# (0, 1, 1) Year is out of range: 0
# (9999, 52, 6) year 10000 is out of range
# ---
# date.replace.
from datetime import date
d = date(2024, 1, 31)
print(d.replace(year=2023), d.replace(month=3), d.replace(day=1), d.replace(2000, 2, 29), d.replace())
for kw in [{'month': 2}, {'month': 13}, {'year': 0}]:
    try:
        d.replace(**kw)
    except ValueError as e:
        print(e)
try:
    d.replace(x=1)
except TypeError as e:
    print(e)
# Output:
# 2023-01-31 2024-03-31 2024-01-01 2000-02-29 2024-01-31
# day is out of range for month
# month must be in 1..12
# year 0 is out of range
# 'x' is an invalid keyword argument for replace()
# ---
# date comparisons and hashing.
from datetime import date
a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2024, 1, 1))
print(a == 1, a != 'x', hash(a) == hash(date(2024, 1, 1)))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 5)]))
print(max(a, b), min(a, b))
# Output:
# True True False False False True True
# False True True
# [datetime.date(2023, 1, 1), datetime.date(2024, 1, 5), datetime.date(2024, 3, 1)]
# 2024-01-02 2024-01-01
# ---
# date arithmetic with timedelta.
from datetime import date, timedelta
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d)
print(d - timedelta(days=59), d - date(2023, 2, 28), date(2023, 1, 1) - d)
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(hours=1), d - timedelta(seconds=-1))
# Output:
# 2024-02-29 2024-03-01 2025-02-28
# 2023-12-31 365 days, 0:00:00 -423 days, 0:00:00
# 2024-02-28 2024-02-29 2024-02-28 2024-02-29
# ---
# date overflow at the boundaries.
from datetime import date, timedelta
for f in [lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1),
          lambda: date(2024, 1, 1) + timedelta.max, lambda: date(2024, 1, 1) - timedelta.max]:
    try:
        f()
    except OverflowError as e:
        print(e)
print(date.max - date.min)
# Output:
# date value out of range
# date value out of range
# date value out of range
# date value out of range
# 3652058 days, 0:00:00
# ---
# Unsupported date operations.
from datetime import date, datetime
d = date(2024, 1, 1)
for f in [lambda: d + 1, lambda: d + d, lambda: 1 - d, lambda: d - datetime(2024, 1, 1), lambda: d * 2]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# unsupported operand type(s) for +: 'datetime.date' and 'int'
# unsupported operand type(s) for +: 'datetime.date' and 'datetime.date'
# unsupported operand type(s) for -: 'int' and 'datetime.date'
# unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'
# unsupported operand type(s) for *: 'datetime.date' and 'int'
# ---
# date isoformat, ctime, strftime, format.
from datetime import date
d = date(2024, 3, 5)
print(d.isoformat(), d.ctime(), date(5, 1, 1).isoformat(), date(2024, 12, 25).ctime())
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %y'))
print(d.strftime('%H:%M:%S.%f %p %I %z|%Z|%%'))
print(format(d, '%d/%m/%Y'), format(d), f'{d}', f'{d:%b %d}', '{:%Y}'.format(d))
# Output:
# 2024-03-05 Tue Mar  5 00:00:00 2024 0005-01-01 Wed Dec 25 00:00:00 2024
# 2024-03-05 Tue Tuesday Mar March 065 09 10 2 2 24
# 00:00:00.000000 AM 12 ||%
# 05/03/2024 2024-03-05 2024-03-05 Mar 05 2024
# ---
# date.fromisoformat.
from datetime import date
for s in ['2024-01-31', '20240131', '2024-W01', '2024W01', '2024-W01-3', '2024W013', '2020-W53-7']:
    print(date.fromisoformat(s))
for s in ['2024-1-1', '2024-01-01T00', '2024-0101', '202401-01', '2024-W54', '24-01-01', '', 'x' * 10]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print(e)
for s in ['2024-02-30', '2024-13-01', '0000-01-01']:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print(e)
try:
    date.fromisoformat(20240101)
except TypeError as e:
    print(e)
# Output:
# 2024-01-31
# 2024-01-31
# 2024-01-01
# 2024-01-01
# 2024-01-03
# 2024-01-03
# 2021-01-03
# Invalid isoformat string: '2024-1-1'
# Invalid isoformat string: '2024-01-01T00'
# Invalid isoformat string: '2024-0101'
# Invalid isoformat string: '202401-01'
# Invalid isoformat string: '2024-W54'
# Invalid isoformat string: '24-01-01'
# Invalid isoformat string: ''
# Invalid isoformat string: 'xxxxxxxxxx'
# day is out of range for month
# month must be in 1..12
# year 0 is out of range
# fromisoformat: argument must be str
# ---
# timedelta construction and normalisation.
from datetime import timedelta
print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(0, 1)), repr(timedelta(0, 0, 1)))
print(repr(timedelta(days=-1)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
print(repr(timedelta(hours=25)), repr(timedelta(minutes=-90)), repr(timedelta(milliseconds=1500)))
t = timedelta(days=-1, seconds=86399)
print(t.days, t.seconds, t.microseconds)
# Output:
# datetime.timedelta(0) datetime.timedelta(days=1) datetime.timedelta(seconds=1) datetime.timedelta(microseconds=1)
# datetime.timedelta(days=-1) datetime.timedelta(days=-1, seconds=86399) datetime.timedelta(days=-1, seconds=86399, microseconds=999999)
# datetime.timedelta(days=8, seconds=3661, microseconds=1001)
# datetime.timedelta(days=1, seconds=3600) datetime.timedelta(days=-1, seconds=81000) datetime.timedelta(seconds=1, microseconds=500000)
# -1 86399 0
# ---
# timedelta with floats rounds half to even.
from datetime import timedelta
print(repr(timedelta(hours=1.5, minutes=0.25, milliseconds=0.0005)))
print(repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=2.5)), repr(timedelta(microseconds=-0.5)))
print(repr(timedelta(days=0.1, seconds=0.1)), repr(timedelta(weeks=0.5)), repr(timedelta(seconds=1e-7)))
print(repr(timedelta(days=1.1, hours=-26.4)), repr(timedelta(seconds=123456789.123456789)))
# Output:
# datetime.timedelta(seconds=5415)
# datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=2) datetime.timedelta(0)
# datetime.timedelta(seconds=8640, microseconds=100000) datetime.timedelta(days=3, seconds=43200) datetime.timedelta(0)
# datetime.timedelta(0) datetime.timedelta(days=1428, seconds=77589, microseconds=123457)
# ---
# timedelta str.
from datetime import timedelta
for t in [timedelta(), timedelta(1), timedelta(2), timedelta(-1), timedelta(-2, 5), timedelta(hours=-1),
          timedelta(microseconds=-1), timedelta(days=2, microseconds=5), timedelta(seconds=3661), timedelta.max, timedelta.min]:
    print(str(t))
# Output:
# 0:00:00
# 1 day, 0:00:00
# 2 days, 0:00:00
# -1 day, 0:00:00
# -2 days, 0:00:05
# -1 day, 23:00:00
# -1 day, 23:59:59.999999
# 2 days, 0:00:00.000005
# 1:01:01
# 999999999 days, 23:59:59.999999
# -999999999 days, 0:00:00
# ---
# timedelta range and type errors.
from datetime import timedelta
for kw in [{'days': 1e9}, {'days': 999999999, 'hours': 24}, {'days': -1000000000}, {'weeks': 10**9}]:
    try:
        timedelta(**kw)
    except OverflowError as e:
        print(e)
try:
    timedelta(float('nan'))
except ValueError as e:
    print(e)
try:
    timedelta(float('inf'))
except OverflowError as e:
    print(e)
for args, kw in [(('1',), {}), ((), {'hours': None}), ((1, 2, 3, 4, 5, 6, 7, 8), {}), ((), {'x': 1}), ((1,), {'days': 2})]:
    try:
        timedelta(*args, **kw)
    except TypeError as e:
        print(e)
# Output:
# days=1000000000; must have magnitude <= 999999999
# days=1000000000; must have magnitude <= 999999999
# days=-1000000000; must have magnitude <= 999999999
# Python int too large to convert to C int
# cannot convert float NaN to integer
# cannot convert float infinity to integer
# unsupported type for timedelta days component: str
# unsupported type for timedelta hours component: NoneType
# __new__() takes at most 7 arguments (8 given)
# 'x' is an invalid keyword argument for __new__()
# argument for __new__() given by name ('days') and position (1)
# ---
# timedelta class attributes.
from datetime import timedelta
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.min, timedelta.max, timedelta(1).max == timedelta.max)
# Output:
# datetime.timedelta(days=-999999999) datetime.timedelta(days=999999999, seconds=86399, microseconds=999999) datetime.timedelta(microseconds=1)
# -999999999 days, 0:00:00 999999999 days, 23:59:59.999999 True
# ---
# total_seconds.
from datetime import timedelta
for t in [timedelta(1), timedelta(microseconds=-1), timedelta.max, timedelta(seconds=1, microseconds=1), timedelta(days=-3, hours=7)]:
    print(t.total_seconds())
# Output:
# 86400.0
# -1e-06
# 86400000000000.0
# 1.000001
# -234000.0
# ---
# timedelta addition, subtraction, negation, abs.
from datetime import timedelta
a, b = timedelta(days=1, seconds=30), timedelta(hours=-5)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)), repr(abs(a)))
print(repr(abs(timedelta.min + timedelta(microseconds=1))), repr(-timedelta(999999999)))
for f in [lambda: timedelta.max + timedelta(microseconds=1), lambda: timedelta.min - timedelta(1), lambda: -timedelta.min, lambda: -timedelta.max]:
    try:
        f()
    except OverflowError as e:
        print(e)
# Output:
# datetime.timedelta(seconds=68430) datetime.timedelta(days=1, seconds=18030) datetime.timedelta(days=-2, seconds=68370) datetime.timedelta(days=-2, seconds=86370) datetime.timedelta(days=-1, seconds=68400) datetime.timedelta(seconds=18000) datetime.timedelta(days=1, seconds=30)
# datetime.timedelta(days=999999998, seconds=86399, microseconds=999999) datetime.timedelta(days=-999999999)
# days=1000000000; must have magnitude <= 999999999
# days=-1000000000; must have magnitude <= 999999999
# days=-1000000000; must have magnitude <= 999999999
# ---
# timedelta multiplication.
from datetime import timedelta
t = timedelta(seconds=1, microseconds=500000)
print(repr(t * 3), repr(3 * t), repr(t * -1), repr(t * 0), repr(t * True), repr(t * 1.5), repr(0.1 * timedelta(seconds=1)))
print(repr(timedelta(microseconds=1) * 0.5), repr(timedelta(microseconds=3) * 0.5), repr(timedelta(days=1) * (1 / 3)))
for f in [lambda: t * float('nan'), lambda: t * float('inf'), lambda: t * t, lambda: timedelta.max * 2]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
    except ValueError as e:
        print('ValueError', e)
    except OverflowError as e:
        print('OverflowError', e)
# Output:
# datetime.timedelta(seconds=4, microseconds=500000) datetime.timedelta(seconds=4, microseconds=500000) datetime.timedelta(days=-1, seconds=86398, microseconds=500000) datetime.timedelta(0) datetime.timedelta(seconds=1, microseconds=500000) datetime.timedelta(seconds=2, microseconds=250000) datetime.timedelta(microseconds=100000)
# datetime.timedelta(0) datetime.timedelta(microseconds=2) datetime.timedelta(seconds=28800)
# ValueError cannot convert NaN to integer ratio
# OverflowError cannot convert Infinity to integer ratio
# TypeError unsupported operand type(s) for *: 'datetime.timedelta' and 'datetime.timedelta'
# OverflowError days=1999999999; must have magnitude <= 999999999
# ---
# timedelta division, floor division, modulo, divmod.
from datetime import timedelta
t = timedelta(seconds=10)
print(t / timedelta(seconds=3), t / 3, t / 4, t / 2.5, t / 0.3, repr(t // 3), t // timedelta(seconds=3))
print(repr(timedelta(seconds=-10) // 3), timedelta(seconds=-10) // timedelta(seconds=3))
print(repr(t % timedelta(seconds=3)), repr(timedelta(seconds=-10) % timedelta(seconds=3)), repr(t % timedelta(seconds=-3)))
print(divmod(t, timedelta(seconds=3)), divmod(timedelta(seconds=-10), timedelta(seconds=3)))
print(repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2), repr(timedelta(microseconds=-5) / 2))
# Output:
# 3.3333333333333335 0:00:03.333333 0:00:02.500000 0:00:04 0:00:33.333333 datetime.timedelta(seconds=3, microseconds=333333) 3
# datetime.timedelta(days=-1, seconds=86396, microseconds=666666) -4
# datetime.timedelta(seconds=1) datetime.timedelta(seconds=2) datetime.timedelta(days=-1, seconds=86398)
# (3, datetime.timedelta(seconds=1)) (-4, datetime.timedelta(seconds=2))
# datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=4) datetime.timedelta(days=-1, seconds=86399, microseconds=999998)
# ---
# timedelta division errors.
from datetime import timedelta
t = timedelta(1)
for f in [lambda: t / 0, lambda: t // 0, lambda: t % timedelta(0), lambda: t / timedelta(0), lambda: t // timedelta(0),
          lambda: divmod(t, timedelta(0)), lambda: t / 0.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
for f in [lambda: t % 5, lambda: divmod(t, 5), lambda: t // 1.5, lambda: t + 1, lambda: 1 - t]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# integer division or modulo by zero
# integer division or modulo by zero
# integer modulo by zero
# division by zero
# integer division or modulo by zero
# integer division or modulo by zero
# integer division or modulo by zero
# unsupported operand type(s) for %: 'datetime.timedelta' and 'int'
# unsupported operand type(s) for divmod(): 'datetime.timedelta' and 'int'
# unsupported operand type(s) for //: 'datetime.timedelta' and 'float'
# unsupported operand type(s) for +: 'datetime.timedelta' and 'int'
# unsupported operand type(s) for -: 'int' and 'datetime.timedelta'
# ---
# timedelta comparisons, truth and hashing.
from datetime import timedelta
a, b = timedelta(hours=1), timedelta(minutes=60)
print(a == b, a != b, a < timedelta(hours=2), a >= b, a > b, a == 3600, hash(a) == hash(b))
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), hash(timedelta()) == hash((0, 0, 0)))
print(bool(timedelta()), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=1)]))
print({timedelta(hours=1): 'a', timedelta(seconds=3600): 'b'})
# Output:
# True False True True False False True
# True True
# False True True
# [datetime.timedelta(days=-1), datetime.timedelta(0), datetime.timedelta(seconds=1), datetime.timedelta(days=1)]
# {datetime.timedelta(seconds=3600): 'b'}
# ---
# time constructor, attributes, repr and str.
from datetime import time, timezone, timedelta
t = time(12, 30, 45, 123456)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 5)), time(1, 2, 3, 4000))
print(repr(time(1, tzinfo=timezone.utc)), repr(time(1, fold=1)), repr(time(0, 0, 0, 5, tzinfo=timezone.utc, fold=1)))
print(time(1, 2, tzinfo=timezone(timedelta(hours=-5))), time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-1, microseconds=3))))
# Output:
# 12:30:45.123456 datetime.time(12, 30, 45, 123456) 12 30 45 123456 None 0
# datetime.time(0, 0) datetime.time(1, 0) datetime.time(1, 2, 3) datetime.time(0, 0, 0, 5) 01:02:03.004000
# datetime.time(1, 0, tzinfo=datetime.timezone.utc) datetime.time(1, 0, fold=1) datetime.time(0, 0, 0, 5, tzinfo=datetime.timezone.utc, fold=1)
# 01:02:00-05:00 01:02:03.000004-00:59:59.999997
# ---
# time constructor errors.
from datetime import time
for kw in [{'hour': 24}, {'minute': 60}, {'second': 60}, {'microsecond': 1000000}, {'fold': 2}, {'hour': -1}]:
    try:
        time(**kw)
    except ValueError as e:
        print(e)
for args, kw in [((1.5,), {}), ((), {'tzinfo': 1}), ((), {'x': 1}), ((1, 2, 3, 4, None, 0), {})]:
    try:
        time(*args, **kw)
    except TypeError as e:
        print(e)
# Output:
# hour must be in 0..23
# minute must be in 0..59
# second must be in 0..59
# microsecond must be in 0..999999
# fold must be either 0 or 1
# hour must be in 0..23
# 'float' object cannot be interpreted as an integer
# tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# 'x' is an invalid keyword argument for this function
# function takes at most 5 positional arguments (6 given)
# ---
# time class attributes, replace, isoformat.
from datetime import time, timezone
print(time.min, time.max, time.resolution)
t = time(1, 2, 3, 4567, tzinfo=timezone.utc)
print(t.replace(hour=5), t.replace(tzinfo=None), repr(t.replace(fold=1)), t.replace(microsecond=0))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(t.isoformat(spec), time(23, 59).isoformat(timespec=spec))
try:
    t.isoformat('nanoseconds')
except ValueError as e:
    print(e)
# Output:
# 00:00:00 23:59:59.999999 0:00:00.000001
# 05:02:03.004567+00:00 01:02:03.004567 datetime.time(1, 2, 3, 4567, tzinfo=datetime.timezone.utc, fold=1) 01:02:03+00:00
# 01:02:03.004567+00:00 23:59:00
# 01+00:00 23
# 01:02+00:00 23:59
# 01:02:03+00:00 23:59:00
# 01:02:03.004+00:00 23:59:00.000
# 01:02:03.004567+00:00 23:59:00.000000
# Unknown timespec value
# ---
# time comparisons and hashing, naive and aware.
from datetime import time, timezone, timedelta
utc, plus1 = timezone.utc, timezone(timedelta(hours=1))
print(time(1) < time(2), time(1) == time(1), time(1, tzinfo=utc) == time(2, tzinfo=plus1), time(1) == time(1, tzinfo=utc))
print(hash(time(1, tzinfo=utc)) == hash(time(2, tzinfo=plus1)), time(1) != time(1, tzinfo=utc), time(1) == 1)
try:
    time(1) < time(1, tzinfo=utc)
except TypeError as e:
    print(e)
print(bool(time()), bool(time(0, tzinfo=utc)))
# Output:
# True True True False
# True True False
# can't compare offset-naive and offset-aware times
# True True
# ---
# time methods: utcoffset, dst, tzname, strftime, format.
from datetime import time, timezone, timedelta
t = time(13, 5, 9, 7, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(t.utcoffset(), t.dst(), t.tzname(), time(1).utcoffset(), time(1).tzname(), time(1).dst())
print(t.strftime('%H:%M:%S.%f %I %p %z %Z'), t.strftime('%Y-%m-%d %a %j'))
print(format(t, '%H.%M'), format(t), f'{time(9):%I %p}')
# Output:
# 5:30:00 None IST None None None
# 13:05:09.000007 01 PM +0530 IST 1900-01-01 Mon 001
# 13.05 13:05:09.000007+05:30 09 AM
# ---
# time.fromisoformat.
from datetime import time
for s in ['12', '12:30', '12:30:45', '12:30:45.5', '12:30:45,123', '12:30:45.1234567', '1230', '123045', '123045.5+0100',
          'T12:00', '12:00Z', '12+01', '12:00+0130', '12:00:00-00:00:00.000001', '12:30.5', '12:00-05:30:15.25']:
    print(repr(time.fromisoformat(s)))
for s in ['', 'T', 'Tx', '1', '12:3', '12:30:45:', '12:00+1', '12:00:00.', '12:00:00x', '12:00Z+01', 'ab:cd', '25:00', '12:60']:
    try:
        time.fromisoformat(s)
    except ValueError as e:
        print(e)
# Output:
# datetime.time(12, 0)
# datetime.time(12, 30)
# datetime.time(12, 30, 45)
# datetime.time(12, 30, 45, 500000)
# datetime.time(12, 30, 45, 123000)
# datetime.time(12, 30, 45, 123456)
# datetime.time(12, 30)
# datetime.time(12, 30, 45)
# datetime.time(12, 30, 45, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# datetime.time(12, 0)
# datetime.time(12, 0, tzinfo=datetime.timezone.utc)
# datetime.time(12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# datetime.time(12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=5400)))
# datetime.time(12, 0, tzinfo=datetime.timezone.utc)
# datetime.time(12, 30, 0, 500000)
# datetime.time(12, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66584, microseconds=750000)))
# Invalid isoformat string: ''
# Invalid isoformat string: 'T'
# Invalid isoformat string: 'Tx'
# Invalid isoformat string: '1'
# Invalid isoformat string: '12:3'
# Invalid isoformat string: '12:30:45:'
# Invalid isoformat string: '12:00+1'
# Invalid isoformat string: '12:00:00.'
# Invalid isoformat string: '12:00:00x'
# Invalid isoformat string: '12:00Z+01'
# Invalid isoformat string: 'ab:cd'
# hour must be in 0..23
# minute must be in 0..59
# ---
# timezone construction, repr, str, equality.
from datetime import timezone, timedelta
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'UTC'), timezone(timedelta(hours=3)),
           timezone(timedelta(hours=-5), 'EST'), timezone(timedelta(hours=-5, seconds=-1)), timezone(timedelta(microseconds=1)),
           timezone.min, timezone.max, timezone(offset=timedelta(minutes=90), name='x')]:
    print(repr(tz), str(tz))
print(timezone.utc == timezone(timedelta(0), 'X'), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'A'), timezone.utc == 0)
print(hash(timezone.utc) == hash(timedelta(0)), hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))))
# Output:
# datetime.timezone.utc UTC
# datetime.timezone.utc UTC
# datetime.timezone(datetime.timedelta(0), 'UTC') UTC
# datetime.timezone(datetime.timedelta(seconds=10800)) UTC+03:00
# datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST') EST
# datetime.timezone(datetime.timedelta(days=-1, seconds=68399)) UTC-05:00:01
# datetime.timezone(datetime.timedelta(microseconds=1)) UTC+00:00:00.000001
# datetime.timezone(datetime.timedelta(days=-1, seconds=60)) UTC-23:59
# datetime.timezone(datetime.timedelta(seconds=86340)) UTC+23:59
# datetime.timezone(datetime.timedelta(seconds=5400), 'x') x
# True True False
# True True
# ---
# timezone errors.
from datetime import timezone, timedelta
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(days=2),)]:
    try:
        timezone(*args)
    except ValueError as e:
        print(e)
for args in [(1,), (timedelta(hours=1), 5), (), (timedelta(0), 'a', 'b')]:
    try:
        timezone(*args)
    except TypeError as e:
        print(e)
# Output:
# offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=-1).
# offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=2).
# timezone() argument 1 must be datetime.timedelta, not int
# timezone() argument 2 must be str, not int
# timezone() missing required argument 'offset' (pos 1)
# timezone() takes at most 2 arguments (3 given)
# ---
# timezone methods.
from datetime import timezone, timedelta, datetime
tz = timezone(timedelta(hours=2), 'CEST')
dt = datetime(2024, 6, 1, 12, tzinfo=tz)
print(tz.utcoffset(None), tz.utcoffset(dt), tz.tzname(None), tz.dst(None), timezone.utc.tzname(dt))
print(tz.fromutc(datetime(2024, 6, 1, 10, tzinfo=tz)))
for f in [lambda: tz.utcoffset(5), lambda: tz.tzname('x'), lambda: tz.fromutc(5)]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    tz.fromutc(datetime(2024, 1, 1))
except ValueError as e:
    print(e)
# Output:
# 2:00:00 2:00:00 CEST None UTC
# 2024-06-01 12:00:00+02:00
# utcoffset(dt) argument must be a datetime instance or None, not int
# tzname(dt) argument must be a datetime instance or None, not str
# fromutc: argument must be a datetime
# fromutc: dt.tzinfo is not self
# ---
# datetime constructor, attributes, repr and str.
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1, tzinfo=timezone.utc)))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), datetime(2024, 1, 1, 12, microsecond=5))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
# Output:
# 2024-01-02 03:04:05.000006 datetime.datetime(2024, 1, 2, 3, 4, 5, 6) 2024 1 2 3 4 5 6 None 0
# datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(2024, 1, 1, 0, 0, 5) datetime.datetime(2024, 1, 1, 0, 0, fold=1, tzinfo=datetime.timezone.utc)
# 2024-01-01 00:00:00-03:30 2024-01-01 12:00:00.000005
# 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 0:00:00.000001 datetime.datetime(1, 1, 1, 0, 0)
# ---
# datetime constructor errors.
from datetime import datetime
for args, kw in [((2024, 2, 30), {}), ((2024, 1, 1, 24), {}), ((2024, 1, 1), {'fold': 3}), ((2024, 1, 1, 0, 60), {})]:
    try:
        datetime(*args, **kw)
    except ValueError as e:
        print(e)
for args, kw in [((2024, 1), {}), ((2024, 1, 1, 1, 1, 1, 1, None, 1), {}), ((2024, 1, 1), {'tzinfo': 'x'}), ((2024, 1, 1), {'fold': 1.0}), ((2024, 1, 1), {'y': 1})]:
    try:
        datetime(*args, **kw)
    except TypeError as e:
        print(e)
# Output:
# day is out of range for month
# hour must be in 0..23
# fold must be either 0 or 1
# minute must be in 0..59
# function missing required argument 'day' (pos 3)
# function takes at most 8 positional arguments (9 given)
# tzinfo argument must be None or of a tzinfo subclass, not type 'str'
# 'float' object cannot be interpreted as an integer
# 'y' is an invalid keyword argument for this function
# ---
# datetime is a date; type checks.
from datetime import datetime, date, time, timedelta, timezone, tzinfo
dt = datetime(2024, 1, 1)
print(isinstance(dt, date), isinstance(dt, datetime), isinstance(date(2024, 1, 1), datetime), issubclass(datetime, date))
print(type(dt) is datetime, type(dt) == date, type(date(1, 1, 1)), isinstance(timezone.utc, tzinfo), isinstance(time(), date))
print(isinstance(timedelta(1), (date, timedelta)), issubclass(timezone, tzinfo))
# Output:
# True True False True
# True False <class 'datetime.date'> True False
# True True
# ---
# datetime replace, date, time, timetz.
from datetime import datetime, timezone
dt = datetime(2024, 1, 31, 10, 20, 30, 400, tzinfo=timezone.utc, fold=1)
print(dt.replace(day=1), dt.replace(tzinfo=None), dt.replace(hour=0, minute=0, second=0, microsecond=0), repr(dt.replace(fold=0)))
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
try:
    dt.replace(month=2)
except ValueError as e:
    print(e)
# Output:
# 2024-01-01 10:20:30.000400+00:00 2024-01-31 10:20:30.000400 2024-01-31 00:00:00+00:00 datetime.datetime(2024, 1, 31, 10, 20, 30, 400, tzinfo=datetime.timezone.utc)
# datetime.date(2024, 1, 31) datetime.time(10, 20, 30, 400, fold=1) datetime.time(10, 20, 30, 400, tzinfo=datetime.timezone.utc, fold=1)
# day is out of range for month
# ---
# datetime isoformat, str, ctime.
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 1, 2, 3, 4, 5, 6789, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='x'), str(dt), dt.ctime())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt.isoformat(timespec=spec), datetime(2024, 1, 1).isoformat('T', spec))
for f in [lambda: dt.isoformat(sep='ab'), lambda: dt.isoformat(sep=5)]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    dt.isoformat(timespec='x')
except ValueError as e:
    print(e)
print(datetime(5, 1, 1).isoformat(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-1))).isoformat())
# Output:
# 2024-01-02T03:04:05.006789+05:30 2024-01-02 03:04:05.006789+05:30 2024-01-02x03:04:05.006789+05:30 2024-01-02 03:04:05.006789+05:30 Tue Jan  2 03:04:05 2024
# 2024-01-02T03:04:05.006789+05:30 2024-01-01T00:00:00
# 2024-01-02T03+05:30 2024-01-01T00
# 2024-01-02T03:04+05:30 2024-01-01T00:00
# 2024-01-02T03:04:05+05:30 2024-01-01T00:00:00
# 2024-01-02T03:04:05.006+05:30 2024-01-01T00:00:00.000
# 2024-01-02T03:04:05.006789+05:30 2024-01-01T00:00:00.000000
# isoformat() argument 1 must be a unicode character, not str
# isoformat() argument 1 must be a unicode character, not int
# Unknown timespec value
# 0005-01-01T00:00:00 2024-01-01T00:00:00-00:00:01
# ---
# datetime comparisons, naive and aware.
from datetime import datetime, timezone, timedelta, date
utc = timezone.utc
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, a < b, a <= b, hash(a) == hash(b), datetime(2024, 1, 1) < datetime(2024, 1, 2))
print(datetime(2024, 1, 1) == a, datetime(2024, 1, 1) != a, datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
for f in [lambda: datetime(2024, 1, 1) < a, lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date(2024, 1, 1) > datetime(2024, 1, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
# Output:
# True False True True True
# False True False False
# can't compare offset-naive and offset-aware datetimes
# can't compare datetime.datetime to datetime.date
# can't compare datetime.datetime to datetime.date
# True True
# ---
# datetime arithmetic.
from datetime import datetime, timedelta, timezone
dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt - timedelta(days=59, minutes=30), timedelta(microseconds=1) + dt, dt + timedelta(microseconds=-1))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt))
a = datetime(2024, 1, 1, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2)))
print(repr(a - b), repr(b - a), a + timedelta(days=1))
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print(e)
for f in [lambda: dt + 1, lambda: dt - 1, lambda: dt + dt, lambda: dt - dt.date()]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# 2024-02-29 00:30:00 2023-12-31 23:00:00 2024-02-28 23:30:00.000001 2024-02-28 23:29:59.999999
# datetime.timedelta(days=58, seconds=84600) datetime.timedelta(days=-59, seconds=1800)
# datetime.timedelta(seconds=7200) datetime.timedelta(days=-1, seconds=79200) 2024-01-02 00:00:00+00:00
# can't subtract offset-naive and offset-aware datetimes
# unsupported operand type(s) for +: 'datetime.datetime' and 'int'
# unsupported operand type(s) for -: 'datetime.datetime' and 'int'
# unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'
# unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'
# ---
# datetime overflow at the boundaries.
from datetime import datetime, timedelta, timezone
for f in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: datetime(2024, 1, 1) + timedelta.max, lambda: datetime(2024, 1, 1) - timedelta.max,
          lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc)]:
    try:
        f()
    except OverflowError as e:
        print(e)
print(repr(datetime.max - datetime.min))
# Output:
# date value out of range
# date value out of range
# date value out of range
# date value out of range
# date value out of range
# datetime.timedelta(days=3652058, seconds=86399, microseconds=999999)
# ---
# timestamp and fromtimestamp with a time zone.
from datetime import datetime, timezone, timedelta
utc = timezone.utc
print(datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=utc).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
print(repr(datetime.fromtimestamp(0, utc)), repr(datetime.fromtimestamp(1.5, utc)), repr(datetime.fromtimestamp(-1.5, timezone(timedelta(hours=2)))))
print(repr(datetime.fromtimestamp(2.0000005, utc)), repr(datetime.fromtimestamp(timestamp=1, tz=utc)), repr(datetime.fromtimestamp(1704067200, tz=utc)))
print(repr(datetime.utcfromtimestamp(0)), repr(datetime.utcfromtimestamp(1e9 + 0.0000005)), repr(datetime.utcfromtimestamp(-62135596800)))
# Output:
# 1704067200.0 -3600.0
# 1704067200.000001 -62135596800.0
# datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 1, 59, 58, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
# datetime.datetime(1970, 1, 1, 0, 0, 2, 1, tzinfo=datetime.timezone.utc) datetime.datetime(1970, 1, 1, 0, 0, 1, tzinfo=datetime.timezone.utc) datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
# datetime.datetime(1970, 1, 1, 0, 0) datetime.datetime(2001, 9, 9, 1, 46, 40) datetime.datetime(1, 1, 1, 0, 0)
# ---
# fromtimestamp range errors.
from datetime import datetime, timezone
for ts in [-1e12, 1e12, -62135596801, 253402300800]:
    try:
        datetime.fromtimestamp(ts, timezone.utc)
    except ValueError as e:
        print(e)
for ts in [float('inf'), 1e20]:
    try:
        datetime.fromtimestamp(ts, timezone.utc)
    except OverflowError as e:
        print(e)
try:
    datetime.fromtimestamp(float('nan'), timezone.utc)
except ValueError as e:
    print(e)
try:
    datetime.fromtimestamp('1', timezone.utc)
except TypeError as e:
    print(e)
# Output:
# year -29719 is out of range
# year 33658 is out of range
# year 0 is out of range
# year 10000 is out of range
# timestamp out of range for platform time_t
# timestamp out of range for platform time_t
# Invalid value NaN (not a number)
# 'str' object cannot be interpreted as an integer
# ---
# astimezone with an explicit zone.
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 3, 10, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), 'EST')
print(repr(dt.astimezone(est)), dt.astimezone(est), dt.astimezone(est).astimezone(timezone.utc) == dt)
print(dt.astimezone(timezone.utc) is dt, dt.astimezone(timezone(timedelta(hours=14))))
try:
    dt.astimezone(5)
except TypeError as e:
    print(e)
# Output:
# datetime.datetime(2024, 3, 9, 19, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST')) 2024-03-09 19:00:00-05:00 True
# True 2024-03-10 14:00:00+14:00
# tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# ---
# utcoffset, dst, tzname of datetimes.
from datetime import datetime, timezone, timedelta
aware = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-8), 'PST'))
naive = datetime(2024, 1, 1)
print(aware.utcoffset(), aware.dst(), aware.tzname(), naive.utcoffset(), naive.dst(), naive.tzname())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).tzname(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=-90))).tzname())
# Output:
# -1 day, 16:00:00 None PST None None None
# UTC UTC-01:30
# ---
# combine.
from datetime import datetime, date, time, timezone
print(repr(datetime.combine(date(2024, 1, 1), time(1, 2, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None)), repr(datetime.combine(date(2024, 1, 1), time(1), timezone.utc)))
print(repr(datetime.combine(datetime(2024, 1, 1, 5), time(1))), repr(datetime.combine(date(2024, 1, 1), time(fold=1))))
for f in [lambda: datetime.combine(1, time()), lambda: datetime.combine(date(2024, 1, 1), 5), lambda: datetime.combine(date(2024, 1, 1))]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# datetime.datetime(2024, 1, 1, 1, 2, tzinfo=datetime.timezone.utc)
# datetime.datetime(2024, 1, 1, 1, 0) datetime.datetime(2024, 1, 1, 1, 0, tzinfo=datetime.timezone.utc)
# datetime.datetime(2024, 1, 1, 1, 0) datetime.datetime(2024, 1, 1, 0, 0, fold=1)
# combine() argument 1 must be datetime.date, not int
# combine() argument 2 must be datetime.time, not int
# combine() missing required argument 'time' (pos 2)
# ---
# datetime.fromisoformat.
from datetime import datetime
for s in ['2024-01-01', '2024-01-01T12', '2024-01-01T12:30', '2024-01-01 12:30:45.123456', '2024-01-01T12:00:00.1234567',
          '2024-01-01X12:00', '2024-01-01T12:00Z', '2024-01-01T12:00-00:00', '2024-01-01T12:00+01:00:30.5', '20240101T1200',
          '2024W011', '2024-W01-1 12', '2024-W01', '2024-01-01T12:00:00,5+05:30', '2020-W53-1']:
    print(repr(datetime.fromisoformat(s)))
# Output:
# datetime.datetime(2024, 1, 1, 0, 0)
# datetime.datetime(2024, 1, 1, 12, 0)
# datetime.datetime(2024, 1, 1, 12, 30)
# datetime.datetime(2024, 1, 1, 12, 30, 45, 123456)
# datetime.datetime(2024, 1, 1, 12, 0, 0, 123456)
# datetime.datetime(2024, 1, 1, 12, 0)
# datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
# datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
# datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3630, microseconds=500000)))
# datetime.datetime(2024, 1, 1, 12, 0)
# datetime.datetime(2024, 1, 1, 0, 0)
# datetime.datetime(2024, 1, 1, 12, 0)
# datetime.datetime(2024, 1, 1, 0, 0)
# datetime.datetime(2024, 1, 1, 12, 0, 0, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
# datetime.datetime(2020, 12, 28, 0, 0)
# ---
# datetime.fromisoformat errors.
from datetime import datetime
for s in ['2024', '2024-01-01T', '2024-W54', '2024-0101', '2024-01-0112:00', '2024-01-01T12:00:00 ', '2024-01-01T12:00+01:00Z',
          '+024-01-01', '2024W011T1', '2024-W53-1', '2024-02-30T00:00', '2024-01-01T24:00', '2024-01-01T12:00+25:00', '0000-01-01T00:00']:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print(e)
try:
    datetime.fromisoformat(None)
except TypeError as e:
    print(e)
# Output:
# Invalid isoformat string: '2024'
# Invalid isoformat string: '2024-01-01T'
# Invalid isoformat string: '2024-W54'
# Invalid isoformat string: '2024-0101'
# Invalid isoformat string: '2024-01-0112:00'
# Invalid isoformat string: '2024-01-01T12:00:00 '
# Invalid isoformat string: '2024-01-01T12:00+01:00Z'
# Invalid isoformat string: '+024-01-01'
# Invalid isoformat string: '2024W011T1'
# Invalid isoformat string: '2024-W53-1'
# day is out of range for month
# hour must be in 0..23
# offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1, seconds=3600).
# year 0 is out of range
# fromisoformat: argument must be str
# ---
# isoformat round trips through fromisoformat.
from datetime import datetime, date, time, timezone, timedelta
for dt in [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(1, 1, 1), datetime.max, datetime(2024, 5, 6, 7, 8, tzinfo=timezone(timedelta(hours=-2, seconds=-7, microseconds=-9)))]:
    print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(str(dt)) == dt)
print(date.fromisoformat(date.max.isoformat()), time.fromisoformat(time.max.isoformat()))
# Output:
# True True
# True True
# True True
# True True
# 9999-12-31 23:59:59.999999
# ---
# strftime: every supported directive.
from datetime import datetime, timezone, timedelta
dt = datetime(2024, 1, 5, 13, 4, 9, 1234, tzinfo=timezone(timedelta(hours=-3), 'BRT'))
for d in 'aAbBcdDefFgGhHIjklmMnpPrRStTuUVwWxXyYzZ%':
    print(d, repr(dt.strftime('%' + d)))
# Output:
# a 'Fri'
# A 'Friday'
# b 'Jan'
# B 'January'
# c 'Fri Jan  5 13:04:09 2024'
# d '05'
# D '01/05/24'
# e ' 5'
# f '001234'
# F '2024-01-05'
# g '24'
# G '2024'
# h 'Jan'
# H '13'
# I '01'
# j '005'
# k '13'
# l ' 1'
# m '01'
# M '04'
# n '\n'
# p 'PM'
# P 'pm'
# r '01:04:09 PM'
# R '13:04'
# S '09'
# t '\t'
# T '13:04:09'
# u '5'
# U '00'
# V '01'
# w '5'
# W '01'
# x '01/05/24'
# X '13:04:09'
# y '24'
# Y '2024'
# z '-0300'
# Z 'BRT'
# % '%'
# ---
# strftime: week numbers at year boundaries.
from datetime import date
for d in [date(2024, 1, 1), date(2023, 1, 1), date(2022, 1, 2), date(2020, 12, 31), date(2021, 1, 3), date(2026, 12, 31)]:
    print(d, d.strftime('%U %W %V %G %g %j %u %w'))
# Output:
# 2024-01-01 00 01 01 2024 24 001 1 1
# 2023-01-01 01 00 52 2022 22 001 7 0
# 2022-01-02 01 00 52 2021 21 002 7 0
# 2020-12-31 52 52 53 2020 20 366 4 4
# 2021-01-03 01 00 53 2020 20 003 7 0
# 2026-12-31 52 52 53 2026 26 365 4 4
# ---
# strftime: small years, padding flags, E and O modifiers, trailing percent.
from datetime import datetime
dt = datetime(7, 3, 4, 5, 6, 7)
print(dt.strftime('%Y|%G|%y|%F|%c|%x'))
print(datetime(2024, 1, 5).strftime('%-d|%-m|%-H|%Ey|%Od|abc%'))
# Output:
# 7|7|07|7-03-04|Sun Mar  4 05:06:07 7|03/04/07
# 5|1|0|24|05|abc%
# ---
# strftime argument errors.
from datetime import date
try:
    date(2024, 1, 1).strftime(5)
except TypeError as e:
    print(e)
try:
    format(date(2024, 1, 1), 5)
except TypeError as e:
    print(e)
# Output:
# strftime() argument 1 must be str, not int
# format() argument 2 must be str, not int
# ---
# strftime with an unknown directive: pyfence refuses it.
# differs: CPython passes unknown directives to the platform's strftime (glibc copies them); pyfence raises ValueError
from datetime import date
try:
    date(2024, 1, 1).strftime('%Q')
except ValueError as e:
    print(e)
# Output:
# strftime directive '%Q' is not supported
# ---
# strptime: common formats.
from datetime import datetime
print(repr(datetime.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S')))
print(repr(datetime.strptime('05/03/24', '%d/%m/%y')), repr(datetime.strptime('05/03/69', '%d/%m/%y')), repr(datetime.strptime('05/03/68', '%d/%m/%y')))
print(repr(datetime.strptime('Tuesday, March 5, 2024', '%A, %B %d, %Y')), repr(datetime.strptime('tue mar 5 2024', '%a %b %d %Y')))
print(repr(datetime.strptime('3:04 PM', '%I:%M %p')), repr(datetime.strptime('12:04 am', '%I:%M %p')), repr(datetime.strptime('12', '%I')))
print(repr(datetime.strptime('1.5', '%S.%f')), repr(datetime.strptime('123456', '%f')), repr(datetime.strptime('2024 60', '%Y %j')))
print(repr(datetime.strptime('2024   1', '%Y %m')), repr(datetime.strptime('100%', '100%%')), repr(datetime.strptime('', '')))
# Output:
# datetime.datetime(2024, 3, 5, 10, 11, 12)
# datetime.datetime(2024, 3, 5, 0, 0) datetime.datetime(1969, 3, 5, 0, 0) datetime.datetime(2068, 3, 5, 0, 0)
# datetime.datetime(2024, 3, 5, 0, 0) datetime.datetime(2024, 3, 5, 0, 0)
# datetime.datetime(1900, 1, 1, 15, 4) datetime.datetime(1900, 1, 1, 0, 4) datetime.datetime(1900, 1, 1, 0, 0)
# datetime.datetime(1900, 1, 1, 0, 0, 1, 500000) datetime.datetime(1900, 1, 1, 0, 0, 0, 123456) datetime.datetime(2024, 2, 29, 0, 0)
# datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(1900, 1, 1, 0, 0) datetime.datetime(1900, 1, 1, 0, 0)
# ---
# strptime: time zones.
from datetime import datetime
for s, f in [('2024-01-01 +0100', '%Y-%m-%d %z'), ('2024-01-01 -05:30', '%Y-%m-%d %z'), ('2024-01-01 Z', '%Y-%m-%d %z'),
             ('2024-01-01 +01:02:03.5', '%Y-%m-%d %z'), ('2024-01-01 +0000 UTC', '%Y-%m-%d %z %Z'), ('2024-01-01 UTC', '%Y-%m-%d %Z'),
             ('2024-01-01 +0100 GMT', '%Y-%m-%d %z %Z')]:
    print(repr(datetime.strptime(s, f)))
# Output:
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3723, microseconds=500000)))
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC'))
# datetime.datetime(2024, 1, 1, 0, 0)
# datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'GMT'))
# ---
# strptime: weeks, ISO weeks and %c %x %X.
from datetime import datetime
print(repr(datetime.strptime('2024 10 1', '%Y %U %w')), repr(datetime.strptime('2024 10 1', '%Y %W %w')), repr(datetime.strptime('2024 0 Mon', '%Y %W %a')))
print(repr(datetime.strptime('2024 1 1', '%G %V %u')), repr(datetime.strptime('2020 53 Sunday', '%G %V %A')))
print(repr(datetime.strptime('Mon Jan  1 00:00:00 2024', '%c')), repr(datetime.strptime('01/02/24', '%x')), repr(datetime.strptime('13:14:15', '%X')))
# Output:
# datetime.datetime(2024, 3, 11, 0, 0) datetime.datetime(2024, 3, 4, 0, 0) datetime.datetime(2024, 1, 1, 0, 0)
# datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(2021, 1, 3, 0, 0)
# datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(2024, 1, 2, 0, 0) datetime.datetime(1900, 1, 1, 13, 14, 15)
# ---
# strptime errors.
from datetime import datetime
for s, f in [('2024', '%Y %m'), ('2024 x', '%Y'), ('x', '%Q'), ('2024', '%Y%'), ('13', '%m'), ('2024 1', '%G %V'), ('1 1', '%V %u'),
             ('2024 1 1', '%Y %V %u'), ('2024 1 1 1', '%G %V %u %j'), ('02-29', '%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('61', '%S'),
             ('2024 +01:0030', '%Y %z')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print(e)
for args in [(5, '%Y'), ('2024', 5), ('2024',)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(e)
# Output:
# time data '2024' does not match format '%Y %m'
# unconverted data remains:  x
# 'Q' is a bad directive in format '%Q'
# stray % in format '%Y%'
# unconverted data remains: 3
# ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
# ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
# ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
# Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.
# day is out of range for month
# day is out of range for month
# second must be in 0..59
# Inconsistent use of : in +01:0030
# strptime() argument 1 must be str, not int
# strptime() argument 2 must be str, not int
# strptime() takes exactly 2 arguments (1 given)
# ---
# datetime methods shared with date.
from datetime import datetime
dt = datetime(2024, 12, 30, 15)
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), repr(datetime.fromordinal(dt.toordinal())))
print(dt.strftime('%c'), format(dt, '%Y-%m-%dT%H'), f'{dt}', f'{dt:%H:%M}', '{0:%d}'.format(dt))
# Output:
# 0 1 datetime.IsoCalendarDate(year=2025, week=1, weekday=1) 739250 datetime.datetime(2024, 12, 30, 0, 0)
# Mon Dec 30 15:00:00 2024 2024-12-30T15 2024-12-30 15:00:00 15:00 30
# ---
# Values as dictionary keys and in sets.
from datetime import date, datetime, time, timedelta, timezone
d = {date(2024, 1, 1): 'date', datetime(2024, 1, 1): 'datetime', time(1): 'time', timedelta(1): 'delta', timezone.utc: 'utc'}
print(d[date(2024, 1, 1)], d[datetime(2024, 1, 1, 0, 0)], d[time(1, 0)], d[timedelta(hours=24)], d[timezone(timedelta(0))])
aware = {datetime(2024, 1, 1, 12, tzinfo=timezone.utc): 1}
print(aware.get(datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))), len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(date(2024, 1, 1) in [date(2024, 1, 1)], datetime(2024, 1, 1) in {date(2024, 1, 1)})
# Output:
# date datetime time delta utc
# 1 2
# True False
# ---
# Class methods reached through instances; unbound methods.
from datetime import date, datetime
d = date(2024, 1, 1)
print(d.fromordinal(1), d.fromisoformat('2024-05-06'), datetime(2024, 1, 1).fromordinal(2))
print(date.isoformat(d), date.weekday(d), datetime.isoformat(datetime(2024, 1, 1)))
# Output:
# 0001-01-01 2024-05-06 0001-01-02 00:00:00
# 2024-01-01 0 2024-01-01T00:00:00
# ---
# Attributes cannot be assigned.
from datetime import date
d = date(2024, 1, 1)
try:
    d.year = 2000
except AttributeError as e:
    print('AttributeError')
print(d)
# Output:
# AttributeError
# 2024-01-01
# ---
# Unknown attributes.
from datetime import date, timedelta
for f in [lambda: date(2024, 1, 1).hour, lambda: timedelta(1).hours, lambda: date.nothing]:
    try:
        f()
    except AttributeError as e:
        print(e)
# Output:
# 'datetime.date' object has no attribute 'hour'
# 'datetime.timedelta' object has no attribute 'hours'
# type object 'datetime.date' has no attribute 'nothing'
# ---
# Methods take no extra arguments.
from datetime import date, datetime, timedelta
for f in [lambda: date(2024, 1, 1).weekday(1), lambda: date.today(1), lambda: datetime.utcnow(1), lambda: timedelta(1).total_seconds(1),
          lambda: date(2024, 1, 1).isoformat(1), lambda: datetime.utcfromtimestamp(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# date.weekday() takes no arguments (1 given)
# date.today() takes no arguments (1 given)
# datetime.utcnow() takes no arguments (1 given)
# timedelta.total_seconds() takes no arguments (1 given)
# date.isoformat() takes no arguments (1 given)
# utcfromtimestamp() takes exactly 1 argument (2 given)
# ---
# The clock: now() and today() need a clock from the embedder.
# differs: a run has no clock unless the embedder grants one (interp.RunOptions.Clock)
from datetime import datetime, date
for f in [datetime.now, datetime.utcnow, datetime.today, date.today]:
    try:
        f()
    except RuntimeError as e:
        print(e)
# Output:
# datetime.now() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)
# datetime.utcnow() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)
# datetime.today() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)
# date.today() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)
# ---
# The local time zone is not available.
# differs: CPython uses the host's local zone; pyfence raises ValueError
from datetime import datetime, date, timezone
for f in [lambda: datetime(2024, 1, 1).timestamp(), lambda: datetime.fromtimestamp(0), lambda: date.fromtimestamp(0),
          lambda: datetime(2024, 1, 1).astimezone(timezone.utc), lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone()]:
    try:
        f()
    except ValueError as e:
        print(e)
# Output:
# timestamp() of a naive datetime needs the local time zone, which is not available: make it aware, e.g. dt.replace(tzinfo=timezone.utc)
# datetime.fromtimestamp() needs a tz argument: the local time zone is not available (use tz=timezone.utc)
# date.fromtimestamp() needs the local time zone, which is not available: use datetime.fromtimestamp(ts, tz).date()
# astimezone() of a naive datetime needs the local time zone, which is not available: make it aware first, e.g. dt.replace(tzinfo=timezone.utc)
# astimezone() needs a tz argument: the local time zone is not available
# ---
# Dunder attributes of instances and classes are denied.
from datetime import date
d = date(2024, 1, 1)
print(d.__class__)    ### policy:dunder-attr
# ---
# Dunder attributes through getattr are denied.
from datetime import timedelta
getattr(timedelta, '__subclasses__')    ### policy:dunder-attr
# ---
# Module attributes are read-only.
import datetime
datetime.MAXYEAR = 5    ### policy:readonly-attr
# ---
# Class attributes cannot be set.
from datetime import date
try:
    date.min = 5
except TypeError as e:
    print(e)
# Output:
# cannot set 'min' attribute of immutable type 'datetime.date'
# ---
# Classes cannot be subclassed.
# differs: pyfence's native classes cannot be subclassed by scripts
from datetime import date
try:
    class D(date):
        pass
except TypeError as e:
    print(e)
# Output:
# subclassing builtin type 'datetime.date' is not supported
# ---
# tzinfo other than timezone is rejected.
from datetime import datetime, time
for f in [lambda: datetime(2024, 1, 1, tzinfo=1), lambda: time(tzinfo='x'), lambda: datetime.now(5), lambda: datetime(2024, 1, 1).astimezone(5)]:
    try:
        f()
    except TypeError as e:
        print(e)
# Output:
# tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# tzinfo argument must be None or of a tzinfo subclass, not type 'str'
# tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# tzinfo argument must be None or of a tzinfo subclass, not type 'int'
