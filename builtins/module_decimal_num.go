// This file defines decimal.Decimal: construction, the operators and the
// arithmetic, which apd computes under the run's current context.

package builtins

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Decimal is a decimal.Decimal: an immutable apd value bound to the
// decimal state of the run that made it. A NaN keeps its payload in the
// coefficient.
type Decimal struct {
	d  apd.Decimal
	ds *decState
}

// decimalClass is decimal.Decimal.
var decimalClass = sync.OnceValue(func() *nativeClass {
	return &nativeClass{
		typ:     py.NewType("decimal.Decimal", "Construct a new Decimal object."),
		ctor:    newDecimalObject,
		methods: decimalMethods(),
		static: map[string]StaticFunc{
			"from_float": func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
				var f py.Object
				if err := UnpackArgs("from_float", args, kw, "f", &f); err != nil {
					return nil, err
				}
				return decStateOf(st).fromFloatArg(f)
			},
		},
		attrs: decimalAttr,
	}
})

// Type implements py.Object.
func (x *Decimal) Type() *py.Type { return decimalClass().typ }

// decimalAttr serves d.real and d.imag.
func decimalAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	x, ok := self.(*Decimal)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "real":
		return x, true, nil
	case "imag":
		return x.ds.wrap(apd.New(0, 0)), true, nil
	}
	return nil, false, nil
}

// wrap returns a Decimal of the run holding v.
func (ds *decState) wrap(v *apd.Decimal) *Decimal {
	x := &Decimal{ds: ds}
	x.d.Set(v)
	return x
}

// newDecimalObject is Decimal(value='0', context=None).
// https://docs.python.org/3.11/library/decimal.html#decimal.Decimal
func newDecimalObject(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var v py.Object = py.String("0")
	var ctx py.Object = py.None
	if err := UnpackArgs("Decimal", args, kw, "value?", &v, "context?", &ctx); err != nil {
		return nil, err
	}
	ds := decStateOf(st)
	c := ds.cur
	if ctx != py.None {
		cc, ok := ctx.(*decContext)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "optional argument must be a context")
		}
		c = cc
	}
	return ds.newDecimal(c, v)
}

// newDecimal converts v exactly, signalling on c.
func (ds *decState) newDecimal(c *decContext, v py.Object) (*Decimal, error) {
	switch x := v.(type) {
	case *Decimal:
		return ds.wrap(&x.d), nil
	case py.Int, py.Bool, *py.BigInt:
		b, _ := intValue(x)
		return ds.fromBig(b)
	case py.Float:
		c.flags |= sigFloatOp
		if c.traps&sigFloatOp != 0 {
			return nil, decError(sigFloatOp, sigFloatOp)
		}
		return ds.fromFloat(float64(x))
	case py.String:
		if err := ds.st.Charge(int64(len(x))/64 + 1); err != nil {
			return nil, err
		}
		d, ok := parseDecimal(string(x))
		if !ok {
			if err := c.raise(condConvSyntax); err != nil {
				return nil, err
			}
			return ds.wrap(&apd.Decimal{Form: apd.NaN}), nil
		}
		return ds.wrap(d), nil
	case py.Tuple, *py.List:
		return ds.fromTuple(x)
	}
	return nil, py.ExceptionNewf(py.TypeError, "conversion from %s to Decimal is not supported", strTypeName(v))
}

// fromBig returns the Decimal of an int, checking its size first.
func (ds *decState) fromBig(b *big.Int) (*Decimal, error) {
	if err := ds.st.Charge(int64(b.BitLen())/256 + 1); err != nil {
		return nil, err
	}
	x := &Decimal{ds: ds}
	x.d.Coeff.SetMathBigInt(new(big.Int).Abs(b))
	x.d.Negative = b.Sign() < 0
	return x, nil
}

// fromFloatArg is Decimal.from_float(f): a float or an int.
func (ds *decState) fromFloatArg(v py.Object) (*Decimal, error) {
	switch x := v.(type) {
	case py.Float:
		return ds.fromFloat(float64(x))
	case py.Int, py.Bool, *py.BigInt:
		b, _ := intValue(x)
		return ds.fromBig(b)
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument must be int or float")
}

// fromFloat converts f exactly, as CPython's from_float: the binary
// fraction n/2**k is n*5**k / 10**k.
func (ds *decState) fromFloat(f float64) (*Decimal, error) {
	x := &Decimal{ds: ds}
	x.d.Negative = math.Signbit(f)
	switch {
	case math.IsNaN(f):
		x.d.Form = apd.NaN
		return x, nil
	case math.IsInf(f, 0):
		x.d.Form = apd.Infinite
		return x, nil
	case f == 0:
		return x, nil
	}
	mant, exp := math.Frexp(math.Abs(f))
	m := uint64(mant * (1 << 53))
	exp -= 53
	for m&1 == 0 {
		m >>= 1
		exp++
	}
	n := new(big.Int).SetUint64(m)
	if exp >= 0 {
		n.Lsh(n, uint(exp))
		x.d.Coeff.SetMathBigInt(n)
		return x, nil
	}
	n.Mul(n, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-exp)), nil))
	x.d.Coeff.SetMathBigInt(n)
	x.d.Exponent = int32(exp)
	return x, nil
}

// fromTuple is Decimal((sign, digits, exponent)).
func (ds *decState) fromTuple(v py.Object) (*Decimal, error) {
	parts, _ := items(v)
	if len(parts) != 3 {
		return nil, py.ExceptionNewf(py.ValueError, "argument must be a sequence of length 3")
	}
	sign, ok := parts[0].(py.Int)
	if b, isBool := parts[0].(py.Bool); isBool {
		sign, ok = 0, true
		if b {
			sign = 1
		}
	}
	if !ok || (sign != 0 && sign != 1) {
		return nil, py.ExceptionNewf(py.ValueError, "sign must be an integer with the value 0 or 1")
	}
	x := &Decimal{ds: ds}
	x.d.Negative = sign == 1
	special := false
	switch e := parts[2].(type) {
	case py.String:
		switch e {
		case "F":
			x.d.Form = apd.Infinite
		case "n":
			x.d.Form = apd.NaN
		case "N":
			x.d.Form = apd.NaNSignaling
		default:
			return nil, py.ExceptionNewf(py.ValueError, "string argument in the third position must be 'F', 'n' or 'N'")
		}
		special = true
	case py.Int:
		if e > 999999999 || e < -999999999 {
			return nil, py.ExceptionNewf(py.ValueError, "exponent out of pyfence's range")
		}
		x.d.Exponent = int32(e)
	case py.Bool:
		if e {
			x.d.Exponent = 1
		}
	default:
		return nil, py.ExceptionNewf(py.ValueError, "exponent must be an integer")
	}
	digits, ok := items(parts[1])
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "coefficient must be a tuple of digits")
	}
	if err := ds.st.Charge(int64(len(digits))/16 + 1); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, d := range digits {
		n, isInt := d.(py.Int)
		if !isInt || n < 0 || n > 9 {
			return nil, py.ExceptionNewf(py.ValueError, "coefficient must be a tuple of digits")
		}
		b.WriteByte(byte('0' + n))
	}
	s := strings.TrimLeft(b.String(), "0")
	if x.d.Form == apd.Infinite {
		s = ""
	}
	if s != "" {
		x.d.Coeff.SetString(s, 10)
	}
	if special && x.d.Form == apd.Infinite {
		x.d.Exponent = 0
	}
	return x, nil
}

// parseDecimal parses a numeric string as CPython does: surrounding
// whitespace, a sign, digits with single underscores between them, an
// optional point and exponent; Inf, Infinity, NaN and sNaN with an
// optional payload, in any case. Underscores are dropped, as CPython's C
// implementation does. Exponents beyond ±999999999 are refused.
func parseDecimal(s string) (*apd.Decimal, bool) {
	// CPython's C implementation drops every underscore.
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	d := &apd.Decimal{}
	if s != "" && (s[0] == '+' || s[0] == '-') {
		d.Negative = s[0] == '-'
		s = s[1:]
	}
	low := strings.ToLower(s)
	switch low {
	case "inf", "infinity":
		d.Form = apd.Infinite
		return d, true
	}
	for _, p := range []struct {
		prefix string
		form   apd.Form
	}{{"snan", apd.NaNSignaling}, {"nan", apd.NaN}} {
		if strings.HasPrefix(low, p.prefix) {
			payload := strings.TrimLeft(low[len(p.prefix):], "0")
			for i := 0; i < len(payload); i++ {
				if !isASCIIDigit(payload[i]) {
					return nil, false
				}
			}
			if len(payload) > 27 {
				return nil, false
			}
			d.Form = p.form
			if payload != "" {
				d.Coeff.SetString(payload, 10)
			}
			return d, true
		}
	}
	mant, exp := low, ""
	if i := strings.IndexByte(low, 'e'); i >= 0 {
		mant, exp = low[:i], low[i+1:]
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return nil, false
	}
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if !isASCIIDigit(part[i]) {
				return nil, false
			}
		}
	}
	e := int64(0)
	if i := strings.IndexByte(low, 'e'); i >= 0 {
		es := exp
		neg := false
		if es != "" && (es[0] == '+' || es[0] == '-') {
			neg = es[0] == '-'
			es = es[1:]
		}
		if es == "" {
			return nil, false
		}
		for i := 0; i < len(es); i++ {
			if !isASCIIDigit(es[i]) {
				return nil, false
			}
		}
		es = strings.TrimLeft(es, "0")
		if len(es) > 10 {
			return nil, false
		}
		for i := 0; i < len(es); i++ {
			e = e*10 + int64(es[i]-'0')
		}
		if neg {
			e = -e
		}
	}
	e -= int64(len(frac))
	if e > 999999999 || e < -999999999 {
		return nil, false
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits != "" {
		d.Coeff.SetString(digits, 10)
	}
	d.Exponent = int32(e)
	return d, true
}

// isASCIIDigit reports whether c is 0-9.
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// convertStrict converts the operand of a Context method or of a Decimal
// method: a Decimal or an int.
func (ds *decState) convertStrict(v py.Object) (*Decimal, error) {
	if x, ok, err := ds.operand(v); ok || err != nil {
		return x, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "conversion from %s to Decimal is not supported", strTypeName(v))
}

// operand converts the other operand of an operator: Decimals and ints
// take part, other values make the operator return NotImplemented.
func (ds *decState) operand(v py.Object) (*Decimal, bool, error) {
	switch x := v.(type) {
	case *Decimal:
		return x, true, nil
	case py.Int, py.Bool, *py.BigInt:
		b, _ := intValue(x)
		d, err := ds.fromBig(b)
		return d, err == nil, err
	}
	return nil, false, nil
}

// decUnaryOp and decBinaryOp name the operations apd computes.
type (
	decUnaryOp  int
	decBinaryOp int
)

// The unary operations.
const (
	decAbs decUnaryOp = iota
	decMinus
	decPlus
	decSqrt
	decExp
	decLn
	decLog10
	decNormalize
	decToIntegral
	decToIntegralExact
)

// The binary operations.
const (
	decAdd decBinaryOp = iota
	decSub
	decMul
	decDiv
	decDivInt
	decRem
	decPow
	decCompare
	decMax
	decMin
	decQuantize
)

// digits returns the number of digits of x's coefficient.
func (x *Decimal) digits() int64 {
	if x.d.Form != apd.Finite || x.d.Coeff.Sign() == 0 {
		return 1
	}
	return x.d.NumDigits()
}

// adjusted is the exponent of x's most significant digit.
func (x *Decimal) adjusted() int64 {
	return int64(x.d.Exponent) + x.digits() - 1
}

// prep checks an operation under c before apd runs it: the precision
// against the implementation cap and the memory budget, the operands'
// exponents against apd's range; it charges cost steps.
func (ds *decState) prep(c *decContext, cost int64, xs ...*Decimal) error {
	if c.prec > decMaxDigits {
		return ds.st.FailMemory(c.prec)
	}
	n := c.prec
	for _, x := range xs {
		if x.d.Form != apd.Finite {
			continue
		}
		n += x.digits()
		e, adj := int64(x.d.Exponent), x.adjusted()
		if e > decSysExp || adj > decSysExp || e < -decSysExp || adj < -decSysExp {
			return decError(sigOverflow, sigOverflow)
		}
	}
	if err := ds.st.CheckAlloc(4 * n); err != nil {
		return err
	}
	return ds.charge(cost)
}

// decMaxCost caps the estimated steps of one operation (about a hundred
// seconds): apd cannot be interrupted, so a run with an unlimited step
// budget must still not start an operation that would outlast any time
// limit.
const decMaxCost = 1 << 30

// charge charges cost steps for one operation, refusing any beyond
// decMaxCost as a step-limit trip.
func (ds *decState) charge(cost int64) error {
	if cost > decMaxCost {
		return ds.st.Fail(run.Steps, ds.st.Steps()+cost, decMaxCost)
	}
	return ds.st.Charge(cost)
}

// finish maps apd's result of an operation under c to CPython's: it
// records the flags, raises the trapped signals, and wraps the value.
func (ds *decState) finish(c *decContext, res *apd.Decimal, cond apd.Condition, err error) (*Decimal, error) {
	if err != nil || cond&(apd.SystemOverflow|apd.SystemUnderflow) != 0 {
		if cond&apd.SystemUnderflow != 0 {
			return nil, decError(sigUnderflow, sigUnderflow)
		}
		return nil, decError(sigOverflow, sigOverflow)
	}
	if cond&apd.Overflow != 0 && res.Form != apd.NaN {
		// The specification rounds an overflow toward zero to the
		// largest finite number, otherwise to infinity; apd does not
		// always follow the mode.
		if overflowsToMax(c.rounding, res.Negative) {
			p := min(c.prec, decMaxDigits)
			res.Form = apd.Finite
			res.Coeff.SetMathBigInt(new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(p), nil), big.NewInt(1)))
			res.Exponent = int32(min(c.emax, decSysExp) - p + 1)
		} else {
			res.Form = apd.Infinite
			res.Coeff.SetInt64(0)
			res.Exponent = 0
		}
	}
	if e := c.raise(decStatus(cond)); e != nil {
		return nil, e
	}
	return ds.wrap(res), nil
}

// overflowsToMax reports whether an overflow rounds to the largest finite
// number under the rounding mode rather than to infinity.
func overflowsToMax(mode string, neg bool) bool {
	switch mode {
	case roundDown, round05Up:
		return true
	case roundCeiling:
		return neg
	case roundFloor:
		return !neg
	}
	return false
}

// decStatus maps apd's conditions to signal and condition bits.
func decStatus(cond apd.Condition) uint32 {
	var s uint32
	for _, m := range []struct {
		a apd.Condition
		s uint32
	}{
		{apd.Overflow, sigOverflow}, {apd.Underflow, sigUnderflow}, {apd.Inexact, sigInexact},
		{apd.Subnormal, sigSubnormal}, {apd.Rounded, sigRounded}, {apd.DivisionUndefined, condDivUndefined},
		{apd.DivisionByZero, sigDivByZero}, {apd.DivisionImpossible, condDivImpossible},
		{apd.InvalidOperation, sigInvalid}, {apd.Clamped, sigClamped},
	} {
		if cond&m.a != 0 {
			s |= m.s
		}
	}
	return s
}

// Kinds of work for opCost.
const (
	costLinear = iota // additions, roundings, comparisons
	costMul           // multiplication
	costDiv           // division, remainder
	costSqrt          // square root
	costPow           // powers with an integral exponent
	costSeries        // exp, ln, log10, fractional powers
)

// opCost estimates the steps of an operation from the digits involved,
// calibrated against apd at about 100ns a step: linear work for additions
// and roundings, near-quadratic work for products and quotients, and the
// cube of the working precision for the series of exp and ln. xs[1] of a
// power is its exponent.
func opCost(c *decContext, kind int, xs ...*Decimal) int64 {
	p := min(c.prec, decMaxDigits)
	var sum, prod int64 = 0, 1
	spread := int64(0)
	for _, x := range xs {
		d := x.digits()
		sum += d
		prod = satMul(prod, d)
		if x.d.Form == apd.Finite {
			spread = max(spread, abs64(int64(x.d.Exponent)))
		}
	}
	n := p + sum
	base := 4 + (n+spread)/32
	switch kind {
	case costMul:
		return base + prod/65536 + sum/8
	case costDiv:
		return base + satMul(n, n)/65536 + n/8
	case costSqrt:
		return base + satMul(n, n)/4096 + 2*n
	case costPow:
		ybits := int64(4)
		if len(xs) == 2 && xs[1].d.Form == apd.Finite {
			ybits += max(xs[1].adjusted()+1, 0) * 10 / 3
		}
		// apd shifts the exponent's bits once per bit: quadratic in them.
		return base + satMul(satMul(ybits, n), 1+n/65536)/4 + satMul(ybits, ybits)/1600
	case costSeries:
		q := n + 20
		return base + satMul(satMul(q, q), q)/100
	}
	return base
}

// satMul multiplies without overflow, saturating at 1<<62.
func satMul(a, b int64) int64 {
	if a != 0 && b > (1<<62)/a {
		return 1 << 62
	}
	return a * b
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// unary computes op(a) under c.
func (ds *decState) unary(c *decContext, op decUnaryOp, a *Decimal) (*Decimal, error) {
	kind := costLinear
	switch op {
	case decSqrt:
		kind = costSqrt
	case decExp, decLn, decLog10:
		kind = costSeries
	}
	if err := ds.prep(c, opCost(c, kind, a), a); err != nil {
		return nil, err
	}
	ac := c.apdContext()
	res := new(apd.Decimal)
	var cond apd.Condition
	var err error
	switch op {
	case decAbs:
		cond, err = ac.Abs(res, &a.d)
	case decMinus:
		if a.d.Form == apd.Finite && a.d.Coeff.Sign() == 0 {
			// 0 - 0 is +0 under every rounding but ROUND_FLOOR.
			cond, err = ac.Sub(res, apd.New(0, a.d.Exponent), &a.d)
		} else {
			cond, err = ac.Neg(res, &a.d)
		}
	case decPlus:
		if a.d.Form == apd.Finite && a.d.Coeff.Sign() == 0 {
			cond, err = ac.Add(res, apd.New(0, a.d.Exponent), &a.d)
		} else {
			cond, err = ac.Round(res, &a.d)
		}
	case decSqrt:
		cond, err = ac.Sqrt(res, &a.d)
		if err == nil && cond&apd.Inexact == 0 && a.d.Form == apd.Finite {
			e := int64(a.d.Exponent)
			reduceTo(res, (e-pyMod(e, 2))/2, c)
		}
	case decExp, decLn, decLog10:
		if n, ok := powerOfTen(a); ok && op == decLog10 {
			res.SetInt64(n)
			break
		}
		cond, err = series(ac, op, res, &a.d)
	case decNormalize:
		if a.d.Form == apd.Finite {
			cond, err = ac.Round(res, &a.d)
			if err == nil && res.Form == apd.Finite {
				if res.Coeff.Sign() == 0 {
					res.Exponent = 0
				} else {
					res.Reduce(res)
				}
			}
		} else {
			_, cond, err = ac.Reduce(res, &a.d)
			if a.d.Form == apd.Infinite {
				res.Set(&a.d)
			}
		}
	case decToIntegral, decToIntegralExact:
		if a.d.Form == apd.Finite && a.d.Exponent >= 0 {
			res.Set(&a.d)
		} else if op == decToIntegral {
			cond, err = ac.RoundToIntegralValue(res, quantizeInput(&a.d, 0))
		} else {
			cond, err = ac.RoundToIntegralExact(res, quantizeInput(&a.d, 0))
		}
	}
	fixNaN(res, cond)
	if op == decExp || op == decLn || op == decLog10 {
		// Their overflows round half-even too.
		he := *c
		he.rounding = roundHalfEven
		r, err := ds.finish(&he, res, cond, err)
		c.flags = he.flags
		return r, err
	}
	return ds.finish(c, res, cond, err)
}

// series computes exp, ln or log10 as CPython does, correctly rounded
// with ROUND_HALF_EVEN whatever the context's mode: apd works with ten
// guard digits (its own two are not enough to round right), and the
// result is rounded once to the context's precision.
func series(ac *apd.Context, op decUnaryOp, res, x *apd.Decimal) (apd.Condition, error) {
	wide := *ac
	wide.Precision += 10
	wide.Rounding = apd.RoundHalfEven
	var tmp apd.Decimal
	var cond apd.Condition
	var err error
	switch op {
	case decExp:
		cond, err = wide.Exp(&tmp, x)
	case decLn:
		cond, err = wide.Ln(&tmp, x)
	default:
		cond, err = wide.Log10(&tmp, x)
	}
	if err != nil {
		return cond, err
	}
	final := *ac
	final.Rounding = apd.RoundHalfEven
	rc, err := final.Round(res, &tmp)
	if tmp.Form == apd.Finite && cond&apd.Inexact != 0 {
		rc |= apd.Inexact | apd.Rounded
	}
	padInexact(res, cond|rc, int64(ac.Precision))
	return cond | rc, err
}

// padInexact gives an inexact result of exp, ln, log10 or a fractional
// power every digit of the precision p, as libmpdec does (apd may stop
// short, as for exp of a tiny number).
func padInexact(res *apd.Decimal, cond apd.Condition, p int64) {
	if res.Form != apd.Finite || res.Coeff.Sign() == 0 || cond&apd.Inexact == 0 || cond&apd.Subnormal != 0 {
		return
	}
	nd := res.NumDigits()
	k := min(p, decMaxDigits) - nd
	if k <= 0 || int64(res.Exponent)-k < -decSysExp {
		return
	}
	res.Coeff.SetMathBigInt(new(big.Int).Mul(res.Coeff.MathBigInt(), new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)))
	res.Exponent -= int32(k)
}

// quantizeInput returns x, or when quantizing x to exp would discard
// every digit, a stand-in that rounds the same way: apd makes such
// results zero whatever the rounding mode. The stand-in, one unit a
// digit below exp, is below half a unit of exp like x.
func quantizeInput(x *apd.Decimal, exp int64) *apd.Decimal {
	if x.Form != apd.Finite || x.Coeff.Sign() == 0 || int64(x.Exponent) >= exp {
		return x
	}
	if int64(x.Exponent)+x.NumDigits()-1 >= exp-1 {
		return x
	}
	r := new(apd.Decimal)
	r.Negative = x.Negative
	r.Coeff.SetInt64(1)
	r.Exponent = int32(exp - 1)
	return r
}

// fixNaN clears the sign and payload apd leaves on the NaN of an invalid
// operation, which CPython returns as a plain NaN.
func fixNaN(res *apd.Decimal, cond apd.Condition) {
	if res.Form == apd.NaN && cond&(apd.InvalidOperation|apd.DivisionUndefined|apd.DivisionImpossible) != 0 {
		res.Negative = false
		res.Coeff.SetInt64(0)
	}
}

// binary computes op(a, b) under c.
func (ds *decState) binary(c *decContext, op decBinaryOp, a, b *Decimal) (*Decimal, error) {
	kind := costLinear
	switch op {
	case decMul:
		kind = costMul
	case decDiv, decDivInt, decRem:
		kind = costDiv
	case decPow:
		kind = costPow
		if a.d.Form != apd.Finite || a.d.Coeff.Sign() == 0 || b.d.Form != apd.Finite {
			kind = costLinear // apd answers these without a loop
		} else if err := ds.powCheck(c, a, b); err != nil {
			return nil, err
		}
	}
	if err := ds.prep(c, opCost(c, kind, a, b), a, b); err != nil {
		return nil, err
	}
	if op == decPow && b.d.Form == apd.Finite && !isIntegral(b) {
		if err := ds.charge(opCost(c, costSeries, a)); err != nil {
			return nil, err
		}
	}
	ac := c.apdContext()
	res := new(apd.Decimal)
	var cond apd.Condition
	var err error
	switch op {
	case decAdd:
		cond, err = ac.Add(res, &a.d, &b.d)
	case decSub:
		cond, err = ac.Sub(res, &a.d, &b.d)
	case decMul:
		cond, err = ac.Mul(res, &a.d, &b.d)
	case decDiv:
		cond, err = ac.Quo(res, &a.d, &b.d)
		if err == nil && cond&apd.Inexact == 0 && a.d.Form == apd.Finite && b.d.Form == apd.Finite {
			cond |= reduceTo(res, int64(a.d.Exponent)-int64(b.d.Exponent), c)
		}
	case decDivInt:
		cond, err = ac.QuoInteger(res, &a.d, &b.d)
	case decRem:
		if a.d.Form == apd.Finite && b.d.Form == apd.Infinite {
			cond, err = ac.Round(res, &a.d) // x % inf is x, rounded
			break
		}
		cond, err = ac.Rem(res, &a.d, &b.d)
	case decPow:
		cond, err = ac.Pow(res, &a.d, &b.d)
		if err == nil && b.d.Form == apd.Finite && !isIntegral(b) {
			padInexact(res, cond, c.prec)
		}
		if err == nil && cond&apd.Inexact == 0 && a.d.Form == apd.Finite && b.d.Form == apd.Finite && isIntegral(b) {
			if n, nerr := b.d.Int64(); nerr == nil {
				reduceTo(res, int64(a.d.Exponent)*n, c)
			}
		}
	case decCompare:
		if a.d.Form == apd.NaNSignaling || b.d.Form == apd.NaNSignaling {
			cond = apd.InvalidOperation
			res.Form = apd.NaN
		} else if isNaN(a) || isNaN(b) {
			res.Set(nanOf(a, b))
		} else {
			res.SetInt64(int64(a.d.Cmp(&b.d)))
		}
	case decMax, decMin:
		return ds.maxMin(c, op == decMax, a, b)
	case decQuantize:
		if a.d.Form == apd.Finite && b.d.Form == apd.Finite && a.adjusted()-int64(b.d.Exponent)+1 > c.prec {
			cond = apd.InvalidOperation
			res.Form = apd.NaN
		} else if a.d.Form == apd.Infinite && b.d.Form == apd.Infinite {
			res.Set(&a.d)
		} else if b.d.Form != apd.Finite && !isNaN(b) && a.d.Form != apd.Infinite && !isNaN(a) {
			cond = apd.InvalidOperation
			res.Form = apd.NaN
		} else if isNaN(b) && !isNaN(a) {
			cond, err = ac.Add(res, &a.d, &b.d)
		} else {
			cond, err = ac.Quantize(res, quantizeInput(&a.d, int64(b.d.Exponent)), b.d.Exponent)
		}
	}
	fixNaN(res, cond)
	if op != decQuantize && err == nil {
		cond |= fixCarry(c, res)
	}
	return ds.finish(c, res, cond, err)
}

// fixCarry rounds again a result that has one digit more than the
// precision, which apd can leave when rounding carries (999 -> 1000).
func fixCarry(c *decContext, res *apd.Decimal) apd.Condition {
	if res.Form != apd.Finite || res.Coeff.Sign() == 0 || res.NumDigits() <= min(c.prec, decMaxDigits) {
		return 0
	}
	rc, _ := c.apdContext().Round(res, res)
	return rc
}

// reduceTo strips trailing zeros of an exact result while its exponent
// is below ideal, the exponent the specification prefers for the exact
// results of division, square roots and powers.
func reduceTo(d *apd.Decimal, ideal int64, c *decContext) apd.Condition {
	if d.Form != apd.Finite {
		return 0
	}
	if d.Coeff.Sign() == 0 {
		var cond apd.Condition
		if top := min(c.emax, decSysExp); ideal > top {
			ideal, cond = top, apd.Clamped // a zero's exponent stops at Emax
		}
		if int64(d.Exponent) < ideal {
			d.Exponent = int32(ideal)
		}
		return cond
	}
	if int64(d.Exponent) >= ideal {
		return 0
	}
	s := d.Coeff.String()
	z := len(s) - len(strings.TrimRight(s, "0"))
	k := min(int64(z), ideal-int64(d.Exponent))
	if k <= 0 {
		return 0
	}
	d.Coeff.SetString(s[:int64(len(s))-k], 10)
	d.Exponent += int32(k)
	return 0
}

// powerOfTen returns n when x is exactly 10**n.
func powerOfTen(x *Decimal) (int64, bool) {
	if x.d.Form != apd.Finite || x.d.Negative || x.d.Coeff.Sign() == 0 {
		return 0, false
	}
	s := x.d.Coeff.String()
	if strings.TrimRight(s, "0") != "1" {
		return 0, false
	}
	return int64(x.d.Exponent) + int64(len(s)) - 1, true
}

// isNaN reports whether x is a quiet or signalling NaN.
func isNaN(x *Decimal) bool {
	return x.d.Form == apd.NaN || x.d.Form == apd.NaNSignaling
}

// nanOf returns the first NaN operand.
func nanOf(a, b *Decimal) *apd.Decimal {
	if isNaN(a) {
		return &a.d
	}
	return &b.d
}

// powCheck refuses powers whose result could not fit: an integral
// exponent whose size times the base's digits is beyond apd's range
// (CPython would overflow or underflow as well, or take as long).
func (ds *decState) powCheck(c *decContext, a, b *Decimal) error {
	if a.d.Form != apd.Finite || b.d.Form != apd.Finite || a.d.Coeff.Sign() == 0 {
		return nil
	}
	// |b| as a float is enough to bound the exponent of the result.
	mag := math.Abs(float64(a.adjusted()) + math.Log10(coeffLead(a)))
	if mag == 0 {
		return nil
	}
	bf, ferr := b.d.Float64()
	if ferr != nil || math.IsInf(bf, 0) {
		bf = math.Inf(1)
		if b.d.Negative {
			bf = math.Inf(-1)
		}
	}
	if math.Abs(bf)*mag > 4*decSysExp {
		if (bf > 0) == (a.adjusted() >= 0) {
			return decError(sigOverflow, sigOverflow)
		}
		return decError(sigUnderflow, sigUnderflow)
	}
	return nil
}

// coeffLead returns the leading digits of x's coefficient as a number in
// [1, 10).
func coeffLead(x *Decimal) float64 {
	f, _ := new(big.Float).SetInt(x.d.Coeff.MathBigInt()).Float64()
	n := x.digits()
	return f / math.Pow(10, float64(n-1))
}

// maxMin is max(a, b) and min(a, b) as the specification defines them:
// a quiet NaN loses to a number, equal values are ordered by sign and
// exponent.
func (ds *decState) maxMin(c *decContext, isMax bool, a, b *Decimal) (*Decimal, error) {
	if err := ds.prep(c, opCost(c, 0, a, b), a, b); err != nil {
		return nil, err
	}
	if a.d.Form == apd.NaNSignaling || b.d.Form == apd.NaNSignaling {
		r := new(apd.Decimal)
		r.Set(nanOf(&Decimal{d: *sNaNFirst(a, b)}, b))
		r.Form = apd.NaN
		if e := c.raise(sigInvalid); e != nil {
			return nil, e
		}
		return ds.wrap(r), nil
	}
	switch {
	case isNaN(a) && isNaN(b):
		return ds.round(c, a)
	case isNaN(a):
		return ds.round(c, b)
	case isNaN(b):
		return ds.round(c, a)
	}
	cmp := a.d.Cmp(&b.d)
	if cmp == 0 {
		cmp = a.d.CmpTotal(&b.d)
	}
	pick := a
	if (cmp < 0) == isMax {
		pick = b
	}
	return ds.round(c, pick)
}

// sNaNFirst returns the first signalling NaN of a and b.
func sNaNFirst(a, b *Decimal) *apd.Decimal {
	if a.d.Form == apd.NaNSignaling {
		return &a.d
	}
	return &b.d
}

// round rounds x to the precision of c, as create_decimal and the unary
// plus do (without the plus's sign change of zeros).
func (ds *decState) round(c *decContext, x *Decimal) (*Decimal, error) {
	if err := ds.prep(c, opCost(c, 0, x), x); err != nil {
		return nil, err
	}
	if x.d.Form == apd.NaNSignaling {
		if e := c.raise(sigInvalid); e != nil {
			return nil, e
		}
		r := ds.wrap(&x.d)
		r.d.Form = apd.NaN
		return r, nil
	}
	if x.d.Form != apd.Finite {
		return x, nil
	}
	res := new(apd.Decimal)
	cond, err := c.apdContext().Round(res, &x.d)
	return ds.finish(c, res, cond, err)
}

// arith is an operator: self op other, or other op self when reflected.
func (x *Decimal) arith(op decBinaryOp, other py.Object, reflected bool) (py.Object, error) {
	ds := x.ds
	y, ok, err := ds.operand(other)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.NotImplemented, nil
	}
	a, b := x, y
	if reflected {
		a, b = y, x
	}
	return ds.binary(ds.cur, op, a, b)
}

// pfBinary computes an arithmetic operator for pyfence's Binary.
func (x *Decimal) pfBinary(st *run.State, method string, other py.Object, reflected bool) (py.Object, error) {
	ops := map[string]decBinaryOp{"__add__": decAdd, "__sub__": decSub, "__mul__": decMul, "__truediv__": decDiv,
		"__floordiv__": decDivInt, "__mod__": decRem, "__pow__": decPow}
	op, ok := ops[method]
	if !ok {
		return py.NotImplemented, nil
	}
	return x.arith(op, other, reflected)
}

// M__add__ is self + other.
func (x *Decimal) M__add__(o py.Object) (py.Object, error) { return x.arith(decAdd, o, false) }

// M__radd__ is other + self.
func (x *Decimal) M__radd__(o py.Object) (py.Object, error) { return x.arith(decAdd, o, true) }

// M__sub__ is self - other.
func (x *Decimal) M__sub__(o py.Object) (py.Object, error) { return x.arith(decSub, o, false) }

// M__rsub__ is other - self.
func (x *Decimal) M__rsub__(o py.Object) (py.Object, error) { return x.arith(decSub, o, true) }

// M__mul__ is self * other.
func (x *Decimal) M__mul__(o py.Object) (py.Object, error) { return x.arith(decMul, o, false) }

// M__rmul__ is other * self.
func (x *Decimal) M__rmul__(o py.Object) (py.Object, error) { return x.arith(decMul, o, true) }

// M__truediv__ is self / other.
func (x *Decimal) M__truediv__(o py.Object) (py.Object, error) { return x.arith(decDiv, o, false) }

// M__rtruediv__ is other / self.
func (x *Decimal) M__rtruediv__(o py.Object) (py.Object, error) { return x.arith(decDiv, o, true) }

// M__floordiv__ is self // other: the integer part of the quotient,
// truncated toward zero.
func (x *Decimal) M__floordiv__(o py.Object) (py.Object, error) {
	return x.arith(decDivInt, o, false)
}

// M__rfloordiv__ is other // self.
func (x *Decimal) M__rfloordiv__(o py.Object) (py.Object, error) {
	return x.arith(decDivInt, o, true)
}

// M__mod__ is self % other: the remainder has the sign of self.
func (x *Decimal) M__mod__(o py.Object) (py.Object, error) { return x.arith(decRem, o, false) }

// M__rmod__ is other % self.
func (x *Decimal) M__rmod__(o py.Object) (py.Object, error) { return x.arith(decRem, o, true) }

// M__divmod__ is divmod(self, other).
func (x *Decimal) M__divmod__(o py.Object) (py.Object, py.Object, error) { return x.divmod(o, false) }

// M__rdivmod__ is divmod(other, self).
func (x *Decimal) M__rdivmod__(o py.Object) (py.Object, py.Object, error) { return x.divmod(o, true) }

func (x *Decimal) divmod(o py.Object, reflected bool) (py.Object, py.Object, error) {
	q, err := x.arith(decDivInt, o, reflected)
	if err != nil || q == py.NotImplemented {
		return q, q, err
	}
	r, err := x.arith(decRem, o, reflected)
	if err != nil {
		return nil, nil, err
	}
	return q, r, nil
}

// M__pow__ is self ** other.
func (x *Decimal) M__pow__(o, mod py.Object) (py.Object, error) {
	if mod != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not supported for decimal.Decimal")
	}
	return x.arith(decPow, o, false)
}

// M__rpow__ is other ** self.
func (x *Decimal) M__rpow__(o py.Object) (py.Object, error) { return x.arith(decPow, o, true) }

// M__neg__ is -self.
func (x *Decimal) M__neg__() (py.Object, error) { return x.ds.unary(x.ds.cur, decMinus, x) }

// M__pos__ is +self.
func (x *Decimal) M__pos__() (py.Object, error) { return x.ds.unary(x.ds.cur, decPlus, x) }

// M__abs__ is abs(self).
func (x *Decimal) M__abs__() (py.Object, error) { return x.ds.unary(x.ds.cur, decAbs, x) }

// M__bool__ is bool(self): false only for zeros.
func (x *Decimal) M__bool__() (py.Object, error) {
	return py.NewBool(!(x.d.Form == apd.Finite && x.d.Coeff.Sign() == 0)), nil
}

// cmpOperand converts the other side of a comparison: Decimals, ints and
// floats (exactly) compare with Decimals. ok is false for other values.
func (x *Decimal) cmpOperand(o py.Object, ordering bool) (*Decimal, bool, error) {
	if f, isFloat := o.(py.Float); isFloat {
		c := x.ds.cur
		if ordering {
			if err := c.raise(sigFloatOp); err != nil {
				return nil, true, err
			}
		} else {
			c.flags |= sigFloatOp
		}
		d, err := x.ds.fromFloat(float64(f))
		return d, true, err
	}
	return x.ds.operand(o)
}

// compare orders x and o: -1, 0 or 1; nan reports an unordered pair.
func (x *Decimal) compare(o py.Object, ordering bool) (cmp int, nan bool, ok bool, err error) {
	y, ok, err := x.cmpOperand(o, ordering)
	if err != nil || !ok {
		return 0, false, ok, err
	}
	if err := x.ds.st.Charge((x.digits()+y.digits())/64 + 1); err != nil {
		return 0, false, true, err
	}
	if x.d.Form == apd.NaNSignaling || y.d.Form == apd.NaNSignaling {
		return 0, true, true, x.ds.cur.raise(sigInvalid)
	}
	if isNaN(x) || isNaN(y) {
		if ordering {
			return 0, true, true, x.ds.cur.raise(sigInvalid)
		}
		return 0, true, true, nil
	}
	return decCmp(&x.d, &y.d), false, true, nil
}

// decCmp compares two non-NaN values numerically without apd's scaling,
// so that any exponents compare.
func decCmp(a, b *apd.Decimal) int {
	sa, sb := decSign(a), decSign(b)
	if sa != sb {
		if sa < sb {
			return -1
		}
		return 1
	}
	if sa == 0 {
		return 0
	}
	mag := func() int {
		if a.Form == apd.Infinite || b.Form == apd.Infinite {
			switch {
			case a.Form == b.Form:
				return 0
			case a.Form == apd.Infinite:
				return 1
			}
			return -1
		}
		da, db := a.NumDigits(), b.NumDigits()
		adjA, adjB := int64(a.Exponent)+da-1, int64(b.Exponent)+db-1
		if adjA != adjB {
			if adjA < adjB {
				return -1
			}
			return 1
		}
		sa, sb := a.Coeff.String(), b.Coeff.String()
		n := max(len(sa), len(sb))
		sa += strings.Repeat("0", n-len(sa))
		sb += strings.Repeat("0", n-len(sb))
		return strings.Compare(sa, sb)
	}()
	return mag * sa
}

// decSign is -1, 0 or 1 for a non-NaN value.
func decSign(a *apd.Decimal) int {
	if a.Form == apd.Finite && a.Coeff.Sign() == 0 {
		return 0
	}
	if a.Negative {
		return -1
	}
	return 1
}

// richCmp implements one comparison operator.
func (x *Decimal) richCmp(o py.Object, op string) (py.Object, error) {
	ordering := op != "==" && op != "!="
	cmp, nan, ok, err := x.compare(o, ordering)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.NotImplemented, nil
	}
	if nan {
		return py.NewBool(op == "!="), nil
	}
	var r bool
	switch op {
	case "==":
		r = cmp == 0
	case "!=":
		r = cmp != 0
	case "<":
		r = cmp < 0
	case "<=":
		r = cmp <= 0
	case ">":
		r = cmp > 0
	case ">=":
		r = cmp >= 0
	}
	return py.NewBool(r), nil
}

// M__eq__ is self == other.
func (x *Decimal) M__eq__(o py.Object) (py.Object, error) { return x.richCmp(o, "==") }

// M__ne__ is self != other.
func (x *Decimal) M__ne__(o py.Object) (py.Object, error) { return x.richCmp(o, "!=") }

// M__lt__ is self < other.
func (x *Decimal) M__lt__(o py.Object) (py.Object, error) { return x.richCmp(o, "<") }

// M__le__ is self <= other.
func (x *Decimal) M__le__(o py.Object) (py.Object, error) { return x.richCmp(o, "<=") }

// M__gt__ is self > other.
func (x *Decimal) M__gt__(o py.Object) (py.Object, error) { return x.richCmp(o, ">") }

// M__ge__ is self >= other.
func (x *Decimal) M__ge__(o py.Object) (py.Object, error) { return x.richCmp(o, ">=") }

// M__hash__ is hash(self), CPython's: equal to the hash of an equal int
// or float (the value times 10**exp modulo 2**61 - 1).
func (x *Decimal) M__hash__() (py.Object, error) {
	switch x.d.Form {
	case apd.NaNSignaling:
		return nil, py.ExceptionNewf(py.TypeError, "Cannot hash a signaling NaN value")
	case apd.NaN:
		return py.Int(0), nil
	case apd.Infinite:
		if x.d.Negative {
			return py.Int(-hashInf), nil
		}
		return py.Int(hashInf), nil
	}
	if err := x.ds.st.Charge(x.digits()/64 + 1); err != nil {
		return nil, err
	}
	mod := big.NewInt(hashModulus)
	var e *big.Int
	if x.d.Exponent >= 0 {
		e = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(x.d.Exponent)), mod)
	} else {
		inv := new(big.Int).Exp(big.NewInt(10), big.NewInt(hashModulus-2), mod)
		e = new(big.Int).Exp(inv, big.NewInt(-int64(x.d.Exponent)), mod)
	}
	h := new(big.Int).Mul(x.d.Coeff.MathBigInt(), e)
	h.Mod(h, mod)
	v := h.Int64()
	if x.d.Negative {
		v = -v
	}
	return py.Int(fixHash(v)), nil
}

// toInt returns the integer part of x, truncated toward zero.
func (x *Decimal) toInt() (py.Object, error) {
	switch x.d.Form {
	case apd.NaN, apd.NaNSignaling:
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer")
	case apd.Infinite:
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer")
	}
	st := x.ds.st
	n := x.d.Coeff.MathBigInt()
	if x.d.Exponent > 0 {
		bits := float64(x.digits()+int64(x.d.Exponent)) * 3.33
		if err := checkBits(st, int64(bits)); err != nil {
			return nil, err
		}
		if err := st.Charge(int64(bits)/64 + 1); err != nil {
			return nil, err
		}
		n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(x.d.Exponent)), nil))
	} else if x.d.Exponent < 0 {
		if -int64(x.d.Exponent) >= x.digits() {
			n.SetInt64(0)
		} else {
			if err := st.Charge(x.digits()/64 + 1); err != nil {
				return nil, err
			}
			n.Quo(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(-int64(x.d.Exponent)), nil))
		}
	}
	if x.d.Negative {
		n.Neg(n)
	}
	return intFromBig(n), nil
}

// toFloat returns the float nearest to x.
func (x *Decimal) toFloat() (py.Object, error) {
	switch x.d.Form {
	case apd.NaNSignaling:
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert signaling NaN to float")
	case apd.NaN:
		if x.d.Negative {
			return py.Float(math.Copysign(math.NaN(), -1)), nil
		}
		return py.Float(math.NaN()), nil
	case apd.Infinite:
		if x.d.Negative {
			return py.Float(math.Inf(-1)), nil
		}
		return py.Float(math.Inf(1)), nil
	}
	if err := x.ds.st.Charge(x.digits()/64 + 1); err != nil {
		return nil, err
	}
	s := x.d.Coeff.String() + "e" + big.NewInt(int64(x.d.Exponent)).String()
	if x.d.Negative {
		s = "-" + s
	}
	f, _ := strconv.ParseFloat(s, 64) // out of range: ±Inf or ±0, as CPython
	return py.Float(f), nil
}
