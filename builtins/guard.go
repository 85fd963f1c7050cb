// Package builtins provides the safe Python builtins of a pyfence run and
// the runtime guards that instrumented code calls: attribute access,
// amplifying arithmetic and comparisons. Every function here takes the run's
// *run.State, directly or through the object it is bound to.
package builtins

import (
	"math"
	"math/big"
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/bytecode"
	"github.com/pyfence/pyfence/internal/run"
)

// Rule IDs of blocks found at run time; they match package policy's.
const (
	ruleDunderAttr   = "dunder-attr"
	ruleReadonlyAttr = "readonly-attr"
	ruleForbidden    = "forbidden-name"
	ruleImport       = "import-denied"
)

// IsDunder reports whether name has the shape __x__.
func IsDunder(name string) bool {
	return len(name) >= 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// callable is a Go function a script can call, bound to a run.
type callable struct {
	name string
	fn   func(args py.Tuple, kwargs py.StringDict) (py.Object, error)
}

var builtinFunctionType = py.NewType("builtin_function_or_method", "")

func (c *callable) Type() *py.Type { return builtinFunctionType }

func (c *callable) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return c.fn(args, kwargs)
}

func (c *callable) M__repr__() (py.Object, error) {
	return py.String("<built-in function " + c.name + ">"), nil
}

// Hooks resolves the slots of instrumented code to guards bound to one run
// state. It implements bytecode.Resolver.
type Hooks struct {
	st      *run.State
	helpers map[string]py.Object
	steps   map[[3]int]py.Object
}

// NewHooks returns the hooks of st; helpers maps each injected __pf_*__ name
// to its object.
func NewHooks(st *run.State, helpers map[string]py.Object) *Hooks {
	return &Hooks{st: st, helpers: helpers, steps: map[[3]int]py.Object{}}
}

type stepProbe struct {
	st   *run.State
	n    int64
	mem  int64 // bytes the block's container opcodes allocate
	line int   // first line of the block, where a trip is reported
}

var probeType = py.NewType("pyfence_probe", "")

func (p *stepProbe) Type() *py.Type { return probeType }

func (p *stepProbe) M__call__(py.Tuple, py.StringDict) (py.Object, error) {
	if err := p.st.TakePending(); err != nil {
		return nil, err
	}
	if err := p.st.Charge(p.n); err != nil {
		p.st.NoteLine(p.line)
		return nil, err
	}
	if p.mem > 0 {
		if err := p.st.Alloc(p.mem); err != nil {
			p.st.NoteLine(p.line)
			return nil, err
		}
	}
	return py.None, nil
}

// Resolve implements bytecode.Resolver.
func (h *Hooks) Resolve(s *bytecode.Slot) py.Object {
	st := h.st
	switch s.Kind {
	case bytecode.SlotStep:
		key := [3]int{s.N, s.Mem, s.Line}
		if p, ok := h.steps[key]; ok {
			return p
		}
		p := &stepProbe{st: st, n: int64(s.N), mem: int64(s.Mem), line: s.Line}
		h.steps[key] = p
		return p
	case bytecode.SlotGetAttr:
		name := s.Name
		return &callable{name: "getattr", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return GetAttr(st, args[0], name)
		}}
	case bytecode.SlotSetAttr:
		name := s.Name
		return &callable{name: "setattr", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return py.None, SetAttr(st, args[1], name, args[0])
		}}
	case bytecode.SlotDelAttr:
		name := s.Name
		return &callable{name: "delattr", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return py.None, DelAttr(st, args[0], name)
		}}
	case bytecode.SlotBinary:
		op := s.Op
		return &callable{name: "binary", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return Binary(st, op, args[0], args[1])
		}}
	case bytecode.SlotCompare:
		op := int32(s.N)
		return &callable{name: "compare", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return Compare(st, op, args[0], args[1])
		}}
	case bytecode.SlotUnary:
		op := s.Op
		return &callable{name: "unary", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return Unary(st, op, args[0])
		}}
	case bytecode.SlotTruth:
		return &callable{name: "truth", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			t, err := Truth(st, args[0])
			return py.NewBool(t), err
		}}
	case bytecode.SlotSlice:
		return &callable{name: "slice", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			if _, ok := args[0].(py.Tuple); ok {
				return Slice(args[0], args[1])
			}
			return Subscr(st, args[0], args[1])
		}}
	case bytecode.SlotGetIter:
		return &callable{name: "iter", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return loopIter(st, args[0])
		}}
	case bytecode.SlotSubscr:
		return &callable{name: "subscript", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return Subscr(st, args[0], args[1])
		}}
	case bytecode.SlotStoreSubscr:
		return &callable{name: "subscript", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			t, ok := args[0].(py.Tuple)
			if !ok || len(t) != 3 {
				return nil, py.ExceptionNewf(py.SystemError, "bad subscript store")
			}
			return py.None, StoreSubscr(st, t[1], t[2], t[0])
		}}
	case bytecode.SlotDelSubscr:
		return &callable{name: "subscript", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return py.None, DelSubscr(st, args[0], args[1])
		}}
	case bytecode.SlotUnpackEx:
		counts := s.N
		return &callable{name: "unpack", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return UnpackEx(st, counts, args[0])
		}}
	case bytecode.SlotHandler:
		return &callable{name: "handler", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return fixHandlerException(args[0], args[1]), nil
		}}
	case bytecode.SlotHelper:
		if o, ok := h.helpers[s.Name]; ok {
			return o
		}
		return &callable{name: s.Name, fn: func(py.Tuple, py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.SystemError, "unknown helper")
		}}
	}
	return py.None
}

// otherAttrs lists the attributes scripts may read on gpython types that
// have no method table of pyfence's; they are served by gpython.
var otherAttrs = map[*py.Type][]string{
	py.StringDictType: {"get", "items", "keys", "values"},
	py.SetType:        {"add"},
	py.GeneratorType:  {"send", "throw", "close"},
	py.SliceType:      {"start", "stop", "step"},
	py.ComplexType:    {"real", "imag"},
}

func allowedOtherAttr(t *py.Type, name string) bool {
	for _, n := range otherAttrs[t] {
		if n == name {
			return true
		}
	}
	return false
}

// isUserType reports whether t is a class defined by the script.
func isUserType(t *py.Type) bool {
	return t.Flags&py.TPFLAGS_HEAPTYPE != 0
}

func noAttr(o py.Object, name string) error {
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.Type().Name, name)
}

// GetAttr is obj.name under the policy: dunder names end the run, builtin
// types expose only their table, modules only their public names, classes
// and instances of the script their own attributes.
func GetAttr(st *run.State, obj py.Object, name string) (py.Object, error) {
	// pyfence's own objects (type facades, super(), property, range's
	// start/stop/step) apply the dunder rule themselves: super() lets
	// the special methods a script may call through it pass.
	if v, ok, err := ownAttr(st, obj, name); ok {
		return v, err
	}
	if IsDunder(name) {
		return nil, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
	}
	switch o := obj.(type) {
	case *py.Type:
		if !isUserType(o) && !isUserType(o.Type()) {
			if fn, ok := tableOf(o)[name]; ok {
				return &unboundMethod{st: st, typ: o, name: name, fn: fn}, nil
			}
			if !allowedOtherAttr(o, name) {
				return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", o.Name, name)
			}
		}
		return py.GetAttrString(obj, name)
	case *py.Module:
		if strings.HasPrefix(name, "_") {
			return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(o), name)
		}
		v, ok := o.Globals[name]
		if !ok {
			return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(o), name)
		}
		return v, nil
	case *py.Exception:
		if name == "args" {
			return o.Args, nil
		}
		if v, ok := o.Dict[name]; ok {
			return v, nil
		}
		if isUserType(o.Base) {
			if v := o.Base.NativeGetAttrOrNil(name); v != nil {
				if g, ok := v.(py.I__get__); ok {
					return g.M__get__(obj, o.Base)
				}
				return v, nil
			}
		}
		return nil, noAttr(obj, name)
	}
	if m, ok := lookupMethod(st, obj, name); ok {
		return m, nil
	}
	if !allowedOtherAttr(obj.Type(), name) {
		return nil, noAttr(obj, name)
	}
	return py.GetAttrString(obj, name)
}

func moduleName(m *py.Module) string {
	if s, ok := m.Globals["__name__"].(py.String); ok {
		return string(s)
	}
	return "?"
}

// SetAttr is obj.name = value under the policy: only the script's own
// classes and instances take attribute writes. Builtin types are process-
// global in gpython and modules are read-only.
func SetAttr(st *run.State, obj py.Object, name string, value py.Object) error {
	if IsDunder(name) {
		return st.Deny(ruleDunderAttr, "assignment to dunder attribute '%s'", name)
	}
	if e, ok := obj.(*py.Exception); ok && isUserType(e.Base) {
		return setExceptionAttr(st, e, name, value)
	}
	if handled, err := nativeSetAttr(st, obj, name, value); handled {
		return err
	}
	return writeAttr(st, obj, name, value, func() error {
		_, err := py.SetAttrString(obj, name, value)
		return err
	})
}

// setExceptionAttr is e.name = value for an instance of a script's
// exception class: a property of the class takes the write, else the
// instance's own attributes (gpython's exceptions take no attribute
// writes).
func setExceptionAttr(st *run.State, e *py.Exception, name string, value py.Object) error {
	if d := e.Base.NativeGetAttrOrNil(name); d != nil {
		if set, ok := d.(py.I__set__); ok {
			_, err := set.M__set__(e, value)
			return err
		}
	}
	if name == "args" {
		items, err := collectItems(st, value) // any iterable, as CPython
		if err != nil {
			return err
		}
		e.Args = py.Tuple(items)
		return nil
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict[name] = value
	return nil
}

// DelAttr is del obj.name under the same rule as SetAttr.
func DelAttr(st *run.State, obj py.Object, name string) error {
	if IsDunder(name) {
		return st.Deny(ruleDunderAttr, "deletion of dunder attribute '%s'", name)
	}
	if e, ok := obj.(*py.Exception); ok && isUserType(e.Base) {
		if _, ok := e.Dict[name]; !ok {
			return noAttr(obj, name)
		}
		delete(e.Dict, name)
		return nil
	}
	return writeAttr(st, obj, name, nil, func() error {
		return py.DeleteAttrString(obj, name)
	})
}

func writeAttr(st *run.State, obj py.Object, name string, value py.Object, do func() error) error {
	if _, ok := numberAttr(obj, name); ok {
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", name, obj.Type().Name)
	}
	switch o := obj.(type) {
	case HostAttrs:
		return o.PyfenceSetAttr(st, name)
	case typeFacade:
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.t.Name)
	case *py.Type:
		if isUserType(o) || isUserType(o.Type()) {
			return do()
		}
		if o.Name != "" { // a builtin type, not an instance of one
			return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
	case *py.Module:
		return st.Deny(ruleReadonlyAttr, "assignment to attribute '%s' of module '%s'", name, moduleName(o))
	case *py.Exception:
		if isUserType(o.Base) {
			return do()
		}
	case *Dict:
		// defaultdict.default_factory is writable.
		if w, ok := o.ext.(attrWriter); ok {
			if handled, err := w.setAttr(st, name, value); handled {
				return err
			}
		}
	}
	return noAttr(obj, name)
}

// attrWriter is a dict extension with writable data attributes.
type attrWriter interface {
	// setAttr writes the attribute name (del when value is nil);
	// handled is false when the extension has no such attribute.
	setAttr(st *run.State, name string, value py.Object) (handled bool, err error)
}

// seqLen returns the length of str, bytes, list and tuple values.
func seqLen(o py.Object) (int64, int64, bool) {
	switch o := o.(type) {
	case py.String:
		return int64(len(o)), 1, true
	case py.Bytes:
		return int64(len(o)), 1, true
	case *py.List:
		return int64(len(o.Items)), 16, true
	case py.Tuple:
		return int64(len(o)), 16, true
	}
	return 0, 0, false
}

// intBits returns the bit length of an int, and whether o is an int.
func intBits(o py.Object) (int64, bool) {
	switch o := o.(type) {
	case py.Int:
		n := int64(o)
		if n < 0 {
			n = -n
		}
		return int64(big.NewInt(n).BitLen()), true
	case *py.BigInt:
		return int64((*big.Int)(o).BitLen()), true
	case py.Bool:
		return 1, true
	}
	return 0, false
}

func intValue(o py.Object) (*big.Int, bool) {
	switch o := o.(type) {
	case py.Int:
		return big.NewInt(int64(o)), true
	case *py.BigInt:
		return (*big.Int)(o), true
	case py.Bool:
		if o {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// Binary computes a guarded binary opcode, checking first that the result
// fits the run's memory budget.
func Binary(st *run.State, op vm.OpCode, a, b py.Object) (py.Object, error) {
	bop := binaryOpTable[op]
	if bop == nil {
		return nil, py.ExceptionNewf(py.SystemError, "unguarded opcode")
	}
	if res, handled, err := userBinary(st, bop, a, b); handled {
		return res, err
	}
	if op == vm.BINARY_MODULO || op == vm.INPLACE_MODULO {
		// str % x formats, whatever x is: str.__mod__ never returns
		// NotImplemented, so x's __rmod__ is not asked.
		if s, ok := a.(py.String); ok {
			if t, isTuple := tupleLike(b); isTuple {
				b = t // a namedtuple gives its items, as a tuple does
			}
			return percentFormat(st, s, b)
		}
	}
	if res, handled, err := nativeBinary(st, bop, a, b); handled {
		return res, err
	}
	if err := checkBinary(st, op, a, b); err != nil {
		return nil, err
	}
	if r, ok := emptyRepeat(op, a, b); ok {
		return r, nil
	}
	if r, ok, err := seqConcat(st, op, a, b); ok {
		return r, err
	}
	if x, ok := a.(py.Bool); ok {
		if y, ok := b.(py.Bool); ok {
			switch op {
			case vm.BINARY_AND, vm.INPLACE_AND:
				return py.NewBool(bool(x) && bool(y)), nil
			case vm.BINARY_OR, vm.INPLACE_OR:
				return py.NewBool(bool(x) || bool(y)), nil
			case vm.BINARY_XOR, vm.INPLACE_XOR:
				return py.NewBool(bool(x) != bool(y)), nil
			}
		}
	}
	if l, ok := a.(*py.List); ok && op == vm.INPLACE_ADD {
		return listIAdd(st, l, b)
	}
	a, b = boolsAsInts(op, a, b)
	if (op == vm.BINARY_FLOOR_DIVIDE || op == vm.INPLACE_FLOOR_DIVIDE) && floatZeroDivisor(a, b) {
		// gpython returns inf.
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
	}
	res, err := bop.fn(a, b)
	if err != nil {
		if isUnsupportedOperand(err) {
			if e := cpythonOperandError(op, a, b, err); e != err {
				return nil, e
			}
			if e := inplaceError(op, err); e != nil {
				return nil, e
			}
			return nil, err
		}
		return nil, cpythonArithError(op, a, b, err)
	}
	if op == vm.BINARY_POWER || op == vm.INPLACE_POWER {
		return powOverflow(a, b, res)
	}
	return res, nil
}

// listIAdd is l += x: l extended by the items of any iterable x,
// collected through the meter (gpython takes only some iterables).
func listIAdd(st *run.State, l *py.List, x py.Object) (py.Object, error) {
	var items []py.Object
	switch x := x.(type) {
	case *py.List:
		items = x.Items
	case py.Tuple:
		items = x
	default:
		var err error
		if items, err = collectItems(st, x); err != nil {
			return nil, err
		}
	}
	if err := st.CheckAlloc(int64(len(l.Items)+len(items)) * slotSize); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(items))/64 + 1); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, items...)
	return l, nil
}

// inplaceError rewords gpython's "unsupported operand type(s) for +"
// raised by an augmented assignment as CPython's "... for +=", or
// returns nil.
func inplaceError(op vm.OpCode, err error) error {
	if !isInplace(op) || !py.IsException(py.TypeError, err) {
		return nil
	}
	const prefix = "unsupported operand type(s) for "
	msg := errMessage(err)
	sym, rest, ok := strings.Cut(strings.TrimPrefix(msg, prefix), ":")
	if !ok || !strings.HasPrefix(msg, prefix) || strings.HasSuffix(sym, "=") {
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "%s%s=:%s", prefix, sym, rest)
}

// isInplace reports whether op is an augmented assignment's.
func isInplace(op vm.OpCode) bool {
	switch op {
	case vm.INPLACE_ADD, vm.INPLACE_SUBTRACT, vm.INPLACE_MULTIPLY, vm.INPLACE_TRUE_DIVIDE,
		vm.INPLACE_FLOOR_DIVIDE, vm.INPLACE_MODULO, vm.INPLACE_POWER, vm.INPLACE_LSHIFT,
		vm.INPLACE_RSHIFT, vm.INPLACE_AND, vm.INPLACE_OR, vm.INPLACE_XOR:
		return true
	}
	return false
}

// cpythonOperandError rewords gpython's "unsupported operand type(s)" for
// sequences as CPython words it: "can only concatenate str (not "int") to
// str", "can't multiply sequence by non-int of type 'float'".
func cpythonOperandError(op vm.OpCode, a, b py.Object, err error) error {
	switch op {
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		switch a.(type) {
		case py.String, *py.List, py.Tuple:
			return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s",
				typeName(a), typeName(b), typeName(a))
		case py.Bytes:
			return py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", typeName(b))
		}
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		switch {
		case isBuiltinSequence(a) && !isIntLike(b):
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(b))
		case isBuiltinSequence(b) && !isIntLike(a):
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(a))
		}
	}
	return err
}

// isIntLike reports whether o is an int or a bool.
func isIntLike(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// errMessage returns the message of the exception err, or "".
func errMessage(err error) string {
	var exc *py.Exception
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil {
		return ""
	}
	msg, _ := excMessage(exc)
	return msg
}

// floatZeroDivisor reports whether a / b is a float division by zero.
func floatZeroDivisor(a, b py.Object) bool {
	_, fa := a.(py.Float)
	switch b := b.(type) {
	case py.Float:
		return b == 0
	case py.Int:
		return fa && b == 0
	}
	return false
}

// powOverflow raises CPython's OverflowError when a float power of finite
// operands overflows; gpython returns inf.
func powOverflow(a, b, res py.Object) (py.Object, error) {
	f, ok := res.(py.Float)
	if !ok || !math.IsInf(float64(f), 0) {
		return res, nil
	}
	finite := func(o py.Object) bool {
		switch o := o.(type) {
		case py.Float:
			return !math.IsInf(float64(o), 0) && !math.IsNaN(float64(o))
		case py.Int, *py.BigInt:
			return true
		}
		return false
	}
	if finite(a) && finite(b) {
		return nil, py.ExceptionNewf(py.OverflowError, "(34, 'Numerical result out of range')")
	}
	return res, nil
}

// Slice computes a[s] for a slice s. gpython's tuple slicing panics when
// the slice is empty with a start past its stop ((0, 1)[1:0]).
func Slice(a, s py.Object) (py.Object, error) {
	if t, ok := a.(py.Tuple); ok {
		if sl, ok := s.(*py.Slice); ok {
			start, stop, step, _, err := sl.GetIndices(len(t))
			if err != nil {
				return nil, err
			}
			if step == 1 && start >= stop {
				return py.Tuple{}, nil
			}
		}
	}
	return py.GetItem(a, s)
}

// boolsAsInts turns bool operands of arithmetic into ints, as bool is a
// subclass of int in CPython (gpython's bool has no arithmetic). Binary
// handles &, | and ^ of two bools, which stay bools, before this.
func boolsAsInts(op vm.OpCode, a, b py.Object) (py.Object, py.Object) {
	ba, isA := a.(py.Bool)
	bb, isB := b.(py.Bool)
	if !isA && !isB {
		return a, b
	}
	num := func(o py.Object) bool {
		switch o.(type) {
		case py.Int, *py.BigInt, py.Float, py.Bool, py.Complex, nativeNumber:
			return true
		}
		return false
	}
	if !num(a) || !num(b) {
		return a, b
	}
	toInt := func(x py.Bool) py.Object {
		if x {
			return py.Int(1)
		}
		return py.Int(0)
	}
	if isA {
		a = toInt(ba)
	}
	if isB {
		b = toInt(bb)
	}
	return a, b
}

// isUnsupportedOperand reports whether err is gpython's TypeError for
// operand types an operator does not support.
func isUnsupportedOperand(err error) bool {
	if !py.IsException(py.TypeError, err) {
		return false
	}
	return strings.Contains(err.Error(), "unsupported operand type(s)")
}

// isBuiltinSequence reports whether o is a builtin sequence that + concatenates
// and * repeats.
func isBuiltinSequence(o py.Object) bool {
	switch o.(type) {
	case py.String, *py.List, py.Tuple, py.Bytes:
		return true
	}
	return false
}

// cpythonArithError rewords gpython's division errors as CPython's: a
// float operand on either side makes it a float division.
func cpythonArithError(op vm.OpCode, a, b py.Object, err error) error {
	if !py.IsException(py.ZeroDivisionError, err) || !isRealNumber(a) {
		return err // not a number's error (datetime.timedelta has its own)
	}
	if e, ok := err.(*py.Exception); ok && e.Base != py.ZeroDivisionError {
		return err // a subclass (decimal.DivisionByZero) keeps its message
	}
	_, isFloat := a.(py.Float)
	if _, ok := b.(py.Float); ok {
		isFloat = true
	}
	switch op {
	case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
		if isFloat {
			return py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
		}
		return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	case vm.BINARY_MODULO, vm.INPLACE_MODULO:
		if isFloat {
			return py.ExceptionNewf(py.ZeroDivisionError, "float modulo")
		}
		return py.ExceptionNewf(py.ZeroDivisionError, "integer modulo by zero")
	case vm.BINARY_TRUE_DIVIDE, vm.INPLACE_TRUE_DIVIDE:
		if isFloat {
			return py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
		}
		return py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
	}
	return err
}

// maxIntBits caps the size of one integer, as CPython's int↔str limit caps
// conversions; it keeps single big-int operations cheap.
const maxIntBits = 1 << 25

func checkBinary(st *run.State, op vm.OpCode, a, b py.Object) error {
	switch op {
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		if n, size, ok := seqLen(a); ok {
			return checkRepeat(st, n, size, b)
		}
		if n, size, ok := seqLen(b); ok {
			return checkRepeat(st, n, size, a)
		}
		ab, okA := intBits(a)
		bb, okB := intBits(b)
		if okA && okB {
			return checkBits(st, ab+bb)
		}
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		na, sa, okA := seqLen(a)
		nb, _, okB := seqLen(b)
		if okA && okB {
			return st.Alloc((na + nb) * sa)
		}
	case vm.BINARY_POWER, vm.INPLACE_POWER:
		ab, okA := intBits(a)
		e, okB := intValue(b)
		if okA && okB && e.Sign() > 0 && ab > 1 {
			if !e.IsInt64() || e.Int64() > maxIntBits {
				return st.FailMemory(1 << 62)
			}
			return checkBits(st, ab*e.Int64())
		}
	case vm.BINARY_LSHIFT, vm.INPLACE_LSHIFT:
		ab, okA := intBits(a)
		s, okB := intValue(b)
		if okA && okB && s.Sign() > 0 {
			if !s.IsInt64() || s.Int64() > maxIntBits {
				return st.FailMemory(1 << 62)
			}
			return checkBits(st, ab+s.Int64())
		}
	}
	return nil
}

// emptyRepeat returns empty * n and n * empty for str, bytes, tuple and
// list without asking gpython, whose repetition loops n times even when
// the sequence is empty.
func emptyRepeat(op vm.OpCode, a, b py.Object) (py.Object, bool) {
	if op != vm.BINARY_MULTIPLY && op != vm.INPLACE_MULTIPLY {
		return nil, false
	}
	seq, times := a, b
	if _, _, ok := seqLen(a); !ok {
		seq, times = b, a
	}
	n, _, ok := seqLen(seq)
	if _, isInt := intValue(times); !ok || !isInt || n != 0 {
		return nil, false
	}
	if l, isList := seq.(*py.List); isList {
		if op == vm.INPLACE_MULTIPLY && seq == a {
			return l, true
		}
		return py.NewList(), true
	}
	return seq, true
}

func checkRepeat(st *run.State, n, size int64, times py.Object) error {
	k, ok := intValue(times)
	if !ok || k.Sign() <= 0 || n == 0 {
		return nil
	}
	if !k.IsInt64() {
		return py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if k.Int64() > (1<<62)/(n*size) {
		return st.FailMemory(1 << 62)
	}
	total := n * size * k.Int64()
	if err := st.Alloc(total); err != nil {
		return err
	}
	return st.Charge(total/64 + 1) // copying is work too
}

func checkBits(st *run.State, bits int64) error {
	if bits > maxIntBits {
		return st.FailMemory(bits / 8) // over the cap on one integer
	}
	return st.Alloc(bits / 8)
}

// maxCompareDepth bounds the Go recursion of comparing nested containers.
const maxCompareDepth = 200

// Compare computes a comparison opcode without unbounded Go recursion on
// nested or self-referential containers and without comparing Go values
// that cannot be compared.
func Compare(st *run.State, op int32, a, b py.Object) (py.Object, error) {
	switch op {
	case vm.PyCmp_IS:
		return py.NewBool(same(a, b)), nil
	case vm.PyCmp_IS_NOT:
		return py.NewBool(!same(a, b)), nil
	case vm.PyCmp_IN, vm.PyCmp_NOT_IN:
		in, err := contains(st, b, a, 0)
		if err != nil {
			return nil, err
		}
		return py.NewBool(in == (op == vm.PyCmp_IN)), nil
	}
	if res, handled, err := userCompare(st, op, a, b); handled {
		return res, err
	}
	res, err := richCompare(st, op, a, b, 0)
	if err != nil {
		// gpython words it "unsupported operand type(s) for <".
		return nil, fixOrderError(err, op, a, b)
	}
	return res, nil
}

// same is the `is` operator: identity, without Go's panic on comparing
// values of uncomparable types (maps, slices).
func same(a, b py.Object) bool {
	if a == nil || b == nil {
		return a == b
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Map, reflect.Slice:
		return va.UnsafePointer() == vb.UnsafePointer() && va.Len() == vb.Len()
	}
	return false
}

func items(o py.Object) ([]py.Object, bool) {
	switch o := o.(type) {
	case *py.List:
		return o.Items, true
	case py.Tuple:
		return o, true
	}
	return nil, false
}

func depthErr(st *run.State, depth int) error {
	if depth > maxCompareDepth {
		return st.Fail(run.Depth, int64(depth), maxCompareDepth)
	}
	return nil
}

func richCompare(st *run.State, op int32, a, b py.Object, depth int) (py.Object, error) {
	if err := depthErr(st, depth); err != nil {
		return nil, err
	}
	if depth > 0 {
		// Elements of containers: a script's __eq__ or __lt__ decides, as
		// at the top level (Compare).
		if res, handled, err := userCompare(st, op, a, b); handled {
			return res, err
		}
	}
	xa, okA := items(a)
	xb, okB := items(b)
	if !okA || !okB || reflect.TypeOf(a) != reflect.TypeOf(b) {
		// Items of tuples and lists that are instances of script
		// classes (namedtuples among them) compare by their methods.
		if res, handled, err := userCompare(st, op, a, b); handled {
			return res, err
		}
		if okA && (op == vm.PyCmp_EQ || op == vm.PyCmp_NE) {
			return py.NewBool(op == vm.PyCmp_NE), nil
		}
		if err := chargeCompare(st, a, b); err != nil {
			return nil, err
		}
		return plainCompare(op, a, b)
	}
	if err := st.Charge(int64(min(len(xa), len(xb)))); err != nil {
		return nil, err
	}
	// Lexicographic, as CPython: find the first pair that differs.
	n := min(len(xa), len(xb))
	for i := 0; i < n; i++ {
		if same(xa[i], xb[i]) {
			continue
		}
		eq, err := richCompare(st, vm.PyCmp_EQ, xa[i], xb[i], depth+1)
		if err != nil {
			return nil, err
		}
		if t, err := py.MakeBool(eq); err != nil {
			return nil, err
		} else if t == py.True {
			continue
		}
		switch op {
		case vm.PyCmp_EQ:
			return py.False, nil
		case vm.PyCmp_NE:
			return py.True, nil
		}
		return richCompare(st, op, xa[i], xb[i], depth+1)
	}
	la, lb := py.Int(len(xa)), py.Int(len(xb))
	return plainCompare(op, la, lb)
}

// chargeCompare charges a step per 64 bytes for comparing two strings or
// two bytes values, which Go compares in one call.
func chargeCompare(st *run.State, a, b py.Object) error {
	var n int
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			n = min(len(x), len(y))
		}
	case py.Bytes:
		if y, ok := b.(py.Bytes); ok {
			n = min(len(x), len(y))
		}
	}
	if n < 4096 {
		return nil
	}
	return st.Charge(int64(n) / 64)
}

func plainCompare(op int32, a, b py.Object) (res py.Object, err error) {
	defer func() {
		if err != nil {
			err = fixOrderError(err, op, a, b) // gpython's wording, at the level that failed
		}
	}()
	switch op {
	case vm.PyCmp_LT:
		return py.Lt(a, b)
	case vm.PyCmp_LE:
		return py.Le(a, b)
	case vm.PyCmp_EQ:
		return py.Eq(a, b)
	case vm.PyCmp_NE:
		return py.Ne(a, b)
	case vm.PyCmp_GT:
		return py.Gt(a, b)
	case vm.PyCmp_GE:
		return py.Ge(a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "bad comparison")
}

// contains is `x in container` with the same care as richCompare. Lists
// and tuples compare item by item, ranges test an int arithmetically, and
// containers without __contains__ (iterators, generators) are searched one
// metered element at a time, so that `x in itertools.count()` ends with a
// limit instead of looping in Go.
func contains(st *run.State, container, x py.Object, depth int) (bool, error) {
	if r, ok := container.(*py.Range); ok {
		if isExactInt(x) {
			v, _ := intValue(x)
			return rangeFind(r, v) >= 0, nil
		}
		return searchItems(st, container, x)
	}
	xs, ok := items(container)
	if !ok {
		if _, ok := container.(py.I__contains__); ok || isUserValue(container) {
			return py.SequenceContains(container, x)
		}
		return searchItems(st, container, x)
	}
	for i, item := range xs {
		if i%1000 == 999 {
			if err := st.Charge(1000); err != nil {
				return false, err
			}
		}
		if same(item, x) {
			return true, nil
		}
		eq, err := richCompare(st, vm.PyCmp_EQ, item, x, depth+1)
		if err != nil {
			return false, err
		}
		if t, err := py.MakeBool(eq); err != nil {
			return false, err
		} else if t == py.True {
			return true, nil
		}
	}
	return false, nil
}

// seqConcat computes tuple + tuple, which gpython gets wrong: it copies
// the right operand to the wrong offset when the lengths differ. ok is
// false for other operands.
func seqConcat(_ *run.State, op vm.OpCode, a, b py.Object) (res py.Object, ok bool, err error) {
	if op != vm.BINARY_ADD && op != vm.INPLACE_ADD {
		return nil, false, nil
	}
	ta, isTuple := a.(py.Tuple)
	if !isTuple {
		return nil, false, nil
	}
	tb, isTuple := b.(py.Tuple)
	if !isTuple {
		return nil, false, nil
	}
	r := make(py.Tuple, len(ta)+len(tb))
	copy(r, ta)
	copy(r[len(ta):], tb)
	return r, true, nil
}

// searchItems iterates over container until an item equals x, charging a
// step per item.
func searchItems(st *run.State, container, x py.Object) (bool, error) {
	found := false
	err := forEachItem(st, container, func(item py.Object) (bool, error) {
		eq, err := Equal(st, item, x)
		found = eq
		return eq || err != nil, err
	})
	return found, err
}
