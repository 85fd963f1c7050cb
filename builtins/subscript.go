// This file defines the subscript guards: obj[key], obj[key] = value and
// del obj[key] as instrumented code runs them. gpython computes the
// subscript; the guard rewords the errors of the builtin sequences as
// CPython words them ("list index out of range", "tuple indices must be
// integers or slices, not str") and indexes bytes, which gpython cannot.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Subscr is obj[key].
// https://docs.python.org/3.11/reference/expressions.html#subscriptions
func Subscr(st *run.State, obj, key py.Object) (py.Object, error) {
	if b, ok := obj.(py.Bytes); ok {
		return bytesSubscr(st, b, key)
	}
	if sl, ok := key.(*py.Slice); ok {
		if err := checkSliceCopy(st, obj, sl); err != nil {
			return nil, err
		}
		if _, isTuple := obj.(py.Tuple); isTuple {
			return Slice(obj, sl) // gpython's tuple slicing panics on empty slices
		}
	}
	res, err := py.GetItem(obj, key)
	if err != nil {
		return nil, subscrError(obj, key, err, "")
	}
	return res, nil
}

// checkSliceCopy checks the memory budget and charges the steps for
// copying the slice sl of a list, tuple or str before gpython copies it.
func checkSliceCopy(st *run.State, obj py.Object, sl *py.Slice) error {
	n, size, ok := seqLen(obj)
	if !ok || n < 1024 {
		return nil
	}
	_, _, _, length, err := sl.GetIndices(int(n))
	if err != nil {
		return nil // gpython raises it
	}
	if err := st.CheckAlloc(int64(length) * size); err != nil {
		return err
	}
	return st.Charge(int64(length)/64 + 1)
}

// StoreSubscr is obj[key] = value. A slice assignment to a list takes
// its new items through the metered collection of iterables: gpython's
// would run an iterable of any length to its end unchecked.
func StoreSubscr(st *run.State, obj, key, value py.Object) error {
	if l, ok := obj.(*py.List); ok {
		if _, isSlice := key.(*py.Slice); isSlice {
			var items []py.Object
			switch v := value.(type) {
			case *py.List:
				// A copy: v may be l itself (x[1:1] = x).
				if err := st.CheckAlloc(int64(len(v.Items)) * slotSize); err != nil {
					return err
				}
				items = append([]py.Object(nil), v.Items...)
			case py.Tuple:
				items = v
			default:
				var err error
				if items, err = collectItems(st, value); err != nil {
					return err
				}
			}
			if err := st.CheckAlloc(int64(len(l.Items)+len(items)) * slotSize); err != nil {
				return err
			}
			if err := st.Charge(int64(len(items))/64 + 1); err != nil {
				return err
			}
			value = py.NewListFromItems(items)
		}
	}
	if _, err := py.SetItem(obj, key, value); err != nil {
		return subscrError(obj, key, err, " assignment")
	}
	return nil
}

// DelSubscr is del obj[key].
func DelSubscr(st *run.State, obj, key py.Object) error {
	if _, err := py.DelItem(obj, key); err != nil {
		if py.IsException(py.TypeError, err) && isNotSupported(obj) {
			return py.ExceptionNewf(py.TypeError, "'%s' object doesn't support item deletion", obj.Type().Name)
		}
		return subscrError(obj, key, err, " assignment")
	}
	return nil
}

// isNotSupported reports whether obj is of a builtin type gpython gives no
// item deletion.
func isNotSupported(obj py.Object) bool {
	switch obj.(type) {
	case py.Tuple, py.String, py.Bytes, *py.Range:
		return true
	}
	return false
}

// seqKind names the builtin sequence obj is for error messages, or "".
func seqKind(obj py.Object) string {
	switch obj.(type) {
	case *py.List:
		return "list"
	case py.Tuple:
		return "tuple"
	case py.String:
		return "string"
	}
	return ""
}

// isIndex reports whether key is an integer CPython accepts as an index
// without asking for __index__.
func isIndex(key py.Object) bool {
	switch key.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// subscrError rewords err, raised by gpython for obj[key], as CPython
// words it when obj is a builtin sequence. what is "" for a read and
// " assignment" for a write or a deletion. The errors of other objects
// (a script's __getitem__, dicts) pass unchanged.
func subscrError(obj, key py.Object, err error, what string) error {
	kind := seqKind(obj)
	if kind == "" {
		return err
	}
	if b, ok := key.(*py.BigInt); ok {
		if _, ierr := b.GoInt(); ierr != nil {
			return py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
	}
	switch {
	case py.IsException(py.IndexError, err) && isIndex(key):
		return py.ExceptionNewf(py.IndexError, "%s%s index out of range", kind, what)
	case py.IsException(py.TypeError, err) && !isIndex(key):
		if _, isSlice := key.(*py.Slice); isSlice {
			return err
		}
		switch kind {
		case "string":
			if what == "" {
				return py.ExceptionNewf(py.TypeError, "string indices must be integers, not '%s'", key.Type().Name)
			}
		case "tuple":
			if what == "" {
				return py.ExceptionNewf(py.TypeError, "tuple indices must be integers or slices, not %s", key.Type().Name)
			}
		case "list":
			return py.ExceptionNewf(py.TypeError, "list indices must be integers or slices, not %s", key.Type().Name)
		}
	}
	return err
}

// bytesSubscr is b[key]: an int for an index, bytes for a slice.
func bytesSubscr(st *run.State, b py.Bytes, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		if err := st.CheckAlloc(int64(n)); err != nil {
			return nil, err
		}
		if err := bytesCharge(st, n); err != nil {
			return nil, err
		}
		res := make(py.Bytes, n)
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			res[j] = b[i]
		}
		return res, nil
	}
	if !isIndex(key) {
		if _, ok := key.(py.I__index__); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
		}
	}
	if big, ok := key.(*py.BigInt); ok {
		if _, err := big.GoInt(); err != nil {
			return nil, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
	}
	i, err := py.IndexIntCheck(key, len(b))
	if err != nil {
		if py.IsException(py.IndexError, err) {
			return nil, py.ExceptionNewf(py.IndexError, "index out of range")
		}
		return nil, err
	}
	return py.Int(b[i]), nil
}
