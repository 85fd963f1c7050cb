// This file defines the ordering comparisons of sort, sorted, min and max,
// and the sort itself: stable, one step per comparison, with CPython's
// exact sequence of comparisons for short lists (so side effects and the
// first TypeError match CPython's) and a stable merge sort for long ones.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// minSortRun is the length below which CPython's list.sort is one binary
// insertion sort after the first run (listobject.c: minrun for n < 64 is n).
const minSortRun = 64

// opSymbol returns the operator of an ordering comparison.
func opSymbol(op int32) string {
	switch op {
	case vm.PyCmp_LT:
		return "<"
	case vm.PyCmp_LE:
		return "<="
	case vm.PyCmp_GT:
		return ">"
	}
	return ">="
}

// reflectedOp returns the comparison a reflected special method does.
func reflectedOp(op int32) int32 {
	switch op {
	case vm.PyCmp_LT:
		return vm.PyCmp_GT
	case vm.PyCmp_LE:
		return vm.PyCmp_GE
	case vm.PyCmp_GT:
		return vm.PyCmp_LT
	}
	return vm.PyCmp_LE
}

// cmpMethod returns the special method name of an ordering comparison.
func cmpMethod(op int32) string {
	switch op {
	case vm.PyCmp_LT:
		return "__lt__"
	case vm.PyCmp_LE:
		return "__le__"
	case vm.PyCmp_GT:
		return "__gt__"
	}
	return "__ge__"
}

// notOrderable is CPython's TypeError for an ordering comparison of
// values that do not support it.
func notOrderable(op int32, a, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'",
		opSymbol(op), typeName(a), typeName(b))
}

// orderCompare computes a < b (or <=, >, >= by op) and its truth: the
// special methods of the script's classes first (a's, then b's
// reflected one), then pyfence's comparison of builtin values. Errors
// are worded as CPython's. It charges one step.
func orderCompare(st *run.State, op int32, a, b py.Object) (bool, error) {
	if err := st.Charge(1); err != nil {
		return false, err
	}
	_, instA := isInstance(a)
	_, instB := isInstance(b)
	if instA || instB {
		if res, ok, err := callSpecialMethod(a, cmpMethod(op), b); err != nil {
			return false, err
		} else if ok && res != py.NotImplemented {
			return truthOf(res)
		}
		if res, ok, err := callSpecialMethod(b, cmpMethod(reflectedOp(op)), a); err != nil {
			return false, err
		} else if ok && res != py.NotImplemented {
			return truthOf(res)
		}
		return false, notOrderable(op, a, b)
	}
	res, err := richCompare(st, op, a, b, 0)
	if err != nil {
		return false, fixOrderError(err, op, a, b)
	}
	if res == py.NotImplemented {
		return false, notOrderable(op, a, b)
	}
	return truthOf(res)
}

// fixOrderError rewords gpython's "unsupported operand type(s) for <"
// as CPython's "'<' not supported between instances of".
func fixOrderError(err error, op int32, a, b py.Object) error {
	exc, ok := err.(*py.Exception)
	if !ok || exc.Base != py.TypeError {
		return err
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return err
	}
	msg, ok := args[0].(py.String)
	if ok && strings.HasPrefix(string(msg), "unsupported operand type(s) for "+opSymbol(op)+":") {
		return notOrderable(op, a, b)
	}
	return err
}

// sorter sorts values by keys (keys == values when there is no key
// function) with a comparison that may fail.
type sorter struct {
	st     *run.State
	keys   []py.Object
	values []py.Object // nil when keys are the values
}

func (s *sorter) less(i, j int) (bool, error) {
	return orderCompare(s.st, vm.PyCmp_LT, s.keys[i], s.keys[j])
}

func (s *sorter) swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	if s.values != nil {
		s.values[i], s.values[j] = s.values[j], s.values[i]
	}
}

func (s *sorter) reverse(lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		s.swap(lo, hi)
	}
}

// sortValues sorts values in place, stably, comparing keys (parallel to
// values; nil to compare the values). With reverse, the order is
// descending and still stable, as CPython's.
func sortValues(st *run.State, values, keys []py.Object, reverse bool) error {
	s := &sorter{st: st, keys: keys, values: values}
	if keys == nil {
		s.keys, s.values = values, nil
	}
	n := len(s.keys)
	if n < 2 {
		return nil
	}
	if reverse {
		s.reverse(0, n)
	}
	var err error
	if n < minSortRun {
		err = s.shortSort(n)
	} else {
		err = s.mergeSort(n)
	}
	if reverse {
		s.reverse(0, n)
	}
	return err
}

// shortSort is CPython's listsort for n < 64: count the initial run
// (reversing a strictly descending one), then binary insertion of the
// rest, making exactly CPython's comparisons.
func (s *sorter) shortSort(n int) error {
	run := 1
	if n > 1 {
		run = 2
		desc, err := s.less(1, 0)
		if err != nil {
			return err
		}
		if desc {
			for run < n {
				lt, err := s.less(run, run-1)
				if err != nil {
					return err
				}
				if !lt {
					break
				}
				run++
			}
			s.reverse(0, run)
		} else {
			for run < n {
				lt, err := s.less(run, run-1)
				if err != nil {
					return err
				}
				if lt {
					break
				}
				run++
			}
		}
	}
	return s.binaryInsert(0, n, run)
}

// binaryInsert is CPython's binarysort: items [lo, start) are sorted;
// insert each of [start, hi) after the equal items already placed.
func (s *sorter) binaryInsert(lo, hi, start int) error {
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		for l < r {
			p := l + (r-l)>>1
			lt, err := s.lessPivot(start, p)
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		s.rotate(l, start)
	}
	return nil
}

// lessPivot compares the pivot at index start with the item at p.
func (s *sorter) lessPivot(start, p int) (bool, error) {
	return s.less(start, p)
}

// rotate moves the item at index from to index to (to <= from), shifting
// the items in between up by one.
func (s *sorter) rotate(to, from int) {
	k := s.keys[from]
	copy(s.keys[to+1:from+1], s.keys[to:from])
	s.keys[to] = k
	if s.values != nil {
		v := s.values[from]
		copy(s.values[to+1:from+1], s.values[to:from])
		s.values[to] = v
	}
}

// mergeSort sorts runs of minSortRun by binary insertion, then merges them
// bottom-up. On an error the items are left a permutation of the input.
func (s *sorter) mergeSort(n int) error {
	for lo := 0; lo < n; lo += minSortRun {
		hi := min(lo+minSortRun, n)
		if err := s.binaryInsert(lo, hi, lo); err != nil {
			return err
		}
	}
	if err := s.st.CheckAlloc(int64(n) * 2 * slotSize); err != nil {
		return err
	}
	tk := make([]py.Object, n)
	var tv []py.Object
	if s.values != nil {
		tv = make([]py.Object, n)
	}
	for width := minSortRun; width < n; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			if err := s.merge(lo, lo+width, min(lo+2*width, n), tk, tv); err != nil {
				return err
			}
		}
	}
	return nil
}

// merge merges the sorted [lo, mid) and [mid, hi) through the buffers.
// On an error the remaining items are copied back unmerged, so nothing is
// lost or duplicated.
func (s *sorter) merge(lo, mid, hi int, tk, tv []py.Object) error {
	copy(tk[lo:hi], s.keys[lo:hi])
	if tv != nil {
		copy(tv[lo:hi], s.values[lo:hi])
	}
	i, j, k := lo, mid, lo
	var err error
	for i < mid && j < hi {
		var lt bool
		lt, err = orderCompare(s.st, vm.PyCmp_LT, tk[j], tk[i])
		if err != nil {
			break
		}
		src := i
		if lt {
			src = j
			j++
		} else {
			i++
		}
		s.keys[k] = tk[src]
		if tv != nil {
			s.values[k] = tv[src]
		}
		k++
	}
	for _, r := range [][2]int{{i, mid}, {j, hi}} {
		for x := r[0]; x < r[1]; x++ {
			s.keys[k] = tk[x]
			if tv != nil {
				s.values[k] = tv[x]
			}
			k++
		}
	}
	return err
}
