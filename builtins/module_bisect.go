// This file defines the bisect module, and the sequence access the
// bisect, heapq and random modules share (seqItem).

package builtins

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// bisectModule describes the bisect module.
// https://docs.python.org/3.11/library/bisect.html
func bisectModule() *moduleSpec {
	return &moduleSpec{name: "bisect", build: func(st *run.State) (py.StringDict, error) {
		right := moduleFunc(st, "bisect_right", bisectRight)
		insRight := moduleFunc(st, "insort_right", insortRight)
		return py.StringDict{
			"bisect_left":  moduleFunc(st, "bisect_left", bisectLeft),
			"bisect_right": right,
			"bisect":       right,
			"insort_left":  moduleFunc(st, "insort_left", insortLeft),
			"insort_right": insRight,
			"insort":       insRight,
		}, nil
	}}
}

// seqItem is seq[i] for the sequence access of Go-implemented module
// functions: lists and tuples are read live with CPython's IndexError,
// other values go through their __getitem__.
func seqItem(st *run.State, seq py.Object, i int64) (py.Object, error) {
	switch s := seq.(type) {
	case *py.List:
		if i < 0 || i >= int64(len(s.Items)) {
			return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
		}
		return s.Items[i], nil
	case py.Tuple:
		if i < 0 || i >= int64(len(s)) {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
		}
		return s[i], nil
	case *py.Range:
		if i < 0 || i >= int64(s.Length) {
			return nil, py.ExceptionNewf(py.IndexError, "range object index out of range")
		}
		return s.Start + py.Int(i)*s.Step, nil
	}
	return formatGetItem(st, seq, py.Int(i))
}

// bisectArgs unpacks (a, x, lo=0, hi=None, *, key=None) with CPython's
// checks: lo must be non-negative and hi None means len(a) (as does -1).
func bisectArgs(name string, args py.Tuple, kw py.StringDict) (a, x, key py.Object, lo, hi int64, hiDefault bool, err error) {
	var loObj, hiObj py.Object = py.Int(0), py.None
	key = py.None
	if err = UnpackArgs(name, args, kw, "a", &a, "x", &x, "lo?", &loObj, "hi?", &hiObj, "$key?", &key); err != nil {
		return
	}
	if lo, err = indexValue(loObj); err != nil {
		return
	}
	if lo < 0 {
		err = py.ExceptionNewf(py.ValueError, "lo must be non-negative")
		return
	}
	hi = -1
	if hiObj != py.None {
		if hi, err = indexValue(hiObj); err != nil {
			if py.IsException(py.TypeError, err) {
				err = py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", hiObj.Type().Name)
			}
			return
		}
	}
	if hi == -1 {
		hiDefault = true
		hi, err = lenInt(a)
	}
	return
}

// bisectSearch is CPython's internal_bisect_left/right: each probe reads
// a[mid] afresh (a key function may have changed a) and compares with
// `<` only.
func bisectSearch(st *run.State, a, x, key py.Object, lo, hi int64, left bool) (int64, error) {
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		item, err := seqItem(st, a, mid)
		if err != nil {
			return 0, err
		}
		if key != py.None {
			if item, err = py.Call(key, py.Tuple{item}, nil); err != nil {
				return 0, err
			}
		}
		var less bool
		if left {
			less, err = orderCompare(st, vm.PyCmp_LT, item, x)
		} else {
			less, err = orderCompare(st, vm.PyCmp_LT, x, item)
		}
		if err != nil {
			return 0, err
		}
		switch {
		case left && less:
			lo = mid + 1
		case left:
			hi = mid
		case less:
			hi = mid
		default:
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectCommon(st *run.State, name string, args py.Tuple, kw py.StringDict, left bool) (py.Object, error) {
	a, x, key, lo, hi, _, err := bisectArgs(name, args, kw)
	if err != nil {
		return nil, err
	}
	i, err := bisectSearch(st, a, x, key, lo, hi, left)
	if err != nil {
		return nil, err
	}
	return py.Int(i), nil
}

// bisectLeft is bisect.bisect_left(a, x, lo=0, hi=len(a), *, key=None).
// https://docs.python.org/3.11/library/bisect.html#bisect.bisect_left
func bisectLeft(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bisectCommon(st, "bisect_left", args, kw, true)
}

// bisectRight is bisect.bisect_right(a, x, lo=0, hi=len(a), *, key=None),
// also bound to bisect.bisect.
// https://docs.python.org/3.11/library/bisect.html#bisect.bisect_right
func bisectRight(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bisectCommon(st, "bisect_right", args, kw, false)
}

func insortCommon(st *run.State, name string, args py.Tuple, kw py.StringDict, left bool) (py.Object, error) {
	a, x, key, lo, hi, hiDefault, err := bisectArgs(name, args, kw)
	if err != nil {
		return nil, err
	}
	kx := x
	if key != py.None {
		if kx, err = py.Call(key, py.Tuple{x}, nil); err != nil {
			return nil, err
		}
		if hiDefault {
			// CPython measures the list after calling the key, which may
			// have changed it.
			if hi, err = lenInt(a); err != nil {
				return nil, err
			}
		}
	}
	i, err := bisectSearch(st, a, kx, key, lo, hi, left)
	if err != nil {
		return nil, err
	}
	if l, ok := a.(*py.List); ok {
		return py.None, listInsertAt(st, l, int(min(i, int64(len(l.Items)))), x)
	}
	insert, err := lateGuard().attr(st, a, "insert")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(insert, py.Tuple{py.Int(i), x}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// insortLeft is bisect.insort_left(a, x, lo=0, hi=len(a), *, key=None).
// https://docs.python.org/3.11/library/bisect.html#bisect.insort_left
func insortLeft(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return insortCommon(st, "insort_left", args, kw, true)
}

// insortRight is bisect.insort_right(a, x, lo=0, hi=len(a), *, key=None),
// also bound to bisect.insort.
// https://docs.python.org/3.11/library/bisect.html#bisect.insort_right
func insortRight(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return insortCommon(st, "insort_right", args, kw, false)
}

// listInsertAt inserts x at index i of l (0 <= i <= len), accounting the
// growth as list.insert does.
func listInsertAt(st *run.State, l *py.List, i int, x py.Object) error {
	if len(l.Items) == cap(l.Items) {
		if err := st.CheckAlloc(int64(2*cap(l.Items)+8) * slotSize); err != nil {
			return err
		}
	}
	if err := st.Charge(int64(len(l.Items)-i)/64 + 1); err != nil {
		return err
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = x
	return nil
}

// listAppendItem appends x to l, accounting the growth as list.append
// does.
func listAppendItem(st *run.State, l *py.List, x py.Object) error {
	if len(l.Items) == cap(l.Items) {
		if err := st.CheckAlloc(int64(2*cap(l.Items)+8) * slotSize); err != nil {
			return err
		}
	}
	l.Items = append(l.Items, x)
	return nil
}

// lateGuard returns the attribute guard for module code. Module
// constructors are reached from the initializer of moduleSpecs, and
// GetAttr reaches moduleSpecs back through the native classes: a call
// through an interface keeps the guard out of the package's static
// initialization order.
func lateGuard() attrGuard { return guardedAttrs{} }

// attrGuard is GetAttr behind an interface, see lateGuard.
type attrGuard interface {
	attr(st *run.State, obj py.Object, name string) (py.Object, error)
}

// guardedAttrs implements attrGuard with GetAttr.
type guardedAttrs struct{}

func (guardedAttrs) attr(st *run.State, obj py.Object, name string) (py.Object, error) {
	return GetAttr(st, obj, name)
}
