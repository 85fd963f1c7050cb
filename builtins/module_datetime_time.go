// This file defines datetime.time and datetime.timezone.

package builtins

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// pyTime is a datetime.time. tz is nil for a naive time. Values are
// immutable.
type pyTime struct {
	hour, minute, second, us int
	tz                       *pyTimezone
	fold                     int
}

// timeClass returns the datetime.time class.
func timeClass() *nativeClass { return dtClasses().time }

// newTimeClass builds the datetime.time class.
// https://docs.python.org/3.11/library/datetime.html#time-objects
func newTimeClass() *nativeClass {
	c := &nativeClass{
		typ:  timeType,
		ctor: newTime,
		methods: MethodTable{
			"dst":       timeDst,
			"isoformat": timeIsoformat,
			"replace":   timeReplace,
			"strftime":  dateStrftime,
			"tzname":    timeTzname,
			"utcoffset": timeUtcoffset,
		},
		static: map[string]StaticFunc{"fromisoformat": timeFromisoformat},
		consts: map[string]py.Object{
			"min":        &pyTime{},
			"max":        &pyTime{hour: 23, minute: 59, second: 59, us: 999999},
			"resolution": &pyTimedelta{us: 1},
		},
	}
	c.attrs = func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
		t, ok := self.(*pyTime)
		if !ok {
			return nil, false, nil
		}
		if v, ok := dtTimeField(name, t.hour, t.minute, t.second, t.us, t.tz, t.fold); ok {
			return v, true, nil
		}
		return dtClassAttr(st, c, name)
	}
	return c
}

// Type implements py.Object.
func (t *pyTime) Type() *py.Type { return timeType }

// dtTimeField returns a time attribute of a time or datetime.
func dtTimeField(name string, h, m, s, us int, tz *pyTimezone, fold int) (py.Object, bool) {
	switch name {
	case "hour":
		return py.Int(h), true
	case "minute":
		return py.Int(m), true
	case "second":
		return py.Int(s), true
	case "microsecond":
		return py.Int(us), true
	case "fold":
		return py.Int(fold), true
	case "tzinfo":
		if tz == nil {
			return py.None, true
		}
		return tz, true
	}
	return nil, false
}

// dtTimeArgs converts hour, minute, second, microsecond, tzinfo and fold
// arguments (nil when absent) over the defaults def, and validates them.
func dtTimeArgs(vals []py.Object, def pyTime) (pyTime, error) {
	var f [4]int64
	for i, d := range []int{def.hour, def.minute, def.second, def.us} {
		var err error
		if f[i], err = dtInt(vals[i], int64(d)); err != nil {
			return pyTime{}, err
		}
	}
	tz := def.tz
	if vals[4] != nil {
		var err error
		if tz, err = dtTzArg(vals[4]); err != nil {
			return pyTime{}, err
		}
	}
	fold, err := dtInt(vals[5], int64(def.fold))
	if err != nil {
		return pyTime{}, err
	}
	if err := dtCheckTime(f[0], f[1], f[2], f[3], fold); err != nil {
		return pyTime{}, err
	}
	return pyTime{hour: int(f[0]), minute: int(f[1]), second: int(f[2]), us: int(f[3]), tz: tz, fold: int(fold)}, nil
}

// newTime is time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
// *, fold=0).
// https://docs.python.org/3.11/library/datetime.html#datetime.time
func newTime(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("", args, kw, []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 0, 5)
	if err != nil {
		return nil, err
	}
	t, err := dtTimeArgs(vals, pyTime{})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// timeReplace is time.replace(hour, minute, second, microsecond, tzinfo,
// *, fold).
// https://docs.python.org/3.11/library/datetime.html#datetime.time.replace
func timeReplace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t := self.(*pyTime)
	vals, err := dtArgs("replace", args, kw, []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 0, 5)
	if err != nil {
		return nil, err
	}
	r, err := dtTimeArgs(vals, *t)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// timeFromisoformat is time.fromisoformat(time_string).
// https://docs.python.org/3.11/library/datetime.html#datetime.time.fromisoformat
func timeFromisoformat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s, err := dtIsoArg(args, kw)
	if err != nil {
		return nil, err
	}
	body := strings.TrimPrefix(s, "T")
	t, err := dtParseIsoTime(body)
	if err != nil {
		if !dtIsRangeError(err) {
			return nil, dtInvalidIso(s)
		}
		return nil, err
	}
	return t, nil
}

// usOfDay returns the microseconds since midnight.
func (t *pyTime) usOfDay() int64 {
	return (int64(t.hour)*3600+int64(t.minute)*60+int64(t.second))*dtUsPerSec + int64(t.us)
}

// timeIsoformat is time.isoformat(timespec='auto').
// https://docs.python.org/3.11/library/datetime.html#datetime.time.isoformat
func timeIsoformat(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t := self.(*pyTime)
	vals, err := dtArgs("isoformat", args, kw, []string{"timespec"}, 0, 1)
	if err != nil {
		return nil, err
	}
	spec, err := dtTimespec(vals[0])
	if err != nil {
		return nil, err
	}
	s, err := dtFormatTime(t.hour, t.minute, t.second, t.us, spec)
	if err != nil {
		return nil, err
	}
	if t.tz != nil {
		s += dtFormatOffset(t.tz.offset, ":")
	}
	return py.String(s), nil
}

// dtTimespec reads a timespec argument; nil is 'auto'.
func dtTimespec(v py.Object) (string, error) {
	if v == nil {
		return "auto", nil
	}
	s, ok := v.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "isoformat() argument 'timespec' must be str, not %s", v.Type().Name)
	}
	return string(s), nil
}

// dtFormatTime is CPython's _format_time.
func dtFormatTime(h, m, s, us int, spec string) (string, error) {
	if spec == "auto" {
		spec = "seconds"
		if us != 0 {
			spec = "microseconds"
		}
	}
	switch spec {
	case "hours":
		return dtPad(h, 2), nil
	case "minutes":
		return dtPad(h, 2) + ":" + dtPad(m, 2), nil
	case "seconds":
		return dtPad(h, 2) + ":" + dtPad(m, 2) + ":" + dtPad(s, 2), nil
	case "milliseconds":
		return dtPad(h, 2) + ":" + dtPad(m, 2) + ":" + dtPad(s, 2) + "." + dtPad(us/1000, 3), nil
	case "microseconds":
		return dtPad(h, 2) + ":" + dtPad(m, 2) + ":" + dtPad(s, 2) + "." + dtPad(us, 6), nil
	}
	return "", py.ExceptionNewf(py.ValueError, "Unknown timespec value")
}

// dtFormatOffset formats a UTC offset in microseconds as +HH<sep>MM,
// followed by seconds and microseconds when they are not zero.
func dtFormatOffset(off int64, sep string) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	us := off % dtUsPerSec
	secs := off / dtUsPerSec
	s := sign + dtPad(int(secs/3600), 2) + sep + dtPad(int(secs/60%60), 2)
	if secs%60 != 0 || us != 0 {
		s += sep + dtPad(int(secs%60), 2)
		if us != 0 {
			s += "." + dtPad(int(us), 6)
		}
	}
	return s
}

// timeUtcoffset is time.utcoffset().
// https://docs.python.org/3.11/library/datetime.html#datetime.time.utcoffset
func timeUtcoffset(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("time.utcoffset", args, kw); err != nil {
		return nil, err
	}
	return dtTzOffset(self.(*pyTime).tz)
}

// timeDst is time.dst(): None (fixed offsets have no DST).
// https://docs.python.org/3.11/library/datetime.html#datetime.time.dst
func timeDst(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("time.dst", args, kw); err != nil {
		return nil, err
	}
	return dtTzDst(self.(*pyTime).tz), nil
}

// timeTzname is time.tzname().
// https://docs.python.org/3.11/library/datetime.html#datetime.time.tzname
func timeTzname(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("time.tzname", args, kw); err != nil {
		return nil, err
	}
	return dtTzName(self.(*pyTime).tz), nil
}

// dtTzOffset returns the utcoffset() of a naive (nil) or aware value.
func dtTzOffset(tz *pyTimezone) (py.Object, error) {
	if tz == nil {
		return py.None, nil
	}
	return timedeltaFromUs(tz.offset)
}

// dtTzDst returns the dst() of a naive or aware value: None, as
// timezone.dst() is None for every fixed offset.
func dtTzDst(*pyTimezone) py.Object {
	return py.None
}

// dtTzName returns the tzname() of a naive (nil) or aware value.
func dtTzName(tz *pyTimezone) py.Object {
	if tz == nil {
		return py.None
	}
	return py.String(tz.tzname())
}

// M__repr__ is repr(t): datetime.time(12, 30, tzinfo=..., fold=1).
func (t *pyTime) M__repr__() (py.Object, error) {
	s := fmt.Sprintf("datetime.time(%d, %d", t.hour, t.minute)
	switch {
	case t.us != 0:
		s += fmt.Sprintf(", %d, %d", t.second, t.us)
	case t.second != 0:
		s += fmt.Sprintf(", %d", t.second)
	}
	if t.tz != nil {
		s += ", tzinfo=" + t.tz.repr()
	}
	if t.fold != 0 {
		s += ", fold=1"
	}
	return py.String(s + ")"), nil
}

// isoformat returns t.isoformat().
func (t *pyTime) isoformat() string {
	s, _ := dtFormatTime(t.hour, t.minute, t.second, t.us, "auto")
	if t.tz != nil {
		s += dtFormatOffset(t.tz.offset, ":")
	}
	return s
}

// pfStr implements nativeStringer: str(t) is t.isoformat().
func (t *pyTime) pfStr(st *run.State) (string, error) { return t.isoformat(), nil }

// pfFormat implements nativeFormatter.
func (t *pyTime) pfFormat(st *run.State, spec string) (string, error) {
	if spec == "" {
		return t.isoformat(), nil
	}
	return dtStrftime(st, spec, dtFieldsOf(t))
}

// utcUs returns the microseconds since midnight minus the UTC offset.
func (t *pyTime) utcUs() int64 {
	us := t.usOfDay()
	if t.tz != nil {
		us -= t.tz.offset
	}
	return us
}

// M__hash__ is hash(t): equal times hash equal (aware times by their UTC
// value).
func (t *pyTime) M__hash__() (py.Object, error) {
	return py.Int(hashInt64(t.utcUs())), nil
}

// compare implements the comparisons of times: naive with naive, aware
// with aware (after removing the offsets).
func (t *pyTime) compare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*pyTime)
	if !ok {
		return dtNotOrdered(op)
	}
	if (t.tz == nil) != (o.tz == nil) {
		if op == "==" || op == "!=" {
			return py.NewBool(op == "!="), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "can't compare offset-naive and offset-aware times")
	}
	return dtCompareResult(dtSign(t.utcUs()-o.utcUs()), op), nil
}

// M__eq__ is t == other.
func (t *pyTime) M__eq__(other py.Object) (py.Object, error) { return t.compare(other, "==") }

// M__ne__ is t != other.
func (t *pyTime) M__ne__(other py.Object) (py.Object, error) { return t.compare(other, "!=") }

// M__lt__ is t < other.
func (t *pyTime) M__lt__(other py.Object) (py.Object, error) { return t.compare(other, "<") }

// M__le__ is t <= other.
func (t *pyTime) M__le__(other py.Object) (py.Object, error) { return t.compare(other, "<=") }

// M__gt__ is t > other.
func (t *pyTime) M__gt__(other py.Object) (py.Object, error) { return t.compare(other, ">") }

// M__ge__ is t >= other.
func (t *pyTime) M__ge__(other py.Object) (py.Object, error) { return t.compare(other, ">=") }

// pyTimezone is a datetime.timezone: a fixed offset from UTC, in
// microseconds, strictly within a day, with an optional name. Values are
// immutable.
type pyTimezone struct {
	offset int64
	name   string
	named  bool
}

// timezoneClass returns the datetime.timezone class.
func timezoneClass() *nativeClass { return dtClasses().timezone }

// newTimezoneClass builds the datetime.timezone class.
// https://docs.python.org/3.11/library/datetime.html#timezone-objects
func newTimezoneClass() *nativeClass {
	c := &nativeClass{
		typ:  timezoneType,
		ctor: newTimezone,
		methods: MethodTable{
			"dst":       timezoneDst,
			"fromutc":   timezoneFromutc,
			"tzname":    timezoneTzname,
			"utcoffset": timezoneUtcoffset,
		},
		static: map[string]StaticFunc{},
		consts: map[string]py.Object{
			"utc": dtUTC,
			"min": &pyTimezone{offset: -(dtUsPerDay - 60*dtUsPerSec)},
			"max": &pyTimezone{offset: dtUsPerDay - 60*dtUsPerSec},
		},
	}
	c.attrs = func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
		return dtClassAttr(st, c, name)
	}
	return c
}

// Type implements py.Object.
func (z *pyTimezone) Type() *py.Type { return timezoneType }

// newTimezone is timezone(offset, name=None).
// https://docs.python.org/3.11/library/datetime.html#datetime.timezone
func newTimezone(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("timezone", args, kw, []string{"offset", "name"}, 1, 2)
	if err != nil {
		return nil, err
	}
	off, ok := vals[0].(*pyTimedelta)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", vals[0].Type().Name)
	}
	z := &pyTimezone{}
	if vals[1] != nil {
		name, ok := vals[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "timezone() argument 2 must be str, not %s", vals[1].Type().Name)
		}
		z.name, z.named = string(name), true
	}
	us, small := off.totalSmall()
	if !small || us <= -dtUsPerDay || us >= dtUsPerDay {
		r, _ := off.M__repr__()
		return nil, py.ExceptionNewf(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
	}
	z.offset = us
	if us == 0 && !z.named {
		return dtUTC, nil
	}
	return z, nil
}

// tzname returns the zone's name: its own, or UTC±HH:MM[:SS[.ffffff]].
func (z *pyTimezone) tzname() string {
	if z.named {
		return z.name
	}
	if z.offset == 0 {
		return "UTC"
	}
	return "UTC" + dtFormatOffset(z.offset, ":")
}

// repr returns repr(z).
func (z *pyTimezone) repr() string {
	if z == dtUTC {
		return "datetime.timezone.utc"
	}
	td, _ := timedeltaFromUs(z.offset)
	r, _ := td.M__repr__()
	s := "datetime.timezone(" + string(r.(py.String))
	if z.named {
		s += ", " + pyQuote(z.name)
	}
	return s + ")"
}

// M__repr__ is repr(z).
func (z *pyTimezone) M__repr__() (py.Object, error) { return py.String(z.repr()), nil }

// pfStr implements nativeStringer: str(z) is its tzname.
func (z *pyTimezone) pfStr(st *run.State) (string, error) { return z.tzname(), nil }

// M__hash__ hashes as the offset timedelta does.
func (z *pyTimezone) M__hash__() (py.Object, error) {
	td, _ := timedeltaFromUs(z.offset)
	return td.M__hash__()
}

// M__eq__ compares offsets; names do not matter.
func (z *pyTimezone) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*pyTimezone)
	return py.NewBool(ok && o.offset == z.offset), nil
}

// M__ne__ is the negation of M__eq__.
func (z *pyTimezone) M__ne__(other py.Object) (py.Object, error) {
	o, ok := other.(*pyTimezone)
	return py.NewBool(!ok || o.offset != z.offset), nil
}

// timezoneDtArg checks the dt argument of the tzinfo methods.
func timezoneDtArg(method string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "timezone.%s() takes no keyword arguments", method)
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "timezone.%s() takes exactly one argument (%d given)", method, len(args))
	}
	dt := args[0]
	if _, ok := dt.(*pyDateTime); !ok && dt != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "%s(dt) argument must be a datetime instance or None, not %s", method, dt.Type().Name)
	}
	return dt, nil
}

// timezoneUtcoffset is timezone.utcoffset(dt).
// https://docs.python.org/3.11/library/datetime.html#datetime.timezone.utcoffset
func timezoneUtcoffset(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if _, err := timezoneDtArg("utcoffset", args, kw); err != nil {
		return nil, err
	}
	return timedeltaFromUs(self.(*pyTimezone).offset)
}

// timezoneDst is timezone.dst(dt): always None.
// https://docs.python.org/3.11/library/datetime.html#datetime.timezone.dst
func timezoneDst(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if _, err := timezoneDtArg("dst", args, kw); err != nil {
		return nil, err
	}
	return py.None, nil
}

// timezoneTzname is timezone.tzname(dt).
// https://docs.python.org/3.11/library/datetime.html#datetime.timezone.tzname
func timezoneTzname(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if _, err := timezoneDtArg("tzname", args, kw); err != nil {
		return nil, err
	}
	return py.String(self.(*pyTimezone).tzname()), nil
}

// timezoneFromutc is timezone.fromutc(dt): dt + offset, for a dt whose
// tzinfo is this zone.
// https://docs.python.org/3.11/library/datetime.html#datetime.timezone.fromutc
func timezoneFromutc(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	z := self.(*pyTimezone)
	if len(kw) != 0 || len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "timezone.fromutc() takes exactly one argument (%d given)", len(args)+len(kw))
	}
	dt, ok := args[0].(*pyDateTime)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fromutc: argument must be a datetime")
	}
	if dt.tz == nil || !same(dt.tz, z) {
		return nil, py.ExceptionNewf(py.ValueError, "fromutc: dt.tzinfo is not self")
	}
	return dt.fromUs(dt.localUs()+z.offset, z, dt.fold)
}
