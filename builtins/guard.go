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
			return Slice(args[0], args[1])
		}}
	case bytecode.SlotGetIter:
		return &callable{name: "iter", fn: func(args py.Tuple, _ py.StringDict) (py.Object, error) {
			return loopIter(st, args[0])
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
	return writeAttr(st, obj, name, func() error {
		_, err := py.SetAttrString(obj, name, value)
		return err
	})
}

// DelAttr is del obj.name under the same rule as SetAttr.
func DelAttr(st *run.State, obj py.Object, name string) error {
	if IsDunder(name) {
		return st.Deny(ruleDunderAttr, "deletion of dunder attribute '%s'", name)
	}
	return writeAttr(st, obj, name, func() error {
		return py.DeleteAttrString(obj, name)
	})
}

func writeAttr(st *run.State, obj py.Object, name string, do func() error) error {
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
	}
	return noAttr(obj, name)
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
	bop, ok := binaryOps[op]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "unguarded opcode")
	}
	if res, handled, err := userBinary(st, bop, a, b); handled {
		return res, err
	}
	if err := checkBinary(st, op, a, b); err != nil {
		return nil, err
	}
	if r, ok := emptyRepeat(op, a, b); ok {
		return r, nil
	}
	if op == vm.BINARY_MODULO || op == vm.INPLACE_MODULO {
		if s, ok := a.(py.String); ok {
			return percentFormat(st, s, b)
		}
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
	if op == vm.BINARY_ADD || op == vm.INPLACE_ADD {
		if x, ok := a.(py.Tuple); ok {
			if y, ok := b.(py.Tuple); ok {
				// gpython copies the second tuple at the wrong offset
				// when the lengths differ, leaving nil items.
				return append(append(make(py.Tuple, 0, len(x)+len(y)), x...), y...), nil
			}
		}
	}
	a, b = boolsAsInts(op, a, b)
	res, err := bop.fn(a, b)
	if err != nil {
		return nil, cpythonArithError(op, a, err)
	}
	if op == vm.BINARY_POWER || op == vm.INPLACE_POWER {
		return powOverflow(a, b, res)
	}
	return res, nil
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
		case py.Int, *py.BigInt, py.Float, py.Bool, py.Complex:
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

// cpythonArithError rewords gpython's division errors as CPython's.
func cpythonArithError(op vm.OpCode, a py.Object, err error) error {
	if !py.IsException(py.ZeroDivisionError, err) {
		return err
	}
	_, isFloat := a.(py.Float)
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
		return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
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
	return richCompare(st, op, a, b, 0)
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
		// Items of containers may be instances of the script's classes,
		// whose comparison methods gpython's own comparison ignores.
		if res, handled, err := userCompare(st, op, a, b); handled {
			return res, err
		}
	}
	xa, okA := items(a)
	xb, okB := items(b)
	if !okA || !okB || reflect.TypeOf(a) != reflect.TypeOf(b) {
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

func plainCompare(op int32, a, b py.Object) (py.Object, error) {
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
