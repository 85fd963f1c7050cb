// This file defines decimal.Context: precision, rounding, exponent
// limits, flags and traps, and the context's arithmetic methods; and the
// signal dicts of its flags and traps attributes.

package builtins

import (
	"math/big"
	"strconv"
	"strings"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// decContext is a decimal.Context. Scripts read and write its fields
// through the attribute guard; every run has contexts of its own.
type decContext struct {
	ds       *decState
	prec     int64
	rounding string
	emin     int64
	emax     int64
	capitals int64
	clamp    int64
	flags    uint32 // signal bits
	traps    uint32 // signal bits
}

// newDefaultContext returns a copy of CPython's DefaultContext.
func newDefaultContext(ds *decState) *decContext {
	return &decContext{ds: ds, prec: 28, rounding: roundHalfEven, emin: -999999, emax: 999999, capitals: 1,
		traps: sigInvalid | sigDivByZero | sigOverflow}
}

// newBasicContext returns a copy of CPython's BasicContext.
func newBasicContext(ds *decState) *decContext {
	return &decContext{ds: ds, prec: 9, rounding: roundHalfUp, emin: -999999, emax: 999999, capitals: 1,
		traps: sigClamped | sigInvalid | sigDivByZero | sigOverflow | sigUnderflow}
}

// newExtendedContext returns a copy of CPython's ExtendedContext.
func newExtendedContext(ds *decState) *decContext {
	return &decContext{ds: ds, prec: 9, rounding: roundHalfEven, emin: -999999, emax: 999999, capitals: 1}
}

// copy returns a copy of c.
func (c *decContext) copy() *decContext {
	n := *c
	return &n
}

// Type implements py.Object.
func (c *decContext) Type() *py.Type { return decContextClass().typ }

// decContextClass is decimal.Context.
var decContextClass = sync.OnceValue(func() *nativeClass {
	return &nativeClass{
		typ:     py.NewType("decimal.Context", "The context affects almost all operations."),
		ctor:    newDecContext,
		methods: decContextMethods(),
		attrs:   decContextAttr,
		setAttr: decContextSetAttr,
	}
})

// decContextFields are the attributes Context() takes and scripts set.
var decContextFieldNames = []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}

// decContextField reports whether name is a field of contexts.
func decContextField(name string) bool {
	for _, n := range decContextFieldNames {
		if n == name {
			return true
		}
	}
	return false
}

// newDecContext is Context(prec=None, rounding=None, Emin=None, Emax=None,
// capitals=None, clamp=None, flags=None, traps=None).
// https://docs.python.org/3.11/library/decimal.html#decimal.Context
func newDecContext(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals := make([]py.Object, len(decContextFieldNames))
	pairs := []any{}
	for i, n := range decContextFieldNames {
		vals[i] = py.None
		pairs = append(pairs, n+"?", &vals[i])
	}
	if err := UnpackArgs("Context", args, kw, pairs...); err != nil {
		return nil, err
	}
	ds := decStateOf(st)
	c := newDefaultContext(ds)
	c.flags = 0
	for i, n := range decContextFieldNames {
		if vals[i] == py.None {
			continue
		}
		if err := c.setField(st, n, vals[i]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// decStateOf returns the decimal state of the run st, building the
// module if the run has not imported it (a Context or Decimal can only be
// made after the import, so this finds it).
func decStateOf(st *run.State) *decState {
	if m, ok := st.Modules["decimal"].(*py.Module); ok {
		if c, ok := m.Globals["DefaultContext"].(*decContext); ok {
			return c.ds
		}
	}
	ds := &decState{st: st}
	ds.cur = newDefaultContext(ds)
	return ds
}

// decContextAttr serves the data attributes of contexts.
func decContextAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	c, ok := self.(*decContext)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "prec":
		return py.Int(c.prec), true, nil
	case "rounding":
		return py.String(c.rounding), true, nil
	case "Emin":
		return py.Int(c.emin), true, nil
	case "Emax":
		return py.Int(c.emax), true, nil
	case "capitals":
		return py.Int(c.capitals), true, nil
	case "clamp":
		return py.Int(c.clamp), true, nil
	case "flags":
		return &decSignalDict{ctx: c, traps: false}, true, nil
	case "traps":
		return &decSignalDict{ctx: c, traps: true}, true, nil
	}
	return nil, false, nil
}

// decContextSetAttr is ctx.name = value.
func decContextSetAttr(st *run.State, self py.Object, name string, value py.Object) (bool, error) {
	c, ok := self.(*decContext)
	if !ok {
		return false, nil
	}
	if !decContextField(name) {
		return true, py.ExceptionNewf(py.AttributeError, "'decimal.Context' object has no attribute '%s'", name)
	}
	return true, c.setField(st, name, value)
}

// decIntArg reads an int argument of a context field.
func decIntArg(v py.Object) (int64, bool, error) {
	switch x := v.(type) {
	case py.Int:
		return int64(x), true, nil
	case py.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *py.BigInt:
		return 0, false, nil // out of every range
	}
	return 0, false, py.ExceptionNewf(py.TypeError, "an integer is required")
}

// setField sets one field of c with CPython's checks and messages.
func (c *decContext) setField(st *run.State, name string, v py.Object) error {
	switch name {
	case "rounding":
		r, err := roundingArg(v)
		if err != nil {
			return err
		}
		c.rounding = r
		return nil
	case "flags", "traps":
		bits, err := decSignalSet(st, v)
		if err != nil {
			return err
		}
		if name == "flags" {
			c.flags = bits
		} else {
			c.traps = bits
		}
		return nil
	}
	n, fits, err := decIntArg(v)
	if err != nil {
		return err
	}
	switch name {
	case "prec":
		if !fits || n < 1 || n > decMaxPrec {
			return py.ExceptionNewf(py.ValueError, "valid range for prec is [1, MAX_PREC]")
		}
		c.prec = n
	case "Emin":
		if !fits || n > 0 || n < decMinEmin {
			return py.ExceptionNewf(py.ValueError, "valid range for Emin is [MIN_EMIN, 0]")
		}
		c.emin = n
	case "Emax":
		if !fits || n < 0 || n > decMaxEmax {
			return py.ExceptionNewf(py.ValueError, "valid range for Emax is [0, MAX_EMAX]")
		}
		c.emax = n
	case "capitals":
		if !fits || (n != 0 && n != 1) {
			return py.ExceptionNewf(py.ValueError, "valid values for capitals are 0 or 1")
		}
		c.capitals = n
	case "clamp":
		if !fits || (n != 0 && n != 1) {
			return py.ExceptionNewf(py.ValueError, "valid values for clamp are 0 or 1")
		}
		c.clamp = n
	}
	return nil
}

// roundingArg returns v, a rounding mode given by a script, with
// CPython's TypeError for anything that is not one.
func roundingArg(v py.Object) (string, error) {
	if s, ok := v.(py.String); ok {
		switch string(s) {
		case roundUp, roundDown, roundCeiling, roundFloor, roundHalfUp, roundHalfDown, roundHalfEven, round05Up:
			return string(s), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
}

// decSignalSet reads the flags or traps argument of Context(): a list
// of signals, or a dict or signal dict mapping signals to truth values.
func decSignalSet(st *run.State, v py.Object) (uint32, error) {
	var bits uint32
	if sd, ok := v.(*decSignalDict); ok {
		return sd.bits(), nil
	}
	if d, ok := v.(*Dict); ok {
		for _, kv := range d.Items() {
			bit, err := decSignalKey(kv[0])
			if err != nil {
				return 0, err
			}
			t, err := Truth(st, kv[1])
			if err != nil {
				return 0, err
			}
			if t {
				bits |= bit
			}
		}
		return bits, nil
	}
	err := forEachItem(st, v, func(item py.Object) (bool, error) {
		bit, err := decSignalKey(item)
		if err != nil {
			return false, err
		}
		bits |= bit
		return true, nil
	})
	return bits, err
}

// decSignalKey returns the bit of a signal class.
func decSignalKey(k py.Object) (uint32, error) {
	if t, ok := k.(*py.Type); ok {
		for _, s := range decSignalTypes().signals {
			if s.typ == t {
				return s.bit, nil
			}
		}
	}
	return 0, py.ExceptionNewf(py.KeyError, "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")
}

// decSignalList writes the names of the signals of bits in the order of
// CPython's Context repr (libmpdec's bit order, where InvalidOperation
// stands at the place of the condition that raised it). traps have no
// conditions: their InvalidOperation comes first, as in CPython.
func decSignalList(bits uint32, traps bool) string {
	plainInvalid := "InvalidOperation"
	first := ""
	if traps {
		plainInvalid, first = "", "InvalidOperation"
	}
	order := []struct {
		bit  uint32
		name string
	}{{sigClamped, "Clamped"}, {condConvSyntax, "InvalidOperation"}, {sigInvalid, first},
		{sigDivByZero, "DivisionByZero"}, {condDivImpossible, "InvalidOperation"},
		{condDivUndefined, "InvalidOperation"}, {sigInexact, "Inexact"},
		{condInvalidContext, "InvalidOperation"}, {sigInvalid, plainInvalid},
		{sigFloatOp, "FloatOperation"}, {sigOverflow, "Overflow"}, {sigRounded, "Rounded"},
		{sigSubnormal, "Subnormal"}, {sigUnderflow, "Underflow"}}
	var names []string
	seen := map[string]bool{}
	for _, o := range order {
		if bits&o.bit != 0 && o.name != "" && !seen[o.name] {
			seen[o.name] = true
			names = append(names, o.name)
		}
	}
	return "[" + strings.Join(names, ", ") + "]"
}

// M__repr__ is repr(ctx).
func (c *decContext) M__repr__() (py.Object, error) {
	return py.String("Context(prec=" + strconv.FormatInt(c.prec, 10) + ", rounding=" + c.rounding +
		", Emin=" + strconv.FormatInt(c.emin, 10) + ", Emax=" + strconv.FormatInt(c.emax, 10) +
		", capitals=" + strconv.FormatInt(c.capitals, 10) + ", clamp=" + strconv.FormatInt(c.clamp, 10) +
		", flags=" + decSignalList(c.flags, false) + ", traps=" + decSignalList(c.traps, true) + ")"), nil
}

// decRounder maps a rounding mode to apd's.
func decRounder(s string) apd.Rounder {
	switch s {
	case roundUp:
		return apd.RoundUp
	case roundDown:
		return apd.RoundDown
	case roundCeiling:
		return apd.RoundCeiling
	case roundFloor:
		return apd.RoundFloor
	case roundHalfUp:
		return apd.RoundHalfUp
	case roundHalfDown:
		return apd.RoundHalfDown
	case round05Up:
		return apd.Round05Up
	}
	return apd.RoundHalfEven
}

// decSysExp is apd's system range of exponents.
const decSysExp = apd.MaxExponent

// decMaxDigits caps the precision of one operation, as maxIntBits caps
// the size of one int (about the same number of digits).
const decMaxDigits = 10_000_000

// apdContext returns the apd context that computes under c: traps off
// (pyfence maps the conditions itself), exponent limits within apd's.
func (c *decContext) apdContext() *apd.Context {
	return &apd.Context{
		Precision:   uint32(min(c.prec, decMaxDigits)),
		MaxExponent: int32(min(c.emax, decSysExp)),
		MinExponent: int32(max(c.emin, -decSysExp)),
		Rounding:    decRounder(c.rounding),
	}
}

// decContextMethods are the methods of contexts.
func decContextMethods() MethodTable {
	unary := func(name string, op decUnaryOp) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var x py.Object
			if err := UnpackArgs(name, args, kw, "x", &x); err != nil {
				return nil, err
			}
			a, err := c.ds.convertStrict(x)
			if err != nil {
				return nil, err
			}
			return c.ds.unary(c, op, a)
		}
	}
	binary := func(name string, op decBinaryOp) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var x, y py.Object
			if err := UnpackArgs(name, args, kw, "x", &x, "y", &y); err != nil {
				return nil, err
			}
			a, err := c.ds.convertStrict(x)
			if err != nil {
				return nil, err
			}
			b, err := c.ds.convertStrict(y)
			if err != nil {
				return nil, err
			}
			return c.ds.binary(c, op, a, b)
		}
	}
	return MethodTable{
		"abs":         unary("abs", decAbs),
		"minus":       unary("minus", decMinus),
		"plus":        unary("plus", decPlus),
		"sqrt":        unary("sqrt", decSqrt),
		"exp":         unary("exp", decExp),
		"ln":          unary("ln", decLn),
		"log10":       unary("log10", decLog10),
		"normalize":   unary("normalize", decNormalize),
		"to_integral": unary("to_integral", decToIntegral),
		"add":         binary("add", decAdd),
		"subtract":    binary("subtract", decSub),
		"multiply":    binary("multiply", decMul),
		"divide":      binary("divide", decDiv),
		"divide_int":  binary("divide_int", decDivInt),
		"remainder":   binary("remainder", decRem),
		"power":       binary("power", decPow),
		"compare":     binary("compare", decCompare),
		"max":         binary("max", decMax),
		"min":         binary("min", decMin),
		"quantize":    binary("quantize", decQuantize),
		"create_decimal": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var v py.Object = py.String("0")
			if err := UnpackArgs("create_decimal", args, kw, "num?", &v); err != nil {
				return nil, err
			}
			d, err := c.ds.newDecimal(c, v)
			if err != nil {
				return nil, err
			}
			return c.ds.round(c, d)
		},
		"create_decimal_from_float": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var v py.Object
			if err := UnpackArgs("create_decimal_from_float", args, kw, "f", &v); err != nil {
				return nil, err
			}
			d, err := c.ds.fromFloatArg(v)
			if err != nil {
				return nil, err
			}
			return c.ds.round(c, d)
		},
		"copy": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("copy", "copy", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return self.(*decContext).copy(), nil
		},
		"clear_flags": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("clear_flags", "clear_flags", args, kw, 0, 0); err != nil {
				return nil, err
			}
			self.(*decContext).flags = 0
			return py.None, nil
		},
		"clear_traps": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("clear_traps", "clear_traps", args, kw, 0, 0); err != nil {
				return nil, err
			}
			self.(*decContext).traps = 0
			return py.None, nil
		},
		"Etiny": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("Etiny", "Etiny", args, kw, 0, 0); err != nil {
				return nil, err
			}
			c := self.(*decContext)
			return intFromBig(big.NewInt(c.emin - c.prec + 1)), nil
		},
		"Etop": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("Etop", "Etop", args, kw, 0, 0); err != nil {
				return nil, err
			}
			c := self.(*decContext)
			return intFromBig(big.NewInt(c.emax - c.prec + 1)), nil
		},
		"to_sci_string": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var x py.Object
			if err := UnpackArgs("to_sci_string", args, kw, "x", &x); err != nil {
				return nil, err
			}
			a, err := c.ds.convertStrict(x)
			if err != nil {
				return nil, err
			}
			return py.String(decSciString(&a.d, c.capitals == 1, false)), nil
		},
		"to_eng_string": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c := self.(*decContext)
			var x py.Object
			if err := UnpackArgs("to_eng_string", args, kw, "x", &x); err != nil {
				return nil, err
			}
			a, err := c.ds.convertStrict(x)
			if err != nil {
				return nil, err
			}
			return py.String(decSciString(&a.d, c.capitals == 1, true)), nil
		},
	}
}

// decSignalDict is the flags or traps attribute of a context: a mapping
// from signal classes to bools that reads and writes the context.
type decSignalDict struct {
	ctx   *decContext
	traps bool
}

// decSignalDictClass is the class of signal dicts.
var decSignalDictClass = sync.OnceValue(func() *nativeClass {
	return &nativeClass{typ: py.NewType("decimal.SignalDict", ""), methods: MethodTable{
		"keys": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("keys", "keys", args, kw, 0, 0); err != nil {
				return nil, err
			}
			l := py.NewList()
			for _, s := range decSignalTypes().signals {
				l.Append(s.typ)
			}
			return l, nil
		},
		"values": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("values", "values", args, kw, 0, 0); err != nil {
				return nil, err
			}
			sd := self.(*decSignalDict)
			l := py.NewList()
			for _, s := range decSignalTypes().signals {
				l.Append(py.NewBool(sd.bits()&s.bit != 0))
			}
			return l, nil
		},
		"items": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("items", "items", args, kw, 0, 0); err != nil {
				return nil, err
			}
			sd := self.(*decSignalDict)
			l := py.NewList()
			for _, s := range decSignalTypes().signals {
				l.Append(py.Tuple{s.typ, py.NewBool(sd.bits()&s.bit != 0)})
			}
			return l, nil
		},
	}}
})

// Type implements py.Object.
func (sd *decSignalDict) Type() *py.Type { return decSignalDictClass().typ }

// bits returns the signals set in the dict.
func (sd *decSignalDict) bits() uint32 {
	if sd.traps {
		return sd.ctx.traps
	}
	return signalBits(sd.ctx.flags)
}

// M__getitem__ is sd[signal].
func (sd *decSignalDict) M__getitem__(key py.Object) (py.Object, error) {
	bit, err := decSignalKey(key)
	if err != nil {
		return nil, err
	}
	return py.NewBool(sd.bits()&bit != 0), nil
}

// M__setitem__ is sd[signal] = value.
func (sd *decSignalDict) M__setitem__(key, value py.Object) (py.Object, error) {
	bit, err := decSignalKey(key)
	if err != nil {
		return nil, err
	}
	t, err := Truth(sd.ctx.ds.st, value)
	if err != nil {
		return nil, err
	}
	p := &sd.ctx.flags
	if sd.traps {
		p = &sd.ctx.traps
	}
	if t {
		*p |= bit
	} else {
		*p &^= bit
		if bit == sigInvalid {
			*p &^= condAll
		}
	}
	return py.None, nil
}

// M__delitem__ refuses deletion, as CPython does.
func (sd *decSignalDict) M__delitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.ValueError, "signal keys cannot be deleted")
}

// M__len__ is len(sd).
func (sd *decSignalDict) M__len__() (py.Object, error) { return py.Int(sigCount), nil }

// M__iter__ iterates over the signal classes.
func (sd *decSignalDict) M__iter__() (py.Object, error) {
	l := py.NewList()
	for _, s := range decSignalTypes().signals {
		l.Append(s.typ)
	}
	return py.Iter(l)
}

// M__contains__ is signal in sd.
func (sd *decSignalDict) M__contains__(key py.Object) (py.Object, error) {
	_, err := decSignalKey(key)
	return py.NewBool(err == nil), nil
}

// M__repr__ is repr(sd), CPython's form.
func (sd *decSignalDict) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, s := range decSignalTypes().signals {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("<class '" + s.typ.Name + "'>:")
		if sd.bits()&s.bit != 0 {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	}
	b.WriteByte('}')
	return py.String(b.String()), nil
}
