// This file defines the builtins that consume an iterable: max, min, sum
// and sorted. Each charges a step per element and per comparison.

package builtins

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// builtinMax is max(iterable, *, key=None[, default]) or
// max(arg1, arg2, *args, key=None).
// https://docs.python.org/3.11/library/functions.html#max
func builtinMax(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return minMax(st, "max", vm.PyCmp_GT, args, kw)
}

// builtinMin is min(iterable, *, key=None[, default]) or
// min(arg1, arg2, *args, key=None).
// https://docs.python.org/3.11/library/functions.html#min
func builtinMin(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return minMax(st, "min", vm.PyCmp_LT, args, kw)
}

// minMax keeps the first item that no later item beats by op, as
// CPython's min_max does.
func minMax(st *run.State, name string, op int32, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames(name, kw, "key", "default"); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	key, hasKey := kw["key"]
	if key == py.None {
		hasKey = false
	}
	def, hasDefault := kw["default"]
	var iterable py.Object = args
	if len(args) == 1 {
		iterable = args[0]
	} else if hasDefault {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey py.Object
	err := forEachItem(st, iterable, func(item py.Object) (bool, error) {
		k := item
		if hasKey {
			var err error
			if k, err = py.Call(key, py.Tuple{item}, nil); err != nil {
				return true, err
			}
		}
		if best == nil {
			best, bestKey = item, k
			return false, nil
		}
		better, err := orderCompare(st, op, k, bestKey)
		if err != nil {
			return true, err
		}
		if better {
			best, bestKey = item, k
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if hasDefault {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// builtinSum is sum(iterable, /, start=0).
// https://docs.python.org/3.11/library/functions.html#sum
func builtinSum(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	if err := fnKwNames("sum", kw, "start"); err != nil {
		return nil, err
	}
	var acc py.Object = py.Int(0)
	if len(args) == 2 {
		acc = args[1]
		if _, dup := kw["start"]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "argument for sum() given by name ('start') and position (2)")
		}
	} else if s, ok := kw["start"]; ok {
		acc = s
	}
	switch acc.(type) {
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case py.Bytes:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		// Adding sequences copies the total so far: charge for it.
		if n, _, ok := seqLen(acc); ok {
			if err := st.Charge(n / 8); err != nil {
				return true, err
			}
		}
		var err error
		acc, err = addValues(st, acc, item)
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// addValues is a + b: the script's __add__ and __radd__ first, then the
// guarded addition of builtin values.
func addValues(st *run.State, a, b py.Object) (py.Object, error) {
	if res, ok, err := callSpecialMethod(a, "__add__", b); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	if res, ok, err := callSpecialMethod(b, "__radd__", a); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	return Binary(st, vm.BINARY_ADD, a, b)
}

// builtinSorted is sorted(iterable, /, *, key=None, reverse=False).
// https://docs.python.org/3.11/library/functions.html#sorted
func builtinSorted(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := collectItems(st, args[0])
	if err != nil {
		return nil, err
	}
	l := py.NewListFromItems(items)
	if err := sortList(st, l, kw); err != nil {
		return nil, err
	}
	return l, nil
}
