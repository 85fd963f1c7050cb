// This file defines the heapq module: CPython's _heapq sift functions,
// with the same comparisons in the same order, so that heaps are laid
// out exactly as in CPython, and heapq.py's nlargest, nsmallest and
// merge.

package builtins

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// heapqModule describes the heapq module.
// https://docs.python.org/3.11/library/heapq.html
func heapqModule() *moduleSpec {
	return &moduleSpec{name: "heapq", build: func(st *run.State) (py.StringDict, error) {
		return py.StringDict{
			"heappush":    moduleFunc(st, "heappush", heapqPush),
			"heappop":     moduleFunc(st, "heappop", heapqPop),
			"heapify":     moduleFunc(st, "heapify", heapqHeapify),
			"heapreplace": moduleFunc(st, "heapreplace", heapqReplace),
			"heappushpop": moduleFunc(st, "heappushpop", heapqPushPop),
			"nlargest":    moduleFunc(st, "nlargest", heapqNlargest),
			"nsmallest":   moduleFunc(st, "nsmallest", heapqNsmallest),
			"merge":       moduleFunc(st, "merge", heapqMerge),
		}, nil
	}}
}

// heap is a list being sifted; max selects the max-heap variants that
// nsmallest and merge(reverse=True) use.
type heap struct {
	st  *run.State
	l   *py.List
	max bool
}

// less is a < b for a min-heap, b < a for a max-heap: only `<`, as
// CPython.
func (h heap) less(a, b py.Object) (bool, error) {
	if h.max {
		a, b = b, a
	}
	if ea, ok := a.(*heapEntry); ok {
		if eb, ok := b.(*heapEntry); ok {
			return ea.less(h.st, eb)
		}
	}
	return orderCompare(h.st, vm.PyCmp_LT, a, b)
}

// heapEntry is a decorated element of the heaps nlargest, nsmallest and
// merge keep internally: heapq.py's (key, order, elem) tuples or lists,
// compared as CPython compares those tuples. Orders are distinct, so a
// comparison never reaches elem. Entries never reach the script.
type heapEntry struct {
	key   py.Object
	order int64
	elem  py.Object
}

var heapEntryType = py.NewType("heapq.entry", "")

// Type implements py.Object.
func (e *heapEntry) Type() *py.Type { return heapEntryType }

// less is the tuple comparison (e.key, e.order) < (o.key, o.order): keys
// that are identical or equal defer to the orders.
func (e *heapEntry) less(st *run.State, o *heapEntry) (bool, error) {
	if !same(e.key, o.key) {
		eq, err := Equal(st, e.key, o.key)
		if err != nil {
			return false, err
		}
		if !eq {
			return orderCompare(st, vm.PyCmp_LT, e.key, o.key)
		}
	}
	return e.order < o.order, nil
}

func heapChanged() error {
	return py.ExceptionNewf(py.RuntimeError, "list changed size during iteration")
}

// siftdown is _heapqmodule.c's siftdown: move the item at pos up
// towards startpos.
func (h heap) siftdown(startpos, pos int) error {
	size := len(h.l.Items)
	if pos >= size {
		return py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := h.less(h.l.Items[pos], h.l.Items[parentpos])
		if err != nil {
			return err
		}
		if size != len(h.l.Items) {
			return heapChanged()
		}
		if !lt {
			break
		}
		h.l.Items[pos], h.l.Items[parentpos] = h.l.Items[parentpos], h.l.Items[pos]
		pos = parentpos
	}
	return nil
}

// siftup is _heapqmodule.c's siftup: move the smaller child up until a
// leaf, then sift the item at pos down.
func (h heap) siftup(pos int) error {
	endpos := len(h.l.Items)
	startpos := pos
	if pos >= endpos {
		return py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := h.less(h.l.Items[childpos], h.l.Items[childpos+1])
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(h.l.Items) {
				return heapChanged()
			}
		}
		h.l.Items[childpos], h.l.Items[pos] = h.l.Items[pos], h.l.Items[childpos]
		pos = childpos
	}
	return h.siftdown(startpos, pos)
}

// heapify is _heapqmodule.c's heapify_internal, including the cache
// friendly order it uses for lists longer than 2,500.
func (h heap) heapify() error {
	n := len(h.l.Items)
	if n > 2500 {
		m := n >> 1
		leftmost := keepTopBit(m+1) - 1
		mhalf := m >> 1
		sift := func(i int) error {
			for j := i; ; j >>= 1 {
				if err := h.siftup(j); err != nil {
					return err
				}
				if j&1 == 0 {
					return nil
				}
			}
		}
		for i := leftmost - 1; i >= mhalf; i-- {
			if err := sift(i); err != nil {
				return err
			}
		}
		for i := m - 1; i >= leftmost; i-- {
			if err := sift(i); err != nil {
				return err
			}
		}
		return nil
	}
	for i := n>>1 - 1; i >= 0; i-- {
		if err := h.siftup(i); err != nil {
			return err
		}
	}
	return nil
}

// keepTopBit returns n with all but its highest set bit cleared.
func keepTopBit(n int) int {
	i := 0
	for n > 1 {
		n >>= 1
		i++
	}
	return n << i
}

// pop is heappop_internal.
func (h heap) pop() (py.Object, error) {
	n := len(h.l.Items)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	last := h.l.Items[n-1]
	h.l.Items[n-1] = nil
	h.l.Items = h.l.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h.l.Items[0]
	h.l.Items[0] = last
	if err := h.siftup(0); err != nil {
		return nil, err
	}
	return ret, nil
}

// replace is heapreplace_internal.
func (h heap) replace(item py.Object) (py.Object, error) {
	if len(h.l.Items) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	ret := h.l.Items[0]
	h.l.Items[0] = item
	if err := h.siftup(0); err != nil {
		return nil, err
	}
	return ret, nil
}

// heapList checks the heap argument of the module functions.
func heapList(st *run.State, fname string, o py.Object, nargs int) (heap, error) {
	l, ok := o.(*py.List)
	if !ok {
		arg := "argument"
		if nargs > 1 {
			arg = "argument 1"
		}
		tn := strTypeName(o)
		if o == py.None {
			tn = "None" // _PyArg_BadArgument names None itself
		}
		return heap{}, py.ExceptionNewf(py.TypeError, "%s() %s must be list, not %s", fname, arg, tn)
	}
	return heap{st: st, l: l}, nil
}

// heapArgs checks the positional arguments of a module function taking
// exactly n of them.
func heapArgs(fname string, args py.Tuple, kw py.StringDict, n int) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", fname)
	}
	if len(args) != n {
		if n == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", fname, n, len(args))
	}
	return nil
}

// heapqPush is heapq.heappush(heap, item).
// https://docs.python.org/3.11/library/heapq.html#heapq.heappush
func heapqPush(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := heapArgs("heappush", args, kw, 2); err != nil {
		return nil, err
	}
	h, err := heapList(st, "heappush", args[0], 2)
	if err != nil {
		return nil, err
	}
	if err := listAppendItem(st, h.l, args[1]); err != nil {
		return nil, err
	}
	return py.None, h.siftdown(0, len(h.l.Items)-1)
}

// heapqPop is heapq.heappop(heap).
// https://docs.python.org/3.11/library/heapq.html#heapq.heappop
func heapqPop(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 || len(args) != 1 {
		if len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "heappop() takes no keyword arguments")
		}
		return nil, py.ExceptionNewf(py.TypeError, "heappop() takes exactly one argument (%d given)", len(args))
	}
	h, err := heapList(st, "heappop", args[0], 1)
	if err != nil {
		return nil, err
	}
	return h.pop()
}

// heapqHeapify is heapq.heapify(x).
// https://docs.python.org/3.11/library/heapq.html#heapq.heapify
func heapqHeapify(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "heapify() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "heapify() takes exactly one argument (%d given)", len(args))
	}
	h, err := heapList(st, "heapify", args[0], 1)
	if err != nil {
		return nil, err
	}
	return py.None, h.heapify()
}

// heapqReplace is heapq.heapreplace(heap, item).
// https://docs.python.org/3.11/library/heapq.html#heapq.heapreplace
func heapqReplace(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := heapArgs("heapreplace", args, kw, 2); err != nil {
		return nil, err
	}
	h, err := heapList(st, "heapreplace", args[0], 2)
	if err != nil {
		return nil, err
	}
	return h.replace(args[1])
}

// heapqPushPop is heapq.heappushpop(heap, item).
// https://docs.python.org/3.11/library/heapq.html#heapq.heappushpop
func heapqPushPop(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := heapArgs("heappushpop", args, kw, 2); err != nil {
		return nil, err
	}
	h, err := heapList(st, "heappushpop", args[0], 2)
	if err != nil {
		return nil, err
	}
	item := args[1]
	if len(h.l.Items) == 0 {
		return item, nil
	}
	lt, err := h.less(h.l.Items[0], item)
	if err != nil {
		return nil, err
	}
	if !lt {
		return item, nil
	}
	return h.replace(item)
}

// heapqNlargest is heapq.nlargest(n, iterable, key=None).
// https://docs.python.org/3.11/library/heapq.html#heapq.nlargest
func heapqNlargest(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return heapqSelect(st, "nlargest", args, kw, true)
}

// heapqNsmallest is heapq.nsmallest(n, iterable, key=None).
// https://docs.python.org/3.11/library/heapq.html#heapq.nsmallest
func heapqNsmallest(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return heapqSelect(st, "nsmallest", args, kw, false)
}

// heapqSelect is heapq.py's nlargest (largest) or nsmallest: min or max
// for n == 1, sorted() when n covers a sized iterable, else a heap of n
// decorated entries (key, order, elem) or (elem, order), compared as
// tuples exactly as CPython compares them.
func heapqSelect(st *run.State, fname string, args py.Tuple, kw py.StringDict, largest bool) (py.Object, error) {
	var nObj, iterable py.Object
	key := py.Object(py.None)
	if err := UnpackArgs(fname, args, kw, "n", &nObj, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	if eq, err := Equal(st, nObj, py.Int(1)); err != nil {
		return nil, err
	} else if eq {
		mkw := py.StringDict{"default": py.None}
		if key != py.None {
			mkw["key"] = key
		}
		op := int32(vm.PyCmp_LT)
		if largest {
			op = vm.PyCmp_GT
		}
		var found bool
		res, err := minMax(st, fname, op, py.Tuple{&heapqWatch{inner: iterable, seen: &found}}, mkw)
		if err != nil || !found {
			return py.NewList(), err
		}
		return py.NewListFromItems([]py.Object{res}), nil
	}
	if size, err := lenInt(iterable); err == nil {
		ge, err := orderCompare(st, vm.PyCmp_GE, nObj, py.Int(size))
		if err != nil {
			return nil, err
		}
		if ge {
			items, err := collectItems(st, iterable)
			if err != nil {
				return nil, err
			}
			skw := py.StringDict{}
			if key != py.None {
				skw["key"] = key
			}
			if largest {
				skw["reverse"] = py.True
			}
			l := py.NewListFromItems(items)
			if err := sortList(st, l, skw); err != nil {
				return nil, err
			}
			return l, nil
		}
	} else if st.Failed() || !py.IsException(py.TypeError, err) {
		return nil, err
	}
	n, err := indexValue(nObj)
	if err != nil {
		return nil, err
	}
	it, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	// The decorated entries: (elem, order) or (key(elem), order, elem).
	result := py.NewList()
	var order int64
	step := int64(1)
	if largest {
		step = -1
	}
	decorate := func(elem py.Object, order int64) (py.Object, error) {
		if key == py.None {
			return &heapEntry{key: elem, order: order, elem: elem}, nil
		}
		k, err := py.Call(key, py.Tuple{elem}, nil)
		if err != nil {
			return nil, err
		}
		return &heapEntry{key: k, order: order, elem: elem}, nil
	}
	for i := int64(0); i < n; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		elem, err := nextOf(it)
		if err != nil {
			if isStop(err) {
				break
			}
			return nil, err
		}
		e, err := decorate(elem, order)
		if err != nil {
			return nil, err
		}
		order += step
		if err := listAppendItem(st, result, e); err != nil {
			return nil, err
		}
	}
	if len(result.Items) == 0 {
		return result, nil
	}
	h := heap{st: st, l: result, max: !largest}
	if err := h.heapify(); err != nil {
		return nil, err
	}
	top := result.Items[0].(*heapEntry).key
	err = drain(st, it, func(elem py.Object) (bool, error) {
		k := elem
		if key != py.None {
			var err error
			if k, err = py.Call(key, py.Tuple{elem}, nil); err != nil {
				return true, err
			}
		}
		var better bool
		var err error
		if largest {
			better, err = orderCompare(st, vm.PyCmp_LT, top, k)
		} else {
			better, err = orderCompare(st, vm.PyCmp_LT, k, top)
		}
		if err != nil || !better {
			return err != nil, err
		}
		if _, err := h.replace(&heapEntry{key: k, order: order, elem: elem}); err != nil {
			return true, err
		}
		if len(result.Items) == 0 {
			return true, py.ExceptionNewf(py.IndexError, "list index out of range")
		}
		top = result.Items[0].(*heapEntry).key
		order += step
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if err := heapSortEntries(st, result.Items, largest); err != nil {
		return nil, err
	}
	out := make([]py.Object, len(result.Items))
	for i, e := range result.Items {
		out[i] = e.(*heapEntry).elem
	}
	return py.NewListFromItems(out), nil
}

// heapqWatch iterates inner and records whether it produced an element,
// so that nlargest(1, ...) tells an empty iterable from a None maximum
// as heapq.py's sentinel does.
type heapqWatch struct {
	inner py.Object
	it    py.Object
	seen  *bool
}

func (w *heapqWatch) Type() *py.Type { return heapqMergeType }

func (w *heapqWatch) M__iter__() (py.Object, error) { return w, nil }

func (w *heapqWatch) M__next__() (py.Object, error) {
	if w.it == nil {
		it, err := iterOf(w.inner)
		if err != nil {
			return nil, err
		}
		w.it = it
	}
	v, err := nextOf(w.it)
	if err == nil {
		*w.seen = true
	}
	return v, err
}

var heapqMergeType = py.NewType("generator", "")

// heapqMerger is the generator heapq.merge returns: heapq.py's merge,
// with heap entries (value, order) or (key, order) whose orders are
// distinct, so that comparisons never reach the iterators.
type heapqMerger struct {
	st      *run.State
	h       heap
	iters   map[int64]py.Object // order -> the iterator
	key     py.Object
	pending []py.Object // iterables not yet started
	started bool
	last    py.Object // the single remaining iterator, once one is left
	advance bool      // the iterator at the top must be advanced first
	done    bool
}

func (m *heapqMerger) Type() *py.Type { return heapqMergeType }

// M__repr__ is repr(m): <generator object at 0x...>.
func (m *heapqMerger) M__repr__() (py.Object, error) { return iterRepr(m) }

// M__eq__ is identity, as for generators.
func (m *heapqMerger) M__eq__(other py.Object) (py.Object, error) {
	return py.NewBool(other == py.Object(m)), nil
}

// M__ne__ is the negation of M__eq__.
func (m *heapqMerger) M__ne__(other py.Object) (py.Object, error) {
	return py.NewBool(other != py.Object(m)), nil
}

// M__iter__ returns the generator itself.
func (m *heapqMerger) M__iter__() (py.Object, error) { return m, nil }

// heapqMerge is heapq.merge(*iterables, key=None, reverse=False).
// https://docs.python.org/3.11/library/heapq.html#heapq.merge
func heapqMerge(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	key := py.Object(py.None)
	reverse := false
	if err := UnpackArgs("merge", nil, kw, "$key?", &key, "$reverse?", &reverse); err != nil {
		return nil, err
	}
	return &heapqMerger{
		st: st, h: heap{st: st, l: py.NewList(), max: reverse}, key: key,
		pending: append([]py.Object(nil), args...),
		iters:   map[int64]py.Object{},
	}, nil
}

// start is the setup part of merge: one entry per non-empty iterable,
// then heapify.
func (m *heapqMerger) start() error {
	m.started = true
	dir := int64(1)
	if m.h.max {
		dir = -1
	}
	for i, iterable := range m.pending {
		if err := m.st.Charge(1); err != nil {
			return err
		}
		it, err := iterOf(iterable)
		if err != nil {
			return err
		}
		v, err := nextOf(it)
		if err != nil {
			if isStop(err) {
				continue
			}
			return err
		}
		order := int64(i) * dir
		e, err := m.entry(v, order)
		if err != nil {
			return err
		}
		m.iters[order] = it
		if err := listAppendItem(m.st, m.h.l, e); err != nil {
			return err
		}
	}
	m.pending = nil
	return m.h.heapify()
}

// entry decorates the value v of the iterable of the given order.
func (m *heapqMerger) entry(v py.Object, order int64) (py.Object, error) {
	if m.key == py.None {
		return &heapEntry{key: v, order: order, elem: v}, nil
	}
	k, err := py.Call(m.key, py.Tuple{v}, nil)
	if err != nil {
		return nil, err
	}
	return &heapEntry{key: k, order: order, elem: v}, nil
}

// M__next__ yields the next value in merged order. As heapq.py's
// generator, the iterator whose value was yielded last is advanced only
// at the next call.
func (m *heapqMerger) M__next__() (py.Object, error) {
	if err := m.st.Charge(1); err != nil {
		return nil, err
	}
	v, err := m.next()
	if err != nil {
		m.done = true
	}
	return v, err
}

func (m *heapqMerger) next() (py.Object, error) {
	if m.done {
		return nil, py.StopIteration
	}
	if !m.started {
		if err := m.start(); err != nil {
			return nil, err
		}
	}
	if m.last != nil {
		return nextOf(m.last)
	}
	if m.advance {
		m.advance = false
		order, _ := m.top()
		next, err := nextOf(m.iters[order])
		switch {
		case err != nil && isStop(err):
			if _, err := m.h.pop(); err != nil {
				return nil, err
			}
			delete(m.iters, order)
		case err != nil:
			return nil, err
		default:
			e, err := m.entry(next, order)
			if err != nil {
				return nil, err
			}
			if _, err := m.h.replace(e); err != nil {
				return nil, err
			}
		}
	}
	switch len(m.h.l.Items) {
	case 0:
		return nil, py.StopIteration
	case 1:
		// Only one iterator left: yield its value, then the rest of it.
		order, value := m.top()
		m.last = m.iters[order]
		m.h.l.Items = nil
		return value, nil
	}
	_, value := m.top()
	m.advance = true
	return value, nil
}

// top returns the order and the value of the entry at the top of the
// heap, which is not empty.
func (m *heapqMerger) top() (int64, py.Object) {
	e := m.h.l.Items[0].(*heapEntry)
	return e.order, e.elem
}

// heapSortEntries is result.sort(reverse=largest) on decorated entries:
// a stable insertion of each entry with the tuple comparison. The list
// holds at most n entries.
func heapSortEntries(st *run.State, items []py.Object, reverse bool) error {
	for i := 1; i < len(items); i++ {
		x := items[i].(*heapEntry)
		lo, hi := 0, i
		for lo < hi {
			mid := (lo + hi) / 2
			var lt bool
			var err error
			if reverse {
				lt, err = items[mid].(*heapEntry).less(st, x)
			} else {
				lt, err = x.less(st, items[mid].(*heapEntry))
			}
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(items[lo+1:i+1], items[lo:i])
		items[lo] = x
	}
	return nil
}
