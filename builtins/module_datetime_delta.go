// This file defines datetime.timedelta.

package builtins

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// pyTimedelta is a datetime.timedelta, normalised as CPython keeps it:
// 0 <= secs < 86400, 0 <= us < 1000000 and |days| <= 999999999. Values
// are immutable.
type pyTimedelta struct {
	days, secs, us int64
}

// timedeltaClass returns the datetime.timedelta class.
func timedeltaClass() *nativeClass { return dtClasses().timedelta }

// newTimedeltaClass builds the datetime.timedelta class.
// https://docs.python.org/3.11/library/datetime.html#timedelta-objects
func newTimedeltaClass() *nativeClass {
	c := &nativeClass{
		typ:  timedeltaType,
		ctor: newTimedelta,
		methods: MethodTable{
			"total_seconds": timedeltaTotalSeconds,
		},
		static: map[string]StaticFunc{},
		consts: map[string]py.Object{
			"min":        &pyTimedelta{days: -dtMaxDeltaDays},
			"max":        &pyTimedelta{days: dtMaxDeltaDays, secs: 86399, us: 999999},
			"resolution": &pyTimedelta{us: 1},
		},
	}
	c.attrs = func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
		return timedeltaAttr(st, c, self, name)
	}
	return c
}

// Type implements py.Object.
func (d *pyTimedelta) Type() *py.Type { return timedeltaType }

// timedeltaAttr serves days, seconds, microseconds and the class
// constants.
func timedeltaAttr(st *run.State, c *nativeClass, self py.Object, name string) (py.Object, bool, error) {
	d, ok := self.(*pyTimedelta)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "days":
		return py.Int(d.days), true, nil
	case "seconds":
		return py.Int(d.secs), true, nil
	case "microseconds":
		return py.Int(d.us), true, nil
	}
	return dtClassAttr(st, c, name)
}

// timedeltaComponents are the constructor's parameters and their size in
// microseconds.
var timedeltaComponents = [...]struct {
	name   string
	factor int64
}{
	{"days", dtUsPerDay}, {"seconds", dtUsPerSec}, {"microseconds", 1}, {"milliseconds", 1000},
	{"minutes", 60 * dtUsPerSec}, {"hours", 3600 * dtUsPerSec}, {"weeks", 7 * dtUsPerDay},
}

// newTimedelta is timedelta(days=0, seconds=0, microseconds=0,
// milliseconds=0, minutes=0, hours=0, weeks=0), summing the components
// as CPython's delta_new does: integer parts exactly, fractional parts in
// float arithmetic, the leftover rounded half to even.
// https://docs.python.org/3.11/library/datetime.html#datetime.timedelta
func newTimedelta(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	names := make([]string, len(timedeltaComponents))
	for i, c := range timedeltaComponents {
		names[i] = c.name
	}
	vals, err := dtArgs("__new__", args, kw, names, 0, len(names))
	if err != nil {
		return nil, err
	}
	sum := new(big.Int)
	leftover := 0.0
	// CPython accumulates microseconds first and weeks last.
	for _, i := range []int{2, 3, 1, 4, 5, 0, 6} {
		v := vals[i]
		if v == nil {
			continue
		}
		factor := timedeltaComponents[i].factor
		if n, ok := intValue(v); ok {
			sum.Add(sum, new(big.Int).Mul(n, big.NewInt(factor)))
			continue
		}
		f, ok := v.(py.Float)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported type for timedelta %s component: %s", names[i], v.Type().Name)
		}
		intPart, frac := math.Modf(float64(f))
		whole, err := dtFloatToBig(intPart)
		if err != nil {
			return nil, err
		}
		sum.Add(sum, whole.Mul(whole, big.NewInt(factor)))
		if frac == 0 {
			continue
		}
		intPart, frac = math.Modf(float64(factor) * frac)
		whole, err = dtFloatToBig(intPart)
		if err != nil {
			return nil, err
		}
		sum.Add(sum, whole)
		leftover += frac
	}
	if leftover != 0 {
		whole := math.Round(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := float64(sum.Bit(0))
			whole = 2*math.Round((leftover+odd)*0.5) - odd
		}
		sum.Add(sum, big.NewInt(int64(whole)))
	}
	return timedeltaFromBig(sum)
}

// dtFloatToBig converts an integral float to an int, with CPython's
// errors for NaN and infinities.
func dtFloatToBig(f float64) (*big.Int, error) {
	if math.IsNaN(f) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	i, _ := new(big.Float).SetFloat64(f).Int(nil)
	return i, nil
}

// dtRoundHalfEven rounds r to the nearest integer, ties to even.
func dtRoundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor for den > 0
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

// timedeltaFromBig returns the timedelta of us microseconds, or CPython's
// OverflowError when it is out of range.
func timedeltaFromBig(us *big.Int) (*pyTimedelta, error) {
	days, rem := new(big.Int).DivMod(us, big.NewInt(dtUsPerDay), new(big.Int))
	if !days.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	d := days.Int64()
	if d > dtMaxDeltaDays || d < -dtMaxDeltaDays {
		if d > math.MaxInt32 || d < math.MinInt32 {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		return nil, py.ExceptionNewf(py.OverflowError, "days=%d; must have magnitude <= %d", d, dtMaxDeltaDays)
	}
	r := rem.Int64()
	return &pyTimedelta{days: d, secs: r / dtUsPerSec, us: r % dtUsPerSec}, nil
}

// timedeltaFromUs is timedeltaFromBig for an int64 count.
func timedeltaFromUs(us int64) (*pyTimedelta, error) {
	return timedeltaFromBig(big.NewInt(us))
}

// total returns the timedelta in microseconds.
func (d *pyTimedelta) total() *big.Int {
	t := big.NewInt(d.days)
	t.Mul(t, big.NewInt(dtUsPerDay))
	return t.Add(t, big.NewInt(d.secs*dtUsPerSec+d.us))
}

// totalSmall returns the timedelta in microseconds when it fits an int64
// (|days| < 106751991).
func (d *pyTimedelta) totalSmall() (int64, bool) {
	if d.days > 100000000 || d.days < -100000000 {
		return 0, false
	}
	return d.days*dtUsPerDay + d.secs*dtUsPerSec + d.us, true
}

// timedeltaTotalSeconds is timedelta.total_seconds().
// https://docs.python.org/3.11/library/datetime.html#datetime.timedelta.total_seconds
func timedeltaTotalSeconds(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := dtNoArgs("timedelta.total_seconds", args, kw); err != nil {
		return nil, err
	}
	d := self.(*pyTimedelta)
	f, _ := new(big.Rat).SetFrac(d.total(), big.NewInt(dtUsPerSec)).Float64()
	return py.Float(f), nil
}

// M__repr__ is repr(td): datetime.timedelta(days=-1, seconds=86399).
func (d *pyTimedelta) M__repr__() (py.Object, error) {
	var parts []string
	if d.days != 0 {
		parts = append(parts, "days="+strconv.FormatInt(d.days, 10))
	}
	if d.secs != 0 {
		parts = append(parts, "seconds="+strconv.FormatInt(d.secs, 10))
	}
	if d.us != 0 {
		parts = append(parts, "microseconds="+strconv.FormatInt(d.us, 10))
	}
	if len(parts) == 0 {
		parts = []string{"0"}
	}
	return py.String("datetime.timedelta(" + strings.Join(parts, ", ") + ")"), nil
}

// str returns str(td): '-1 day, 23:59:59.000001'.
func (d *pyTimedelta) str() string {
	var b strings.Builder
	if d.days != 0 {
		b.WriteString(strconv.FormatInt(d.days, 10) + " day")
		if d.days != 1 && d.days != -1 {
			b.WriteString("s")
		}
		b.WriteString(", ")
	}
	h, m, s := d.secs/3600, d.secs/60%60, d.secs%60
	b.WriteString(strconv.FormatInt(h, 10) + ":" + dtPad(int(m), 2) + ":" + dtPad(int(s), 2))
	if d.us != 0 {
		b.WriteString("." + dtPad(int(d.us), 6))
	}
	return b.String()
}

// pfStr implements nativeStringer.
func (d *pyTimedelta) pfStr(st *run.State) (string, error) { return d.str(), nil }

// M__hash__ is hash(td), which is hash((days, seconds, microseconds)) as
// in CPython.
func (d *pyTimedelta) M__hash__() (py.Object, error) {
	th := newTupleHasher()
	th.add(hashInt64(d.days))
	th.add(hashInt64(d.secs))
	th.add(hashInt64(d.us))
	return py.Int(th.sum()), nil
}

// M__bool__ is bool(td): false for timedelta(0).
func (d *pyTimedelta) M__bool__() (py.Object, error) {
	return py.NewBool(d.days != 0 || d.secs != 0 || d.us != 0), nil
}

// cmp compares two timedeltas.
func (d *pyTimedelta) cmp(o *pyTimedelta) int {
	switch {
	case d.days != o.days:
		return dtSign(d.days - o.days)
	case d.secs != o.secs:
		return dtSign(d.secs - o.secs)
	}
	return dtSign(d.us - o.us)
}

// dtSign returns -1, 0 or 1.
func dtSign(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// dtCompareResult maps a three-way result to the boolean of op.
func dtCompareResult(c int, op string) py.Object {
	switch op {
	case "<":
		return py.NewBool(c < 0)
	case "<=":
		return py.NewBool(c <= 0)
	case ">":
		return py.NewBool(c > 0)
	case ">=":
		return py.NewBool(c >= 0)
	case "==":
		return py.NewBool(c == 0)
	}
	return py.NewBool(c != 0)
}

// compare implements the comparisons of timedeltas: only with
// timedeltas; other values are unequal and not ordered.
func (d *pyTimedelta) compare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*pyTimedelta)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return py.NotImplemented, nil
	}
	return dtCompareResult(d.cmp(o), op), nil
}

// M__eq__ is td == other.
func (d *pyTimedelta) M__eq__(other py.Object) (py.Object, error) { return d.compare(other, "==") }

// M__ne__ is td != other.
func (d *pyTimedelta) M__ne__(other py.Object) (py.Object, error) { return d.compare(other, "!=") }

// M__lt__ is td < other.
func (d *pyTimedelta) M__lt__(other py.Object) (py.Object, error) { return d.compare(other, "<") }

// M__le__ is td <= other.
func (d *pyTimedelta) M__le__(other py.Object) (py.Object, error) { return d.compare(other, "<=") }

// M__gt__ is td > other.
func (d *pyTimedelta) M__gt__(other py.Object) (py.Object, error) { return d.compare(other, ">") }

// M__ge__ is td >= other.
func (d *pyTimedelta) M__ge__(other py.Object) (py.Object, error) { return d.compare(other, ">=") }

// M__neg__ is -td.
func (d *pyTimedelta) M__neg__() (py.Object, error) {
	return timedeltaFromBig(new(big.Int).Neg(d.total()))
}

// M__pos__ is +td.
func (d *pyTimedelta) M__pos__() (py.Object, error) { return d, nil }

// M__abs__ is abs(td).
func (d *pyTimedelta) M__abs__() (py.Object, error) {
	if d.days < 0 {
		return d.M__neg__()
	}
	return d, nil
}

// M__add__ is td + other: another timedelta, a date or a datetime.
func (d *pyTimedelta) M__add__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *pyTimedelta:
		return timedeltaFromBig(new(big.Int).Add(d.total(), o.total()))
	case *pyDate, *pyDateTime:
		return dtAddDelta(other, d, 1)
	}
	return py.NotImplemented, nil
}

// M__radd__ is other + td.
func (d *pyTimedelta) M__radd__(other py.Object) (py.Object, error) { return d.M__add__(other) }

// M__sub__ is td - other.
func (d *pyTimedelta) M__sub__(other py.Object) (py.Object, error) {
	if o, ok := other.(*pyTimedelta); ok {
		return timedeltaFromBig(new(big.Int).Sub(d.total(), o.total()))
	}
	return py.NotImplemented, nil
}

// M__rsub__ is other - td, for a date or datetime other.
func (d *pyTimedelta) M__rsub__(other py.Object) (py.Object, error) {
	switch other.(type) {
	case *pyDate, *pyDateTime:
		return dtAddDelta(other, d, -1)
	}
	return py.NotImplemented, nil
}

// M__mul__ is td * n for an int or float n.
func (d *pyTimedelta) M__mul__(other py.Object) (py.Object, error) {
	if _, isBool := other.(py.Bool); !isBool {
		if i, ok := intValue(other); ok {
			return timedeltaFromBig(new(big.Int).Mul(d.total(), i))
		}
	} else {
		i, _ := intValue(other)
		return timedeltaFromBig(new(big.Int).Mul(d.total(), i))
	}
	if f, ok := other.(py.Float); ok {
		r, err := dtFloatRatio(float64(f))
		if err != nil {
			return nil, err
		}
		r.Mul(r, new(big.Rat).SetInt(d.total()))
		return timedeltaFromBig(dtRoundHalfEven(r))
	}
	return py.NotImplemented, nil
}

// M__rmul__ is n * td.
func (d *pyTimedelta) M__rmul__(other py.Object) (py.Object, error) { return d.M__mul__(other) }

// dtFloatRatio is float.as_integer_ratio as a rational, with its errors.
func dtFloatRatio(f float64) (*big.Rat, error) {
	if math.IsNaN(f) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	return new(big.Rat).SetFloat64(f), nil
}

// M__truediv__ is td / other: a float for a timedelta, a timedelta
// (rounded half to even) for an int or float.
func (d *pyTimedelta) M__truediv__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *pyTimedelta:
		den := o.total()
		if den.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(d.total(), den).Float64()
		return py.Float(f), nil
	case py.Float:
		r, err := dtFloatRatio(float64(o))
		if err != nil {
			return nil, err
		}
		if r.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q := new(big.Rat).SetInt(d.total())
		return timedeltaFromBig(dtRoundHalfEven(q.Quo(q, r)))
	}
	if i, ok := intValue(other); ok {
		if i.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return timedeltaFromBig(dtRoundHalfEven(new(big.Rat).SetFrac(d.total(), i)))
	}
	return py.NotImplemented, nil
}

// dtFloorDivBig returns floor(a / b) and a - b*floor(a / b) for b != 0.
func dtFloorDivBig(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// M__floordiv__ is td // other: an int for a timedelta, a timedelta for
// an int.
func (d *pyTimedelta) M__floordiv__(other py.Object) (py.Object, error) {
	if o, ok := other.(*pyTimedelta); ok {
		den := o.total()
		if den.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := dtFloorDivBig(d.total(), den)
		return intFromBig(q), nil
	}
	if _, isFloat := other.(py.Float); isFloat {
		return py.NotImplemented, nil
	}
	if i, ok := intValue(other); ok {
		if i.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := dtFloorDivBig(d.total(), i)
		return timedeltaFromBig(q)
	}
	return py.NotImplemented, nil
}

// M__mod__ is td % other for a timedelta other.
func (d *pyTimedelta) M__mod__(other py.Object) (py.Object, error) {
	o, ok := other.(*pyTimedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	den := o.total()
	if den.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer modulo by zero")
	}
	_, m := dtFloorDivBig(d.total(), den)
	return timedeltaFromBig(m)
}

// M__divmod__ is divmod(td, other) for a timedelta other.
func (d *pyTimedelta) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	o, ok := other.(*pyTimedelta)
	if !ok {
		return py.NotImplemented, py.NotImplemented, nil
	}
	den := o.total()
	if den.Sign() == 0 {
		return nil, nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q, m := dtFloorDivBig(d.total(), den)
	r, err := timedeltaFromBig(m)
	if err != nil {
		return nil, nil, err
	}
	return intFromBig(q), r, nil
}
