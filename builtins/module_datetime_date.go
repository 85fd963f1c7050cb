// This file defines datetime.date and datetime.IsoCalendarDate.

package builtins

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// pyDate is a datetime.date: a valid proleptic Gregorian date in years
// 1..9999. Values are immutable.
type pyDate struct {
	year, month, day int
}

// dateClass returns the datetime.date class.
func dateClass() *nativeClass { return dtClasses().date }

// newDateClass builds the datetime.date class.
// https://docs.python.org/3.11/library/datetime.html#date-objects
func newDateClass() *nativeClass {
	c := &nativeClass{
		typ:  dateType,
		ctor: newDate,
		methods: MethodTable{
			"ctime":       dateCtime,
			"isocalendar": dateIsocalendar,
			"isoformat":   dateIsoformat,
			"isoweekday":  dateIsoweekday,
			"replace":     dateReplace,
			"strftime":    dateStrftime,
			"toordinal":   dateToordinal,
			"weekday":     dateWeekday,
		},
		static: map[string]StaticFunc{
			"fromisocalendar": dateFromisocalendar(false),
			"fromisoformat":   dateFromisoformat,
			"fromordinal":     dateFromordinal(false),
			"fromtimestamp":   dateFromtimestamp,
			"today":           dtStaticNoArgs("date.today", dateToday),
		},
		consts: map[string]py.Object{
			"min":        &pyDate{year: 1, month: 1, day: 1},
			"max":        &pyDate{year: 9999, month: 12, day: 31},
			"resolution": &pyTimedelta{days: 1},
		},
	}
	c.attrs = func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
		return dateAttr(st, c, self, name)
	}
	return c
}

// Type implements py.Object.
func (d *pyDate) Type() *py.Type { return dateType }

// dateOf returns the date part of a date or datetime.
func dateOf(o py.Object) (*pyDate, bool) {
	switch v := o.(type) {
	case *pyDate:
		return v, true
	case *pyDateTime:
		return &v.pyDate, true
	}
	return nil, false
}

// dateAttr serves year, month, day, the class constants and the class
// methods through an instance.
func dateAttr(st *run.State, c *nativeClass, self py.Object, name string) (py.Object, bool, error) {
	d, ok := self.(*pyDate)
	if !ok {
		return nil, false, nil
	}
	if v, ok := d.field(name); ok {
		return v, true, nil
	}
	return dtClassAttr(st, c, name)
}

// dtClassAttr serves the class constants and class methods of c through
// an instance (d.max, d.fromordinal).
func dtClassAttr(st *run.State, c *nativeClass, name string) (py.Object, bool, error) {
	if v, ok := c.consts[name]; ok {
		return v, true, nil
	}
	if v, ok := dtStaticCallable(st, c, name); ok {
		return v, true, nil
	}
	return nil, false, nil
}

// field returns the year, month or day attribute.
func (d *pyDate) field(name string) (py.Object, bool) {
	switch name {
	case "year":
		return py.Int(d.year), true
	case "month":
		return py.Int(d.month), true
	case "day":
		return py.Int(d.day), true
	}
	return nil, false
}

// newDate is date(year, month, day).
// https://docs.python.org/3.11/library/datetime.html#datetime.date
func newDate(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("", args, kw, []string{"year", "month", "day"}, 3, 3)
	if err != nil {
		return nil, err
	}
	var f [3]int64
	for i, v := range vals {
		if f[i], err = dtInt(v, 0); err != nil {
			return nil, err
		}
	}
	if err := dtCheckDate(f[0], f[1], f[2]); err != nil {
		return nil, err
	}
	return &pyDate{year: int(f[0]), month: int(f[1]), day: int(f[2])}, nil
}

// ordinal returns the proleptic Gregorian ordinal of d.
func (d *pyDate) ordinal() int { return dtYmd2Ord(d.year, d.month, d.day) }

// weekday returns Monday 0 ... Sunday 6.
func (d *pyDate) weekday() int { return (d.ordinal() + 6) % 7 }

// dateFromOrdinal returns the date of ordinal n, or the overflow error.
func dateFromOrdinal(n int64) (*pyDate, error) {
	if n < 1 || n > dtMaxOrdinal {
		return nil, dtOverflow()
	}
	y, m, d := dtOrd2Ymd(int(n))
	return &pyDate{year: y, month: m, day: d}, nil
}

// dateFromordinal is date.fromordinal(ordinal) and, for datetime,
// datetime.fromordinal(ordinal).
// https://docs.python.org/3.11/library/datetime.html#datetime.date.fromordinal
func dateFromordinal(isDT bool) StaticFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "fromordinal() takes no keyword arguments")
		}
		vals, err := dtArgs("fromordinal", args, nil, []string{"ordinal"}, 1, 1)
		if err != nil {
			return nil, err
		}
		n, err := dtInt(vals[0], 0)
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "ordinal must be >= 1")
		}
		if n > dtMaxOrdinal {
			return nil, py.ExceptionNewf(py.ValueError, "year %d is out of range", dtMaxYear+1)
		}
		d, err := dateFromOrdinal(n)
		if err != nil {
			return nil, err
		}
		if isDT {
			return &pyDateTime{pyDate: *d}, nil
		}
		return d, nil
	}
}

// dateFromisocalendar is date.fromisocalendar(year, week, day) and the
// datetime variant.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.fromisocalendar
func dateFromisocalendar(isDT bool) StaticFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		vals, err := dtArgs("fromisocalendar", args, kw, []string{"year", "week", "day"}, 3, 3)
		if err != nil {
			return nil, err
		}
		var f [3]int64
		for i, v := range vals {
			if f[i], err = dtInt(v, 0); err != nil {
				return nil, err
			}
		}
		y, m, d, err := dtIsoToGregorian(f[0], f[1], f[2])
		if err != nil {
			return nil, err
		}
		if isDT {
			return &pyDateTime{pyDate: pyDate{year: y, month: m, day: d}}, nil
		}
		return &pyDate{year: y, month: m, day: d}, nil
	}
}

// dateFromtimestamp is date.fromtimestamp(timestamp): it needs the local
// time zone, which a run does not have.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.fromtimestamp
func dateFromtimestamp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if _, err := dtArgs("fromtimestamp", args, kw, []string{"timestamp"}, 1, 1); err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "date.fromtimestamp() needs the local time zone, which is not available: use datetime.fromtimestamp(ts, tz).date()")
}

// dateFromisoformat is date.fromisoformat(date_string).
// https://docs.python.org/3.11/library/datetime.html#datetime.date.fromisoformat
func dateFromisoformat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s, err := dtIsoArg(args, kw)
	if err != nil {
		return nil, err
	}
	if n := len(s); n != 7 && n != 8 && n != 10 {
		return nil, dtInvalidIso(s)
	}
	y, m, d, err := dtParseIsoDate(s)
	if err != nil {
		return nil, err
	}
	return &pyDate{year: y, month: m, day: d}, nil
}

// dateSelf returns the receiver of a date method.
func dateSelf(self py.Object) *pyDate {
	d, _ := dateOf(self)
	return d
}

// dateToordinal is date.toordinal().
// https://docs.python.org/3.11/library/datetime.html#datetime.date.toordinal
func dateToordinal(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs(self.Type().Name[len("datetime."):]+".toordinal", args, kw); err != nil {
		return nil, err
	}
	return py.Int(dateSelf(self).ordinal()), nil
}

// dateWeekday is date.weekday(): Monday is 0.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.weekday
func dateWeekday(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs(self.Type().Name[len("datetime."):]+".weekday", args, kw); err != nil {
		return nil, err
	}
	return py.Int(dateSelf(self).weekday()), nil
}

// dateIsoweekday is date.isoweekday(): Monday is 1.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.isoweekday
func dateIsoweekday(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs(self.Type().Name[len("datetime."):]+".isoweekday", args, kw); err != nil {
		return nil, err
	}
	return py.Int(dateSelf(self).weekday() + 1), nil
}

// dateIsocalendar is date.isocalendar().
// https://docs.python.org/3.11/library/datetime.html#datetime.date.isocalendar
func dateIsocalendar(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs(self.Type().Name[len("datetime."):]+".isocalendar", args, kw); err != nil {
		return nil, err
	}
	d := dateSelf(self)
	y, w, wd := dtIsoCalendar(d.year, d.ordinal())
	return &pyIsoCalendar{year: y, week: w, weekday: wd}, nil
}

// isoformat returns YYYY-MM-DD.
func (d *pyDate) isoformat() string {
	return dtPad(d.year, 4) + "-" + dtPad(d.month, 2) + "-" + dtPad(d.day, 2)
}

// dateIsoformat is date.isoformat().
// https://docs.python.org/3.11/library/datetime.html#datetime.date.isoformat
func dateIsoformat(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("date.isoformat", args, kw); err != nil {
		return nil, err
	}
	return py.String(dateSelf(self).isoformat()), nil
}

// dateCtime is date.ctime(): 'Mon Jan  1 00:00:00 2024'.
// https://docs.python.org/3.11/library/datetime.html#datetime.date.ctime
func dateCtime(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs(self.Type().Name[len("datetime."):]+".ctime", args, kw); err != nil {
		return nil, err
	}
	var h, m, s int
	if dt, ok := self.(*pyDateTime); ok {
		h, m, s = dt.hour, dt.minute, dt.second
	}
	return py.String(dtCtime(dateSelf(self), h, m, s)), nil
}

// dtCtime formats as C's asctime.
func dtCtime(d *pyDate, h, m, s int) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %04d", dtDayAbbr[d.weekday()], dtMonthAbbr[d.month], d.day, h, m, s, d.year)
}

// dateStrftime is date.strftime(format).
// https://docs.python.org/3.11/library/datetime.html#datetime.date.strftime
func dateStrftime(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := dtArgs("strftime", args, kw, []string{"format"}, 1, 1)
	if err != nil {
		return nil, err
	}
	f, ok := vals[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", vals[0].Type().Name)
	}
	s, err := dtStrftime(st, string(f), dtFieldsOf(self))
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// dateReplace is date.replace(year, month, day).
// https://docs.python.org/3.11/library/datetime.html#datetime.date.replace
func dateReplace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	d := dateSelf(self)
	vals, err := dtArgs("replace", args, kw, []string{"year", "month", "day"}, 0, 3)
	if err != nil {
		return nil, err
	}
	var f [3]int64
	for i, def := range []int{d.year, d.month, d.day} {
		if f[i], err = dtInt(vals[i], int64(def)); err != nil {
			return nil, err
		}
	}
	if err := dtCheckDate(f[0], f[1], f[2]); err != nil {
		return nil, err
	}
	return &pyDate{year: int(f[0]), month: int(f[1]), day: int(f[2])}, nil
}

// M__repr__ is repr(d): datetime.date(2024, 1, 31).
func (d *pyDate) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.date(%d, %d, %d)", d.year, d.month, d.day)), nil
}

// pfStr implements nativeStringer: str(d) is d.isoformat().
func (d *pyDate) pfStr(st *run.State) (string, error) { return d.isoformat(), nil }

// pfFormat implements nativeFormatter: format(d, spec) is
// d.strftime(spec), or str(d) for an empty spec.
func (d *pyDate) pfFormat(st *run.State, spec string) (string, error) {
	if spec == "" {
		return d.isoformat(), nil
	}
	return dtStrftime(st, spec, dtFieldsOf(d))
}

// M__hash__ is hash(d).
func (d *pyDate) M__hash__() (py.Object, error) {
	th := newTupleHasher()
	th.add(hashInt64(int64(d.year)))
	th.add(hashInt64(int64(d.month)))
	th.add(hashInt64(int64(d.day)))
	return py.Int(th.sum()), nil
}

// cmp compares two dates.
func (d *pyDate) cmp(o *pyDate) int {
	return dtSign(int64(d.ordinal() - o.ordinal()))
}

// compare implements the comparisons of dates: dates compare with dates;
// a date and a datetime are unequal and not ordered.
func (d *pyDate) compare(other py.Object, op string) (py.Object, error) {
	switch o := other.(type) {
	case *pyDate:
		return dtCompareResult(d.cmp(o), op), nil
	case *pyDateTime:
		if op != "==" && op != "!=" {
			return nil, py.ExceptionNewf(py.TypeError, "can't compare datetime.datetime to datetime.date")
		}
	}
	return dtNotOrdered(op)
}

// dtNotOrdered is the result of comparing with a value of another kind:
// unequal, and NotImplemented for ordering.
func dtNotOrdered(op string) (py.Object, error) {
	switch op {
	case "==":
		return py.False, nil
	case "!=":
		return py.True, nil
	}
	return py.NotImplemented, nil
}

// M__eq__ is d == other.
func (d *pyDate) M__eq__(other py.Object) (py.Object, error) { return d.compare(other, "==") }

// M__ne__ is d != other.
func (d *pyDate) M__ne__(other py.Object) (py.Object, error) { return d.compare(other, "!=") }

// M__lt__ is d < other.
func (d *pyDate) M__lt__(other py.Object) (py.Object, error) { return d.compare(other, "<") }

// M__le__ is d <= other.
func (d *pyDate) M__le__(other py.Object) (py.Object, error) { return d.compare(other, "<=") }

// M__gt__ is d > other.
func (d *pyDate) M__gt__(other py.Object) (py.Object, error) { return d.compare(other, ">") }

// M__ge__ is d >= other.
func (d *pyDate) M__ge__(other py.Object) (py.Object, error) { return d.compare(other, ">=") }

// M__add__ is d + timedelta.
func (d *pyDate) M__add__(other py.Object) (py.Object, error) {
	if td, ok := other.(*pyTimedelta); ok {
		return dtAddDelta(d, td, 1)
	}
	return py.NotImplemented, nil
}

// M__radd__ is timedelta + d.
func (d *pyDate) M__radd__(other py.Object) (py.Object, error) { return d.M__add__(other) }

// M__sub__ is d - timedelta or d - date.
func (d *pyDate) M__sub__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *pyTimedelta:
		return dtAddDelta(d, o, -1)
	case *pyDate:
		return &pyTimedelta{days: int64(d.ordinal() - o.ordinal())}, nil
	}
	return py.NotImplemented, nil
}

// dtAddDelta returns x + sign*td for a date or datetime x, with CPython's
// OverflowError past date.min or date.max. Adding to a date uses only the
// days of td, as CPython does.
func dtAddDelta(x py.Object, td *pyTimedelta, sign int64) (py.Object, error) {
	if td.days > dtMaxOrdinal+1 || td.days < -dtMaxOrdinal-1 {
		return nil, dtOverflow()
	}
	switch v := x.(type) {
	case *pyDate:
		return dateFromOrdinal(int64(v.ordinal()) + sign*td.days)
	case *pyDateTime:
		delta, _ := td.totalSmall()
		return v.fromUs(v.localUs()+sign*delta, v.tz, v.fold)
	}
	return py.NotImplemented, nil
}

// pyIsoCalendar is datetime.IsoCalendarDate, the named tuple
// date.isocalendar() returns: (year, week, weekday).
type pyIsoCalendar struct {
	year, week, weekday int
}

// isoCalendarClass returns the datetime.IsoCalendarDate class.
func isoCalendarClass() *nativeClass { return dtClasses().isocal }

// newIsoCalendarClass builds the IsoCalendarDate class. Scripts get its
// instances from isocalendar() and cannot create them directly.
func newIsoCalendarClass() *nativeClass {
	return &nativeClass{
		typ:     isoCalendarTyp,
		methods: MethodTable{"count": isoCalendarCount, "index": isoCalendarIndex},
		attrs: func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
			c, ok := self.(*pyIsoCalendar)
			if !ok {
				return nil, false, nil
			}
			switch name {
			case "year":
				return py.Int(c.year), true, nil
			case "week":
				return py.Int(c.week), true, nil
			case "weekday":
				return py.Int(c.weekday), true, nil
			}
			return nil, false, nil
		},
	}
}

// Type implements py.Object.
func (c *pyIsoCalendar) Type() *py.Type { return isoCalendarTyp }

// tuple returns the values as a tuple.
func (c *pyIsoCalendar) tuple() py.Tuple {
	return py.Tuple{py.Int(c.year), py.Int(c.week), py.Int(c.weekday)}
}

// M__repr__ is datetime.IsoCalendarDate(year=2024, week=1, weekday=1).
func (c *pyIsoCalendar) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)", c.year, c.week, c.weekday)), nil
}

// M__len__ is len(c), always 3.
func (c *pyIsoCalendar) M__len__() (py.Object, error) { return py.Int(3), nil }

// M__iter__ iterates over year, week and weekday.
func (c *pyIsoCalendar) M__iter__() (py.Object, error) { return py.NewIterator(c.tuple()), nil }

// M__getitem__ indexes and slices as the tuple does.
func (c *pyIsoCalendar) M__getitem__(key py.Object) (py.Object, error) {
	return c.tuple().M__getitem__(key)
}

// M__contains__ is x in c.
func (c *pyIsoCalendar) M__contains__(x py.Object) (py.Object, error) {
	for _, v := range c.tuple() {
		if eq, ok := numEqual(v, x); ok && eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__hash__ hashes as the equal tuple.
func (c *pyIsoCalendar) M__hash__() (py.Object, error) {
	th := newTupleHasher()
	th.add(hashInt64(int64(c.year)))
	th.add(hashInt64(int64(c.week)))
	th.add(hashInt64(int64(c.weekday)))
	return py.Int(th.sum()), nil
}

// isoCalendarOther returns other as a tuple when it is a tuple or an
// IsoCalendarDate.
func isoCalendarOther(other py.Object) (py.Tuple, bool) {
	switch o := other.(type) {
	case *pyIsoCalendar:
		return o.tuple(), true
	case py.Tuple:
		return o, true
	}
	return nil, false
}

// compare applies f to c and other as tuples, or returns NotImplemented
// when other is neither a tuple nor an IsoCalendarDate.
func (c *pyIsoCalendar) compare(other py.Object, f func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	t, ok := isoCalendarOther(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return f(c.tuple(), t)
}

// M__eq__ compares with tuples and IsoCalendarDates.
func (c *pyIsoCalendar) M__eq__(other py.Object) (py.Object, error) {
	if _, ok := isoCalendarOther(other); !ok {
		return py.False, nil
	}
	return c.compare(other, py.Eq)
}

// M__ne__ is the negation of M__eq__.
func (c *pyIsoCalendar) M__ne__(other py.Object) (py.Object, error) {
	if _, ok := isoCalendarOther(other); !ok {
		return py.True, nil
	}
	return c.compare(other, py.Ne)
}

// M__lt__ orders as tuples.
func (c *pyIsoCalendar) M__lt__(other py.Object) (py.Object, error) { return c.compare(other, py.Lt) }

// M__le__ orders as tuples.
func (c *pyIsoCalendar) M__le__(other py.Object) (py.Object, error) { return c.compare(other, py.Le) }

// M__gt__ orders as tuples.
func (c *pyIsoCalendar) M__gt__(other py.Object) (py.Object, error) { return c.compare(other, py.Gt) }

// M__ge__ orders as tuples.
func (c *pyIsoCalendar) M__ge__(other py.Object) (py.Object, error) { return c.compare(other, py.Ge) }

// isoCalendarCount is IsoCalendarDate.count(value).
func isoCalendarCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return tupleMethods()["count"](st, self.(*pyIsoCalendar).tuple(), args, kw)
}

// isoCalendarIndex is IsoCalendarDate.index(value).
func isoCalendarIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return tupleMethods()["index"](st, self.(*pyIsoCalendar).tuple(), args, kw)
}
