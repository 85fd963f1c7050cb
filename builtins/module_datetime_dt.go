// This file defines datetime.datetime.

package builtins

import (
	"fmt"
	"math"
	"math/big"
	"time"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// pyDateTime is a datetime.datetime: a date and a time of day, naive (tz
// nil) or aware with a fixed-offset timezone. Values are immutable.
type pyDateTime struct {
	pyDate
	hour, minute, second, us int
	tz                       *pyTimezone
	fold                     int
}

// dtEpochUs is localUs of 1970-01-01T00:00.
const dtEpochUs = 719162 * dtUsPerDay

// dtMaxUs bounds localUs: the first microsecond after datetime.max.
const dtMaxUs = dtMaxOrdinal * dtUsPerDay

// datetimeClass returns the datetime.datetime class.
func datetimeClass() *nativeClass { return dtClasses().datetime }

// newDatetimeClass builds the datetime.datetime class.
// https://docs.python.org/3.11/library/datetime.html#datetime-objects
func newDatetimeClass() *nativeClass {
	c := &nativeClass{
		typ:  datetimeType,
		ctor: newDatetime,
		methods: MethodTable{
			"astimezone":  datetimeAstimezone,
			"ctime":       dateCtime,
			"date":        datetimeDate,
			"dst":         datetimeDst,
			"isocalendar": dateIsocalendar,
			"isoformat":   datetimeIsoformat,
			"isoweekday":  dateIsoweekday,
			"replace":     datetimeReplace,
			"strftime":    dateStrftime,
			"time":        datetimeTime,
			"timestamp":   datetimeTimestamp,
			"timetz":      datetimeTimetz,
			"toordinal":   dateToordinal,
			"tzname":      datetimeTzname,
			"utcoffset":   datetimeUtcoffset,
			"weekday":     dateWeekday,
		},
		static: map[string]StaticFunc{
			"combine":          datetimeCombine,
			"fromisocalendar":  dateFromisocalendar(true),
			"fromisoformat":    datetimeFromisoformat,
			"fromordinal":      dateFromordinal(true),
			"fromtimestamp":    datetimeFromtimestamp,
			"now":              dtNow,
			"strptime":         datetimeStrptime,
			"today":            dtStaticNoArgs("datetime.today", dtToday),
			"utcfromtimestamp": datetimeUtcfromtimestamp,
			"utcnow":           dtStaticNoArgs("datetime.utcnow", dtUtcnow),
		},
		consts: map[string]py.Object{
			"min":        &pyDateTime{pyDate: pyDate{year: 1, month: 1, day: 1}},
			"max":        &pyDateTime{pyDate: pyDate{year: 9999, month: 12, day: 31}, hour: 23, minute: 59, second: 59, us: 999999},
			"resolution": &pyTimedelta{us: 1},
		},
	}
	c.attrs = func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
		return datetimeAttr(st, c, self, name)
	}
	return c
}

// Type implements py.Object.
func (dt *pyDateTime) Type() *py.Type { return datetimeType }

// datetimeAttr serves the fields, the class constants and the class
// methods through an instance.
func datetimeAttr(st *run.State, c *nativeClass, self py.Object, name string) (py.Object, bool, error) {
	dt, ok := self.(*pyDateTime)
	if !ok {
		return nil, false, nil
	}
	if v, ok := dt.field(name); ok {
		return v, true, nil
	}
	if v, ok := dtTimeField(name, dt.hour, dt.minute, dt.second, dt.us, dt.tz, dt.fold); ok {
		return v, true, nil
	}
	return dtClassAttr(st, c, name)
}

// datetimeParams are the parameters of the constructor and of replace.
var datetimeParams = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}

// datetimeFromArgs builds a datetime from the arguments of the
// constructor or replace over the defaults def.
func datetimeFromArgs(vals []py.Object, def *pyDateTime) (*pyDateTime, error) {
	var f [3]int64
	for i, d := range []int{def.year, def.month, def.day} {
		var err error
		if f[i], err = dtInt(vals[i], int64(d)); err != nil {
			return nil, err
		}
	}
	if err := dtCheckDate(f[0], f[1], f[2]); err != nil {
		return nil, err
	}
	t, err := dtTimeArgs(vals[3:], pyTime{hour: def.hour, minute: def.minute, second: def.second, us: def.us, tz: def.tz, fold: def.fold})
	if err != nil {
		return nil, err
	}
	return &pyDateTime{
		pyDate: pyDate{year: int(f[0]), month: int(f[1]), day: int(f[2])},
		hour:   t.hour, minute: t.minute, second: t.second, us: t.us, tz: t.tz, fold: t.fold,
	}, nil
}

// newDatetime is datetime(year, month, day, hour=0, minute=0, second=0,
// microsecond=0, tzinfo=None, *, fold=0).
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime
func newDatetime(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("", args, kw, datetimeParams, 3, 8)
	if err != nil {
		return nil, err
	}
	return datetimeFromArgs(vals, &pyDateTime{})
}

// datetimeReplace is datetime.replace(...).
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.replace
func datetimeReplace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("replace", args, kw, datetimeParams, 0, 8)
	if err != nil {
		return nil, err
	}
	return datetimeFromArgs(vals, self.(*pyDateTime))
}

// localUs returns the microseconds from 0001-01-01T00:00 to dt's wall
// time (its offset ignored).
func (dt *pyDateTime) localUs() int64 {
	secs := int64(dt.ordinal()-1)*86400 + int64(dt.hour)*3600 + int64(dt.minute)*60 + int64(dt.second)
	return secs*dtUsPerSec + int64(dt.us)
}

// utcUs returns localUs minus the UTC offset.
func (dt *pyDateTime) utcUs() int64 {
	if dt.tz == nil {
		return dt.localUs()
	}
	return dt.localUs() - dt.tz.offset
}

// fromUs returns the datetime at us microseconds since
// 0001-01-01T00:00 with tz and fold, or the overflow error.
func (dt *pyDateTime) fromUs(us int64, tz *pyTimezone, fold int) (*pyDateTime, error) {
	return dtFromLocalUs(us, tz, fold)
}

// dtFromLocalUs returns the datetime at us microseconds since
// 0001-01-01T00:00 with tz and fold, or the overflow error.
func dtFromLocalUs(us int64, tz *pyTimezone, fold int) (*pyDateTime, error) {
	if us < 0 || us >= dtMaxUs {
		return nil, dtOverflow()
	}
	days, rem := us/dtUsPerDay, us%dtUsPerDay
	y, m, d := dtOrd2Ymd(int(days) + 1)
	secs := rem / dtUsPerSec
	return &pyDateTime{
		pyDate: pyDate{year: y, month: m, day: d},
		hour:   int(secs / 3600), minute: int(secs / 60 % 60), second: int(secs % 60), us: int(rem % dtUsPerSec),
		tz: tz, fold: fold,
	}, nil
}

// dtFromEpochUs returns the datetime secs seconds and us microseconds
// after the Unix epoch, in tz (naive UTC for nil). As in CPython, a UTC
// time outside years 1..9999 is a ValueError naming the year, and a local
// time pushed past the bounds by the offset an OverflowError.
func dtFromEpochUs(secs, us int64, tz *pyTimezone) (*pyDateTime, error) {
	const epochSecs = dtEpochUs / dtUsPerSec
	if secs < -epochSecs || secs >= dtMaxUs/dtUsPerSec-epochSecs {
		return nil, py.ExceptionNewf(py.ValueError, "year %d is out of range", time.Unix(secs, 0).UTC().Year())
	}
	total := (secs+epochSecs)*dtUsPerSec + us
	if tz != nil {
		total += tz.offset
	}
	return dtFromLocalUs(total, tz, 0)
}

// dtTimestampArg splits a timestamp (int or float) into seconds and
// microseconds, rounding half to even as CPython does.
func dtTimestampArg(v py.Object) (int64, int64, error) {
	var r *big.Rat
	switch x := v.(type) {
	case py.Float:
		f := float64(x)
		if math.IsNaN(f) {
			return 0, 0, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
		if math.IsInf(f, 0) || math.Abs(f) >= 9.2e18 {
			return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		r = new(big.Rat).SetFloat64(f)
	default:
		i, ok := intValue(v)
		if !ok {
			_, err := indexValue(v)
			return 0, 0, err
		}
		if !i.IsInt64() {
			return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		return i.Int64(), 0, nil
	}
	us := dtRoundHalfEven(r.Mul(r, new(big.Rat).SetInt64(dtUsPerSec)))
	secs, rem := dtFloorDivBig(us, big.NewInt(dtUsPerSec))
	if !secs.IsInt64() {
		return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return secs.Int64(), rem.Int64(), nil
}

// datetimeFromtimestamp is datetime.fromtimestamp(timestamp, tz=None).
// tz is required: a run has no local time zone.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.fromtimestamp
func datetimeFromtimestamp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("fromtimestamp", args, kw, []string{"timestamp", "tz"}, 1, 2)
	if err != nil {
		return nil, err
	}
	tz, err := dtTzArg(vals[1])
	if err != nil {
		return nil, err
	}
	secs, us, err := dtTimestampArg(vals[0])
	if err != nil {
		return nil, err
	}
	if tz == nil {
		return nil, py.ExceptionNewf(py.ValueError, "datetime.fromtimestamp() needs a tz argument: the local time zone is not available (use tz=timezone.utc)")
	}
	return dtFromEpochUs(secs, us, tz)
}

// datetimeUtcfromtimestamp is datetime.utcfromtimestamp(timestamp): a
// naive datetime in UTC.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.utcfromtimestamp
func datetimeUtcfromtimestamp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "utcfromtimestamp() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "utcfromtimestamp() takes exactly 1 argument (%d given)", len(args))
	}
	secs, us, err := dtTimestampArg(args[0])
	if err != nil {
		return nil, err
	}
	return dtFromEpochUs(secs, us, nil)
}

// datetimeCombine is datetime.combine(date, time, tzinfo=time.tzinfo).
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.combine
func datetimeCombine(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("combine", args, kw, []string{"date", "time", "tzinfo"}, 2, 3)
	if err != nil {
		return nil, err
	}
	d, ok := dateOf(vals[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "combine() argument 1 must be datetime.date, not %s", vals[0].Type().Name)
	}
	t, ok := vals[1].(*pyTime)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "combine() argument 2 must be datetime.time, not %s", vals[1].Type().Name)
	}
	tz := t.tz
	if vals[2] != nil {
		if tz, err = dtTzArg(vals[2]); err != nil {
			return nil, err
		}
	}
	return &pyDateTime{pyDate: *d, hour: t.hour, minute: t.minute, second: t.second, us: t.us, tz: tz, fold: t.fold}, nil
}

// datetimeFromisoformat is datetime.fromisoformat(date_string).
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.fromisoformat
func datetimeFromisoformat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s, err := dtIsoArg(args, kw)
	if err != nil {
		return nil, err
	}
	return dtParseIsoDatetime(s)
}

// datetimeDate is datetime.date().
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.date
func datetimeDate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.date", args, kw); err != nil {
		return nil, err
	}
	d := self.(*pyDateTime).pyDate
	return &d, nil
}

// datetimeTime is datetime.time(): the naive time of day.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.time
func datetimeTime(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.time", args, kw); err != nil {
		return nil, err
	}
	dt := self.(*pyDateTime)
	return &pyTime{hour: dt.hour, minute: dt.minute, second: dt.second, us: dt.us, fold: dt.fold}, nil
}

// datetimeTimetz is datetime.timetz(): the time of day with tzinfo.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.timetz
func datetimeTimetz(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.timetz", args, kw); err != nil {
		return nil, err
	}
	dt := self.(*pyDateTime)
	return &pyTime{hour: dt.hour, minute: dt.minute, second: dt.second, us: dt.us, tz: dt.tz, fold: dt.fold}, nil
}

// datetimeUtcoffset is datetime.utcoffset().
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.utcoffset
func datetimeUtcoffset(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.utcoffset", args, kw); err != nil {
		return nil, err
	}
	return dtTzOffset(self.(*pyDateTime).tz)
}

// datetimeDst is datetime.dst(): None, as fixed offsets have no DST.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.dst
func datetimeDst(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.dst", args, kw); err != nil {
		return nil, err
	}
	return dtTzDst(self.(*pyDateTime).tz), nil
}

// datetimeTzname is datetime.tzname().
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.tzname
func datetimeTzname(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.tzname", args, kw); err != nil {
		return nil, err
	}
	return dtTzName(self.(*pyDateTime).tz), nil
}

// datetimeTimestamp is datetime.timestamp() of an aware datetime. A naive
// datetime would need the local time zone, which a run does not have.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.timestamp
func datetimeTimestamp(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("datetime.timestamp", args, kw); err != nil {
		return nil, err
	}
	dt := self.(*pyDateTime)
	if dt.tz == nil {
		return nil, py.ExceptionNewf(py.ValueError, "timestamp() of a naive datetime needs the local time zone, which is not available: make it aware, e.g. dt.replace(tzinfo=timezone.utc)")
	}
	f, _ := new(big.Rat).SetFrac64(dt.utcUs()-dtEpochUs, dtUsPerSec).Float64()
	return py.Float(f), nil
}

// datetimeAstimezone is datetime.astimezone(tz) for an aware datetime and
// an explicit tz; without them it would need the local time zone.
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.astimezone
func datetimeAstimezone(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("astimezone", args, kw, []string{"tz"}, 0, 1)
	if err != nil {
		return nil, err
	}
	tz, err := dtTzArg(vals[0])
	if err != nil {
		return nil, err
	}
	dt := self.(*pyDateTime)
	if tz == nil {
		return nil, py.ExceptionNewf(py.ValueError, "astimezone() needs a tz argument: the local time zone is not available")
	}
	if dt.tz == nil {
		return nil, py.ExceptionNewf(py.ValueError, "astimezone() of a naive datetime needs the local time zone, which is not available: make it aware first, e.g. dt.replace(tzinfo=timezone.utc)")
	}
	if dt.tz == tz {
		return dt, nil
	}
	return dtFromLocalUs(dt.utcUs()+tz.offset, tz, 0)
}

// isoformat returns dt.isoformat(sep, timespec).
func (dt *pyDateTime) isoformat(sep string, spec string) (string, error) {
	t, err := dtFormatTime(dt.hour, dt.minute, dt.second, dt.us, spec)
	if err != nil {
		return "", err
	}
	s := dt.pyDate.isoformat() + sep + t
	if dt.tz != nil {
		s += dtFormatOffset(dt.tz.offset, ":")
	}
	return s, nil
}

// datetimeIsoformat is datetime.isoformat(sep='T', timespec='auto').
// https://docs.python.org/3.11/library/datetime.html#datetime.datetime.isoformat
func datetimeIsoformat(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("isoformat", args, kw, []string{"sep", "timespec"}, 0, 2)
	if err != nil {
		return nil, err
	}
	sep := "T"
	if vals[0] != nil {
		s, ok := vals[0].(py.String)
		if !ok || utf8.RuneCountInString(string(s)) != 1 {
			what := vals[0].Type().Name
			return nil, py.ExceptionNewf(py.TypeError, "isoformat() argument 1 must be a unicode character, not %s", what)
		}
		sep = string(s)
	}
	spec, err := dtTimespec(vals[1])
	if err != nil {
		return nil, err
	}
	s, err := self.(*pyDateTime).isoformat(sep, spec)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// M__repr__ is repr(dt).
func (dt *pyDateTime) M__repr__() (py.Object, error) {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", dt.year, dt.month, dt.day, dt.hour, dt.minute)
	switch {
	case dt.us != 0:
		s += fmt.Sprintf(", %d, %d", dt.second, dt.us)
	case dt.second != 0:
		s += fmt.Sprintf(", %d", dt.second)
	}
	if dt.fold != 0 {
		s += ", fold=1"
	}
	if dt.tz != nil {
		s += ", tzinfo=" + dt.tz.repr()
	}
	return py.String(s + ")"), nil
}

// pfStr implements nativeStringer: str(dt) is dt.isoformat(' ').
func (dt *pyDateTime) pfStr(st *run.State) (string, error) { return dt.isoformat(" ", "auto") }

// pfFormat implements nativeFormatter.
func (dt *pyDateTime) pfFormat(st *run.State, spec string) (string, error) {
	if spec == "" {
		return dt.isoformat(" ", "auto")
	}
	return dtStrftime(st, spec, dtFieldsOf(dt))
}

// M__hash__ is hash(dt): aware datetimes hash by their UTC value, so
// equal instants in different zones hash equal; fold is ignored.
func (dt *pyDateTime) M__hash__() (py.Object, error) {
	return py.Int(hashInt64(dt.utcUs())), nil
}

// compare implements the comparisons of datetimes.
func (dt *pyDateTime) compare(other py.Object, op string) (py.Object, error) {
	switch o := other.(type) {
	case *pyDateTime:
		if (dt.tz == nil) != (o.tz == nil) {
			if op == "==" || op == "!=" {
				return py.NewBool(op == "!="), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "can't compare offset-naive and offset-aware datetimes")
		}
		return dtCompareResult(dtSign(dt.utcUs()-o.utcUs()), op), nil
	case *pyDate:
		if op != "==" && op != "!=" {
			return nil, py.ExceptionNewf(py.TypeError, "can't compare datetime.datetime to datetime.date")
		}
	}
	return dtNotOrdered(op)
}

// M__eq__ is dt == other.
func (dt *pyDateTime) M__eq__(other py.Object) (py.Object, error) { return dt.compare(other, "==") }

// M__ne__ is dt != other.
func (dt *pyDateTime) M__ne__(other py.Object) (py.Object, error) { return dt.compare(other, "!=") }

// M__lt__ is dt < other.
func (dt *pyDateTime) M__lt__(other py.Object) (py.Object, error) { return dt.compare(other, "<") }

// M__le__ is dt <= other.
func (dt *pyDateTime) M__le__(other py.Object) (py.Object, error) { return dt.compare(other, "<=") }

// M__gt__ is dt > other.
func (dt *pyDateTime) M__gt__(other py.Object) (py.Object, error) { return dt.compare(other, ">") }

// M__ge__ is dt >= other.
func (dt *pyDateTime) M__ge__(other py.Object) (py.Object, error) { return dt.compare(other, ">=") }

// M__add__ is dt + timedelta.
func (dt *pyDateTime) M__add__(other py.Object) (py.Object, error) {
	if td, ok := other.(*pyTimedelta); ok {
		return dtAddDelta(dt, td, 1)
	}
	return py.NotImplemented, nil
}

// M__radd__ is timedelta + dt.
func (dt *pyDateTime) M__radd__(other py.Object) (py.Object, error) { return dt.M__add__(other) }

// M__sub__ is dt - timedelta or dt - datetime.
func (dt *pyDateTime) M__sub__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *pyTimedelta:
		return dtAddDelta(dt, o, -1)
	case *pyDateTime:
		if (dt.tz == nil) != (o.tz == nil) {
			return nil, py.ExceptionNewf(py.TypeError, "can't subtract offset-naive and offset-aware datetimes")
		}
		return timedeltaFromUs(dt.utcUs() - o.utcUs())
	}
	return py.NotImplemented, nil
}

// M__rsub__ is other - dt: never supported (date - datetime is a
// TypeError in CPython).
func (dt *pyDateTime) M__rsub__(other py.Object) (py.Object, error) { return py.NotImplemented, nil }

// M__rsub__ is other - d: never supported.
func (d *pyDate) M__rsub__(other py.Object) (py.Object, error) { return py.NotImplemented, nil }
