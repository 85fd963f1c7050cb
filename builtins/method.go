// This file defines method tables: the allowlist of the methods each
// builtin type offers to scripts, and the bound and unbound method objects
// that the attribute guard hands out.

package builtins

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Method is the Go implementation of one Python method of a builtin type.
// self is the receiver, already checked to be of the table's type.
type Method func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)

// MethodTable maps Python method names to their implementations. A name
// missing from a type's table does not exist for scripts.
type MethodTable map[string]Method

// methodTables returns the method table of every builtin type pyfence
// serves attributes of. Built once; never written afterwards.
var methodTables = sync.OnceValue(func() map[*py.Type]MethodTable {
	return map[*py.Type]MethodTable{
		py.StringType:  strMethods(),
		py.ListType:    listMethods(),
		py.TupleType:   tupleMethods(),
		py.IntType:     intMethods(),
		py.BigIntType:  intMethods(),
		py.BoolType:    intMethods(),
		py.FloatType:   floatMethods(),
		py.BytesType:   bytesMethods(),
		py.RangeType:   rangeMethods(),
		DictType:       dictMethods(),
		SetType:        setMethods(),
		FrozenSetType:  frozensetMethods(),
		DictKeysType:   dictKeysMethods(),
		DictItemsType:  dictKeysMethods(),
		DictValuesType: dictValuesMethods(),
	}
})

// tableOf returns the method table of t, or nil.
func tableOf(t *py.Type) MethodTable {
	if m, ok := methodTables()[t]; ok {
		return m
	}
	if c := nativeClassOf(t); c != nil {
		return c.methods
	}
	return nil
}

// MethodNames returns the sorted method names of t, for dir().
func MethodNames(t *py.Type) []string {
	var names []string
	for n := range tableOf(t) {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// boundMethod is a method of a builtin value bound to its receiver and
// to the run that looked it up.
type boundMethod struct {
	st   *run.State
	self py.Object
	name string
	fn   Method
}

func (m *boundMethod) Type() *py.Type { return builtinFunctionType }

func (m *boundMethod) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	return m.fn(m.st, m.self, args, kw)
}

func (m *boundMethod) M__repr__() (py.Object, error) {
	return py.String("<built-in method " + m.name + " of " + m.self.Type().Name + " object>"), nil
}

// unboundMethod is a method looked up on the type: str.upper('x').
type unboundMethod struct {
	st   *run.State
	typ  *py.Type
	name string
	fn   Method
}

func (m *unboundMethod) Type() *py.Type { return methodDescriptorType }

func (m *unboundMethod) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", m.typ.Name, m.name)
	}
	if tableOf(args[0].Type()) == nil || !sameTable(args[0].Type(), m.typ) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.name, m.typ.Name, args[0].Type().Name)
	}
	return m.fn(m.st, args[0], args[1:], kw)
}

func (m *unboundMethod) M__repr__() (py.Object, error) {
	return py.String("<method '" + m.name + "' of '" + m.typ.Name + "' objects>"), nil
}

var methodDescriptorType = py.NewType("method_descriptor", "")

func sameTable(a, b *py.Type) bool {
	if a == b {
		return true
	}
	// The dict subclasses built in Go (collections.Counter, ...) are
	// *Dict values: dict's methods apply to them.
	if b == DictType && a.Base == DictType {
		return true
	}
	ints := map[*py.Type]bool{py.IntType: true, py.BigIntType: true, py.BoolType: true}
	return ints[a] && ints[b]
}

// lookupMethod returns the bound method name of obj, if obj's type has a
// table and the table has the name.
func lookupMethod(st *run.State, obj py.Object, name string) (py.Object, bool) {
	t := tableOf(obj.Type())
	if t == nil {
		return nil, false
	}
	fn, ok := t[name]
	if !ok {
		return nil, false
	}
	return &boundMethod{st: st, self: obj, name: name, fn: fn}, true
}
