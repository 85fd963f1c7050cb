// This file defines the operator module. Every operator function goes
// through the guarded operators the instrumented opcodes use (Binary,
// Compare, Unary, Truth), so special methods of script classes, memory
// pre-checks and CPython's error messages apply alike; attrgetter and
// methodcaller look attributes up through the attribute guard, so a
// dunder name ends the run with the dunder-attr policy block.

package builtins

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// Types of the operator callables, with CPython's qualified names.
var (
	itemgetterType   = py.NewType("operator.itemgetter", "")
	attrgetterType   = py.NewType("operator.attrgetter", "")
	methodcallerType = py.NewType("operator.methodcaller", "")
)

// operatorBinaries maps the binary operator functions to their opcodes.
// Built by a function; never written.
func operatorBinaries() map[string]vm.OpCode {
	return map[string]vm.OpCode{
		"add": vm.BINARY_ADD, "sub": vm.BINARY_SUBTRACT, "mul": vm.BINARY_MULTIPLY,
		"truediv": vm.BINARY_TRUE_DIVIDE, "floordiv": vm.BINARY_FLOOR_DIVIDE, "mod": vm.BINARY_MODULO,
		"pow": vm.BINARY_POWER, "lshift": vm.BINARY_LSHIFT, "rshift": vm.BINARY_RSHIFT,
		"and_": vm.BINARY_AND, "or_": vm.BINARY_OR, "xor": vm.BINARY_XOR,
		"iadd": vm.INPLACE_ADD, "isub": vm.INPLACE_SUBTRACT, "imul": vm.INPLACE_MULTIPLY,
		"itruediv": vm.INPLACE_TRUE_DIVIDE, "ifloordiv": vm.INPLACE_FLOOR_DIVIDE, "imod": vm.INPLACE_MODULO,
		"ipow": vm.INPLACE_POWER, "ilshift": vm.INPLACE_LSHIFT, "irshift": vm.INPLACE_RSHIFT,
		"iand": vm.INPLACE_AND, "ior": vm.INPLACE_OR, "ixor": vm.INPLACE_XOR,
	}
}

// operatorCompares maps the comparison functions to their operators.
// Built by a function; never written.
func operatorCompares() map[string]int32 {
	return map[string]int32{
		"lt": vm.PyCmp_LT, "le": vm.PyCmp_LE, "eq": vm.PyCmp_EQ,
		"ne": vm.PyCmp_NE, "gt": vm.PyCmp_GT, "ge": vm.PyCmp_GE,
	}
}

// operatorUnaries maps the unary functions to their opcodes.
// Built by a function; never written.
func operatorUnaries() map[string]vm.OpCode {
	return map[string]vm.OpCode{
		"neg": vm.UNARY_NEGATIVE, "pos": vm.UNARY_POSITIVE,
		"invert": vm.UNARY_INVERT, "inv": vm.UNARY_INVERT,
	}
}

// operatorFuncs returns the other functions of the module. Built by a
// function; never written.
func operatorFuncs() map[string]builtinFunc {
	return map[string]builtinFunc{
		"not_": operatorNot, "truth": operatorTruth, "abs": operatorAbs, "index": operatorIndex,
		"is_": operatorIs, "is_not": operatorIsNot, "contains": operatorContains,
		"countOf": operatorCountOf, "indexOf": operatorIndexOf,
		"getitem": operatorGetitem, "setitem": operatorSetitem, "delitem": operatorDelitem,
		"concat": operatorConcat, "iconcat": operatorIconcat,
		"matmul": operatorMatmul, "imatmul": operatorMatmul,
		"length_hint": operatorLengthHint, "call": operatorCall,
	}
}

// operatorModule describes the operator module.
// https://docs.python.org/3.11/library/operator.html
func operatorModule() *moduleSpec {
	classes := map[string]*nativeClass{
		"itemgetter":   {typ: itemgetterType, ctor: newItemgetter},
		"attrgetter":   {typ: attrgetterType, ctor: newAttrgetter},
		"methodcaller": {typ: methodcallerType, ctor: newMethodcaller},
	}
	spec := &moduleSpec{name: "operator"}
	for _, c := range classes {
		spec.classes = append(spec.classes, c)
	}
	spec.build = func(st *run.State) (py.StringDict, error) {
		g := py.StringDict{}
		for name, op := range operatorBinaries() {
			g[name] = moduleFunc(st, name, operatorBinary(name, op))
		}
		for name, op := range operatorCompares() {
			g[name] = moduleFunc(st, name, operatorCompare(name, op))
		}
		for name, op := range operatorUnaries() {
			g[name] = moduleFunc(st, name, operatorUnary(name, op))
		}
		for name, fn := range operatorFuncs() {
			g[name] = moduleFunc(st, name, fn)
		}
		for name, c := range classes {
			g[name] = classFacade(st, c)
		}
		return g, nil
	}
	return spec
}

// operatorBinary returns operator.name(a, b): a op b.
// https://docs.python.org/3.11/library/operator.html#operator.add
func operatorBinary(name string, op vm.OpCode) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := positional(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return Binary(st, op, args[0], args[1])
	}
}

// operatorCompare returns operator.name(a, b): a op b.
// https://docs.python.org/3.11/library/operator.html#operator.lt
func operatorCompare(name string, op int32) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := positional(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return Compare(st, op, args[0], args[1])
	}
}

// operatorUnary returns operator.name(a): op a.
// https://docs.python.org/3.11/library/operator.html#operator.neg
func operatorUnary(name string, op vm.OpCode) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := opOneArg(name, args, kw); err != nil {
			return nil, err
		}
		return Unary(st, op, args[0])
	}
}

// opOneArg checks the arguments of the METH_O functions of _operator.
func opOneArg(name string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "_operator.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "_operator.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// operatorNot is not_(a).
// https://docs.python.org/3.11/library/operator.html#operator.not_
func operatorNot(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := opOneArg("not_", args, kw); err != nil {
		return nil, err
	}
	return Unary(st, vm.UNARY_NOT, args[0])
}

// operatorTruth is truth(a).
// https://docs.python.org/3.11/library/operator.html#operator.truth
func operatorTruth(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := opOneArg("truth", args, kw); err != nil {
		return nil, err
	}
	t, err := Truth(st, args[0])
	return py.NewBool(t), err
}

// operatorAbs is abs(a).
// https://docs.python.org/3.11/library/operator.html#operator.abs
func operatorAbs(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := opOneArg("abs", args, kw); err != nil {
		return nil, err
	}
	return builtinAbs(st, args, nil)
}

// operatorIndex is index(a).
// https://docs.python.org/3.11/library/operator.html#operator.index
func operatorIndex(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := opOneArg("index", args, kw); err != nil {
		return nil, err
	}
	v, err := indexBig(args[0])
	if err != nil {
		return nil, err
	}
	return intFromBig(v), nil
}

// operatorIs is is_(a, b).
// https://docs.python.org/3.11/library/operator.html#operator.is_
func operatorIs(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("is_", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return Compare(st, vm.PyCmp_IS, args[0], args[1])
}

// operatorIsNot is is_not(a, b).
// https://docs.python.org/3.11/library/operator.html#operator.is_not
func operatorIsNot(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("is_not", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return Compare(st, vm.PyCmp_IS_NOT, args[0], args[1])
}

// operatorContains is contains(a, b): b in a.
// https://docs.python.org/3.11/library/operator.html#operator.contains
func operatorContains(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("contains", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return Compare(st, vm.PyCmp_IN, args[1], args[0])
}

// seqIter is iter(seq) for countOf and indexOf, with their TypeError
// for a value that is not iterable.
func seqIter(st *run.State, seq py.Object) (py.Object, error) {
	it, err := iterOf(seq)
	if err != nil && !st.Failed() && py.IsException(py.TypeError, err) {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", typeName(seq))
	}
	return it, err
}

// operatorCountOf is countOf(a, b): how many elements of a are b or
// equal to it.
// https://docs.python.org/3.11/library/operator.html#operator.countOf
func operatorCountOf(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("countOf", args, kw, 2, 2); err != nil {
		return nil, err
	}
	it, err := seqIter(st, args[0])
	if err != nil {
		return nil, err
	}
	n := 0
	err = drain(st, it, func(v py.Object) (bool, error) {
		eq, err := Equal(st, v, args[1])
		if eq {
			n++
		}
		return err != nil, err
	})
	return py.Int(n), err
}

// operatorIndexOf is indexOf(a, b): the index of the first element of a
// that is b or equal to it.
// https://docs.python.org/3.11/library/operator.html#operator.indexOf
func operatorIndexOf(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("indexOf", args, kw, 2, 2); err != nil {
		return nil, err
	}
	it, err := seqIter(st, args[0])
	if err != nil {
		return nil, err
	}
	i, found := 0, false
	err = drain(st, it, func(v py.Object) (bool, error) {
		eq, err := Equal(st, v, args[1])
		if err != nil || eq {
			found = eq
			return true, err
		}
		i++
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
	}
	return py.Int(i), nil
}

// operatorGetitem is getitem(a, b): a[b].
// https://docs.python.org/3.11/library/operator.html#operator.getitem
func operatorGetitem(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("getitem", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	return py.GetItem(args[0], args[1])
}

// operatorSetitem is setitem(a, b, c): a[b] = c.
// https://docs.python.org/3.11/library/operator.html#operator.setitem
func operatorSetitem(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("setitem", args, kw, 3, 3); err != nil {
		return nil, err
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	if _, err := py.SetItem(args[0], args[1], args[2]); err != nil {
		return nil, err
	}
	return py.None, nil
}

// operatorDelitem is delitem(a, b): del a[b].
// https://docs.python.org/3.11/library/operator.html#operator.delitem
func operatorDelitem(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("delitem", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	if _, err := py.DelItem(args[0], args[1]); err != nil {
		return nil, err
	}
	return py.None, nil
}

// isSequence reports whether o is a sequence for concat: str, bytes,
// list, tuple, or a script instance with __getitem__.
func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, *py.List, py.Tuple:
		return true
	}
	if t, ok := isInstance(o); ok {
		return t.Type().Lookup("__getitem__") != nil
	}
	return false
}

// concat is a + b for sequences.
func concat(st *run.State, name string, op vm.OpCode, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional(name, args, kw, 2, 2); err != nil {
		return nil, err
	}
	if !isSequence(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object can't be concatenated", typeName(args[0]))
	}
	res, err := Binary(st, op, args[0], args[1])
	if err != nil && !st.Failed() && py.IsException(py.TypeError, err) {
		a, b := args[0], args[1]
		switch a.(type) {
		case *py.List, py.Tuple, py.String, py.Bytes:
			if typeName(a) != typeName(b) {
				if _, isStr := a.(py.String); isStr {
					return nil, py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", typeName(b))
				}
				return nil, py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", typeName(a), typeName(b), typeName(a))
			}
		}
	}
	return res, err
}

// operatorConcat is concat(a, b): a + b for sequences.
// https://docs.python.org/3.11/library/operator.html#operator.concat
func operatorConcat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return concat(st, "concat", vm.BINARY_ADD, args, kw)
}

// operatorIconcat is iconcat(a, b): a += b for sequences.
// https://docs.python.org/3.11/library/operator.html#operator.iconcat
func operatorIconcat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return concat(st, "iconcat", vm.INPLACE_ADD, args, kw)
}

// operatorMatmul is matmul(a, b): a @ b. No pyfence type defines @, so
// it is always CPython's TypeError.
// https://docs.python.org/3.11/library/operator.html#operator.matmul
func operatorMatmul(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("matmul", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for @: '%s' and '%s'", typeName(args[0]), typeName(args[1]))
}

// operatorLengthHint is length_hint(obj, default=0): len(obj) for sized
// objects, else default.
// https://docs.python.org/3.11/library/operator.html#operator.length_hint
func operatorLengthHint(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("length_hint", args, kw, 1, 2); err != nil {
		return nil, err
	}
	def := int64(0)
	if len(args) == 2 {
		if _, ok := intValue(args[1]); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
		var err error
		if def, err = indexValue(args[1]); err != nil {
			return nil, err
		}
	}
	o := args[0]
	sized := false
	switch o.(type) {
	case *py.List, py.Tuple, py.String, py.Bytes, *py.Range, *Dict, *Set:
		sized = true
	default:
		if t, ok := isInstance(o); ok {
			sized = t.Type().Lookup("__len__") != nil
		}
	}
	if !sized {
		return py.Int(def), nil
	}
	n, err := lenInt(o)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// operatorCall is call(obj, /, *args, **kwargs).
// https://docs.python.org/3.11/library/operator.html#operator.call
func operatorCall(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "call expected at least 1 argument, got 0")
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	return py.Call(args[0], args[1:], kw)
}

// getter is itemgetter, attrgetter or methodcaller.
type getter struct {
	st    *run.State
	typ   *py.Type
	items py.Tuple      // itemgetter's keys, attrgetter's names, methodcaller's name then arguments
	kw    []string      // methodcaller's keyword names, sorted
	kwv   py.StringDict // methodcaller's keyword arguments
}

// Type implements py.Object.
func (g *getter) Type() *py.Type { return g.typ }

// M__call__ applies the getter to obj.
func (g *getter) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	name := strings.TrimPrefix(g.typ.Name, "operator.")
	if err := positional(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	st, obj := g.st, args[0]
	if err := st.Charge(int64(len(g.items)) + 1); err != nil {
		return nil, err
	}
	switch g.typ {
	case methodcallerType:
		m, err := GetAttr(st, obj, string(g.items[0].(py.String)))
		if err != nil {
			return nil, err
		}
		return py.Call(m, g.items[1:], g.kwv)
	case attrgetterType:
		return g.many(func(name py.Object) (py.Object, error) {
			v := obj
			for _, part := range strings.Split(string(name.(py.String)), ".") {
				var err error
				if v, err = GetAttr(st, v, part); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}
	return g.many(func(key py.Object) (py.Object, error) { return py.GetItem(obj, key) })
}

// many applies get to the one item, or to each as a tuple.
func (g *getter) many(get func(py.Object) (py.Object, error)) (py.Object, error) {
	if len(g.items) == 1 {
		return get(g.items[0])
	}
	out := make(py.Tuple, len(g.items))
	for i, it := range g.items {
		v, err := get(it)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// M__repr__ is repr(g) for gpython's own formatting paths.
func (g *getter) M__repr__() (py.Object, error) {
	s, err := Repr(g.st, g)
	return py.String(s), err
}

// pfRepr writes operator.itemgetter(1, 'a'), operator.attrgetter('x')
// or operator.methodcaller('f', 1, b=2).
func (g *getter) pfRepr(r *reprer, depth int) error {
	if r.onStack(g) {
		r.b.WriteString(g.typ.Name + "(...)")
		return nil
	}
	r.stack = append(r.stack, g)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString(g.typ.Name + "(")
	for i, it := range g.items {
		if i > 0 {
			r.b.WriteString(", ")
		}
		if err := r.repr(it, depth+1); err != nil {
			return err
		}
	}
	for _, k := range g.kw {
		r.b.WriteString(fmt.Sprintf(", %s=", k))
		if err := r.repr(g.kwv[k], depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString(")")
	return nil
}

// newItemgetter is itemgetter(item, *items).
// https://docs.python.org/3.11/library/operator.html#operator.itemgetter
func newItemgetter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "itemgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "itemgetter expected 1 argument, got 0")
	}
	items, err := copyArgs(st, args)
	if err != nil {
		return nil, err
	}
	return &getter{st: st, typ: itemgetterType, items: items}, nil
}

// newAttrgetter is attrgetter(attr, *attrs). Names may be dotted; each
// part is looked up through the attribute guard when the getter is
// called.
// https://docs.python.org/3.11/library/operator.html#operator.attrgetter
func newAttrgetter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "attrgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "attrgetter expected 1 argument, got 0")
	}
	for _, a := range args {
		if _, ok := a.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
		}
	}
	items, err := copyArgs(st, args)
	if err != nil {
		return nil, err
	}
	return &getter{st: st, typ: attrgetterType, items: items}, nil
}

// newMethodcaller is methodcaller(name, /, *args, **kwargs). The method
// is looked up through the attribute guard when the caller is called.
// https://docs.python.org/3.11/library/operator.html#operator.methodcaller
func newMethodcaller(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "methodcaller needs at least one argument, the method name")
	}
	if _, ok := args[0].(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "method name must be a string")
	}
	items, err := copyArgs(st, args)
	if err != nil {
		return nil, err
	}
	g := &getter{st: st, typ: methodcallerType, items: items}
	if len(kw) > 0 {
		g.kw = sortedKeys(kw)
		g.kwv = py.StringDict{}
		for k, v := range kw {
			g.kwv[k] = v
		}
	}
	return g, nil
}

// M__eq__ is identity.
func (g *getter) M__eq__(other py.Object) (py.Object, error) { return identityEq(g, other) }

// M__ne__ is non-identity.
func (g *getter) M__ne__(other py.Object) (py.Object, error) { return identityNe(g, other) }
