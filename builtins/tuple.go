// This file defines the methods of tuple and the tuple() constructor.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// tupleMethods returns the method table of tuple.
func tupleMethods() MethodTable {
	return MethodTable{
		"count": tupleCount,
		"index": tupleIndex,
	}
}

// newTuple is tuple(iterable=()), checking the memory of the result
// first.
// https://docs.python.org/3.11/library/stdtypes.html#tuple
func newTuple(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("tuple", "tuple", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return py.Tuple{}, nil
	}
	if t, ok := args[0].(py.Tuple); ok {
		return t, nil
	}
	items, err := collectItems(st, args[0])
	if err != nil {
		return nil, err
	}
	return py.Tuple(items), nil
}

// tupleCount is tuple.count(x).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func tupleCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t := self.(py.Tuple)
	if err := fnOneArg("tuple.count", args, kw); err != nil {
		return nil, err
	}
	n, err := countEqual(st, func(i int) (py.Object, bool) {
		if i < len(t) {
			return t[i], true
		}
		return nil, false
	}, args[0])
	return py.Int(n), err
}

// tupleIndex is tuple.index(x[, start[, stop]]).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func tupleIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t := self.(py.Tuple)
	if err := fnClinicArgs("index", "tuple.index", args, kw, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := sliceBounds(args[1:], len(t))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, t[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
}
