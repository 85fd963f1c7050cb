// This file defines the views of a dict (keys(), values(), items()) and
// the iterators of dicts, views and sets.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// The types of dict views and of the iterators over dicts and sets.
var (
	DictKeysType          = py.NewType("dict_keys", "")
	DictValuesType        = py.NewType("dict_values", "")
	DictItemsType         = py.NewType("dict_items", "")
	dictKeyIteratorType   = py.NewType("dict_keyiterator", "")
	dictValueIteratorType = py.NewType("dict_valueiterator", "")
	dictItemIteratorType  = py.NewType("dict_itemiterator", "")
	dictRevKeyIterType    = py.NewType("dict_reversekeyiterator", "")
	dictRevValueIterType  = py.NewType("dict_reversevalueiterator", "")
	dictRevItemIterType   = py.NewType("dict_reverseitemiterator", "")
	setIteratorType       = py.NewType("set_iterator", "")
)

type viewKind int

const (
	viewKeys viewKind = iota
	viewValues
	viewItems
)

// dictView is a live view of a dict: d.keys(), d.values() or d.items().
type dictView struct {
	d      *Dict
	kind   viewKind
	inRepr bool // repr of the view is in progress: print it as ...
}

var (
	_ py.I__len__      = (*dictView)(nil)
	_ py.I__iter__     = (*dictView)(nil)
	_ py.I__contains__ = (*dictView)(nil)
	_ py.I__repr__     = (*dictView)(nil)
	_ py.I__eq__       = (*dictView)(nil)
	_ py.I__or__       = (*dictView)(nil)
	_ py.I__ror__      = (*dictView)(nil)
)

// Type implements py.Object.
func (v *dictView) Type() *py.Type {
	switch v.kind {
	case viewValues:
		return DictValuesType
	case viewItems:
		return DictItemsType
	}
	return DictKeysType
}

// dictKeysMethods returns the method table of dict_keys and dict_items.
func dictKeysMethods() MethodTable {
	return MethodTable{"isdisjoint": viewIsdisjoint}
}

// dictValuesMethods returns the method table of dict_values: none.
func dictValuesMethods() MethodTable {
	return MethodTable{}
}

// viewIsdisjoint is dict_keys.isdisjoint and dict_items.isdisjoint.
// https://docs.python.org/3.11/library/stdtypes.html#dictionary-view-objects
func viewIsdisjoint(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	v := self.(*dictView)
	other, err := oneArg(v.Type().Name+".isdisjoint", args, kw)
	if err != nil {
		return nil, err
	}
	disjoint := true
	err = tableIterate(st, other, func(x py.Object) error {
		if !disjoint {
			return nil
		}
		in, err := v.has(st, x)
		if err != nil {
			return err
		}
		disjoint = !in
		return nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(disjoint), nil
}

// item returns the element of the view for entry e.
func (v *dictView) item(e tableEntry) py.Object { return viewItem(v.kind, e) }

// viewItem returns the element of a view of kind for entry e.
func viewItem(kind viewKind, e tableEntry) py.Object {
	switch kind {
	case viewValues:
		return e.value
	case viewItems:
		return py.Tuple{e.key, e.value}
	}
	return e.key
}

// items returns the view's elements, a snapshot.
func (v *dictView) items() []py.Object {
	res := make([]py.Object, 0, v.d.t.live)
	for _, e := range v.d.t.entries {
		if e.key != nil {
			res = append(res, v.item(e))
		}
	}
	return res
}

// has reports whether x is an element of the view.
func (v *dictView) has(st *run.State, x py.Object) (bool, error) {
	switch v.kind {
	case viewKeys:
		_, ok, err := v.d.t.get(st, x)
		return ok, err
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.d.t.get(st, t[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(st, val, t[1])
	}
	// Index by position: a __eq__ of the script may change the dict.
	for i := 0; i < len(v.d.t.entries); i++ {
		e := v.d.t.entries[i]
		if e.key == nil {
			continue
		}
		if err := st.Charge(1); err != nil {
			return false, err
		}
		eq, err := Equal(st, e.value, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// M__len__ is len(view).
func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.t.len()), nil }

// M__iter__ is iter(view).
func (v *dictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind), nil }

// M__reversed__ is reversed(view): the view's elements, newest first.
func (v *dictView) M__reversed__() (py.Object, error) { return newDictRevIter(v.d, v.kind), nil }

// M__contains__ is x in view.
func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	ok, err := v.has(v.d.t.state(), x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// M__repr__ is repr(view): dict_keys(['a']). A view met again while it is
// being printed prints as ..., as CPython's Py_ReprEnter does.
func (v *dictView) M__repr__() (py.Object, error) {
	if v.inRepr {
		return py.String("..."), nil
	}
	st := v.d.t.state()
	if err := st.Enter(); err != nil {
		return nil, err
	}
	defer st.Leave()
	v.inRepr = true
	defer func() { v.inRepr = false }()
	if err := st.CheckAlloc(int64(v.d.t.live) * 16); err != nil {
		return nil, err
	}
	s, err := Repr(st, py.NewListFromItems(v.items()))
	if err != nil {
		return nil, err
	}
	return py.String(v.Type().Name + "(" + s + ")"), nil
}

// setLike reports whether o takes part in the set operations of a keys or
// items view: a set, a frozenset, or such a view.
func setLike(o py.Object) bool {
	switch x := o.(type) {
	case *Set, *py.Set, *py.FrozenSet:
		return true
	case *dictView:
		return x.kind != viewValues
	}
	return false
}

// viewEqual compares a view with a set-like value: keys and items views
// compare as sets, a values view only to itself.
func viewEqual(st *run.State, v *dictView, other py.Object, depth int) (bool, error) {
	if v.kind == viewValues || !setLike(other) {
		return false, nil
	}
	if err := depthErr(st, depth); err != nil {
		return false, err
	}
	n, err := py.Len(other)
	if err != nil {
		return false, err
	}
	if ni, ok := n.(py.Int); !ok || int(ni) != v.d.t.live {
		return false, nil
	}
	return viewAllIn(st, v, other)
}

// viewAllIn reports whether every element of v is in the set-like other.
func viewAllIn(st *run.State, v *dictView, other py.Object) (bool, error) {
	if ov, ok := other.(*dictView); ok {
		for _, x := range v.items() {
			if err := st.Charge(1); err != nil {
				return false, err
			}
			in, err := ov.has(st, x)
			if err != nil || !in {
				return false, err
			}
		}
		return true, nil
	}
	o, err := setOf(st, other)
	if err != nil {
		return false, err
	}
	for _, x := range v.items() {
		if err := st.Charge(1); err != nil {
			return false, err
		}
		in, err := o.Contains(st, x)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// M__eq__ is view == other.
func (v *dictView) M__eq__(other py.Object) (py.Object, error) {
	if v.kind == viewValues {
		return py.NewBool(same(v, other)), nil
	}
	if !setLike(other) {
		return py.NotImplemented, nil
	}
	st := v.d.t.state()
	eq, err := viewEqual(st, v, other, 0)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ is view != other.
func (v *dictView) M__ne__(other py.Object) (py.Object, error) {
	r, err := v.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// order compares a keys or items view with a set-like value: sub reports
// whether v is to be a subset (<, <=) of other, strict whether the sizes
// must differ.
func (v *dictView) order(op string, other py.Object, sub, strict bool) (py.Object, error) {
	if v.kind == viewValues || !setLike(other) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, v.Type().Name, other.Type().Name)
	}
	st := v.d.t.state()
	n, err := py.Len(other)
	if err != nil {
		return nil, err
	}
	on, _ := n.(py.Int)
	ln := py.Int(v.d.t.live)
	switch {
	case sub && (ln > on || strict && ln == on):
		return py.False, nil
	case !sub && (ln < on || strict && ln == on):
		return py.False, nil
	}
	var ok bool
	if sub {
		ok, err = viewAllIn(st, v, other)
	} else {
		ok, err = allInView(st, other, v)
	}
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// allInView reports whether every element of the set-like other is in v.
func allInView(st *run.State, other py.Object, v *dictView) (bool, error) {
	all := true
	err := tableIterate(st, other, func(x py.Object) error {
		if !all {
			return nil
		}
		in, err := v.has(st, x)
		all = in
		return err
	})
	return all, err
}

// M__lt__ is view < other.
func (v *dictView) M__lt__(other py.Object) (py.Object, error) {
	return v.order("<", other, true, true)
}

// M__le__ is view <= other.
func (v *dictView) M__le__(other py.Object) (py.Object, error) {
	return v.order("<=", other, true, false)
}

// M__gt__ is view > other.
func (v *dictView) M__gt__(other py.Object) (py.Object, error) {
	return v.order(">", other, false, true)
}

// M__ge__ is view >= other.
func (v *dictView) M__ge__(other py.Object) (py.Object, error) {
	return v.order(">=", other, false, false)
}

// setOp computes a set operator between a view and any iterable: the left
// operand becomes a new set, as in CPython's dictviews_or and friends.
func (v *dictView) setOp(left, right py.Object, op func(st *run.State, s *Set, other py.Object) (*Set, error)) (py.Object, error) {
	if v.kind == viewValues {
		return py.NotImplemented, nil
	}
	st := v.d.t.state()
	s, err := setFrom(st, left, false)
	if err != nil {
		return nil, err
	}
	return op(st, s, right)
}

func viewUnion(st *run.State, s *Set, other py.Object) (*Set, error) {
	return s, s.addAll(st, other)
}

func viewIntersection(st *run.State, s *Set, other py.Object) (*Set, error) {
	o, err := setOf(st, other)
	if err != nil {
		return nil, err
	}
	return setIntersection(st, s, o)
}

func viewDifference(st *run.State, s *Set, other py.Object) (*Set, error) {
	return s, s.differenceUpdate(st, other)
}

func viewSymmetricDifference(st *run.State, s *Set, other py.Object) (*Set, error) {
	return s, setSymmetricDifferenceUpdate(st, s, other)
}

// M__or__ is view | other.
func (v *dictView) M__or__(other py.Object) (py.Object, error) { return v.setOp(v, other, viewUnion) }

// M__ror__ is other | view.
func (v *dictView) M__ror__(other py.Object) (py.Object, error) { return v.setOp(other, v, viewUnion) }

// M__and__ is view & other.
func (v *dictView) M__and__(other py.Object) (py.Object, error) {
	return v.setOp(v, other, viewIntersection)
}

// M__rand__ is other & view.
func (v *dictView) M__rand__(other py.Object) (py.Object, error) {
	return v.setOp(other, v, viewIntersection)
}

// M__sub__ is view - other.
func (v *dictView) M__sub__(other py.Object) (py.Object, error) {
	return v.setOp(v, other, viewDifference)
}

// M__rsub__ is other - view.
func (v *dictView) M__rsub__(other py.Object) (py.Object, error) {
	return v.setOp(other, v, viewDifference)
}

// M__xor__ is view ^ other.
func (v *dictView) M__xor__(other py.Object) (py.Object, error) {
	return v.setOp(v, other, viewSymmetricDifference)
}

// M__rxor__ is other ^ view.
func (v *dictView) M__rxor__(other py.Object) (py.Object, error) {
	return v.setOp(other, v, viewSymmetricDifference)
}

// dictIter iterates a dict or one of its views. Like CPython's, it raises
// RuntimeError once the dict changed size, and when it finds more keys
// than the dict had when iteration started.
type dictIter struct {
	d         *Dict // nil once exhausted
	kind      viewKind
	rev       bool   // newest first, for reversed()
	pos       int    // next entry to look at
	remaining int    // items still expected
	size      int    // the dict's size when iteration started; -1 once it changed
	moved     uint64 // the table's compaction count when iteration started
}

func newDictIter(d *Dict, kind viewKind) *dictIter {
	return &dictIter{d: d, kind: kind, remaining: d.t.live, size: d.t.live, moved: d.t.moved}
}

// newDictRevIter is reversed() of a dict or one of its views.
func newDictRevIter(d *Dict, kind viewKind) *dictIter {
	it := newDictIter(d, kind)
	it.rev, it.pos = true, len(d.t.entries)-1
	return it
}

// Type implements py.Object.
func (it *dictIter) Type() *py.Type {
	if it.rev {
		switch it.kind {
		case viewValues:
			return dictRevValueIterType
		case viewItems:
			return dictRevItemIterType
		}
		return dictRevKeyIterType
	}
	switch it.kind {
	case viewValues:
		return dictValueIteratorType
	case viewItems:
		return dictItemIteratorType
	}
	return dictKeyIteratorType
}

// M__iter__ returns the iterator itself.
func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *dictIter) M__next__() (py.Object, error) {
	if it.d == nil {
		return nil, py.StopIteration
	}
	t := &it.d.t
	if it.size < 0 || t.live != it.size {
		it.size = -1 // sticky, as CPython's di_used = -1
		if it.d.Type() == orderedDictType {
			return nil, py.ExceptionNewf(py.RuntimeError, "OrderedDict mutated during iteration")
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	if t.moved != it.moved {
		ordered := it.d.Type() == orderedDictType
		it.d = nil
		if ordered {
			return nil, py.ExceptionNewf(py.RuntimeError, "OrderedDict mutated during iteration")
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	i, step := it.pos, 1
	if it.rev {
		step = -1
	}
	for i >= 0 && i < len(t.entries) && t.entries[i].key == nil {
		i += step
	}
	if i < 0 || i >= len(t.entries) {
		it.d = nil
		return nil, py.StopIteration
	}
	if it.remaining == 0 {
		it.d = nil
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	it.remaining--
	it.pos = i + step
	return viewItem(it.kind, t.entries[i]), nil
}

// setIter iterates a set in insertion order; it raises RuntimeError once
// the set changed size, as CPython's does.
type setIter struct {
	s     *Set // nil once exhausted
	pos   int
	size  int // -1 once the set changed size
	moved uint64
}

// Type implements py.Object.
func (it *setIter) Type() *py.Type { return setIteratorType }

// M__iter__ returns the iterator itself.
func (it *setIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *setIter) M__next__() (py.Object, error) {
	if it.s == nil {
		return nil, py.StopIteration
	}
	t := &it.s.t
	if it.size < 0 || t.live != it.size || t.moved != it.moved {
		it.size = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	i := it.pos
	for i < len(t.entries) && t.entries[i].key == nil {
		i++
	}
	if i >= len(t.entries) {
		it.s = nil
		return nil, py.StopIteration
	}
	it.pos = i + 1
	return t.entries[i].key, nil
}
