// This file defines the decimal module: its members, its signals (the
// exception classes), and the per-run current context with getcontext,
// setcontext and localcontext. The Decimal class is in
// module_decimal_num.go, Context in module_decimal_ctx.go, string
// conversions in module_decimal_fmt.go.
//
// All arithmetic is done by github.com/cockroachdb/apd/v3, which follows
// the General Decimal Arithmetic specification as CPython's libmpdec does.
// pyfence's differences from CPython are documented on decimalModule.

package builtins

import (
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// decimalModule describes the decimal module.
// https://docs.python.org/3.11/library/decimal.html
//
// Differences from CPython, all deliberate:
//   - Arithmetic works on values whose exponents and adjusted exponents
//     lie in [-100000, 100000] (apd's system range); an operation on a
//     value outside it, or whose exact result needs an exponent outside
//     it, raises decimal.Overflow (decimal.Underflow for tiny results)
//     whatever the traps. Contexts accept CPython's Emin and Emax but
//     results are rounded as if Emax were at most 100000.
//   - The precision of a context may be set up to MAX_PREC as in CPython,
//     but an operation under a precision over 10,000,000 digits trips the
//     memory limit; below that every operation checks its digits against
//     the memory budget and charges steps for them.
//   - Strings with non-ASCII digits are not numbers (ConversionSyntax).
//   - clamp=1 is accepted and shown, but does not change results.
//   - hash() of a quiet NaN is 0 rather than identity-based.
func decimalModule() *moduleSpec {
	// The exception classes are made here, with the module registry,
	// rather than at a first import that may run concurrently with
	// other runs: gpython records every new type in a global list.
	decSignalTypes()
	return &moduleSpec{
		name:    "decimal",
		classes: []*nativeClass{decimalClass(), decContextClass(), decSignalDictClass(), decTupleClass(), decManagerClass()},
		build:   buildDecimal,
	}
}

// decState is the decimal module's state in one run: the run and its
// current context. Every Decimal the run creates points to it.
type decState struct {
	st  *run.State
	cur *decContext
}

// DecimalValue returns the value of a decimal.Decimal created by a script
// (a copy: changing it does not change the script's value); ok is false
// when o is not a Decimal. Embedders use it to read decimal results.
func DecimalValue(o py.Object) (*apd.Decimal, bool) {
	d, ok := o.(*Decimal)
	if !ok {
		return nil, false
	}
	r := new(apd.Decimal)
	r.Set(&d.d)
	return r, true
}

// buildDecimal returns the members of the decimal module for the run st.
func buildDecimal(st *run.State) (py.StringDict, error) {
	ds := &decState{st: st}
	def := newDefaultContext(ds)
	ds.cur = def.copy()
	sig := decSignalTypes()
	m := py.StringDict{
		"Decimal":         classFacade(st, decimalClass()),
		"Context":         classFacade(st, decContextClass()),
		"DefaultContext":  def,
		"BasicContext":    newBasicContext(ds),
		"ExtendedContext": newExtendedContext(ds),
		"getcontext": moduleFunc(st, "getcontext", func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("getcontext", "getcontext", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return ds.cur, nil
		}),
		"setcontext": moduleFunc(st, "setcontext", func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnClinicArgs("setcontext", "setcontext", args, kw, 1, 1); err != nil {
				return nil, err
			}
			c, ok := args[0].(*decContext)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "argument must be a context")
			}
			if c == def {
				// CPython installs a copy of DefaultContext, never
				// the template itself.
				c = def.copy()
			}
			ds.cur = c
			return py.None, nil
		}),
		"localcontext":     moduleFunc(st, "localcontext", ds.localcontext),
		"ROUND_UP":         py.String(roundUp),
		"ROUND_DOWN":       py.String(roundDown),
		"ROUND_CEILING":    py.String(roundCeiling),
		"ROUND_FLOOR":      py.String(roundFloor),
		"ROUND_HALF_UP":    py.String(roundHalfUp),
		"ROUND_HALF_DOWN":  py.String(roundHalfDown),
		"ROUND_HALF_EVEN":  py.String(roundHalfEven),
		"ROUND_05UP":       py.String(round05Up),
		"MAX_PREC":         py.Int(decMaxPrec),
		"MAX_EMAX":         py.Int(decMaxEmax),
		"MIN_EMIN":         py.Int(decMinEmin),
		"MIN_ETINY":        py.Int(decMinEtiny),
		"HAVE_THREADS":     py.True,
		"HAVE_CONTEXTVAR":  py.True,
		"DecimalException": sig.base,
	}
	for _, s := range sig.all() {
		m[s.name] = s.typ
	}
	return m, nil
}

// Rounding modes, as CPython spells them.
const (
	roundUp       = "ROUND_UP"
	roundDown     = "ROUND_DOWN"
	roundCeiling  = "ROUND_CEILING"
	roundFloor    = "ROUND_FLOOR"
	roundHalfUp   = "ROUND_HALF_UP"
	roundHalfDown = "ROUND_HALF_DOWN"
	roundHalfEven = "ROUND_HALF_EVEN"
	round05Up     = "ROUND_05UP"
)

// CPython's limits of contexts on 64-bit machines.
const (
	decMaxPrec  = 999999999999999999
	decMaxEmax  = 999999999999999999
	decMinEmin  = -999999999999999999
	decMinEtiny = decMinEmin - (decMaxPrec - 1)
)

// Signals and conditions, one bit each. The signal bits are in CPython's
// order of precedence for the exception raised; the condition bits are
// kinds of InvalidOperation that CPython names in its messages.
const (
	sigInvalid uint32 = 1 << iota
	sigFloatOp
	sigDivByZero
	sigOverflow
	sigUnderflow
	sigSubnormal
	sigInexact
	sigRounded
	sigClamped
	condConvSyntax
	condDivImpossible
	condDivUndefined
	condInvalidContext

	sigAll   = sigInvalid | sigFloatOp | sigDivByZero | sigOverflow | sigUnderflow | sigSubnormal | sigInexact | sigRounded | sigClamped
	condAll  = condConvSyntax | condDivImpossible | condDivUndefined | condInvalidContext
	sigCount = 9
)

// decSignal is one signal or condition class.
type decSignal struct {
	name string
	bit  uint32
	typ  *py.Type
}

// decSignals holds the exception classes of the module. They are built
// once and never written afterwards; scripts cannot write to them.
type decSignals struct {
	base    *py.Type // DecimalException
	signals []decSignal
	conds   []decSignal
}

// all returns the signals and conditions.
func (s *decSignals) all() []decSignal {
	return append(append([]decSignal{}, s.signals...), s.conds...)
}

// decSignalTypes returns the decimal exception classes, with CPython's
// names, bases and method resolution orders.
var decSignalTypes = sync.OnceValue(func() *decSignals {
	base := excClass("decimal.DecimalException", py.ArithmeticError)
	clamped := excClass("decimal.Clamped", base)
	invalid := excClass("decimal.InvalidOperation", base)
	rounded := excClass("decimal.Rounded", base)
	inexact := excClass("decimal.Inexact", base)
	subnormal := excClass("decimal.Subnormal", base)
	s := &decSignals{base: base}
	s.signals = []decSignal{
		{"InvalidOperation", sigInvalid, invalid},
		{"FloatOperation", sigFloatOp, excClass("decimal.FloatOperation", base, py.TypeError)},
		{"DivisionByZero", sigDivByZero, excClass("decimal.DivisionByZero", base, py.ZeroDivisionError)},
		{"Overflow", sigOverflow, excClass("decimal.Overflow", inexact, rounded)},
		{"Underflow", sigUnderflow, excClass("decimal.Underflow", inexact, rounded, subnormal)},
		{"Subnormal", sigSubnormal, subnormal},
		{"Inexact", sigInexact, inexact},
		{"Rounded", sigRounded, rounded},
		{"Clamped", sigClamped, clamped},
	}
	s.conds = []decSignal{
		{"ConversionSyntax", condConvSyntax, excClass("decimal.ConversionSyntax", invalid)},
		{"DivisionImpossible", condDivImpossible, excClass("decimal.DivisionImpossible", invalid)},
		{"DivisionUndefined", condDivUndefined, excClass("decimal.DivisionUndefined", invalid, py.ZeroDivisionError)},
		{"InvalidContext", condInvalidContext, excClass("decimal.InvalidContext", invalid)},
	}
	return s
})

// excClass creates an exception class with the given bases and the C3
// method resolution order CPython computes for it. (gpython readies the
// types it creates only at its init; these are made later, so the MRO is
// set here.)
func excClass(name string, bases ...*py.Type) *py.Type {
	t := bases[0].NewType(name, "", nil, nil)
	bt := make(py.Tuple, len(bases))
	var seqs [][]*py.Type
	for i, b := range bases {
		bt[i] = b
		var mro []*py.Type
		for _, m := range b.Mro {
			if mt, ok := m.(*py.Type); ok {
				mro = append(mro, mt)
			}
		}
		seqs = append(seqs, mro)
	}
	seqs = append(seqs, append([]*py.Type{}, bases...))
	mro := py.Tuple{t}
	for _, m := range c3Merge(seqs) {
		mro = append(mro, m)
	}
	t.Base = bases[0]
	t.Bases = bt
	t.Mro = mro
	return t
}

// c3Merge is the merge step of the C3 linearization.
func c3Merge(seqs [][]*py.Type) []*py.Type {
	var out []*py.Type
	for {
		var cand *py.Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, o := range seqs {
				for _, x := range o[min(1, len(o)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			return out
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// signalBits maps a status with condition bits to the signals it raises:
// every condition is an InvalidOperation.
func signalBits(status uint32) uint32 {
	s := status & sigAll
	if status&condAll != 0 {
		s |= sigInvalid
	}
	return s
}

// raise records status in the flags of ctx and returns the exception of
// the first trapped signal, as CPython does, with CPython's message: the
// list of the trapped signals (InvalidOperation shown as its conditions).
func (c *decContext) raise(status uint32) error {
	sigs := signalBits(status)
	c.flags |= status
	trapped := sigs & c.traps
	if trapped == 0 {
		return nil
	}
	return decError(status, trapped)
}

// decError builds the exception for the trapped signals of status.
func decError(status, trapped uint32) error {
	s := decSignalTypes()
	var cls *py.Type
	list := py.NewList()
	for _, sg := range s.signals {
		if trapped&sg.bit == 0 {
			continue
		}
		if cls == nil {
			cls = sg.typ
		}
		if sg.bit == sigInvalid {
			if status&sigInvalid != 0 || status&condAll == 0 {
				list.Append(sg.typ)
			}
			for _, c := range s.conds {
				if status&c.bit != 0 {
					list.Append(c.typ)
				}
			}
			continue
		}
		list.Append(sg.typ)
	}
	exc, err := py.ExceptionNew(cls, py.Tuple{list}, nil)
	if err != nil {
		return err
	}
	return exc.(*py.Exception)
}

// localcontext is localcontext(ctx=None, **kwargs): a context manager
// that makes a copy of ctx (or of the current context), with the
// attributes kwargs sets, the current context for the with block.
// https://docs.python.org/3.11/library/decimal.html#decimal.localcontext
func (ds *decState) localcontext(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "localcontext() takes at most 1 positional argument (%d given)", len(args))
	}
	base := ds.cur
	if len(args) == 1 && args[0] != py.None {
		c, ok := args[0].(*decContext)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "optional argument must be a context")
		}
		base = c
	}
	if v, ok := kw["ctx"]; ok {
		if len(args) == 1 {
			return nil, py.ExceptionNewf(py.TypeError, "argument for localcontext() given by name ('ctx') and position (1)")
		}
		if v != py.None {
			c, isCtx := v.(*decContext)
			if !isCtx {
				return nil, py.ExceptionNewf(py.TypeError, "optional argument must be a context")
			}
			base = c
		}
	}
	n := base.copy()
	for k, v := range kw {
		if k == "ctx" {
			continue
		}
		if !decContextField(k) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
		if err := n.setField(st, k, v); err != nil {
			return nil, err
		}
	}
	return &decManager{ds: ds, ctx: n}, nil
}

// decManager is the context manager localcontext returns.
type decManager struct {
	ds    *decState
	ctx   *decContext
	saved *decContext
}

// decManagerClass is the class of localcontext's managers.
var decManagerClass = sync.OnceValue(func() *nativeClass {
	return &nativeClass{typ: py.NewType("decimal.ContextManager", ""), methods: MethodTable{}}
})

// Type implements py.Object.
func (m *decManager) Type() *py.Type { return decManagerClass().typ }

// M__enter__ makes the manager's context current and returns it.
func (m *decManager) M__enter__() (py.Object, error) {
	m.saved = m.ds.cur
	m.ds.cur = m.ctx
	return m.ctx, nil
}

// M__exit__ restores the context that was current at M__enter__.
func (m *decManager) M__exit__(args py.Tuple) (py.Object, error) {
	if m.saved != nil {
		m.ds.cur = m.saved
		m.saved = nil
	}
	return py.False, nil
}

// NewDecimal returns a decimal.Decimal holding a copy of d for the run
// st: how a host value of type *apd.Decimal reaches a script.
func NewDecimal(st *run.State, d *apd.Decimal) py.Object {
	r := &Decimal{ds: decStateOf(st)}
	r.d.Set(d)
	return r
}
