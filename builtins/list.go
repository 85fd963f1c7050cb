// This file defines the methods of list and the list() constructor.

package builtins

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// listMethods returns the method table of list.
func listMethods() MethodTable {
	return MethodTable{
		"append":  listAppend,
		"clear":   listClear,
		"copy":    listCopy,
		"count":   listCount,
		"extend":  listExtend,
		"index":   listIndex,
		"insert":  listInsert,
		"pop":     listPop,
		"remove":  listRemove,
		"reverse": listReverse,
		"sort":    listSort,
	}
}

// newList is list(iterable=()), checking the memory of the result first.
// https://docs.python.org/3.11/library/stdtypes.html#list
func newList(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("list", "list", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return py.NewList(), nil
	}
	items, err := collectItems(st, args[0])
	if err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

// listAppend is list.append(x).
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listAppend(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnOneArg("list.append", args, kw); err != nil {
		return nil, err
	}
	if len(l.Items) == cap(l.Items) {
		if err := st.Alloc(int64(2*cap(l.Items)+8) * slotSize); err != nil {
			return nil, err
		}
	}
	l.Items = append(l.Items, args[0])
	return py.None, nil
}

// listClear is list.clear().
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listClear(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnNoArgs("list.clear", args, kw); err != nil {
		return nil, err
	}
	if l.Items != nil {
		l.Items = []py.Object{}
	}
	return py.None, nil
}

// listCopy is list.copy().
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnNoArgs("list.copy", args, kw); err != nil {
		return nil, err
	}
	if err := st.Alloc(int64(len(l.Items)) * slotSize); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(l.Items))/16 + 1); err != nil {
		return nil, err
	}
	return l.Copy(), nil
}

// listCount is list.count(x).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func listCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnOneArg("list.count", args, kw); err != nil {
		return nil, err
	}
	n, err := countEqual(st, func(i int) (py.Object, bool) {
		if i < len(l.Items) {
			return l.Items[i], true
		}
		return nil, false
	}, args[0])
	return py.Int(n), err
}

// countEqual counts the items equal to x; item(i) returns the i-th item
// and false past the end (a list may change while it is counted).
func countEqual(st *run.State, item func(int) (py.Object, bool), x py.Object) (int64, error) {
	var n int64
	for i := 0; ; i++ {
		v, ok := item(i)
		if !ok {
			return n, nil
		}
		if err := st.Charge(1); err != nil {
			return 0, err
		}
		eq, err := Equal(st, v, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
}

// listExtend is list.extend(iterable).
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listExtend(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnOneArg("list.extend", args, kw); err != nil {
		return nil, err
	}
	if other, ok := args[0].(*py.List); ok && other == l {
		if err := st.Alloc(int64(len(l.Items)) * 2 * slotSize); err != nil {
			return nil, err
		}
		items, err := collectItems(st, py.Tuple(l.Items))
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, items...)
		return py.None, nil
	}
	if n, ok := knownLen(args[0]); ok {
		if err := st.CheckAlloc((int64(len(l.Items)) + n) * slotSize); err != nil {
			return nil, err
		}
	}
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		if len(l.Items) == cap(l.Items) {
			if err := st.Alloc(int64(2*cap(l.Items)+8) * slotSize); err != nil {
				return true, err
			}
		}
		l.Items = append(l.Items, item)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// sliceBounds resolves the optional start and stop arguments of index()
// against length n, as CPython's slice-index conversion does.
func sliceBounds(args py.Tuple, n int) (int, int, error) {
	start, stop := 0, n
	for i, a := range args {
		if a == py.None {
			continue
		}
		v, err := indexBig(a)
		if err != nil {
			if m, _ := specialMethod(a, "__index__"); m == nil {
				return 0, 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or have an __index__ method")
			}
			return 0, 0, err
		}
		x := clampIndex(v, n)
		if i == 0 {
			start = x
		} else {
			stop = x
		}
	}
	return start, stop, nil
}

// clampIndex converts a possibly negative index to [0, n].
func clampIndex(v *big.Int, n int) int {
	if !v.IsInt64() {
		if v.Sign() < 0 {
			return 0
		}
		return n
	}
	x := v.Int64()
	if x < 0 {
		x += int64(n)
		if x < 0 {
			x = 0
		}
	}
	if x > int64(n) {
		x = int64(n)
	}
	return int(x)
}

// listIndex is list.index(x[, start[, stop]]).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func listIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnClinicArgs("index", "list.index", args, kw, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := sliceBounds(args[1:], len(l.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	r, err := Repr(st, args[0])
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
}

// listInsert is list.insert(i, x).
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listInsert(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnClinicArgs("insert", "list.insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	v, err := indexBig(args[0])
	if err != nil {
		return nil, err
	}
	i := clampIndex(v, len(l.Items))
	if len(l.Items) == cap(l.Items) {
		if err := st.Alloc(int64(2*cap(l.Items)+8) * slotSize); err != nil {
			return nil, err
		}
	}
	if err := st.Charge(int64(len(l.Items)-i)/64 + 1); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[1]
	return py.None, nil
}

// listPop is list.pop(i=-1).
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listPop(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnClinicArgs("pop", "list.pop", args, kw, 0, 1); err != nil {
		return nil, err
	}
	i := int64(-1)
	if len(args) == 1 {
		v, err := indexBig(args[0])
		if err != nil {
			return nil, err
		}
		if !v.IsInt64() {
			return nil, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		i = v.Int64()
	}
	n := int64(len(l.Items))
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	if err := st.Charge((n-i)/64 + 1); err != nil {
		return nil, err
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v, nil
}

// listRemove is list.remove(x).
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listRemove(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnOneArg("list.remove", args, kw); err != nil {
		return nil, err
	}
	for i := 0; i < len(l.Items); i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq && i < len(l.Items) {
			n := len(l.Items)
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[n-1] = nil
			l.Items = l.Items[:n-1]
			return py.None, nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
}

// listReverse is list.reverse().
// https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
func listReverse(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	if err := fnNoArgs("list.reverse", args, kw); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(l.Items))/16 + 1); err != nil {
		return nil, err
	}
	for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
	return py.None, nil
}

// listSort is list.sort(*, key=None, reverse=False).
// https://docs.python.org/3.11/library/stdtypes.html#list.sort
func listSort(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sort() takes no positional arguments")
	}
	if err := sortList(st, self.(*py.List), kw); err != nil {
		return nil, err
	}
	return py.None, nil
}

// sortList sorts l in place as CPython's list.sort: the list is empty
// while keys are computed and items compared, a change to it in that
// time is discarded and reported, and an error leaves the items a
// permutation of what they were.
func sortList(st *run.State, l *py.List, kw py.StringDict) error {
	if err := fnKwNames("sort", kw, "key", "reverse"); err != nil {
		return err
	}
	key := kw["key"]
	if key == py.None {
		key = nil
	}
	reverse := false
	if r, ok := kw["reverse"]; ok {
		v, err := indexBig(r)
		if err != nil {
			return err
		}
		reverse = v.Sign() != 0
	}
	items := l.Items
	l.Items = nil
	var keys []py.Object
	var err error
	if key != nil {
		if err = st.CheckAlloc(int64(len(items)) * slotSize); err != nil {
			l.Items = items
			return err
		}
		keys = make([]py.Object, len(items))
		for i, item := range items {
			if err = st.Charge(1); err != nil {
				break
			}
			if keys[i], err = py.Call(key, py.Tuple{item}, nil); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = sortValues(st, items, keys, reverse)
	}
	modified := l.Items != nil
	l.Items = items
	if err == nil && modified {
		return py.ExceptionNewf(py.ValueError, "list modified during sort")
	}
	return err
}
