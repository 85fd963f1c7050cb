package builtins_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/interp"
)

// runDT compiles src with the datetime module allowed and runs it with
// opts, returning what it printed.
func runDT(t *testing.T, src string, opts interp.RunOptions) (string, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"datetime"}})
	if err != nil {
		return "", err
	}
	res, err := p.Run(context.Background(), opts)
	if err != nil {
		return "", err
	}
	return res.Output, nil
}

// dtCase is a script and what it prints, or "!! Type: message" for the
// exception it ends with.
type dtCase struct {
	name string
	src  string
	want string
}

func runDTCases(t *testing.T, cases []dtCase, opts interp.RunOptions) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runDT(t, "import datetime as dtmod\nfrom datetime import MINYEAR, MAXYEAR, UTC, date, time, datetime, timedelta, timezone\n"+tt.src, opts)
			if rest, isErr := strings.CutPrefix(tt.want, "!! "); isErr {
				typ, msg, _ := strings.Cut(rest, ": ")
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, typ, pe.Type)
				assert.Equal(t, msg, pe.Message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, strings.TrimSuffix(out, "\n"))
		})
	}
}

func TestDatetimeValues(t *testing.T) {
	t.Parallel()
	runDTCases(t, []dtCase{
		{"timedelta repr normalises", `print(repr(timedelta(seconds=-1)))`, `datetime.timedelta(days=-1, seconds=86399)`},
		{"timedelta str of a negative value", `print(timedelta(seconds=-1))`, `-1 day, 23:59:59`},
		{"date arithmetic", `print(date(2024, 2, 28) + timedelta(days=1), date(2024, 3, 1) - date(2024, 2, 1))`, `2024-02-29 29 days, 0:00:00`},
		{"isocalendar repr", `print(date(2024, 1, 1).isocalendar())`, `datetime.IsoCalendarDate(year=2024, week=1, weekday=1)`},
		{"naive minus aware", `datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)`, `!! TypeError: can't subtract offset-naive and offset-aware datetimes`},
		{"month range", `date(2024, 13, 1)`, `!! ValueError: month must be in 1..12`},
		{"day range", `date(2023, 2, 29)`, `!! ValueError: day is out of range for month`},
		{"overflow at MAXYEAR", `datetime.max + timedelta(microseconds=1)`, `!! OverflowError: date value out of range`},
		{"overflow at MINYEAR", `date.min - timedelta(days=1)`, `!! OverflowError: date value out of range`},
		{"timedelta overflow", `timedelta.max * 2`, `!! OverflowError: days=1999999999; must have magnitude <= 999999999`},
		{"huge int timedelta", `timedelta(days=10**100)`, `!! OverflowError: Python int too large to convert to C int`},
		{"format and f-string", `d = datetime(2024, 1, 2, 3, 4); print(format(d, '%Y/%m/%d'), f'{d:%H.%M}', '{:%d}'.format(d))`, `2024/01/02 03.04 02`},
		{"unknown strftime directive", `date(2024, 1, 1).strftime('%Q')`, `!! ValueError: strftime directive '%Q' is not supported`},
		{"tzinfo must be a timezone", `datetime(2024, 1, 1, tzinfo=object())`, `!! TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'object'`},
		{"naive timestamp needs the local zone", `datetime(2024, 1, 1).timestamp()`, `!! ValueError: timestamp() of a naive datetime needs the local time zone, which is not available: make it aware, e.g. dt.replace(tzinfo=timezone.utc)`},
		{"fromtimestamp needs tz", `datetime.fromtimestamp(0)`, `!! ValueError: datetime.fromtimestamp() needs a tz argument: the local time zone is not available (use tz=timezone.utc)`},
		{"aware timestamp round trip", `d = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=timezone(timedelta(hours=-7))); print(datetime.fromtimestamp(d.timestamp(), timezone.utc) == d)`, `True`},
		{"datetime as dict key", `d = {datetime(2024, 1, 1, 12, tzinfo=timezone.utc): 'x'}; print(d[datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))])`, `x`},
		{"equal values hash equal", `print(hash(timedelta(hours=1)) == hash(timedelta(seconds=3600)), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))`, `True True`},
		{"hash is deterministic, timedelta as CPython", `print(hash(date(2024, 1, 1)), hash(timedelta(1, 2, 3)))`, `1487385924579806343 529344067295497451`},
		{"divmod of timedeltas", `print(divmod(timedelta(hours=5), timedelta(hours=2)))`, `(2, datetime.timedelta(seconds=3600))`},
		{"module constants", `print(MINYEAR, MAXYEAR, UTC, dtmod.UTC is timezone.utc)`, `1 9999 UTC True`},
	}, interp.RunOptions{})
}

func TestDatetimeClock(t *testing.T) {
	t.Parallel()
	at := time.Date(2024, 7, 8, 9, 10, 11, 123456789, time.FixedZone("X", -5*3600))
	clock := interp.RunOptions{Clock: func() time.Time { return at }}
	runDTCases(t, []dtCase{
		{"now is the clock's wall time", `print(repr(datetime.now()))`, `datetime.datetime(2024, 7, 8, 9, 10, 11, 123456)`},
		{"now(tz) converts", `print(datetime.now(timezone.utc))`, `2024-07-08 14:10:11.123456+00:00`},
		{"now(tz=...) by keyword", `print(datetime.now(tz=timezone(timedelta(hours=2))))`, `2024-07-08 16:10:11.123456+02:00`},
		{"utcnow is naive UTC", `print(repr(datetime.utcnow()))`, `datetime.datetime(2024, 7, 8, 14, 10, 11, 123456)`},
		{"today", `print(datetime.today(), date.today())`, `2024-07-08 09:10:11.123456 2024-07-08`},
		{"now with a bad tz", `datetime.now(5)`, `!! TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'`},
	}, clock)
	runDTCases(t, []dtCase{
		{"now without a clock", `datetime.now()`, `!! RuntimeError: datetime.now() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)`},
		{"now(tz) without a clock", `datetime.now(timezone.utc)`, `!! RuntimeError: datetime.now() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)`},
		{"utcnow without a clock", `datetime.utcnow()`, `!! RuntimeError: datetime.utcnow() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)`},
		{"today without a clock", `datetime.today()`, `!! RuntimeError: datetime.today() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)`},
		{"date.today without a clock", `date.today()`, `!! RuntimeError: date.today() needs a clock: the embedder did not grant one (interp.RunOptions.Clock)`},
	}, interp.RunOptions{})
}

func TestDatetimeGoHelpers(t *testing.T) {
	t.Parallel()
	st := dsState(dsLimits)
	cases := []struct {
		name     string
		in       time.Time
		repr     string
		wantBack time.Time
	}{
		{"UTC is timezone.utc", time.Date(2024, 1, 2, 3, 4, 5, 6000, time.UTC),
			"datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)", time.Date(2024, 1, 2, 3, 4, 5, 6000, time.UTC)},
		{"a fixed zone keeps its offset", time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("CET", 3600)),
			"datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))", time.Date(2024, 1, 2, 2, 4, 5, 0, time.UTC)},
		{"nanoseconds are truncated", time.Date(2024, 1, 2, 3, 4, 5, 999, time.UTC),
			"datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
		{"before year 1 is clamped", time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC),
			"datetime.datetime(1, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"after year 9999 is clamped", time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC),
			"datetime.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.timezone.utc)", time.Date(9999, 12, 31, 23, 59, 59, 999999000, time.UTC)},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			o := builtins.NewDateTime(tt.in)
			r, err := builtins.Repr(st, o)
			require.NoError(t, err)
			assert.Equal(t, tt.repr, r)
			back, ok := builtins.DateTimeValue(o)
			require.True(t, ok)
			assert.True(t, back.Equal(tt.wantBack), "got %v", back)
		})
	}
	_, ok := builtins.DateTimeValue(py.Int(1))
	assert.False(t, ok, "an int is not a datetime")

	// Equal instants in different zones are one dict key.
	a := builtins.NewDateTime(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC))
	b := builtins.NewDateTime(time.Date(2024, 1, 1, 14, 0, 0, 0, time.FixedZone("", 7200)))
	ha, err := builtins.Hash(st, a)
	require.NoError(t, err)
	hb, err := builtins.Hash(st, b)
	require.NoError(t, err)
	assert.Equal(t, ha, hb)
	eq, err := builtins.Equal(st, a, b)
	require.NoError(t, err)
	assert.True(t, eq)
	d := builtins.NewDict()
	require.NoError(t, d.SetItem(st, a, py.String("noon")))
	v, found, err := d.GetItem(st, b)
	require.NoError(t, err)
	assert.True(t, found)
	assert.Equal(t, py.String("noon"), v)
}

func TestDatetimeValueFromScript(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "import datetime\nv = datetime.datetime(2024, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))\nprint(v)\n",
		interp.CompileOptions{AllowImport: []string{"datetime"}})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, "2024-03-04 05:06:07-03:00\n", res.Output)
}

func TestDatetimeAttacks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		src  string
		lim  interp.Limits
		want string // "policy:RULE", "exception:Type", or a limit kind
	}{
		{"dunder of an instance", "d = datetime.date(2024, 1, 1)\nd.__class__", interp.Limits{}, "policy:dunder-attr"},
		{"dunder through getattr", "getattr(datetime.date(2024, 1, 1), '__reduce__')", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of a class", "getattr(datetime.timedelta, '__subclasses__')", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of timezone.utc", "getattr(datetime.timezone.utc, '__dict__')", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of a bound method", "getattr(datetime.date(2024, 1, 1).replace, '__self__')", interp.Limits{}, "policy:dunder-attr"},
		{"writing a module attribute", "datetime.MAXYEAR = 10**6", interp.Limits{}, "policy:readonly-attr"},
		{"writing a class attribute", "datetime.date.max = 1", interp.Limits{}, "exception:TypeError"},
		{"writing an instance attribute", "d = datetime.date(2024, 1, 1)\nd.year = 1", interp.Limits{}, "exception:AttributeError"},
		{"strftime of a huge format is metered", "datetime.date(2024, 1, 1).strftime('%Y' * 4_000_000)", interp.Limits{Steps: 100_000}, "steps"},
		{"strftime output is memory checked", "datetime.date(2024, 1, 1).strftime('%c' * 1_000_000)", interp.Limits{Memory: 16 << 20}, "memory"},
		{"format spec of a huge size", "format(datetime.date(2024, 1, 1), '%B' * 2_000_000)", interp.Limits{Memory: 8 << 20}, "memory"},
		{"strptime of a huge format", "datetime.datetime.strptime('x', '%c' * 200_000)", interp.Limits{Memory: 32 << 20}, "memory"},
		{"strptime of a huge format is metered", "datetime.datetime.strptime('1' * 100_000, '%d' * 100_000)", interp.Limits{Steps: 50_000}, "steps"},
		{"timedelta of a huge int", "datetime.timedelta(10**1000)", interp.Limits{}, "exception:OverflowError"},
		{"timedelta times a huge int", "datetime.timedelta(1) * 10**1000", interp.Limits{}, "exception:OverflowError"},
		{"fromordinal of a huge int", "datetime.date.fromordinal(10**30)", interp.Limits{}, "exception:OverflowError"},
		{"fromtimestamp of a huge float", "datetime.datetime.fromtimestamp(1e300, datetime.timezone.utc)", interp.Limits{}, "exception:OverflowError"},
		{"replace past MAXYEAR", "datetime.datetime.max.replace(year=10000)", interp.Limits{}, "exception:ValueError"},
		{"datetimes in a loop are metered", "d = datetime.date.min\nwhile True:\n    d = d + datetime.timedelta(1)", interp.Limits{Steps: 200_000}, "steps"},
		{"subclassing is refused", "class D(datetime.datetime):\n    pass", interp.Limits{}, "exception:TypeError"},
		{"sorting a huge list of dates is metered", "l = [datetime.date(2024, 1, 1)] * 1000\nwhile True:\n    sorted(l)", interp.Limits{Steps: 100_000}, "steps"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runDT(t, "import datetime\n"+tt.src+"\n", interp.RunOptions{Limits: tt.lim})
			require.Error(t, err)
			var ie *interp.InternalError
			require.False(t, errors.As(err, &ie), "internal error: %v", err)
			switch kind, detail, _ := strings.Cut(tt.want, ":"); kind {
			case "policy":
				var pe *interp.PolicyError
				require.ErrorAs(t, err, &pe)
				require.NotEmpty(t, pe.Violations)
				assert.Equal(t, detail, pe.Violations[0].Rule)
			case "exception":
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, detail, pe.Type, "%v", err)
			default:
				var le *interp.LimitError
				require.ErrorAs(t, err, &le, "%v", err)
				assert.Equal(t, tt.want, le.Kind.String())
			}
		})
	}
}

// TestDatetimeBoundariesNoPanic runs every operation at the edges of the
// ranges: each must end with a value or a Python exception.
func TestDatetimeBoundariesNoPanic(t *testing.T) {
	t.Parallel()
	src := `
import datetime
from datetime import MINYEAR, MAXYEAR, UTC, date, time, datetime, timedelta, timezone
values = [date.min, date.max, datetime.min, datetime.max, time.min, time.max, timedelta.min, timedelta.max,
          timezone.min, timezone.max, datetime.max.replace(tzinfo=timezone.max), datetime.min.replace(tzinfo=timezone.min),
          timedelta(0), timedelta.resolution, 0, 1.5, -1, 10**20, float('inf'), float('nan'), 'x', None]
n = 0
for a in values:
    for b in values:
        for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b,
                   lambda: divmod(a, b), lambda: a < b, lambda: a == b, lambda: hash(a), lambda: -a, lambda: abs(a),
                   lambda: str(a), lambda: repr(a), lambda: format(a, '%Y %c %z %G %V'), lambda: a.isoformat(),
                   lambda: a.astimezone(b), lambda: a.timestamp(), lambda: a.isocalendar(), lambda: a.utcoffset(),
                   lambda: datetime.fromtimestamp(b, timezone.max), lambda: datetime.utcfromtimestamp(b),
                   lambda: timedelta(b, b, b, b, b, b, b), lambda: a.replace(tzinfo=b), lambda: date.fromordinal(b)]:
            try:
                op()
                n += 1
            except (TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError):
                pass
print(n > 0)
`
	out, err := runDT(t, src, interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, "True\n", out)
}
