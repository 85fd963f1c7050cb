// This file defines pyfence's set and frozenset: deterministic iteration
// order (insertion order), any hashable element.
//
// CPython iterates a set in the order of its hash table, so small ints
// come out ascending and strs in an order that changes with every process.
// pyfence iterates in insertion order, the same in every run: {3, 1, 2}
// prints as {3, 1, 2} where CPython prints {1, 2, 3}. Results of
// operations keep the order of their left operand, then the new elements
// of the right one (a | b, a ^ b), and hold the left operand's element
// where two elements are equal ({1} & {1.0} is {1}; CPython takes the
// element of the smaller set).

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// SetType and FrozenSetType are the types of pyfence's set and frozenset.
var (
	SetType       = py.NewType("set", "set() -> new empty set object")
	FrozenSetType = py.NewType("frozenset", "frozenset() -> empty frozenset object")
)

// Set is pyfence's set or frozenset (Frozen). Elements are compared as
// CPython compares them and iterated in insertion order. Like [Dict], a
// set keeps the run state of the first call that passes one. Its zero
// value is an empty set, ready to use; a frozenset must not be changed
// once a script can reach it.
type Set struct {
	Frozen bool
	t      hashTable
	hash   int64 // cached hash of a frozenset
	hashed bool
}

var (
	_ py.I__len__      = (*Set)(nil)
	_ py.I__bool__     = (*Set)(nil)
	_ py.I__iter__     = (*Set)(nil)
	_ py.I__contains__ = (*Set)(nil)
	_ py.I__eq__       = (*Set)(nil)
	_ py.I__ne__       = (*Set)(nil)
	_ py.I__lt__       = (*Set)(nil)
	_ py.I__le__       = (*Set)(nil)
	_ py.I__gt__       = (*Set)(nil)
	_ py.I__ge__       = (*Set)(nil)
	_ py.I__or__       = (*Set)(nil)
	_ py.I__and__      = (*Set)(nil)
	_ py.I__sub__      = (*Set)(nil)
	_ py.I__xor__      = (*Set)(nil)
	_ py.I__ior__      = (*Set)(nil)
	_ py.I__iand__     = (*Set)(nil)
	_ py.I__isub__     = (*Set)(nil)
	_ py.I__ixor__     = (*Set)(nil)
	_ py.I__repr__     = (*Set)(nil)
)

// Type implements py.Object.
func (s *Set) Type() *py.Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// newSetIn returns an empty set (or frozenset) of the run st.
func newSetIn(st *run.State, frozen bool) *Set {
	s := &Set{Frozen: frozen}
	s.t.bind(st)
	return s
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.t.len() }

// Add adds x to the set. It raises CPython's TypeError for an unhashable x.
func (s *Set) Add(st *run.State, x py.Object) error {
	_, err := s.t.set(st, x, nil)
	return err
}

// Contains reports whether x is in the set.
func (s *Set) Contains(st *run.State, x py.Object) (bool, error) {
	_, ok, err := s.t.get(st, x)
	return ok, err
}

// Items returns the elements in iteration order (a snapshot).
func (s *Set) Items() []py.Object {
	res := make([]py.Object, 0, s.t.live)
	for _, e := range s.t.entries {
		if e.key != nil {
			res = append(res, e.key)
		}
	}
	return res
}

// frozenHash is hash(frozenset), computed once from the stored hashes.
func (s *Set) frozenHash(st *run.State) (int64, error) {
	if s.hashed {
		return s.hash, nil
	}
	if err := st.Charge(int64(s.t.live) + 1); err != nil {
		return 0, err
	}
	var fh frozensetHasher
	for _, e := range s.t.entries {
		if e.key != nil {
			fh.add(e.hash)
		}
	}
	s.hash, s.hashed = fh.sum(), true
	return s.hash, nil
}

// has reports whether x is in s, treating an unhashable set as its
// frozenset, as CPython's set.__contains__ and remove do.
func (s *Set) has(st *run.State, x py.Object) (bool, error) {
	ok, err := s.Contains(st, x)
	if err != nil && !st.Failed() {
		if o, isSet := x.(*Set); isSet && !o.Frozen && py.IsException(py.TypeError, err) {
			f, ferr := o.frozenCopy(st)
			if ferr != nil {
				return false, ferr
			}
			return s.Contains(st, f)
		}
	}
	return ok, err
}

func (s *Set) frozenCopy(st *run.State) (*Set, error) {
	f := newSetIn(st, true)
	return f, f.t.copyFrom(st, &s.t)
}

// copySet returns a copy of s, frozen or not.
func (s *Set) copySet(st *run.State, frozen bool) (*Set, error) {
	c := newSetIn(st, frozen)
	return c, c.t.copyFrom(st, &s.t)
}

// addAll adds every element of the iterable o.
func (s *Set) addAll(st *run.State, o py.Object) error {
	if n, ok := distinctLen(o); ok {
		if err := s.t.reserve(st, int64(s.t.live)+n); err != nil {
			return err
		}
	}
	if other, ok := o.(*Set); ok {
		for _, x := range other.Items() {
			if err := st.Charge(1); err != nil {
				return err
			}
			if err := s.Add(st, x); err != nil {
				return err
			}
		}
		return nil
	}
	return tableIterate(st, o, func(x py.Object) error { return s.Add(st, x) })
}

// setOf returns o as a set to test membership in: o itself when it is a
// set, else a new set of its elements.
func setOf(st *run.State, o py.Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	s := newSetIn(st, false)
	return s, s.addAll(st, o)
}

// setFrom returns a new set or frozenset of the elements of o.
func setFrom(st *run.State, o py.Object, frozen bool) (*Set, error) {
	s := newSetIn(st, frozen)
	return s, s.addAll(st, o)
}

// isAnySet reports whether o is a set or a frozenset, the operands set
// operators take (dict views handle theirs reflected).
func isAnySet(o py.Object) bool {
	_, ok := o.(*Set)
	return ok
}

// M__len__ is len(s).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.t.len()), nil }

// M__bool__ is bool(s).
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.t.len() > 0), nil }

// M__iter__ is iter(s), in insertion order.
func (s *Set) M__iter__() (py.Object, error) {
	return &setIter{s: s, size: s.t.live, moved: s.t.moved}, nil
}

// M__contains__ is x in s.
func (s *Set) M__contains__(x py.Object) (py.Object, error) {
	ok, err := s.has(s.t.state(), x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// subset reports whether every element of a is in b.
func subset(st *run.State, a, b *Set) (bool, error) {
	if a.t.live > b.t.live {
		return false, nil
	}
	for _, x := range a.Items() {
		if err := st.Charge(1); err != nil {
			return false, err
		}
		ok, err := b.Contains(st, x)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// setLikeEqual compares two sets, frozensets, or gpython sets.
func setLikeEqual(st *run.State, a, b py.Object, depth int) (bool, error) {
	if _, ok := b.(*dictView); ok {
		return viewEqual(st, b.(*dictView), a, depth)
	}
	sa, okA := asSet(st, a)
	sb, okB := asSet(st, b)
	if !okA || !okB {
		return false, nil
	}
	if err := depthErr(st, depth); err != nil {
		return false, err
	}
	if sa.t.live != sb.t.live {
		return false, nil
	}
	return subset(st, sa, sb)
}

// asSet returns a pyfence set with the elements of a set of any kind.
func asSet(st *run.State, o py.Object) (*Set, bool) {
	switch x := o.(type) {
	case *Set:
		return x, true
	case *py.Set, *py.FrozenSet:
		s, err := setFrom(st, x, false)
		return s, err == nil
	}
	return nil, false
}

func (s *Set) compare(op string, other py.Object) (*Set, *Set, py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		if v, isView := other.(*dictView); isView && v.kind != viewValues {
			return nil, nil, py.NotImplemented, nil
		}
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, s.Type().Name, other.Type().Name)
	}
	return s, o, nil, nil
}

// M__eq__ is s == other: the same elements, for any two sets.
func (s *Set) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	st := s.t.state()
	if s.t.live != o.t.live {
		return py.False, nil
	}
	eq, err := subset(st, s, o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ is s != other.
func (s *Set) M__ne__(other py.Object) (py.Object, error) {
	r, err := s.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__le__ is s <= other: s is a subset of other.
func (s *Set) M__le__(other py.Object) (py.Object, error) {
	a, b, ni, err := s.compare("<=", other)
	if a == nil {
		return ni, err
	}
	r, err := subset(s.t.state(), a, b)
	return py.NewBool(r), err
}

// M__lt__ is s < other: a proper subset.
func (s *Set) M__lt__(other py.Object) (py.Object, error) {
	a, b, ni, err := s.compare("<", other)
	if a == nil {
		return ni, err
	}
	if a.t.live >= b.t.live {
		return py.False, nil
	}
	r, err := subset(s.t.state(), a, b)
	return py.NewBool(r), err
}

// M__ge__ is s >= other: s is a superset of other.
func (s *Set) M__ge__(other py.Object) (py.Object, error) {
	a, b, ni, err := s.compare(">=", other)
	if a == nil {
		return ni, err
	}
	r, err := subset(s.t.state(), b, a)
	return py.NewBool(r), err
}

// M__gt__ is s > other: a proper superset.
func (s *Set) M__gt__(other py.Object) (py.Object, error) {
	a, b, ni, err := s.compare(">", other)
	if a == nil {
		return ni, err
	}
	if a.t.live <= b.t.live {
		return py.False, nil
	}
	r, err := subset(s.t.state(), b, a)
	return py.NewBool(r), err
}

// setUnion returns a new set of s's type: s, then the new elements of each
// other in turn.
func setUnion(st *run.State, s *Set, others ...py.Object) (*Set, error) {
	res, err := s.copySet(st, s.Frozen)
	if err != nil {
		return nil, err
	}
	for _, o := range others {
		if err := res.addAll(st, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// setIntersection returns the elements of s that are in other, in s's
// order. An other that is not a set is iterated once, as CPython does,
// without building a set of it.
func setIntersection(st *run.State, s *Set, other py.Object) (*Set, error) {
	var in func(x py.Object) (bool, error)
	if o, ok := other.(*Set); ok {
		in = func(x py.Object) (bool, error) { return o.Contains(st, x) }
	} else {
		hits := newSetIn(st, false) // elements of s met in other
		err := tableIterate(st, other, func(x py.Object) error {
			i, _, err := s.t.lookup(st, x)
			if err != nil || i < 0 {
				return err
			}
			return hits.Add(st, s.t.entries[i].key)
		})
		if err != nil {
			return nil, err
		}
		in = func(x py.Object) (bool, error) { return hits.Contains(st, x) }
	}
	res := newSetIn(st, s.Frozen)
	for _, x := range s.Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		ok, err := in(x)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := res.Add(st, x); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// setDifference returns the elements of s that are not in other.
func setDifference(st *run.State, s *Set, other py.Object) (*Set, error) {
	o, err := setOf(st, other)
	if err != nil {
		return nil, err
	}
	res := newSetIn(st, s.Frozen)
	for _, x := range s.Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		in, err := o.Contains(st, x)
		if err != nil {
			return nil, err
		}
		if !in {
			if err := res.Add(st, x); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// setSymmetricDifferenceUpdate removes from s the elements of other it
// has and adds those it lacks, in other's order.
func setSymmetricDifferenceUpdate(st *run.State, s *Set, other py.Object) error {
	o, err := setOf(st, other)
	if err != nil {
		return err
	}
	if o == s {
		s.t.clear()
		return nil
	}
	for _, x := range o.Items() {
		if err := st.Charge(1); err != nil {
			return err
		}
		_, found, err := s.t.remove(st, x)
		if err != nil {
			return err
		}
		if !found {
			if err := s.Add(st, x); err != nil {
				return err
			}
		}
	}
	return nil
}

// setSymmetricDifference returns a new set with the elements in exactly
// one of s and other.
func setSymmetricDifference(st *run.State, s *Set, other py.Object) (*Set, error) {
	res, err := s.copySet(st, s.Frozen)
	if err != nil {
		return nil, err
	}
	return res, setSymmetricDifferenceUpdate(st, res, other)
}

// binary runs a set operator when other is a set, else returns
// NotImplemented (a dict view then handles it reflected).
func (s *Set) binary(other py.Object, op func(st *run.State, s *Set, other py.Object) (*Set, error)) (py.Object, error) {
	if !isAnySet(other) {
		return py.NotImplemented, nil
	}
	return op(s.t.state(), s, other)
}

func unionOp(st *run.State, s *Set, other py.Object) (*Set, error) { return setUnion(st, s, other) }

// M__or__ is s | other.
func (s *Set) M__or__(other py.Object) (py.Object, error) { return s.binary(other, unionOp) }

// M__and__ is s & other.
func (s *Set) M__and__(other py.Object) (py.Object, error) { return s.binary(other, setIntersection) }

// M__sub__ is s - other.
func (s *Set) M__sub__(other py.Object) (py.Object, error) { return s.binary(other, setDifference) }

// M__xor__ is s ^ other.
func (s *Set) M__xor__(other py.Object) (py.Object, error) {
	return s.binary(other, setSymmetricDifference)
}

// inplace runs an in-place operator on a set. A frozenset, or a dict view
// operand, falls back to the binary operator; other operands raise
// CPython's TypeError.
func (s *Set) inplace(sym string, other py.Object, op func(st *run.State, other *Set) error) (py.Object, error) {
	o, ok := other.(*Set)
	if s.Frozen {
		return py.NotImplemented, nil
	}
	if !ok {
		if v, isView := other.(*dictView); isView && v.kind != viewValues {
			return py.NotImplemented, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, s.Type().Name, other.Type().Name)
	}
	if err := op(s.t.state(), o); err != nil {
		return nil, err
	}
	return s, nil
}

// M__ior__ is s |= other.
func (s *Set) M__ior__(other py.Object) (py.Object, error) {
	return s.inplace("|=", other, func(st *run.State, o *Set) error { return s.addAll(st, o) })
}

// M__iand__ is s &= other.
func (s *Set) M__iand__(other py.Object) (py.Object, error) {
	return s.inplace("&=", other, func(st *run.State, o *Set) error { return s.intersectionUpdate(st, o) })
}

// M__isub__ is s -= other.
func (s *Set) M__isub__(other py.Object) (py.Object, error) {
	return s.inplace("-=", other, func(st *run.State, o *Set) error { return s.differenceUpdate(st, o) })
}

// M__ixor__ is s ^= other.
func (s *Set) M__ixor__(other py.Object) (py.Object, error) {
	return s.inplace("^=", other, func(st *run.State, o *Set) error { return setSymmetricDifferenceUpdate(st, s, o) })
}

// intersectionUpdate keeps the elements of s that are in other.
func (s *Set) intersectionUpdate(st *run.State, other py.Object) error {
	res, err := setIntersection(st, s, other)
	if err != nil {
		return err
	}
	if res.t.live == s.t.live {
		return nil // the same elements
	}
	s.t.clear()
	return s.t.copyFrom(st, &res.t)
}

// differenceUpdate removes the elements of other from s.
func (s *Set) differenceUpdate(st *run.State, other py.Object) error {
	if o, ok := other.(*Set); ok && o == s {
		s.t.clear()
		return nil
	}
	return tableIterate(st, other, func(x py.Object) error {
		_, _, err := s.t.remove(st, x)
		return err
	})
}

// M__repr__ is repr(s).
func (s *Set) M__repr__() (py.Object, error) {
	r, err := Repr(s.t.state(), s)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}

// newSet is set(iterable).
// https://docs.python.org/3.11/library/stdtypes.html#set
func newSet(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return makeSet(st, "set", args, kw, false)
}

// newFrozenSet is frozenset(iterable).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset
func newFrozenSet(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return makeSet(st, "frozenset", args, kw, true)
}

func makeSet(st *run.State, name string, args py.Tuple, kw py.StringDict, frozen bool) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	var it py.Object
	if err := UnpackArgs(name, args, nil, "iterable?", &it); err != nil {
		return nil, err
	}
	if it == nil {
		return newSetIn(st, frozen), nil
	}
	if s, ok := it.(*Set); ok && frozen && s.Frozen {
		return s, nil // CPython: frozenset(f) is f
	}
	s, err := setFrom(st, it, frozen)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// setHelpers returns the injected helper __pf_set__(iterable) used by the
// AST rewrites of set displays and comprehensions.
func setHelpers(st *run.State) map[string]py.Object {
	return map[string]py.Object{
		"__pf_set__": &callable{name: "__pf_set__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			var it py.Object
			if err := UnpackArgs("__pf_set__", args, kw, "iterable", &it); err != nil {
				return nil, err
			}
			return setFrom(st, it, false)
		}},
	}
}

func (r *reprer) set(s *Set, depth int) error {
	name := s.Type().Name
	if s.t.live == 0 {
		r.b.WriteString(name + "()")
		return nil
	}
	if r.onStack(s) {
		r.b.WriteString(name + "(...)")
		return nil
	}
	r.stack = append(r.stack, s)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	if s.Frozen {
		r.b.WriteString("frozenset(")
	}
	r.b.WriteString("{")
	n := 0
	for i := 0; i < len(s.t.entries); i++ {
		e := s.t.entries[i]
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
	}
	r.b.WriteString("}")
	if s.Frozen {
		r.b.WriteString(")")
	}
	return nil
}
