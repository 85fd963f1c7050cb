// This file defines the methods of set and frozenset.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// setMethods returns the method table of set.
func setMethods() MethodTable {
	t := frozensetMethods()
	for name, fn := range map[string]Method{
		"add":                         setAdd,
		"clear":                       setClear,
		"difference_update":           setDifferenceUpdate,
		"discard":                     setDiscard,
		"intersection_update":         setIntersectionUpdate,
		"pop":                         setPop,
		"remove":                      setRemove,
		"symmetric_difference_update": setSymmetricDifferenceUpdateMethod,
		"update":                      setUpdate,
	} {
		t[name] = fn
	}
	return t
}

// frozensetMethods returns the method table of frozenset: the methods of
// set that do not change it.
func frozensetMethods() MethodTable {
	return MethodTable{
		"copy":                 setCopy,
		"difference":           setDifferenceMethod,
		"intersection":         setIntersectionMethod,
		"isdisjoint":           setIsdisjoint,
		"issubset":             setIssubset,
		"issuperset":           setIssuperset,
		"symmetric_difference": setSymmetricDifferenceMethod,
		"union":                setUnionMethod,
	}
}

// setQual returns the qualified name of a method of s's type, for errors.
func setQual(s *Set, name string) string { return s.Type().Name + "." + name }

// setAdd is set.add(elem).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.add
func setAdd(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	x, err := oneArg(setQual(s, "add"), args, kw)
	if err != nil {
		return nil, err
	}
	return py.None, s.Add(st, x)
}

// setClear is set.clear().
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.clear
func setClear(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := noArgs(setQual(s, "clear"), args, kw); err != nil {
		return nil, err
	}
	s.t.bind(st)
	s.t.clear()
	return py.None, nil
}

// setCopy is set.copy() and frozenset.copy(); a frozenset's copy is
// itself, as in CPython.
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.copy
func setCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := noArgs(setQual(s, "copy"), args, kw); err != nil {
		return nil, err
	}
	if s.Frozen {
		return s, nil
	}
	return s.copySet(st, false)
}

// setDiscard is set.discard(elem).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.discard
func setDiscard(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	x, err := oneArg(setQual(s, "discard"), args, kw)
	if err != nil {
		return nil, err
	}
	_, err = s.discard(st, x)
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// discard removes x, treating an unhashable set as its frozenset as
// CPython does, and reports whether it was there.
func (s *Set) discard(st *run.State, x py.Object) (bool, error) {
	_, found, err := s.t.remove(st, x)
	if err != nil && !st.Failed() {
		if o, isSet := x.(*Set); isSet && !o.Frozen && py.IsException(py.TypeError, err) {
			f, ferr := o.frozenCopy(st)
			if ferr != nil {
				return false, ferr
			}
			_, found, err = s.t.remove(st, f)
		}
	}
	return found, err
}

// setRemove is set.remove(elem): KeyError when elem is missing.
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.remove
func setRemove(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	x, err := oneArg(setQual(s, "remove"), args, kw)
	if err != nil {
		return nil, err
	}
	found, err := s.discard(st, x)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, keyError(x)
	}
	return py.None, nil
}

// setPop is set.pop(): removes and returns the oldest element (CPython
// returns an arbitrary one).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.pop
func setPop(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := noArgs(setQual(s, "pop"), args, kw); err != nil {
		return nil, err
	}
	s.t.bind(st)
	i := s.t.first()
	if i < 0 {
		return nil, py.ExceptionNewf(py.KeyError, "pop from an empty set")
	}
	x := s.t.entries[i].key
	s.t.removeAt(st, i)
	return x, nil
}

// setUpdate is set.update(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.update
func setUpdate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "update"), kw); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := s.addAll(st, o); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// setUnionMethod is set.union(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.union
func setUnionMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "union"), kw); err != nil {
		return nil, err
	}
	return setUnion(st, s, args...)
}

// setIntersectionMethod is set.intersection(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.intersection
func setIntersectionMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "intersection"), kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return s.copySet(st, s.Frozen)
	}
	res := s
	for _, o := range args {
		next, err := setIntersection(st, res, o)
		if err != nil {
			return nil, err
		}
		res = next
	}
	return res, nil
}

// setIntersectionUpdate is set.intersection_update(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.intersection_update
func setIntersectionUpdate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "intersection_update"), kw); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := s.intersectionUpdate(st, o); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// setDifferenceMethod is set.difference(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.difference
func setDifferenceMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "difference"), kw); err != nil {
		return nil, err
	}
	res, err := s.copySet(st, s.Frozen)
	if err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := res.differenceUpdate(st, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// setDifferenceUpdate is set.difference_update(*others).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.difference_update
func setDifferenceUpdate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	if err := varArgs(setQual(s, "difference_update"), kw); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := s.differenceUpdate(st, o); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// setSymmetricDifferenceMethod is set.symmetric_difference(other).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.symmetric_difference
func setSymmetricDifferenceMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	other, err := oneArg(setQual(s, "symmetric_difference"), args, kw)
	if err != nil {
		return nil, err
	}
	return setSymmetricDifference(st, s, other)
}

// setSymmetricDifferenceUpdateMethod is
// set.symmetric_difference_update(other).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.symmetric_difference_update
func setSymmetricDifferenceUpdateMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	other, err := oneArg(setQual(s, "symmetric_difference_update"), args, kw)
	if err != nil {
		return nil, err
	}
	return py.None, setSymmetricDifferenceUpdate(st, s, other)
}

// setIsdisjoint is set.isdisjoint(other).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.isdisjoint
func setIsdisjoint(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	other, err := oneArg(setQual(s, "isdisjoint"), args, kw)
	if err != nil {
		return nil, err
	}
	disjoint := true
	err = tableIterate(st, other, func(x py.Object) error {
		if !disjoint {
			return nil
		}
		in, err := s.Contains(st, x)
		disjoint = !in
		return err
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(disjoint), nil
}

// setIssubset is set.issubset(other).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.issubset
func setIssubset(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	other, err := oneArg(setQual(s, "issubset"), args, kw)
	if err != nil {
		return nil, err
	}
	o, err := setOf(st, other)
	if err != nil {
		return nil, err
	}
	r, err := subset(st, s, o)
	return py.NewBool(r), err
}

// setIssuperset is set.issuperset(other).
// https://docs.python.org/3.11/library/stdtypes.html#frozenset.issuperset
func setIssuperset(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s := self.(*Set)
	other, err := oneArg(setQual(s, "issuperset"), args, kw)
	if err != nil {
		return nil, err
	}
	o, err := setOf(st, other)
	if err != nil {
		return nil, err
	}
	r, err := subset(st, o, s)
	return py.NewBool(r), err
}
