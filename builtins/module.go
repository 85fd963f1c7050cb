// This file defines the safe standard modules: their registry, the
// per-run import, and the native classes modules implement in Go.
//
// A module is built afresh for every run that imports it (at its first
// import; later imports in the same run get the same object), so nothing
// a script does to a module or through it reaches another run. Module
// attributes are read-only for scripts (rule readonly-attr), and a module
// has no attribute whose name starts with an underscore.

package builtins

import (
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// moduleSpec describes one safe standard module.
type moduleSpec struct {
	name string
	// classes are the Go-implemented classes the module defines.
	classes []*nativeClass
	// build returns the module's public members bound to st. It runs once
	// per run, at the module's first import.
	build func(st *run.State) (py.StringDict, error)
}

// nativeClass is a Python class implemented in Go by a module, such as
// datetime.date or collections.deque. Scripts see it through a type
// facade: calling the class runs ctor, cls.name serves static and
// methods, and the attribute guard serves methods and attrs of its
// instances. Nothing else of the Go value is reachable.
type nativeClass struct {
	// typ is the class's canonical type. Its Name is CPython's qualified
	// type name ("datetime.date", "collections.deque"), which CPython
	// uses in reprs and error messages.
	typ *py.Type
	// ctor creates an instance; nil means the class cannot be called
	// ("cannot create 're.Pattern' instances").
	ctor builtinFunc
	// methods are the instance methods.
	methods MethodTable
	// static are class and static methods, reached as cls.name
	// (date.fromisoformat, Decimal.from_float).
	static map[string]StaticFunc
	// attrs serves data attributes of instances (date.year, deque.maxlen);
	// it reports false for a name it does not have. May be nil.
	attrs func(st *run.State, self py.Object, name string) (py.Object, bool, error)
	// consts are data attributes of the class itself (date.min,
	// timezone.utc). The values must be immutable: they are shared by
	// every run. May be nil.
	consts map[string]py.Object
	// setAttr serves obj.name = value for instances with writable data
	// attributes (decimal.Context.prec); handled is false for a name it
	// does not serve. May be nil.
	setAttr func(st *run.State, self py.Object, name string, value py.Object) (handled bool, err error)
}

// nativeStringer is implemented by native objects whose str differs from
// their repr (str(date) is '2024-01-31'); Str calls pfStr.
type nativeStringer interface {
	pfStr(st *run.State) (string, error)
}

// nativeFormatter is implemented by native objects with a __format__ of
// their own (format(d, '%Y'), f'{d:%H:%M}'); Format calls pfFormat for
// every spec, the empty one included.
type nativeFormatter interface {
	pfFormat(st *run.State, spec string) (string, error)
}

// nativeNumber is implemented by native numbers that int(), float(),
// round() and divmod() accept (decimal.Decimal). ndigits is None when
// round() has one argument.
type nativeNumber interface {
	pfInt(st *run.State) (py.Object, error)
	pfFloat(st *run.State) (py.Object, error)
	pfRound(st *run.State, ndigits py.Object) (py.Object, error)
}

// nativeArith is implemented by native numbers (decimal.Decimal), which
// compute the arithmetic operators where they are either operand:
// gpython's int and float would otherwise see them first and fail.
// method is the operator's special method name ("__add__"); reflected
// is true when the native number is the right operand. It returns
// py.NotImplemented for operands it does not take.
type nativeArith interface {
	pfBinary(st *run.State, method string, other py.Object, reflected bool) (py.Object, error)
}

// nativeBinary applies op when a or b is a native number. handled is
// false when neither is.
func nativeBinary(st *run.State, op *binaryOp, a, b py.Object) (res py.Object, handled bool, err error) {
	x, okA := a.(nativeArith)
	y, okB := b.(nativeArith)
	if !okA && !okB {
		return nil, false, nil
	}
	if okA {
		if r, err := x.pfBinary(st, op.method, b, false); err != nil || r != py.NotImplemented {
			return r, true, err
		}
	}
	if okB {
		if r, err := y.pfBinary(st, op.method, a, true); err != nil || r != py.NotImplemented {
			return r, true, err
		}
	}
	return nil, true, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
		op.symbol, typeName(a), typeName(b))
}

// nativeSetAttr serves obj.name = value for instances of native classes
// with writable attributes. handled is false when obj has none of that
// name.
func nativeSetAttr(st *run.State, obj py.Object, name string, value py.Object) (handled bool, err error) {
	c := nativeClassOf(obj.Type())
	if c == nil || c.setAttr == nil || IsDunder(name) {
		return false, nil
	}
	return c.setAttr(st, obj, name, value)
}

// nativeReprer is implemented by native objects whose repr shows other
// values (deque([1, 2]), Counter({'a': 1})): they write through the
// reprer, which keeps repr cycle-safe, depth-limited and metered. Call
// r.repr(x, depth+1) for each contained value and write text to r.b.
type nativeReprer interface {
	pfRepr(r *reprer, depth int) error
}

// moduleSpecs returns every safe standard module by name. Built once;
// never written afterwards.
var moduleSpecs = sync.OnceValue(func() map[string]*moduleSpec {
	specs := map[string]*moduleSpec{}
	for _, s := range []*moduleSpec{
		mathModule(), jsonModule(), reModule(), datetimeModule(), decimalModule(),
		collectionsModule(), itertoolsModule(), functoolsModule(), operatorModule(),
		stringModule(), randomModule(), statisticsModule(), bisectModule(), heapqModule(),
	} {
		if s == nil {
			continue
		}
		specs[s.name] = s
	}
	return specs
})

// nativeClasses maps the canonical type of every native class of every
// module to its description. Built once; never written afterwards.
var nativeClasses = sync.OnceValue(func() map[*py.Type]*nativeClass {
	m := map[*py.Type]*nativeClass{}
	for _, s := range moduleSpecs() {
		for _, c := range s.classes {
			m[c.typ] = c
		}
	}
	return m
})

// nativeClassOf returns the native class of t, or nil.
func nativeClassOf(t *py.Type) *nativeClass {
	return nativeClasses()[t]
}

// ModuleNames returns the sorted names of the modules scripts may be
// allowed to import.
func ModuleNames() []string {
	var names []string
	for n := range moduleSpecs() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Import returns the module name for the run st, building it at its first
// import in the run. The caller has checked that the script may import
// it; Import reports a policy block for a name that is not a module.
func Import(st *run.State, name string) (py.Object, error) {
	if m, ok := st.Modules[name]; ok {
		return m, nil
	}
	spec, ok := moduleSpecs()[name]
	if !ok {
		return nil, st.Deny(ruleImport, "import of module '%s'", name)
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	members, err := spec.build(st)
	if err != nil {
		return nil, err
	}
	g := py.StringDict{"__name__": py.String(name)}
	for n, v := range members {
		if strings.HasPrefix(n, "_") {
			panic("builtins: module " + name + " exports private name " + n)
		}
		g[n] = v
	}
	m := &py.Module{Globals: g, Context: st.Py}
	if st.Modules == nil {
		st.Modules = map[string]py.Object{}
	}
	st.Modules[name] = m
	return m, nil
}

// classFacade returns the value a module binds the name of a native
// class to in the run st.
func classFacade(st *run.State, c *nativeClass) py.Object {
	return typeFacade{st: st, t: c.typ}
}

// nativeAttr serves obj.name for instances of native classes with data
// attributes. ok is false when obj is not such an instance or has no
// attribute name.
func nativeAttr(st *run.State, obj py.Object, name string) (v py.Object, ok bool, err error) {
	c := nativeClassOf(obj.Type())
	if c == nil || c.attrs == nil || IsDunder(name) {
		return nil, false, nil
	}
	return c.attrs(st, obj, name)
}

// moduleFunc wraps a Go function as a module function bound to st.
func moduleFunc(st *run.State, name string, fn builtinFunc) py.Object {
	return &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		return fn(st, args, kw)
	}}
}
