// This file defines the formula fast path: expressions made only of
// names, constants, arithmetic, single comparisons and calls with
// positional arguments are evaluated by walking their tree in Go, instead
// of running gpython's virtual machine.
//
// The fast path is an optimisation, never a different dialect: every
// operator calls the same guarded implementation the instrumented
// bytecode calls (builtins.Binary, Unary, Compare), names resolve as in
// the VM (inputs, then the run's builtins), a call is py.Call as in
// CALL_FUNCTION, and the run is charged exactly the steps of the
// instrumented bytecode, which for such expressions is one straight-line
// block. Errors carry the same traceback line. The tests in fast_test.go
// run every expression both ways and compare.

package interp

import (
	"math"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/bytecode"
	"github.com/pyfence/pyfence/internal/run"
)

// fastExpr is an expression the fast path can evaluate.
type fastExpr struct {
	root  fastNode
	steps int64 // steps of the instrumented bytecode's single block
	line  int   // first line, where the block's probe reports a trip
}

// fastNode is one node of a fast expression.
type fastNode interface {
	eval(f *fastRun) (py.Object, error)
}

// fastRun is the state of one fast evaluation.
type fastRun struct {
	st      *run.State
	inputs  []namedObject // the converted inputs
	builtin py.StringDict
	line    int // line of the node that failed
}

// run evaluates the expression for the runner r, whose state is reset and
// whose inputs are converted. Inputs are few: a linear search finds them
// faster than a map, which the VM path needs, is filled. It returns the value or the error as the
// VM would: a Python exception with a traceback at the failing line.
func (e *fastExpr) run(p *Program, r *runner) (py.Object, error) {
	f := &r.fast
	*f = fastRun{st: r.st, inputs: r.inputs, builtin: r.builtins}
	if err := f.st.Charge(e.steps); err != nil {
		f.st.NoteLine(e.line)
		return nil, err
	}
	v, err := e.root.eval(f)
	if err == nil {
		return v, nil
	}
	if f.line == 0 {
		f.line = e.line
	}
	exc, _ := excInfo(err)
	if exc == nil {
		return nil, err
	}
	return nil, py.ExceptionInfo{Type: exc.Base, Value: exc,
		Traceback: &py.Traceback{Lineno: int32(f.line), Frame: &py.Frame{Code: p.code}}}
}

// maxFastNodes bounds the size of expressions taking the fast path; larger
// ones run in the VM (whose Go recursion is not proportional to nesting).
const maxFastNodes = 200

// compileFast returns the fast form of an eval-mode module whose code
// (the instrumented template) is one straight-line block, or nil.
func compileFast(mod ast.Mod, code *py.Code, stats bytecode.Stats) *fastExpr {
	e, ok := mod.(*ast.Expression)
	if !ok || stats.Codes != 1 || stats.Probes != 1 {
		return nil
	}
	var steps int64
	for _, c := range code.Consts {
		if s, ok := c.(*bytecode.Slot); ok && s.Kind == bytecode.SlotStep {
			steps += int64(s.N)
		}
	}
	n := 0
	root := fastCompile(e.Body, &n)
	if root == nil || n > maxFastNodes {
		return nil
	}
	return &fastExpr{root: root, steps: steps, line: exprLine(e.Body)}
}

// fastCompile translates one expression node, or returns nil when the
// node is outside the fast subset.
func fastCompile(x ast.Expr, n *int) fastNode {
	*n++
	if *n > maxFastNodes {
		return nil
	}
	line := exprLine(x)
	switch x := x.(type) {
	case *ast.Num:
		return fastConst{x.N}
	case *ast.Str:
		return fastConst{x.S}
	case *ast.NameConstant:
		switch x.Value {
		case py.True, py.False, py.None:
			return fastConst{x.Value}
		}
	case *ast.Name:
		// Injected helpers (__pf_dict__, __pf_fstr__, ...) are bound by the
		// instrumenter, not by name: expressions using them take the VM.
		if x.Ctx == ast.Load && !strings.HasPrefix(string(x.Id), "__pf_") {
			return &fastName{name: string(x.Id), line: line}
		}
	case *ast.BinOp:
		op, ok := binaryOps[x.Op]
		l, r := fastCompile(x.Left, n), fastCompile(x.Right, n)
		if ok && l != nil && r != nil {
			return &fastBinary{op: op, l: l, r: r, line: line}
		}
	case *ast.UnaryOp:
		op, ok := unaryOps[x.Op]
		a := fastCompile(x.Operand, n)
		if ok && a != nil {
			return &fastUnary{op: op, x: a, line: line}
		}
	case *ast.Compare:
		if len(x.Ops) != 1 {
			return nil // a chain jumps: not one block
		}
		op, ok := compareOps[x.Ops[0]]
		l, r := fastCompile(x.Left, n), fastCompile(x.Comparators[0], n)
		if ok && l != nil && r != nil {
			return &fastCompare{op: op, l: l, r: r, line: line}
		}
	case *ast.Call:
		if len(x.Keywords) != 0 || x.Starargs != nil || x.Kwargs != nil {
			return nil
		}
		fn := fastCompile(x.Func, n)
		if fn == nil {
			return nil
		}
		c := &fastCall{fn: fn, line: line}
		for _, a := range x.Args {
			an := fastCompile(a, n)
			if an == nil {
				return nil
			}
			c.args = append(c.args, an)
		}
		return c
	}
	return nil
}

var binaryOps = map[ast.OperatorNumber]vm.OpCode{
	ast.Add: vm.BINARY_ADD, ast.Sub: vm.BINARY_SUBTRACT, ast.Mult: vm.BINARY_MULTIPLY,
	ast.Div: vm.BINARY_TRUE_DIVIDE, ast.Modulo: vm.BINARY_MODULO, ast.Pow: vm.BINARY_POWER,
	ast.LShift: vm.BINARY_LSHIFT, ast.RShift: vm.BINARY_RSHIFT, ast.BitOr: vm.BINARY_OR,
	ast.BitXor: vm.BINARY_XOR, ast.BitAnd: vm.BINARY_AND, ast.FloorDiv: vm.BINARY_FLOOR_DIVIDE,
}

var unaryOps = map[ast.UnaryOpNumber]vm.OpCode{
	ast.Invert: vm.UNARY_INVERT, ast.Not: vm.UNARY_NOT, ast.UAdd: vm.UNARY_POSITIVE, ast.USub: vm.UNARY_NEGATIVE,
}

// compareOps leaves out is and is not, which the instrumenter does not
// always guard, and in / not in.
var compareOps = map[ast.CmpOp]int32{
	ast.Eq: vm.PyCmp_EQ, ast.NotEq: vm.PyCmp_NE, ast.Lt: vm.PyCmp_LT,
	ast.LtE: vm.PyCmp_LE, ast.Gt: vm.PyCmp_GT, ast.GtE: vm.PyCmp_GE,
}

type fastConst struct{ v py.Object }

func (c fastConst) eval(*fastRun) (py.Object, error) { return c.v, nil }

type fastName struct {
	name string
	line int
}

func (n *fastName) eval(f *fastRun) (py.Object, error) {
	for _, in := range f.inputs {
		if in.name == n.name {
			return in.obj, nil
		}
	}
	if v, ok := f.builtin[n.name]; ok {
		return v, nil
	}
	f.line = n.line
	return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", n.name)
}

type fastBinary struct {
	op   vm.OpCode
	l, r fastNode
	line int
}

func (b *fastBinary) eval(f *fastRun) (py.Object, error) {
	l, err := b.l.eval(f)
	if err != nil {
		return nil, err
	}
	r, err := b.r.eval(f)
	if err != nil {
		return nil, err
	}
	if v, ok := fastArith(b.op, l, r); ok {
		return v, nil
	}
	v, err := builtins.Binary(f.st, b.op, l, r)
	if err != nil {
		f.fail(b.line)
	}
	return v, err
}

// fastArith computes the float arithmetic of formulas directly: +, -, *
// and / of floats, and of a float and an int, and +, -, * of ints that do
// not overflow. These are exactly what builtins.Binary computes for such
// operands (no special methods, no memory or step charges, IEEE results);
// anything else, a zero divisor included, goes through Binary. ok is
// false when it did not apply.
func fastArith(op vm.OpCode, a, b py.Object) (py.Object, bool) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			return fastIntArith(op, int64(x), int64(y))
		}
	}
	x, okA := fastFloat(a)
	y, okB := fastFloat(b)
	if !okA || !okB {
		return nil, false
	}
	switch op {
	case vm.BINARY_ADD:
		return py.Float(x + y), true
	case vm.BINARY_SUBTRACT:
		return py.Float(x - y), true
	case vm.BINARY_MULTIPLY:
		return py.Float(x * y), true
	case vm.BINARY_TRUE_DIVIDE:
		if y != 0 {
			return py.Float(x / y), true
		}
	}
	return nil, false
}

// fastFloat returns a float operand, or an int one when the other is a
// float (the caller has ruled out two ints).
func fastFloat(o py.Object) (float64, bool) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), true
	case py.Int:
		return float64(x), true
	}
	return 0, false
}

// fastIntArith is +, - and * of two ints that fit in an int64 result.
func fastIntArith(op vm.OpCode, x, y int64) (py.Object, bool) {
	switch op {
	case vm.BINARY_ADD:
		if s := x + y; (s > x) == (y > 0) {
			return py.Int(s), true
		}
	case vm.BINARY_SUBTRACT:
		if d := x - y; (d < x) == (y > 0) {
			return py.Int(d), true
		}
	case vm.BINARY_MULTIPLY:
		if x == 0 || y == 0 {
			return py.Int(0), true
		}
		if p := x * y; p/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
			return py.Int(p), true
		}
	}
	return nil, false
}

type fastUnary struct {
	op   vm.OpCode
	x    fastNode
	line int
}

func (u *fastUnary) eval(f *fastRun) (py.Object, error) {
	x, err := u.x.eval(f)
	if err != nil {
		return nil, err
	}
	v, err := builtins.Unary(f.st, u.op, x)
	if err != nil {
		f.fail(u.line)
	}
	return v, err
}

type fastCompare struct {
	op   int32
	l, r fastNode
	line int
}

func (c *fastCompare) eval(f *fastRun) (py.Object, error) {
	l, err := c.l.eval(f)
	if err != nil {
		return nil, err
	}
	r, err := c.r.eval(f)
	if err != nil {
		return nil, err
	}
	v, err := builtins.Compare(f.st, c.op, l, r)
	if err != nil {
		f.fail(c.line)
	}
	return v, err
}

type fastCall struct {
	fn   fastNode
	args []fastNode
	line int
}

func (c *fastCall) eval(f *fastRun) (py.Object, error) {
	fn, err := c.fn.eval(f)
	if err != nil {
		return nil, err
	}
	args := make(py.Tuple, len(c.args))
	for i, a := range c.args {
		if args[i], err = a.eval(f); err != nil {
			return nil, err
		}
	}
	v, err := py.Call(fn, args, nil)
	if err != nil {
		f.fail(c.line)
	}
	return v, err
}

// fail records the line of the innermost node that failed, and the line
// of a limit trip or policy block, as the VM's hooks do.
func (f *fastRun) fail(line int) {
	if f.line == 0 {
		f.line = line
	}
	f.st.NoteLine(line)
}

// exprLine is the line of x. gpython's parser leaves the position of a
// call (a trailer) unset: it is the line of the called expression.
func exprLine(x ast.Expr) int {
	for {
		if l := x.GetLineno(); l > 0 {
			return l
		}
		c, ok := x.(*ast.Call)
		if !ok {
			return 0
		}
		x = c.Func
	}
}
