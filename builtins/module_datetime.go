// This file defines the datetime module: its registry entry, the calendar
// arithmetic its classes share (proleptic Gregorian ordinals, ISO weeks),
// argument parsing with CPython's messages, the clock-based constructors
// and the Go helpers embedders use to pass datetimes in and out.
//
// The classes live in module_datetime_delta.go (timedelta),
// module_datetime_date.go (date), module_datetime_time.go (time and
// timezone), module_datetime_dt.go (datetime) and module_datetime_format.go
// (strftime, strptime, isoformat parsing).
//
// Time zones are fixed offsets only (datetime.timezone): a run has no
// access to the host's zone database or local time zone, so everything
// that needs the local zone (naive timestamp(), fromtimestamp without tz,
// astimezone() without tz) raises a clear error instead.

package builtins

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Calendar bounds, as CPython's MINYEAR and MAXYEAR.
const (
	dtMinYear = 1
	dtMaxYear = 9999
	// dtMaxOrdinal is date.max.toordinal().
	dtMaxOrdinal = 3652059
	// dtUsPerDay and dtUsPerSec are microseconds per day and second.
	dtUsPerDay = 86400 * 1000000
	dtUsPerSec = 1000000
	// dtMaxDeltaDays bounds |timedelta.days|.
	dtMaxDeltaDays = 999999999
)

// datetimeModule describes the datetime module.
// https://docs.python.org/3.11/library/datetime.html
func datetimeModule() *moduleSpec {
	return &moduleSpec{
		name: "datetime",
		classes: []*nativeClass{
			timedeltaClass(), dateClass(), timeClass(), datetimeClass(),
			timezoneClass(), tzinfoClass(), isoCalendarClass(),
		},
		build: func(st *run.State) (py.StringDict, error) {
			return py.StringDict{
				"MINYEAR":   py.Int(dtMinYear),
				"MAXYEAR":   py.Int(dtMaxYear),
				"UTC":       dtUTC,
				"date":      classFacade(st, dateClass()),
				"time":      classFacade(st, timeClass()),
				"datetime":  classFacade(st, datetimeClass()),
				"timedelta": classFacade(st, timedeltaClass()),
				"timezone":  classFacade(st, timezoneClass()),
				"tzinfo":    classFacade(st, tzinfoClass()),
			}, nil
		},
	}
}

// The datetime module's types. Each is created once, at package
// initialisation, and never written afterwards. datetime is a subclass of
// date and timezone of tzinfo, as in CPython, so isinstance(dt, date) holds.
var (
	tzinfoType     = py.NewType("datetime.tzinfo", "Abstract base class for time zone info objects.")
	timedeltaType  = py.NewType("datetime.timedelta", "Difference between two datetime values.")
	dateType       = py.NewType("datetime.date", "date(year, month, day) --> date object")
	timeType       = py.NewType("datetime.time", "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object")
	datetimeType   = dtSubtype("datetime.datetime", "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])", dateType)
	timezoneType   = dtSubtype("datetime.timezone", "Fixed offset from UTC implementation of tzinfo.", tzinfoType)
	isoCalendarTyp = py.NewType("datetime.IsoCalendarDate", "The result of date.isocalendar().")
)

// dtSubtype returns a new type name deriving from base, with its MRO set
// so that isinstance and issubclass see the relation.
func dtSubtype(name, doc string, base *py.Type) *py.Type {
	t := py.NewType(name, doc)
	t.Base = base
	t.Bases = py.Tuple{base}
	t.Mro = py.Tuple{t, base, py.ObjectType}
	return t
}

// dtUTC is timezone.utc, also datetime.UTC. It is immutable.
var dtUTC = &pyTimezone{}

// tzinfoClass is datetime.tzinfo, the abstract base class of time zones.
// Scripts cannot create or subclass it: only timezone instances serve as
// tzinfo.
func tzinfoClass() *nativeClass { return dtClasses().tzinfo }

// dtClassSet holds the native classes of the module, built once.
type dtClassSet struct {
	timedelta, date, time, datetime, timezone, tzinfo, isocal *nativeClass
}

// dtClasses returns the module's classes, built once and never written
// afterwards.
var dtClasses = sync.OnceValue(func() *dtClassSet {
	return &dtClassSet{
		tzinfo:    &nativeClass{typ: tzinfoType, methods: MethodTable{}},
		timedelta: newTimedeltaClass(),
		date:      newDateClass(),
		time:      newTimeClass(),
		datetime:  newDatetimeClass(),
		timezone:  newTimezoneClass(),
		isocal:    newIsoCalendarClass(),
	}
})

// ---- calendar arithmetic (CPython's Lib/datetime.py) ----

// dtIsLeap reports whether year is a leap year.
func dtIsLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var dtDaysInMonthTable = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

var dtDaysBeforeMonthTable = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// dtDaysInMonth returns the number of days of month in year.
func dtDaysInMonth(year, month int) int {
	if month == 2 && dtIsLeap(year) {
		return 29
	}
	return dtDaysInMonthTable[month]
}

// dtDaysBeforeYear returns the number of days before January 1 of year.
func dtDaysBeforeYear(year int) int {
	y := year - 1
	return y*365 + y/4 - y/100 + y/400
}

// dtDaysBeforeMonth returns the number of days in year before month.
func dtDaysBeforeMonth(year, month int) int {
	d := dtDaysBeforeMonthTable[month]
	if month > 2 && dtIsLeap(year) {
		d++
	}
	return d
}

// dtYmd2Ord returns the proleptic Gregorian ordinal of a valid date
// (0001-01-01 is 1).
func dtYmd2Ord(year, month, day int) int {
	return dtDaysBeforeYear(year) + dtDaysBeforeMonth(year, month) + day
}

// dtOrd2Ymd is the inverse of dtYmd2Ord for n >= 1.
func dtOrd2Ymd(n int) (year, month, day int) {
	const di400y, di100y, di4y = 146097, 36524, 1461
	n--
	n400, n := n/di400y, n%di400y
	year = n400*400 + 1
	n100, n := n/di100y, n%di100y
	n4, n := n/di4y, n%di4y
	n1, n := n/365, n%365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	month = (n + 50) >> 5
	preceding := dtDaysBeforeMonthTable[month]
	if month > 2 && leap {
		preceding++
	}
	if preceding > n {
		month--
		preceding -= dtDaysInMonthTable[month]
		if month == 2 && leap {
			preceding--
		}
	}
	return year, month, n - preceding + 1
}

// dtIsoWeek1Monday returns the ordinal of the Monday of ISO week 1 of year.
func dtIsoWeek1Monday(year int) int {
	const thursday = 3
	first := dtDaysBeforeYear(year) + 1
	firstWeekday := (first + 6) % 7
	week1 := first - firstWeekday
	if firstWeekday > thursday {
		week1 += 7
	}
	return week1
}

// dtIsoCalendar returns the ISO year, week and weekday of an ordinal.
func dtIsoCalendar(year, ord int) (int, int, int) {
	week1 := dtIsoWeek1Monday(year)
	week, day := dtFloorDivmod(ord-week1, 7)
	if week < 0 {
		year--
		week1 = dtIsoWeek1Monday(year)
		week, day = dtFloorDivmod(ord-week1, 7)
	} else if week >= 52 && ord >= dtIsoWeek1Monday(year+1) {
		year++
		week = 0
	}
	return year, week + 1, day + 1
}

// dtFloorDivmod is Python's divmod for ints with b > 0.
func dtFloorDivmod(a, b int) (int, int) {
	q, r := a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// dtIsoToGregorian is date.fromisocalendar's conversion, with CPython's
// messages.
func dtIsoToGregorian(year, week, day int64) (int, int, int, error) {
	if year < dtMinYear || year > dtMaxYear {
		return 0, 0, 0, py.ExceptionNewf(py.ValueError, "Year is out of range: %d", year)
	}
	if week <= 0 || week >= 53 {
		ok := false
		if week == 53 {
			first := dtYmd2Ord(int(year), 1, 1) % 7
			ok = first == 4 || (first == 3 && dtIsLeap(int(year)))
		}
		if !ok {
			return 0, 0, 0, py.ExceptionNewf(py.ValueError, "Invalid week: %d", week)
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, py.ExceptionNewf(py.ValueError, "Invalid day: %d (range is [1, 7])", day)
	}
	ord := dtIsoWeek1Monday(int(year)) + int((week-1)*7+day-1)
	if ord < 1 || ord > dtMaxOrdinal {
		y, _, _ := dtOrd2Ymd(max(ord, 1))
		if ord > dtMaxOrdinal {
			y = dtMaxYear + 1
		}
		return 0, 0, 0, py.ExceptionNewf(py.ValueError, "year %d is out of range", y)
	}
	y, m, d := dtOrd2Ymd(ord)
	return y, m, d, nil
}

// dtCheckDate validates date fields with CPython's messages.
func dtCheckDate(year, month, day int64) error {
	if year < dtMinYear || year > dtMaxYear {
		return py.ExceptionNewf(py.ValueError, "year %d is out of range", year)
	}
	if month < 1 || month > 12 {
		return py.ExceptionNewf(py.ValueError, "month must be in 1..12")
	}
	if day < 1 || day > int64(dtDaysInMonth(int(year), int(month))) {
		return py.ExceptionNewf(py.ValueError, "day is out of range for month")
	}
	return nil
}

// dtCheckTime validates time fields with CPython's messages.
func dtCheckTime(hour, minute, second, us, fold int64) error {
	switch {
	case hour < 0 || hour > 23:
		return py.ExceptionNewf(py.ValueError, "hour must be in 0..23")
	case minute < 0 || minute > 59:
		return py.ExceptionNewf(py.ValueError, "minute must be in 0..59")
	case second < 0 || second > 59:
		return py.ExceptionNewf(py.ValueError, "second must be in 0..59")
	case us < 0 || us > 999999:
		return py.ExceptionNewf(py.ValueError, "microsecond must be in 0..999999")
	case fold != 0 && fold != 1:
		return py.ExceptionNewf(py.ValueError, "fold must be either 0 or 1")
	}
	return nil
}

// dtOverflow is CPython's error for results before date.min or after
// date.max.
func dtOverflow() error {
	return py.ExceptionNewf(py.OverflowError, "date value out of range")
}

// ---- argument parsing ----

// dtArgs parses the arguments of a call as CPython's
// PyArg_ParseTupleAndKeywords does, with its messages. fname "" stands
// for the anonymous "function" of the constructors. names lists every
// parameter; the first required are mandatory, the first maxPos may be
// passed by position. The result holds nil for absent arguments.
func dtArgs(fname string, args py.Tuple, kw py.StringDict, names []string, required, maxPos int) ([]py.Object, error) {
	fn, paren, this := fname, "()", fname+"()"
	if fname == "" {
		fn, paren, this = "function", "", "this function"
	}
	n := len(names)
	if len(args)+len(kw) > n {
		kwWord := ""
		if len(args) == 0 {
			kwWord = "keyword "
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s%s takes at most %d %sargument%s (%d given)", fn, paren, n, kwWord, plural(n), len(args)+len(kw))
	}
	if len(args) > maxPos {
		return nil, py.ExceptionNewf(py.TypeError, "%s%s takes at most %d positional argument%s (%d given)", fn, paren, maxPos, plural(maxPos), len(args))
	}
	vals := make([]py.Object, n)
	for i, name := range names {
		if i < len(args) {
			vals[i] = args[i]
		} else if v, ok := kw[name]; ok {
			vals[i] = v
		} else if i < required {
			return nil, py.ExceptionNewf(py.TypeError, "%s%s missing required argument '%s' (pos %d)", fn, paren, name, i+1)
		}
	}
	for i := 0; i < len(args); i++ {
		if _, ok := kw[names[i]]; ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s%s given by name ('%s') and position (%d)", fn, paren, names[i], i+1)
		}
	}
	var unknown []string
	for k := range kw {
		found := false
		for _, name := range names {
			found = found || name == k
		}
		if !found {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown) // keyword order is lost: report deterministically
		return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s", unknown[0], this)
	}
	return vals, nil
}

// dtNoArgs checks that a method taking no arguments got none:
// "date.weekday() takes no arguments (1 given)".
func dtNoArgs(qual string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// dtInt converts an argument to a C int as the "i" format unit does.
// def is returned for a nil (absent) argument.
func dtInt(v py.Object, def int64) (int64, error) {
	if v == nil {
		return def, nil
	}
	switch x := v.(type) {
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	case py.Int:
		if x > 1<<31-1 {
			return 0, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
		}
		if x < -(1 << 31) {
			return 0, py.ExceptionNewf(py.OverflowError, "signed integer is less than minimum")
		}
	}
	return indexValue(v)
}

// dtTzArg checks a tzinfo argument: None (nil result) or a timezone.
func dtTzArg(v py.Object) (*pyTimezone, error) {
	if v == nil || v == py.None {
		return nil, nil
	}
	if tz, ok := v.(*pyTimezone); ok {
		return tz, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", v.Type().Name)
}

// dtStaticNoArgs wraps a class method that takes no arguments.
func dtStaticNoArgs(qual string, fn func(st *run.State) (py.Object, error)) StaticFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := dtNoArgs(qual, args, kw); err != nil {
			return nil, err
		}
		return fn(st)
	}
}

// ---- the clock ----

// dtClock returns the current time from the embedder's clock, or the
// RuntimeError a run without one gets.
func dtClock(st *run.State, what string) (time.Time, error) {
	if st.Host.Clock == nil {
		return time.Time{}, py.ExceptionNewf(py.RuntimeError, "%s needs a clock: the embedder did not grant one (interp.RunOptions.Clock)", what)
	}
	return st.Host.Clock(), nil
}

// dtNow is datetime.now(tz=None): the embedder's clock in tz, or as a
// naive datetime of the clock's own wall time when tz is None.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.now
func dtNow(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("now", args, kw, []string{"tz"}, 0, 1)
	if err != nil {
		return nil, err
	}
	tz, err := dtTzArg(vals[0])
	if err != nil {
		return nil, err
	}
	t, err := dtClock(st, "datetime.now()")
	if err != nil {
		return nil, err
	}
	if tz == nil {
		return dtFromGoWall(t)
	}
	return dtFromGoTime(t, tz)
}

// dtUtcnow is datetime.utcnow(): the clock in UTC, naive.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.utcnow
func dtUtcnow(st *run.State) (py.Object, error) {
	t, err := dtClock(st, "datetime.utcnow()")
	if err != nil {
		return nil, err
	}
	return dtFromGoWall(t.UTC())
}

// dtToday is datetime.today(): the clock's wall time, naive.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.today
func dtToday(st *run.State) (py.Object, error) {
	t, err := dtClock(st, "datetime.today()")
	if err != nil {
		return nil, err
	}
	return dtFromGoWall(t)
}

// dateToday is date.today(): the clock's wall date.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.today
func dateToday(st *run.State) (py.Object, error) {
	t, err := dtClock(st, "date.today()")
	if err != nil {
		return nil, err
	}
	y, m, d := t.Date()
	if y < dtMinYear || y > dtMaxYear {
		return nil, dtOverflow()
	}
	return &pyDate{year: y, month: int(m), day: d}, nil
}

// dtFromGoWall returns the naive datetime of t's wall clock reading in
// its own location, or the overflow error outside years 1..9999.
func dtFromGoWall(t time.Time) (py.Object, error) {
	y, m, d := t.Date()
	if y < dtMinYear || y > dtMaxYear {
		return nil, dtOverflow()
	}
	return &pyDateTime{
		pyDate: pyDate{year: y, month: int(m), day: d},
		hour:   t.Hour(), minute: t.Minute(), second: t.Second(), us: t.Nanosecond() / 1000,
	}, nil
}

// dtFromGoTime returns the aware datetime of the instant t in tz.
func dtFromGoTime(t time.Time, tz *pyTimezone) (py.Object, error) {
	secs := t.Unix()
	us := int64(t.Nanosecond() / 1000)
	return dtFromEpochUs(secs, us, tz)
}

// NewDateTime returns t as a Python datetime.datetime for handing to a
// script. The result is always aware: t in time.UTC gives a datetime with
// tzinfo timezone.utc, any other location a datetime.timezone of t's
// offset from UTC at that instant (zone names are not kept, as a run has
// no zone database). Sub-microsecond precision is truncated. Times
// outside years 1..9999 are clamped to datetime.min or datetime.max
// (as UTC).
func NewDateTime(t time.Time) py.Object {
	tz := dtUTC
	if t.Location() != time.UTC {
		_, off := t.Zone()
		if off != 0 {
			tz = &pyTimezone{offset: int64(off) * dtUsPerSec}
		}
	}
	o, err := dtFromGoTime(t, tz)
	if err != nil {
		if t.Year() < dtMinYear {
			return &pyDateTime{pyDate: pyDate{year: 1, month: 1, day: 1}, tz: dtUTC}
		}
		return &pyDateTime{pyDate: pyDate{year: 9999, month: 12, day: 31}, hour: 23, minute: 59, second: 59, us: 999999, tz: dtUTC}
	}
	return o
}

// DateTimeValue returns the time.Time of a Python datetime.datetime (or
// datetime.date, at midnight) and reports whether o is one. An aware
// datetime gives the same instant in a fixed zone of its offset (time.UTC
// for a zero offset); a naive datetime and a date are read as UTC.
func DateTimeValue(o py.Object) (time.Time, bool) {
	switch v := o.(type) {
	case *pyDateTime:
		loc := time.UTC
		if v.tz != nil && v.tz.offset != 0 {
			loc = time.FixedZone(v.tz.tzname(), int(v.tz.offset/dtUsPerSec))
		}
		return time.Date(v.year, time.Month(v.month), v.day, v.hour, v.minute, v.second, v.us*1000, loc), true
	case *pyDate:
		return time.Date(v.year, time.Month(v.month), v.day, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// dtStaticCallable makes a static method callable through an instance
// attribute, as CPython's class methods are (d.fromordinal(1)).
func dtStaticCallable(st *run.State, c *nativeClass, name string) (py.Object, bool) {
	fn, ok := c.static[name]
	if !ok {
		return nil, false
	}
	return &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		return fn(st, args, kw)
	}}, true
}

// dtPad writes n zero-padded to width digits.
func dtPad(n int, width int) string {
	return fmt.Sprintf("%0*d", width, n)
}
