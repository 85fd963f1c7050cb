// This file defines operators on instances of script classes. gpython
// dispatches operators only to Go methods, so a class's __add__, __eq__,
// __lt__, __neg__ or __bool__ would never run: the instrumented opcodes
// call these functions, which look the special methods up along the
// class's MRO as CPython does.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// binaryOp describes one binary opcode: its special methods and symbol.
type binaryOp struct {
	method, reflected, inplace string
	symbol                     string
	fn                         func(a, b py.Object) (py.Object, error)
}

var binaryOps = map[vm.OpCode]binaryOp{
	vm.BINARY_ADD:           {"__add__", "__radd__", "", "+", py.Add},
	vm.INPLACE_ADD:          {"__add__", "__radd__", "__iadd__", "+=", py.IAdd},
	vm.BINARY_SUBTRACT:      {"__sub__", "__rsub__", "", "-", py.Sub},
	vm.INPLACE_SUBTRACT:     {"__sub__", "__rsub__", "__isub__", "-=", py.ISub},
	vm.BINARY_MULTIPLY:      {"__mul__", "__rmul__", "", "*", py.Mul},
	vm.INPLACE_MULTIPLY:     {"__mul__", "__rmul__", "__imul__", "*=", py.IMul},
	vm.BINARY_TRUE_DIVIDE:   {"__truediv__", "__rtruediv__", "", "/", py.TrueDiv},
	vm.INPLACE_TRUE_DIVIDE:  {"__truediv__", "__rtruediv__", "__itruediv__", "/=", py.ITrueDiv},
	vm.BINARY_FLOOR_DIVIDE:  {"__floordiv__", "__rfloordiv__", "", "//", py.FloorDiv},
	vm.INPLACE_FLOOR_DIVIDE: {"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//=", py.IFloorDiv},
	vm.BINARY_MODULO:        {"__mod__", "__rmod__", "", "%", py.Mod},
	vm.INPLACE_MODULO:       {"__mod__", "__rmod__", "__imod__", "%=", py.IMod},
	vm.BINARY_POWER:         {"__pow__", "__rpow__", "", "** or pow()", func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) }},
	vm.INPLACE_POWER:        {"__pow__", "__rpow__", "__ipow__", "**=", func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) }},
	vm.BINARY_LSHIFT:        {"__lshift__", "__rlshift__", "", "<<", py.Lshift},
	vm.INPLACE_LSHIFT:       {"__lshift__", "__rlshift__", "__ilshift__", "<<=", py.ILshift},
	vm.BINARY_RSHIFT:        {"__rshift__", "__rrshift__", "", ">>", py.Rshift},
	vm.INPLACE_RSHIFT:       {"__rshift__", "__rrshift__", "__irshift__", ">>=", py.IRshift},
	vm.BINARY_AND:           {"__and__", "__rand__", "", "&", py.And},
	vm.INPLACE_AND:          {"__and__", "__rand__", "__iand__", "&=", py.IAnd},
	vm.BINARY_OR:            {"__or__", "__ror__", "", "|", py.Or},
	vm.INPLACE_OR:           {"__or__", "__ror__", "__ior__", "|=", py.IOr},
	vm.BINARY_XOR:           {"__xor__", "__rxor__", "", "^", py.Xor},
	vm.INPLACE_XOR:          {"__xor__", "__rxor__", "__ixor__", "^=", py.IXor},
}

// binaryOpTable indexes binaryOps by opcode: the guard's hot path looks
// up every operator. Built once; never written.
var binaryOpTable = func() (t [256]*binaryOp) {
	for op, b := range binaryOps {
		t[op] = &b
	}
	return t
}()

// isUserValue reports whether o is an instance of a script class (an
// object or an exception).
func isUserValue(o py.Object) bool {
	switch x := o.(type) {
	case *py.Type:
		_, ok := isInstance(x)
		return ok
	case *py.Exception:
		return isUserType(x.Base)
	}
	return false
}

// userBinary applies op when a or b is an instance of a script class:
// a.__iop__(b), a.__op__(b), then b.__rop__(a), as CPython does. handled
// is false when neither operand is a script instance.
func userBinary(st *run.State, op *binaryOp, a, b py.Object) (res py.Object, handled bool, err error) {
	ua, ub := isUserValue(a), isUserValue(b)
	if !ua && !ub {
		return nil, false, nil
	}
	if err := st.Charge(1); err != nil {
		return nil, true, err
	}
	try := func(o py.Object, name string, arg py.Object) (py.Object, bool, error) {
		if name == "" || !isUserValue(o) {
			return nil, false, nil
		}
		r, ok, err := callSpecialMethod(o, name, arg)
		if err != nil || !ok || r == py.NotImplemented {
			return nil, false, err
		}
		return r, true, nil
	}
	for _, step := range []struct {
		o    py.Object
		name string
		arg  py.Object
	}{{a, op.inplace, b}, {a, op.method, b}, {b, op.reflected, a}} {
		r, ok, err := try(step.o, step.name, step.arg)
		if err != nil {
			return nil, true, err
		}
		if ok {
			return r, true, nil
		}
	}
	// A builtin left operand may still handle a script instance on the
	// right ('%s' % obj): let the builtin path try.
	if !ua {
		return nil, false, nil
	}
	return nil, true, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
		op.symbol, typeName(a), typeName(b))
}

// compareOps names the special methods of the rich comparisons and their
// reflections.
var compareOps = map[int32]struct{ method, reflected, symbol string }{
	vm.PyCmp_LT: {"__lt__", "__gt__", "<"},
	vm.PyCmp_LE: {"__le__", "__ge__", "<="},
	vm.PyCmp_EQ: {"__eq__", "__eq__", "=="},
	vm.PyCmp_NE: {"__ne__", "__ne__", "!="},
	vm.PyCmp_GT: {"__gt__", "__lt__", ">"},
	vm.PyCmp_GE: {"__ge__", "__le__", ">="},
}

// userCompare applies a rich comparison when a or b is an instance of a
// script class. == and != fall back to identity, and != to the negation
// of __eq__, as CPython's object defaults do.
func userCompare(st *run.State, op int32, a, b py.Object) (res py.Object, handled bool, err error) {
	if !isUserValue(a) && !isUserValue(b) {
		return nil, false, nil
	}
	c, ok := compareOps[op]
	if !ok {
		return nil, false, nil
	}
	if err := st.Charge(1); err != nil {
		return nil, true, err
	}
	call := func(o py.Object, name string, arg py.Object) (py.Object, bool, error) {
		if !isUserValue(o) {
			return nil, false, nil
		}
		r, ok, err := callSpecialMethod(o, name, arg)
		if err != nil || !ok || r == py.NotImplemented {
			return nil, false, err
		}
		return r, true, nil
	}
	if r, ok, err := call(a, c.method, b); err != nil || ok {
		return r, true, err
	}
	if r, ok, err := call(b, c.reflected, a); err != nil || ok {
		return r, true, err
	}
	switch op {
	case vm.PyCmp_EQ:
		return py.NewBool(same(a, b)), true, nil
	case vm.PyCmp_NE:
		for _, p := range [][2]py.Object{{a, b}, {b, a}} {
			if r, ok, err := call(p[0], "__eq__", p[1]); err != nil {
				return nil, true, err
			} else if ok {
				t, err := py.MakeBool(r)
				if err != nil {
					return nil, true, err
				}
				return py.NewBool(t != py.True), true, nil
			}
		}
		return py.NewBool(!same(a, b)), true, nil
	}
	return nil, true, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'",
		c.symbol, typeName(a), typeName(b))
}

// unaryOps maps the unary opcodes to their special methods and gpython
// functions.
var unaryOps = map[vm.OpCode]struct {
	method string
	fn     func(py.Object) (py.Object, error)
}{
	vm.UNARY_NEGATIVE: {"__neg__", py.Neg},
	vm.UNARY_POSITIVE: {"__pos__", py.Pos},
	vm.UNARY_INVERT:   {"__invert__", py.Invert},
}

// Unary computes a unary opcode, calling the special method of a script
// instance.
func Unary(st *run.State, op vm.OpCode, a py.Object) (py.Object, error) {
	if op == vm.UNARY_NOT {
		t, err := Truth(st, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(!t), nil
	}
	u := unaryOps[op]
	if isUserValue(a) {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		r, ok, err := callSpecialMethod(a, u.method)
		if err != nil {
			return nil, err
		}
		if ok {
			return r, nil
		}
		return nil, badUnary(op, a)
	}
	if b, ok := a.(py.Bool); ok {
		a = py.Int(0)
		if b {
			a = py.Int(1)
		}
	}
	res, err := u.fn(a)
	if err != nil && py.IsException(py.TypeError, err) {
		// gpython words it "unsupported operand type(s) for -: 'str'".
		if e, ok := err.(*py.Exception); ok {
			if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
				if msg, ok := args[0].(py.String); ok && strings.HasPrefix(string(msg), "unsupported operand type(s) for ") {
					return nil, badUnary(op, a)
				}
			}
		}
	}
	return res, err
}

// badUnary is CPython's TypeError for a unary operator its operand does
// not support.
func badUnary(op vm.OpCode, a py.Object) error {
	sym := map[vm.OpCode]string{vm.UNARY_NEGATIVE: "-", vm.UNARY_POSITIVE: "+", vm.UNARY_INVERT: "~"}[op]
	return py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", sym, typeName(a))
}

// Truth is bool(o): a script instance's __bool__, else its __len__, else
// true; other values as gpython computes them.
func Truth(st *run.State, o py.Object) (bool, error) {
	if isUserValue(o) {
		if err := st.Charge(1); err != nil {
			return false, err
		}
		for _, name := range []string{"__bool__", "__len__"} {
			r, ok, err := callSpecialMethod(o, name)
			if err != nil {
				return false, err
			}
			if !ok {
				continue
			}
			if name == "__bool__" {
				b, isBool := r.(py.Bool)
				if !isBool {
					return false, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", typeName(r))
				}
				return bool(b), nil
			}
			n, err := indexValue(r)
			if err != nil {
				return false, err
			}
			if n < 0 {
				return false, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
			}
			return n != 0, nil
		}
		return true, nil
	}
	t, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return t == py.True, nil
}
