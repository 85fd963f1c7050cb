// This file defines pyfence's dict: insertion-ordered, any hashable key.

package builtins

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// DictType is the type of pyfence's dict.
var DictType = py.NewType("dict", "dict() -> new empty dictionary")

// Dict is pyfence's dict: keys of any hashable type, compared as CPython
// compares them (1, 1.0 and True are one key), iterated in insertion
// order. Every display, comprehension and dict() call of a script makes
// one.
//
// A dict belongs to one run: it keeps the run state of the first call that
// passes one, and the methods gpython calls without a state (d[k], len,
// iteration, ==) meter against it. Its zero value is an empty dict, ready
// to use.
type Dict struct {
	t hashTable
	// ext makes the dict an instance of a dict subclass implemented in
	// Go (collections.defaultdict, OrderedDict, Counter); nil for a
	// plain dict.
	ext dictExt
}

var (
	_ py.I__getitem__  = (*Dict)(nil)
	_ py.I__setitem__  = (*Dict)(nil)
	_ py.I__delitem__  = (*Dict)(nil)
	_ py.I__len__      = (*Dict)(nil)
	_ py.I__bool__     = (*Dict)(nil)
	_ py.I__iter__     = (*Dict)(nil)
	_ py.I__contains__ = (*Dict)(nil)
	_ py.I__reversed__ = (*Dict)(nil)
	_ py.I__eq__       = (*Dict)(nil)
	_ py.I__ne__       = (*Dict)(nil)
	_ py.I__or__       = (*Dict)(nil)
	_ py.I__ror__      = (*Dict)(nil)
	_ py.I__ior__      = (*Dict)(nil)
	_ py.I__repr__     = (*Dict)(nil)
)

// Type implements py.Object.
func (d *Dict) Type() *py.Type {
	if d.ext != nil {
		return d.ext.extType()
	}
	return DictType
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// newDictIn returns an empty dict of the run st.
func newDictIn(st *run.State) *Dict {
	d := &Dict{}
	d.t.bind(st)
	return d
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.t.len() }

// GetItem returns d[key] and whether it is present. It raises CPython's
// TypeError for an unhashable key.
func (d *Dict) GetItem(st *run.State, key py.Object) (py.Object, bool, error) {
	return d.t.get(st, key)
}

// SetItem does d[key] = value.
func (d *Dict) SetItem(st *run.State, key, value py.Object) error {
	_, err := d.t.set(st, key, value)
	return err
}

// DelItem does del d[key], reporting whether key was present (a missing
// key is not an error here).
func (d *Dict) DelItem(st *run.State, key py.Object) (bool, error) {
	_, ok, err := d.t.remove(st, key)
	return ok, err
}

// Items returns the items in insertion order (a snapshot).
func (d *Dict) Items() [][2]py.Object {
	res := make([][2]py.Object, 0, d.t.live)
	for _, e := range d.t.entries {
		if e.key != nil {
			res = append(res, [2]py.Object{e.key, e.value})
		}
	}
	return res
}

// Keys returns the keys in insertion order (a snapshot).
func (d *Dict) Keys() []py.Object {
	res := make([]py.Object, 0, d.t.live)
	for _, e := range d.t.entries {
		if e.key != nil {
			res = append(res, e.key)
		}
	}
	return res
}

// keyError is CPython's KeyError for key: its one argument is the key.
func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
}

// M__getitem__ is d[key].
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := d.t.get(d.t.state(), key)
	if err != nil {
		return nil, err
	}
	if !ok {
		if d.ext != nil {
			return d.ext.missing(d.t.state(), d, key)
		}
		return nil, keyError(key)
	}
	return v, nil
}

// M__setitem__ is d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	if _, err := d.t.set(d.t.state(), key, value); err != nil {
		return nil, err
	}
	return py.None, nil
}

// M__delitem__ is del d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	_, ok, err := d.t.remove(d.t.state(), key)
	if err != nil {
		return nil, err
	}
	if !ok && (d.ext == nil || !d.ext.quietDelete()) {
		return nil, keyError(key)
	}
	return py.None, nil
}

// M__len__ is len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.t.len()), nil }

// M__bool__ is bool(d).
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.t.len() > 0), nil }

// M__iter__ is iter(d): the keys, in insertion order.
func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, viewKeys), nil }

// M__reversed__ is reversed(d): the keys, newest first.
func (d *Dict) M__reversed__() (py.Object, error) { return newDictRevIter(d, viewKeys), nil }

// M__contains__ is key in d.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.t.get(d.t.state(), key)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// M__eq__ is d == other, for dicts.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	switch other.(type) {
	case *Dict, py.StringDict:
	default:
		return py.NotImplemented, nil
	}
	st := d.t.state()
	if err := st.Enter(); err != nil {
		return nil, err
	}
	defer st.Leave()
	eq, err := mappingEqual(st, d, other, 0)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ is d != other, for dicts.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	r, err := d.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

func (d *Dict) order(op string, other py.Object) (py.Object, error) {
	if d.ext != nil {
		if res, ok, err := d.ext.order(d.t.state(), d, op, other); ok {
			return res, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, d.Type().Name, other.Type().Name)
}

// M__lt__ raises CPython's TypeError: dicts are not ordered.
func (d *Dict) M__lt__(other py.Object) (py.Object, error) { return d.order("<", other) }

// M__le__ raises CPython's TypeError: dicts are not ordered.
func (d *Dict) M__le__(other py.Object) (py.Object, error) { return d.order("<=", other) }

// M__gt__ raises CPython's TypeError: dicts are not ordered.
func (d *Dict) M__gt__(other py.Object) (py.Object, error) { return d.order(">", other) }

// M__ge__ raises CPython's TypeError: dicts are not ordered.
func (d *Dict) M__ge__(other py.Object) (py.Object, error) { return d.order(">=", other) }

// M__or__ is d | other (PEP 584): a new dict.
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	if d.ext != nil {
		return d.ext.binary(d.t.state(), d, "|", other)
	}
	// A subclass on the right takes precedence, as in CPython.
	if o, ok := other.(*Dict); ok && o.ext != nil {
		if res, err := o.ext.binary(d.t.state(), o, "r|", d); err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	switch other.(type) {
	case *Dict, py.StringDict:
	default:
		return py.NotImplemented, nil
	}
	st := d.t.state()
	res := newDictIn(st)
	if err := res.t.copyFrom(st, &d.t); err != nil {
		return nil, err
	}
	if err := dictMerge(st, res, other); err != nil {
		return nil, err
	}
	return res, nil
}

// M__ror__ is other | d for a gpython dict other.
func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	if d.ext != nil {
		return d.ext.binary(d.t.state(), d, "r|", other)
	}
	if _, ok := other.(py.StringDict); !ok {
		return py.NotImplemented, nil
	}
	st := d.t.state()
	res := newDictIn(st)
	if err := dictMerge(st, res, other); err != nil {
		return nil, err
	}
	if err := dictMerge(st, res, d); err != nil {
		return nil, err
	}
	return res, nil
}

// M__ior__ is d |= other: d.update(other), which also takes an iterable
// of pairs.
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	if d.ext != nil {
		return d.ext.binary(d.t.state(), d, "|=", other)
	}
	if err := dictUpdateArg(d.t.state(), d, other); err != nil {
		return nil, err
	}
	return d, nil
}

// M__repr__ is repr(d).
func (d *Dict) M__repr__() (py.Object, error) {
	s, err := Repr(d.t.state(), d)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// dictExt is what a dict subclass implemented in Go adds to pyfence's
// dict (collections.defaultdict, OrderedDict, Counter). A *Dict with a
// non-nil ext is an instance of that subclass: every dict operation
// applies to it, and these methods refine some.
type dictExt interface {
	// extType is the class of the dict.
	extType() *py.Type
	// missing is d[key] for a key d does not hold (__missing__).
	missing(st *run.State, d *Dict, key py.Object) (py.Object, error)
	// quietDelete reports whether del d[key] ignores a missing key.
	quietDelete() bool
	// equal is d == other for a dict other; ok is false when the plain
	// comparison of dicts applies.
	equal(st *run.State, d, other *Dict, depth int) (eq, ok bool, err error)
	// order is d < other (op "<", "<=", ">", ">="); ok is false when the
	// class does not order dicts.
	order(st *run.State, d *Dict, op string, other py.Object) (res py.Object, ok bool, err error)
	// binary is d op other for "+", "-", "|", "&", their reflections
	// ("r|": other | d) and in-place forms ("|="), and the unary "pos"
	// and "neg" (other is nil). It returns py.NotImplemented for an
	// operation the class does not define.
	binary(st *run.State, d *Dict, op string, other py.Object) (py.Object, error)
	// repr writes repr(d).
	repr(r *reprer, d *Dict, depth int) error
}

// extEqual compares two dicts when the first has an extension with an
// equality of its own. ok is false when the plain comparison applies.
func extEqual(st *run.State, a, b py.Object, depth int) (eq, ok bool, err error) {
	da, okA := a.(*Dict)
	db, okB := b.(*Dict)
	if !okA || !okB || da.ext == nil {
		return false, false, nil
	}
	return da.ext.equal(st, da, db, depth)
}

// mappingEqual compares two dicts (pyfence's or gpython's) item by item.
func mappingEqual(st *run.State, a, b py.Object, depth int) (bool, error) {
	if eq, ok, err := extEqual(st, a, b, depth); ok {
		return eq, err
	}
	ea, okA := mappingEntries(a)
	eb, okB := mappingEntries(b)
	if !okA || !okB {
		return false, nil
	}
	if len(ea) != len(eb) {
		return false, nil
	}
	if err := st.Charge(int64(len(ea)) + 1); err != nil {
		return false, err
	}
	for _, e := range ea {
		v, ok, err := mappingGet(st, b, e[0])
		if err != nil || !ok {
			return false, err
		}
		eq, err := equalDepth(st, e[1], v, depth+1)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// mappingEntries returns the items of a pyfence or gpython dict (the
// latter sorted by key, for determinism).
func mappingEntries(o py.Object) ([][2]py.Object, bool) {
	switch m := o.(type) {
	case *Dict:
		return m.Items(), true
	case py.StringDict:
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		res := make([][2]py.Object, len(keys))
		for i, k := range keys {
			res[i] = [2]py.Object{py.String(k), m[k]}
		}
		return res, true
	}
	return nil, false
}

func mappingGet(st *run.State, m py.Object, key py.Object) (py.Object, bool, error) {
	switch m := m.(type) {
	case *Dict:
		return m.t.get(st, key)
	case py.StringDict:
		k, ok := key.(py.String)
		if !ok {
			return nil, false, nil
		}
		v, ok := m[string(k)]
		return v, ok, nil
	}
	return nil, false, nil
}

// dictMerge copies the items of the dict src into d.
func dictMerge(st *run.State, d *Dict, src py.Object) error {
	items, _ := mappingEntries(src)
	if err := d.t.reserve(st, int64(len(items))); err != nil {
		return err
	}
	for _, it := range items {
		if err := st.Charge(1); err != nil {
			return err
		}
		if _, err := d.t.set(st, it[0], it[1]); err != nil {
			return err
		}
	}
	return nil
}

// mappingKeys returns the keys() of an instance of a script class that has
// a keys method (CPython's test for a mapping), or ok false.
func mappingKeys(st *run.State, o py.Object) (keys py.Object, ok bool, err error) {
	inst, isInst := isInstance(o)
	if !isInst {
		return nil, false, nil
	}
	// Not GetAttr: "keys" is no dunder, and the method tables (which
	// GetAttr serves) must not depend on themselves.
	fn, err := py.GetAttrString(inst, "keys")
	if err != nil {
		if !st.Failed() && py.IsException(py.AttributeError, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	keys, err = py.Call(fn, nil, nil)
	return keys, true, err
}

// dictUpdateArg is the positional argument of dict() and dict.update():
// a dict, an object with keys() and [], or an iterable of pairs.
func dictUpdateArg(st *run.State, d *Dict, arg py.Object) error {
	switch arg.(type) {
	case *Dict, py.StringDict:
		return dictMerge(st, d, arg)
	}
	keys, ok, err := mappingKeys(st, arg)
	if err != nil {
		return err
	}
	if ok {
		it, err := py.Iter(keys)
		if err != nil {
			if st.Failed() || !py.IsException(py.TypeError, err) {
				return err
			}
			return py.ExceptionNewf(py.TypeError, "%s.keys() returned a non-iterable (type %s)", arg.Type().Name, keys.Type().Name)
		}
		return tableIterate(st, it, func(k py.Object) error {
			v, err := py.GetItem(arg, k)
			if err != nil {
				return err
			}
			_, err = d.t.set(st, k, v)
			return err
		})
	}
	return dictAddPairs(st, d, arg)
}

// dictAddPairs adds the pairs of an iterable, with CPython's errors for
// items that are not pairs.
func dictAddPairs(st *run.State, d *Dict, iterable py.Object) error {
	i := 0
	return tableIterate(st, iterable, func(item py.Object) error {
		k, v, err := pairOf(st, item, i)
		if err != nil {
			return err
		}
		i++
		_, err = d.t.set(st, k, v)
		return err
	})
}

// pairOf unpacks element #i of a dict update sequence.
func pairOf(st *run.State, item py.Object, i int) (k, v py.Object, err error) {
	var xs []py.Object
	switch x := item.(type) {
	case py.Tuple:
		xs = x
	case *py.List:
		xs = x.Items
	default:
		it, err := py.Iter(item)
		if err != nil {
			if st.Failed() {
				return nil, nil, err
			}
			return nil, nil, py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		n := 0
		err = tableIterate(st, it, func(o py.Object) error {
			if n < 2 {
				xs = append(xs, o)
			}
			n++
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		if n != 2 {
			return nil, nil, py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, n)
		}
	}
	if len(xs) != 2 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(xs))
	}
	return xs[0], xs[1], nil
}

// dictAddKeywords adds keyword arguments, in sorted order: gpython does
// not keep the order in which they were written.
func dictAddKeywords(st *run.State, d *Dict, kw py.StringDict) error {
	if len(kw) == 0 {
		return nil
	}
	return dictMerge(st, d, kw)
}

// newDict is dict(...) as CPython: a mapping or an iterable of pairs, then
// keyword arguments.
// https://docs.python.org/3.11/library/stdtypes.html#dict
func newDict(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	var arg py.Object
	if err := UnpackArgs("dict", args, nil, "iterable?", &arg); err != nil {
		return nil, err
	}
	d := newDictIn(st)
	if arg != nil {
		if n, ok := distinctLen(arg); ok {
			if err := d.t.reserve(st, n); err != nil {
				return nil, err
			}
		}
		if err := dictUpdateArg(st, d, arg); err != nil {
			return nil, err
		}
	}
	if err := dictAddKeywords(st, d, kw); err != nil {
		return nil, err
	}
	return d, nil
}

// dictHelpers returns the injected helpers that build dicts for the AST
// rewrites: __pf_dict__(flat (k, v, k, v, ...) tuple), __pf_dict_pairs__
// (iterable of pairs), __pf_kw__ (dict to keyword arguments) and
// __pf_kwargs__ (collected **kwargs to dict).
func dictHelpers(st *run.State) map[string]py.Object {
	return map[string]py.Object{
		"__pf_dict__": &callable{name: "__pf_dict__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			var flat py.Object
			if err := UnpackArgs("__pf_dict__", args, kw, "items", &flat); err != nil {
				return nil, err
			}
			return dictFromFlat(st, flat)
		}},
		"__pf_dict_pairs__": &callable{name: "__pf_dict_pairs__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			var pairs py.Object
			if err := UnpackArgs("__pf_dict_pairs__", args, kw, "pairs", &pairs); err != nil {
				return nil, err
			}
			d := newDictIn(st)
			if err := dictAddPairs(st, d, pairs); err != nil {
				return nil, err
			}
			return d, nil
		}},
		"__pf_kw__": &callable{name: "__pf_kw__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			var m py.Object
			if err := UnpackArgs("__pf_kw__", args, kw, "mapping", &m); err != nil {
				return nil, err
			}
			return keywordsOf(st, m)
		}},
		"__pf_kwargs__": &callable{name: "__pf_kwargs__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			var m py.Object
			if err := UnpackArgs("__pf_kwargs__", args, kw, "kwargs", &m); err != nil {
				return nil, err
			}
			sd, ok := m.(py.StringDict)
			if !ok {
				return nil, py.ExceptionNewf(py.SystemError, "__pf_kwargs__ expects the collected keyword arguments")
			}
			d := newDictIn(st)
			if err := dictMerge(st, d, sd); err != nil {
				return nil, err
			}
			return d, nil
		}},
	}
}

// dictFromFlat builds the dict of a display {k1: v1, k2: v2, ...} from the
// tuple (k1, v1, k2, v2, ...), keys and values evaluated in that order.
func dictFromFlat(st *run.State, flat py.Object) (py.Object, error) {
	t, ok := flat.(py.Tuple)
	if !ok || len(t)%2 != 0 {
		return nil, py.ExceptionNewf(py.SystemError, "__pf_dict__ expects a flat tuple of keys and values")
	}
	d := newDictIn(st)
	for i := 0; i+1 < len(t); i += 2 {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		if _, err := d.t.set(st, t[i], t[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// keywordsOf converts the mapping of f(**m) to the keyword arguments
// gpython's VM takes. CPython names the function in its errors
// ("f() argument after ** must be a mapping"); pyfence cannot.
func keywordsOf(st *run.State, m py.Object) (py.StringDict, error) {
	switch x := m.(type) {
	case py.StringDict:
		return x.Copy(), nil
	case *Dict:
		sd := py.NewStringDictSized(x.Len())
		for _, it := range x.Items() {
			k, ok := it[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			sd[string(k)] = it[1]
		}
		return sd, nil
	}
	keys, ok, err := mappingKeys(st, m)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", m.Type().Name)
	}
	sd := py.StringDict{}
	err = tableIterate(st, keys, func(k py.Object) error {
		ks, ok := k.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		v, err := py.GetItem(m, k)
		if err != nil {
			return err
		}
		sd[string(ks)] = v
		return nil
	})
	return sd, err
}

func (r *reprer) dict(d *Dict, depth int) error {
	if d.ext != nil {
		return d.ext.repr(r, d, depth)
	}
	return r.dictBody(d, depth)
}

// dictBody writes the {k: v, ...} part of the repr of d, or {...} when d
// is being printed already.
func (r *reprer) dictBody(d *Dict, depth int) error {
	if r.onStack(d) {
		r.b.WriteString("{...}")
		return nil
	}
	r.stack = append(r.stack, d)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString("{")
	n := 0
	// Index by position: a __repr__ of the script may change the dict.
	for i := 0; i < len(d.t.entries); i++ {
		e := d.t.entries[i]
		if e.key == nil {
			continue
		}
		if n > 0 {
			r.b.WriteString(", ")
		}
		n++
		if err := r.repr(e.key, depth+1); err != nil {
			return err
		}
		r.b.WriteString(": ")
		if err := r.repr(e.value, depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString("}")
	return nil
}
