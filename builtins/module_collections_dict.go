// This file defines the dict subclasses of the collections module that
// are pyfence dicts with an extension: defaultdict and OrderedDict (Counter
// is in module_collections_counter.go), and the hooks through which a
// *Dict consults its extension (missing keys, repr, equality, operators).

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// extBinary dispatches an operator of a dict to its extension.
func (d *Dict) extBinary(op string, other py.Object) (py.Object, error) {
	if d.ext == nil {
		return py.NotImplemented, nil
	}
	return d.ext.binary(d.t.state(), d, op, other)
}

// M__add__ is d + other, which only Counter defines.
func (d *Dict) M__add__(other py.Object) (py.Object, error) { return d.extBinary("+", other) }

// M__radd__ is other + d, which no dict defines.
func (d *Dict) M__radd__(other py.Object) (py.Object, error) { return d.extBinary("r+", other) }

// M__iadd__ is d += other, which only Counter defines.
func (d *Dict) M__iadd__(other py.Object) (py.Object, error) { return d.extBinary("+=", other) }

// M__sub__ is d - other, which only Counter defines.
func (d *Dict) M__sub__(other py.Object) (py.Object, error) { return d.extBinary("-", other) }

// M__rsub__ is other - d, which no dict defines.
func (d *Dict) M__rsub__(other py.Object) (py.Object, error) { return d.extBinary("r-", other) }

// M__isub__ is d -= other, which only Counter defines.
func (d *Dict) M__isub__(other py.Object) (py.Object, error) { return d.extBinary("-=", other) }

// M__and__ is d & other, which only Counter defines.
func (d *Dict) M__and__(other py.Object) (py.Object, error) { return d.extBinary("&", other) }

// M__rand__ is other & d, which no dict defines.
func (d *Dict) M__rand__(other py.Object) (py.Object, error) { return d.extBinary("r&", other) }

// M__iand__ is d &= other, which only Counter defines.
func (d *Dict) M__iand__(other py.Object) (py.Object, error) { return d.extBinary("&=", other) }

// M__pos__ is +d, which only Counter defines.
func (d *Dict) M__pos__() (py.Object, error) { return d.unary("pos", "+") }

// M__neg__ is -d, which only Counter defines.
func (d *Dict) M__neg__() (py.Object, error) { return d.unary("neg", "-") }

// unary is +d or -d: the extension's, else CPython's TypeError.
func (d *Dict) unary(op, sym string) (py.Object, error) {
	res, err := d.extBinary(op, nil)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", sym, d.Type().Name)
}

// isDict reports whether o is a dict (pyfence's, gpython's, or one of
// their subclasses).
func isDict(o py.Object) bool {
	switch o.(type) {
	case *Dict, py.StringDict:
		return true
	}
	return false
}

// copyDictExt returns a copy of d with the extension ext.
func copyDictExt(st *run.State, d *Dict, ext dictExt) (*Dict, error) {
	res := newDictIn(st)
	if err := res.t.copyFrom(st, &d.t); err != nil {
		return nil, err
	}
	res.ext = ext
	return res, nil
}

// dictOrOp is the | of defaultdict and OrderedDict (PEP 584): a new dict of
// d's class holding d's items then other's (for "r|", other's then d's),
// or d.update(other) for "|=".
func dictOrOp(st *run.State, d *Dict, op string, other py.Object) (py.Object, error) {
	switch op {
	case "|=":
		if err := dictUpdateArg(st, d, other); err != nil {
			return nil, err
		}
		return d, nil
	case "|", "r|":
	default:
		return py.NotImplemented, nil
	}
	if !isDict(other) {
		return py.NotImplemented, nil
	}
	res := newDictIn(st)
	res.ext = d.ext
	if e, ok := d.ext.(*defaultDictExt); ok {
		res.ext = &defaultDictExt{factory: e.factory}
	}
	first, second := py.Object(d), other
	if op == "r|" {
		first, second = other, d
	}
	if err := dictMerge(st, res, first); err != nil {
		return nil, err
	}
	if err := dictMerge(st, res, second); err != nil {
		return nil, err
	}
	return res, nil
}

// dictCtorArgs checks the arguments of the dict subclasses' constructors
// and returns the optional positional one (nil when absent).
func dictCtorArgs(name string, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return nil, nil
}

// fillDict adds to d the items of arg (a mapping or an iterable of pairs,
// nil for none) then the keyword arguments, as dict() does.
func fillDict(st *run.State, d *Dict, arg py.Object, kw py.StringDict) error {
	if arg != nil {
		if n, ok := distinctLen(arg); ok {
			if err := d.t.reserve(st, n); err != nil {
				return err
			}
		}
		if err := dictUpdateArg(st, d, arg); err != nil {
			return err
		}
	}
	return dictAddKeywords(st, d, kw)
}

// ---- defaultdict ----

// defaultDictExt is the extension of a defaultdict: its default factory
// (nil for None).
type defaultDictExt struct {
	factory py.Object
}

// extType is defaultdict.
func (e *defaultDictExt) extType() *py.Type { return defaultDictType }

// missing calls the default factory and stores its result, as
// defaultdict.__missing__ does.
func (e *defaultDictExt) missing(st *run.State, d *Dict, key py.Object) (py.Object, error) {
	if e.factory == nil {
		return nil, keyError(key)
	}
	if err := st.Enter(); err != nil {
		return nil, err
	}
	defer st.Leave()
	v, err := py.Call(e.factory, nil, nil)
	if err != nil {
		return nil, err
	}
	if err := d.SetItem(st, key, v); err != nil {
		return nil, err
	}
	return v, nil
}

// quietDelete: del of a missing key raises KeyError, as for dict.
func (e *defaultDictExt) quietDelete() bool { return false }

// setAttr writes default_factory: any value (CPython checks it only
// when it calls it); None or deletion for none.
func (e *defaultDictExt) setAttr(st *run.State, name string, value py.Object) (bool, error) {
	if name != "default_factory" {
		return false, nil
	}
	e.factory = value
	if value == py.None {
		e.factory = nil
	}
	return true, nil
}

// equal: a defaultdict compares as a plain dict.
func (e *defaultDictExt) equal(*run.State, *Dict, *Dict, int) (bool, bool, error) {
	return false, false, nil
}

// order: defaultdicts are not ordered.
func (e *defaultDictExt) order(*run.State, *Dict, string, py.Object) (py.Object, bool, error) {
	return nil, false, nil
}

// binary is the | of defaultdict; it defines no other operator.
func (e *defaultDictExt) binary(st *run.State, d *Dict, op string, other py.Object) (py.Object, error) {
	return dictOrOp(st, d, op, other)
}

// repr writes defaultdict(<factory>, {...}).
func (e *defaultDictExt) repr(r *reprer, d *Dict, depth int) error {
	r.b.WriteString("defaultdict(")
	if e.factory == nil {
		r.b.WriteString("None")
	} else if err := r.repr(e.factory, depth+1); err != nil {
		return err
	}
	r.b.WriteString(", ")
	if err := r.dictBody(d, depth); err != nil {
		return err
	}
	r.b.WriteString(")")
	return nil
}

// defaultDictClass describes collections.defaultdict.
// https://docs.python.org/3.11/library/collections.html#collections.defaultdict
func defaultDictClass() *nativeClass {
	return &nativeClass{
		typ:  defaultDictType,
		ctor: newDefaultDict,
		methods: withMethods(dictMethods(), MethodTable{
			"copy":     defaultDictCopy,
			"fromkeys": defaultDictFromkeys,
		}),
		static: map[string]StaticFunc{
			"fromkeys": func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return defaultDictFromkeys(st, nil, args, kw)
			},
		},
		attrs: func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
			d, ok := self.(*Dict)
			if !ok || name != "default_factory" {
				return nil, false, nil
			}
			if e, ok := d.ext.(*defaultDictExt); ok && e.factory != nil {
				return e.factory, true, nil
			}
			return py.None, true, nil
		},
	}
}

// newDefaultDict is defaultdict(default_factory=None, /, [mapping or
// iterable], **kwargs).
// https://docs.python.org/3.11/library/collections.html#collections.defaultdict
func newDefaultDict(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	ext := &defaultDictExt{}
	if len(args) > 0 {
		if f := args[0]; f != py.None {
			if !isCallable(f) {
				return nil, py.ExceptionNewf(py.TypeError, "first argument must be callable or None")
			}
			ext.factory = f
		}
		args = args[1:]
	}
	arg, err := dictCtorArgs("defaultdict", args)
	if err != nil {
		return nil, err
	}
	d := newDictIn(st)
	d.ext = ext
	if err := fillDict(st, d, arg, kw); err != nil {
		return nil, err
	}
	return d, nil
}

// defaultDictCopy is defaultdict.copy(): a shallow copy with the same
// factory.
// https://docs.python.org/3.11/library/collections.html#collections.defaultdict
func defaultDictCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("defaultdict.copy", args, kw); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	e, _ := d.ext.(*defaultDictExt)
	if e == nil {
		e = &defaultDictExt{}
	}
	return copyDictExt(st, d, &defaultDictExt{factory: e.factory})
}

// defaultDictFromkeys is defaultdict.fromkeys(iterable, value=None): a
// defaultdict without a factory.
// https://docs.python.org/3.11/library/stdtypes.html#dict.fromkeys
func defaultDictFromkeys(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	res, err := dictFromkeys(st, self, args, kw)
	if err != nil {
		return nil, err
	}
	d := res.(*Dict)
	d.ext = &defaultDictExt{}
	return d, nil
}

// ---- OrderedDict ----

// orderedDictExt is the extension of an OrderedDict. pyfence's dicts keep
// insertion order already; OrderedDict adds order-sensitive equality,
// move_to_end and popitem(last=False).
type orderedDictExt struct{}

// extType is OrderedDict.
func (e orderedDictExt) extType() *py.Type { return orderedDictType }

// missing raises KeyError, as dict does.
func (e orderedDictExt) missing(st *run.State, d *Dict, key py.Object) (py.Object, error) {
	return nil, keyError(key)
}

// quietDelete: del of a missing key raises KeyError, as for dict.
func (e orderedDictExt) quietDelete() bool { return false }

// equal compares two OrderedDicts in order: equal items at equal places.
// Against another dict, the plain comparison applies.
func (e orderedDictExt) equal(st *run.State, d, other *Dict, depth int) (bool, bool, error) {
	if other.Type() != orderedDictType {
		return false, false, nil
	}
	a, b := d.Items(), other.Items()
	if len(a) != len(b) {
		return false, true, nil
	}
	if err := st.Charge(int64(len(a)) + 1); err != nil {
		return false, true, err
	}
	for i := range a {
		for j := 0; j < 2; j++ {
			eq, err := equalDepth(st, a[i][j], b[i][j], depth+1)
			if err != nil || !eq {
				return false, true, err
			}
		}
	}
	return true, true, nil
}

// order: OrderedDicts are not ordered.
func (e orderedDictExt) order(*run.State, *Dict, string, py.Object) (py.Object, bool, error) {
	return nil, false, nil
}

// binary is the | of OrderedDict; it defines no other operator.
func (e orderedDictExt) binary(st *run.State, d *Dict, op string, other py.Object) (py.Object, error) {
	return dictOrOp(st, d, op, other)
}

// repr writes OrderedDict([(k, v), ...]) as CPython 3.11 does, and
// OrderedDict() when empty, ... when the dict contains itself.
func (e orderedDictExt) repr(r *reprer, d *Dict, depth int) error {
	if r.onStack(d) {
		r.b.WriteString("...")
		return nil
	}
	if d.Len() == 0 {
		r.b.WriteString("OrderedDict()")
		return nil
	}
	r.stack = append(r.stack, d)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString("OrderedDict([")
	n := 0
	for i := 0; i < len(d.t.entries); i++ {
		ent := d.t.entries[i]
		if ent.key == nil {
			continue
		}
		if n > 0 {
			r.b.WriteString(", ")
		}
		n++
		r.b.WriteString("(")
		if err := r.repr(ent.key, depth+1); err != nil {
			return err
		}
		r.b.WriteString(", ")
		if err := r.repr(ent.value, depth+1); err != nil {
			return err
		}
		r.b.WriteString(")")
	}
	r.b.WriteString("])")
	return nil
}

// orderedDictClass describes collections.OrderedDict.
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict
func orderedDictClass() *nativeClass {
	return &nativeClass{
		typ:  orderedDictType,
		ctor: newOrderedDict,
		methods: withMethods(dictMethods(), MethodTable{
			"copy":        orderedDictCopy,
			"fromkeys":    orderedDictFromkeys,
			"popitem":     orderedDictPopitem,
			"move_to_end": orderedDictMoveToEnd,
		}),
		static: map[string]StaticFunc{
			"fromkeys": func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return orderedDictFromkeys(st, nil, args, kw)
			},
		},
	}
}

// newOrderedDict is OrderedDict([mapping or iterable], **kwargs).
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict
func newOrderedDict(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "expected at most 1 arguments, got %d", len(args))
	}
	var arg py.Object
	if len(args) == 1 {
		arg = args[0]
	}
	d := newDictIn(st)
	d.ext = orderedDictExt{}
	if err := fillDict(st, d, arg, kw); err != nil {
		return nil, err
	}
	return d, nil
}

// orderedDictCopy is OrderedDict.copy().
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict
func orderedDictCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("OrderedDict.copy", args, kw); err != nil {
		return nil, err
	}
	return copyDictExt(st, self.(*Dict), orderedDictExt{})
}

// orderedDictFromkeys is OrderedDict.fromkeys(iterable, value=None).
// https://docs.python.org/3.11/library/stdtypes.html#dict.fromkeys
func orderedDictFromkeys(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	res, err := dictFromkeys(st, self, args, kw)
	if err != nil {
		return nil, err
	}
	d := res.(*Dict)
	d.ext = orderedDictExt{}
	return d, nil
}

// orderedDictPopitem is OrderedDict.popitem(last=True): the newest item,
// or the oldest when last is false.
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict.popitem
func orderedDictPopitem(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	last := true
	if err := UnpackArgs("popitem", args, kw, "last?", &last); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	d.t.bind(st)
	i := d.t.first()
	if last {
		i = d.t.last()
	}
	if i < 0 {
		return nil, py.ExceptionNewf(py.KeyError, "dictionary is empty")
	}
	e := d.t.entries[i]
	d.t.removeAt(st, i)
	return py.Tuple{e.key, e.value}, nil
}

// orderedDictMoveToEnd is OrderedDict.move_to_end(key, last=True).
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict.move_to_end
func orderedDictMoveToEnd(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var key py.Object
	last := true
	if err := UnpackArgs("move_to_end", args, kw, "key", &key, "last?", &last); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	i, h, err := d.t.lookup(st, key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, keyError(key)
	}
	e := d.t.entries[i]
	// Iterators of the dict see the keys move.
	d.t.moved++
	if last {
		if i == d.t.last() {
			return py.None, nil
		}
		d.t.removeAt(st, i)
		if _, err := d.t.setHashed(st, -1, e.key, h, e.value); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	// Move to the front: shift the entries before it up by one. It is
	// work in proportion to the position.
	if err := st.Charge(int64(i) + 1); err != nil {
		return nil, err
	}
	copy(d.t.entries[1:i+1], d.t.entries[:i])
	d.t.entries[0] = e
	d.t.head = 0
	d.t.reindex()
	d.t.moved++
	return py.None, nil
}
