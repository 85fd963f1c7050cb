// This file defines the methods of decimal.Decimal, DecimalTuple (the
// result of as_tuple), and the conversions int(), float() and round()
// reach through pyfence's native number hooks.

package builtins

import (
	"math/big"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// decimalMethods are the methods of Decimal.
// https://docs.python.org/3.11/library/decimal.html#decimal.Decimal
func decimalMethods() MethodTable {
	noArgs := func(name string, fn func(x *Decimal) (py.Object, error)) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs(name, name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return fn(self.(*Decimal))
		}
	}
	pred := func(name string, fn func(x *Decimal) bool) Method {
		return noArgs(name, func(x *Decimal) (py.Object, error) { return py.NewBool(fn(x)), nil })
	}
	// ctxArg reads the optional context argument of a method.
	ctxArg := func(x *Decimal, v py.Object) (*decContext, error) {
		if v == py.None {
			return x.ds.cur, nil
		}
		c, ok := v.(*decContext)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "optional argument must be a context")
		}
		return c, nil
	}
	unary := func(name string, op decUnaryOp) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs(name, args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			return x.ds.unary(c, op, x)
		}
	}
	binary := func(name string, op decBinaryOp) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var other py.Object
			var cv py.Object = py.None
			if err := UnpackArgs(name, args, kw, "other", &other, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			y, err := x.ds.convertStrict(other)
			if err != nil {
				return nil, err
			}
			return x.ds.binary(c, op, x, y)
		}
	}
	copySign := func(x *Decimal, neg bool) *Decimal {
		r := x.ds.wrap(&x.d)
		r.d.Negative = neg
		return r
	}
	toIntegral := func(name string, op decUnaryOp) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var rv, cv py.Object = py.None, py.None
			if err := UnpackArgs(name, args, kw, "rounding?", &rv, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			if rv != py.None {
				rounding, err := roundingArg(rv)
				if err != nil {
					return nil, err
				}
				n := c.copy()
				n.rounding = rounding
				r, err := x.ds.unary(n, op, x)
				c.flags |= n.flags
				return r, err
			}
			return x.ds.unary(c, op, x)
		}
	}
	return MethodTable{
		"adjusted": noArgs("adjusted", func(x *Decimal) (py.Object, error) {
			if x.d.Form != apd.Finite {
				return py.Int(0), nil
			}
			return py.Int(x.adjusted()), nil
		}),
		"as_tuple": noArgs("as_tuple", func(x *Decimal) (py.Object, error) {
			return x.asTuple()
		}),
		"as_integer_ratio": noArgs("as_integer_ratio", func(x *Decimal) (py.Object, error) {
			return x.integerRatio()
		}),
		"conjugate":    noArgs("conjugate", func(x *Decimal) (py.Object, error) { return x, nil }),
		"copy_abs":     noArgs("copy_abs", func(x *Decimal) (py.Object, error) { return copySign(x, false), nil }),
		"copy_negate":  noArgs("copy_negate", func(x *Decimal) (py.Object, error) { return copySign(x, !x.d.Negative), nil }),
		"is_nan":       pred("is_nan", isNaN),
		"is_qnan":      pred("is_qnan", func(x *Decimal) bool { return x.d.Form == apd.NaN }),
		"is_snan":      pred("is_snan", func(x *Decimal) bool { return x.d.Form == apd.NaNSignaling }),
		"is_infinite":  pred("is_infinite", func(x *Decimal) bool { return x.d.Form == apd.Infinite }),
		"is_finite":    pred("is_finite", func(x *Decimal) bool { return x.d.Form == apd.Finite }),
		"is_signed":    pred("is_signed", func(x *Decimal) bool { return x.d.Negative }),
		"is_zero":      pred("is_zero", func(x *Decimal) bool { return x.d.Form == apd.Finite && x.d.Coeff.Sign() == 0 }),
		"is_canonical": pred("is_canonical", func(x *Decimal) bool { return true }),
		"is_normal": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs("is_normal", args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			ok := x.d.Form == apd.Finite && x.d.Coeff.Sign() != 0 && x.adjusted() >= c.emin
			return py.NewBool(ok), nil
		},
		"is_subnormal": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs("is_subnormal", args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			ok := x.d.Form == apd.Finite && x.d.Coeff.Sign() != 0 && x.adjusted() < c.emin
			return py.NewBool(ok), nil
		},
		"copy_sign": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var other, cv py.Object = nil, py.None
			if err := UnpackArgs("copy_sign", args, kw, "other", &other, "context?", &cv); err != nil {
				return nil, err
			}
			y, err := x.ds.convertStrict(other)
			if err != nil {
				return nil, err
			}
			return copySign(x, y.d.Negative), nil
		},
		"same_quantum": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var other, cv py.Object = nil, py.None
			if err := UnpackArgs("same_quantum", args, kw, "other", &other, "context?", &cv); err != nil {
				return nil, err
			}
			y, err := x.ds.convertStrict(other)
			if err != nil {
				return nil, err
			}
			if x.d.Form != apd.Finite || y.d.Form != apd.Finite {
				same := (isNaN(x) && isNaN(y)) || (x.d.Form == apd.Infinite && y.d.Form == apd.Infinite)
				return py.NewBool(same), nil
			}
			return py.NewBool(x.d.Exponent == y.d.Exponent), nil
		},
		"compare_total": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var other, cv py.Object = nil, py.None
			if err := UnpackArgs("compare_total", args, kw, "other", &other, "context?", &cv); err != nil {
				return nil, err
			}
			y, err := x.ds.convertStrict(other)
			if err != nil {
				return nil, err
			}
			if err := x.ds.prep(x.ds.cur, opCost(x.ds.cur, 0, x, y), x, y); err != nil {
				return nil, err
			}
			return x.ds.wrap(apd.New(int64(x.d.CmpTotal(&y.d)), 0)), nil
		},
		"to_eng_string": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs("to_eng_string", args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			return py.String(decSciString(&x.d, c.capitals == 1, true)), nil
		},
		"canonical": noArgs("canonical", func(x *Decimal) (py.Object, error) { return x, nil }),
		"radix":     noArgs("radix", func(x *Decimal) (py.Object, error) { return x.ds.wrap(apd.New(10, 0)), nil }),
		"number_class": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs("number_class", args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			return py.String(x.numberClass(c)), nil
		},
		"logb": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var cv py.Object = py.None
			if err := UnpackArgs("logb", args, kw, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			return x.logb(c)
		},
		"compare_signal": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x := self.(*Decimal)
			var other py.Object
			var cv py.Object = py.None
			if err := UnpackArgs("compare_signal", args, kw, "other", &other, "context?", &cv); err != nil {
				return nil, err
			}
			c, err := ctxArg(x, cv)
			if err != nil {
				return nil, err
			}
			y, err := x.ds.convertStrict(other)
			if err != nil {
				return nil, err
			}
			if isNaN(x) || isNaN(y) {
				if e := c.raise(sigInvalid); e != nil {
					return nil, e
				}
				return x.ds.wrap(&apd.Decimal{Form: apd.NaN}), nil
			}
			return x.ds.binary(c, decCompare, x, y)
		},
		"sqrt":              unary("sqrt", decSqrt),
		"exp":               unary("exp", decExp),
		"ln":                unary("ln", decLn),
		"log10":             unary("log10", decLog10),
		"normalize":         unary("normalize", decNormalize),
		"to_integral":       toIntegral("to_integral", decToIntegral),
		"to_integral_value": toIntegral("to_integral_value", decToIntegral),
		"to_integral_exact": toIntegral("to_integral_exact", decToIntegralExact),
		"compare":           binary("compare", decCompare),
		"max":               binary("max", decMax),
		"min":               binary("min", decMin),
		"quantize":          decQuantizeMethod,
		"scaleb":            decScaleb,
		"fma":               decFma,
	}
}

// decQuantizeMethod is Decimal.quantize(exp, rounding=None, context=None).
func decQuantizeMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	x := self.(*Decimal)
	var ev py.Object
	var rv, cv py.Object = py.None, py.None
	if err := UnpackArgs("quantize", args, kw, "exp", &ev, "rounding?", &rv, "context?", &cv); err != nil {
		return nil, err
	}
	c := x.ds.cur
	if cv != py.None {
		cc, ok := cv.(*decContext)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "optional argument must be a context")
		}
		c = cc
	}
	e, err := x.ds.convertStrict(ev)
	if err != nil {
		return nil, err
	}
	if rv != py.None {
		rounding, err := roundingArg(rv)
		if err != nil {
			return nil, err
		}
		n := c.copy()
		n.rounding = rounding
		r, err := x.ds.binary(n, decQuantize, x, e)
		c.flags = n.flags
		return r, err
	}
	return x.ds.binary(c, decQuantize, x, e)
}

// decScaleb is Decimal.scaleb(other, context=None): x times 10**other.
func decScaleb(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	x := self.(*Decimal)
	var ov py.Object
	var cv py.Object = py.None
	if err := UnpackArgs("scaleb", args, kw, "other", &ov, "context?", &cv); err != nil {
		return nil, err
	}
	c := x.ds.cur
	if cc, ok := cv.(*decContext); ok {
		c = cc
	}
	y, err := x.ds.convertStrict(ov)
	if err != nil {
		return nil, err
	}
	if x.d.Form == apd.NaNSignaling || y.d.Form == apd.NaNSignaling || isNaN(x) || isNaN(y) {
		return x.ds.binary(c, decAdd, x, y)
	}
	n, nerr := y.d.Int64()
	if y.d.Form != apd.Finite || nerr != nil || y.d.Exponent != 0 && !isIntegral(y) || n > 2*decSysExp || n < -2*decSysExp {
		if e := c.raise(sigInvalid); e != nil {
			return nil, e
		}
		return x.ds.wrap(&apd.Decimal{Form: apd.NaN}), nil
	}
	if x.d.Form == apd.Infinite {
		return x, nil
	}
	r := x.ds.wrap(&x.d)
	e := int64(r.d.Exponent) + n
	if e > 999999999 || e < -999999999 {
		return nil, decError(sigOverflow, sigOverflow)
	}
	r.d.Exponent = int32(e)
	return x.ds.round(c, r)
}

// isIntegral reports whether a finite x has no fractional digits.
func isIntegral(x *Decimal) bool {
	if x.d.Exponent >= 0 {
		return true
	}
	var integ, frac apd.Decimal
	x.d.Modf(&integ, &frac)
	return frac.IsZero()
}

// decFma is Decimal.fma(other, third, context=None): x*other + third
// with one rounding.
func decFma(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	x := self.(*Decimal)
	var ov, tv py.Object
	var cv py.Object = py.None
	if err := UnpackArgs("fma", args, kw, "other", &ov, "third", &tv, "context?", &cv); err != nil {
		return nil, err
	}
	c := x.ds.cur
	if cc, ok := cv.(*decContext); ok {
		c = cc
	}
	y, err := x.ds.convertStrict(ov)
	if err != nil {
		return nil, err
	}
	z, err := x.ds.convertStrict(tv)
	if err != nil {
		return nil, err
	}
	// The exact product: as many digits as both factors.
	exact := c.copy()
	exact.prec = x.digits() + y.digits() + 1
	exact.emin, exact.emax = -decSysExp, decSysExp
	p, err := x.ds.binary(exact, decMul, x, y)
	c.flags |= exact.flags &^ (sigInexact | sigRounded)
	if err != nil {
		return nil, err
	}
	return x.ds.binary(c, decAdd, p, z)
}

// asTuple is Decimal.as_tuple().
func (x *Decimal) asTuple() (py.Object, error) {
	if err := x.ds.st.CheckAlloc(16 * x.digits()); err != nil {
		return nil, err
	}
	if err := x.ds.st.Charge(x.digits()/16 + 1); err != nil {
		return nil, err
	}
	sign := py.Int(0)
	if x.d.Negative {
		sign = 1
	}
	var digits py.Tuple
	var exp py.Object = py.Int(x.d.Exponent)
	switch x.d.Form {
	case apd.Infinite:
		return &decTuple{t: py.Tuple{sign, py.Tuple{py.Int(0)}, py.String("F")}}, nil
	case apd.NaN:
		exp = py.String("n")
	case apd.NaNSignaling:
		exp = py.String("N")
	}
	s := x.d.Coeff.String()
	if (x.d.Form == apd.NaN || x.d.Form == apd.NaNSignaling) && s == "0" {
		s = ""
	}
	digits = make(py.Tuple, len(s))
	for i := 0; i < len(s); i++ {
		digits[i] = py.Int(s[i] - '0')
	}
	return &decTuple{t: py.Tuple{sign, digits, exp}}, nil
}

// integerRatio is Decimal.as_integer_ratio(): the lowest terms n/d.
func (x *Decimal) integerRatio() (py.Object, error) {
	switch x.d.Form {
	case apd.NaN, apd.NaNSignaling:
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	case apd.Infinite:
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	e := int64(x.d.Exponent)
	bits := int64(float64(x.digits()+abs64(e)) * 3.33)
	if err := checkBits(x.ds.st, bits); err != nil {
		return nil, err
	}
	if err := x.ds.st.Charge(bits/64 + 1); err != nil {
		return nil, err
	}
	n := x.d.Coeff.MathBigInt()
	d := big.NewInt(1)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(e)), nil)
	if e >= 0 {
		n.Mul(n, p)
	} else {
		d = p
	}
	if n.Sign() != 0 {
		g := new(big.Int).GCD(nil, nil, n, d)
		n.Quo(n, g)
		d.Quo(d, g)
	}
	if x.d.Negative {
		n.Neg(n)
	}
	return py.Tuple{intFromBig(n), intFromBig(d)}, nil
}

// pfInt is int(self): truncation toward zero.
func (x *Decimal) pfInt(st *run.State) (py.Object, error) { return x.toInt() }

// pfFloat is float(self).
func (x *Decimal) pfFloat(st *run.State) (py.Object, error) { return x.toFloat() }

// pfRound is round(self) and round(self, ndigits).
func (x *Decimal) pfRound(st *run.State, ndigits py.Object) (py.Object, error) {
	if ndigits == py.None {
		switch x.d.Form {
		case apd.NaN, apd.NaNSignaling:
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer")
		case apd.Infinite:
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer")
		}
		if int64(x.d.Exponent) >= 0 {
			return x.toInt()
		}
		r, err := x.rescale(0, roundHalfEven)
		if err != nil {
			return nil, err
		}
		return x.ds.wrap(r).toInt()
	}
	n, ok := ndigits.(py.Int)
	if b, isBool := ndigits.(py.Bool); isBool {
		n, ok = 0, true
		if b {
			n = 1
		}
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "optional arg must be an integer")
	}
	if n > 999999999 || n < -999999999 {
		return nil, decError(sigOverflow, sigOverflow)
	}
	e := &Decimal{ds: x.ds}
	e.d.Coeff.SetInt64(1)
	e.d.Exponent = int32(-n)
	return x.ds.binary(x.ds.cur, decQuantize, x, e)
}

// decTuple is a DecimalTuple: a named tuple (sign, digits, exponent).
type decTuple struct {
	t py.Tuple
}

// decTupleClass is the class of DecimalTuples.
var decTupleClass = sync.OnceValue(func() *nativeClass {
	return &nativeClass{
		typ: py.NewType("decimal.DecimalTuple", "DecimalTuple(sign, digits, exponent)"),
		methods: MethodTable{
			"count": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
				var v py.Object
				if err := UnpackArgs("count", args, kw, "value", &v); err != nil {
					return nil, err
				}
				n := 0
				for _, it := range self.(*decTuple).t {
					eq, err := Equal(st, it, v)
					if err != nil {
						return nil, err
					}
					if eq {
						n++
					}
				}
				return py.Int(n), nil
			},
		},
		attrs: func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
			t, ok := self.(*decTuple)
			if !ok {
				return nil, false, nil
			}
			switch name {
			case "sign":
				return t.t[0], true, nil
			case "digits":
				return t.t[1], true, nil
			case "exponent":
				return t.t[2], true, nil
			}
			return nil, false, nil
		},
	}
})

// Type implements py.Object.
func (t *decTuple) Type() *py.Type { return decTupleClass().typ }

// M__getitem__ is t[i].
func (t *decTuple) M__getitem__(key py.Object) (py.Object, error) { return t.t.M__getitem__(key) }

// M__len__ is len(t).
func (t *decTuple) M__len__() (py.Object, error) { return py.Int(3), nil }

// M__iter__ iterates over sign, digits and exponent.
func (t *decTuple) M__iter__() (py.Object, error) { return py.NewIterator(t.t), nil }

// M__eq__ compares with DecimalTuples and tuples.
func (t *decTuple) M__eq__(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *decTuple:
		return t.t.M__eq__(x.t)
	case py.Tuple:
		return t.t.M__eq__(x)
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (t *decTuple) M__ne__(o py.Object) (py.Object, error) {
	r, err := t.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__hash__ hashes as the plain tuple.
func (t *decTuple) M__hash__() (py.Object, error) {
	th := newTupleHasher()
	for _, it := range t.t {
		var h int64
		switch v := it.(type) {
		case py.Int:
			h = hashInt64(int64(v))
		case py.String:
			h = hashString(string(v))
		case py.Tuple:
			inner := newTupleHasher()
			for _, d := range v {
				if n, ok := d.(py.Int); ok {
					inner.add(hashInt64(int64(n)))
				}
			}
			h = inner.sum()
		}
		th.add(h)
	}
	return py.Int(th.sum()), nil
}

// pfRepr writes DecimalTuple(sign=..., digits=..., exponent=...).
func (t *decTuple) pfRepr(r *reprer, depth int) error {
	r.b.WriteString("DecimalTuple(sign=")
	for i, name := range []string{"", ", digits=", ", exponent="} {
		r.b.WriteString(name)
		if err := r.repr(t.t[i], depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString(")")
	return nil
}

// numberClass is Decimal.number_class(): the class of x under c.
func (x *Decimal) numberClass(c *decContext) string {
	sign := "+"
	if x.d.Negative {
		sign = "-"
	}
	switch {
	case x.d.Form == apd.NaN:
		return "NaN"
	case x.d.Form == apd.NaNSignaling:
		return "sNaN"
	case x.d.Form == apd.Infinite:
		return sign + "Infinity"
	case x.d.Coeff.Sign() == 0:
		return sign + "Zero"
	case x.adjusted() < c.emin:
		return sign + "Subnormal"
	}
	return sign + "Normal"
}

// logb is Decimal.logb(): the adjusted exponent of x as a Decimal.
func (x *Decimal) logb(c *decContext) (py.Object, error) {
	switch x.d.Form {
	case apd.NaNSignaling:
		if e := c.raise(sigInvalid); e != nil {
			return nil, e
		}
		return x.ds.wrap(&apd.Decimal{Form: apd.NaN}), nil
	case apd.NaN:
		return x, nil
	case apd.Infinite:
		return x.ds.wrap(&apd.Decimal{Form: apd.Infinite}), nil
	}
	if x.d.Coeff.Sign() == 0 {
		if e := c.raise(sigDivByZero); e != nil {
			return nil, e
		}
		return x.ds.wrap(&apd.Decimal{Form: apd.Infinite, Negative: true}), nil
	}
	return x.ds.round(c, x.ds.wrap(apd.New(x.adjusted(), 0)))
}
