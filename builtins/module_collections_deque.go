// This file defines collections.deque: a ring buffer of values with an
// optional maximum length, its methods, operators and iterators.

package builtins

import (
	"strconv"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// deque is a collections.deque. Its items live in a ring buffer; state
// counts the mutations that invalidate iterators, as CPython's does. A
// deque belongs to the run that made it: the methods gpython calls
// without a run state (len, d[i], iteration, ==) meter against st.
type deque struct {
	st     *run.State
	buf    []py.Object // the ring; len(buf) is its capacity
	head   int         // index in buf of the first item
	n      int         // number of items
	maxlen int         // -1 when unbounded
	state  uint64      // incremented by every mutation that moves items
	slots  int         // buffer slots accounted against the memory budget
}

var (
	_ py.I__getitem__  = (*deque)(nil)
	_ py.I__setitem__  = (*deque)(nil)
	_ py.I__delitem__  = (*deque)(nil)
	_ py.I__len__      = (*deque)(nil)
	_ py.I__iter__     = (*deque)(nil)
	_ py.I__reversed__ = (*deque)(nil)
	_ py.I__contains__ = (*deque)(nil)
	_ py.I__eq__       = (*deque)(nil)
	_ py.I__add__      = (*deque)(nil)
	_ py.I__mul__      = (*deque)(nil)
	_ py.I__hash__     = (*deque)(nil)
)

// Type implements py.Object.
func (d *deque) Type() *py.Type { return dequeType }

// at returns item i (0 <= i < n).
func (d *deque) at(i int) py.Object { return d.buf[(d.head+i)%len(d.buf)] }

// set replaces item i (0 <= i < n).
func (d *deque) set(i int, x py.Object) { d.buf[(d.head+i)%len(d.buf)] = x }

// items returns the items in order (a copy).
func (d *deque) items() []py.Object {
	res := make([]py.Object, d.n)
	for i := range res {
		res[i] = d.at(i)
	}
	return res
}

// reserve makes room for one more item, growing the ring and accounting
// the new slots against the memory budget.
func (d *deque) reserve() error {
	if d.n < len(d.buf) {
		return nil
	}
	newCap := max(8, 2*len(d.buf))
	if extra := newCap - d.slots; extra > 0 {
		if err := d.st.Alloc(int64(extra) * slotSize); err != nil {
			return err
		}
		d.slots = newCap
	}
	buf := make([]py.Object, newCap)
	for i := 0; i < d.n; i++ {
		buf[i] = d.at(i)
	}
	d.buf, d.head = buf, 0
	return nil
}

// pushBack appends x, dropping the first item of a full bounded deque.
func (d *deque) pushBack(x py.Object) error {
	if d.maxlen == 0 {
		return nil
	}
	if d.n == d.maxlen {
		d.popFront()
	}
	if err := d.reserve(); err != nil {
		return err
	}
	d.buf[(d.head+d.n)%len(d.buf)] = x
	d.n++
	d.state++
	return nil
}

// pushFront prepends x, dropping the last item of a full bounded deque.
func (d *deque) pushFront(x py.Object) error {
	if d.maxlen == 0 {
		return nil
	}
	if d.n == d.maxlen {
		d.popBack()
	}
	if err := d.reserve(); err != nil {
		return err
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = x
	d.n++
	d.state++
	return nil
}

// popFront removes and returns the first item (n > 0).
func (d *deque) popFront() py.Object {
	x := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return x
}

// popBack removes and returns the last item (n > 0).
func (d *deque) popBack() py.Object {
	i := (d.head + d.n - 1) % len(d.buf)
	x := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return x
}

// replaceAll makes items the contents of d (len(items) <= maxlen).
func (d *deque) replaceAll(items []py.Object) error {
	if extra := len(items) - d.slots; extra > 0 {
		if err := d.st.Alloc(int64(extra) * slotSize); err != nil {
			return err
		}
		d.slots = len(items)
	}
	d.buf = make([]py.Object, max(len(items), 8))
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
	d.state++
	return nil
}

// extend appends the items of iterable, one step each; an infinite
// iterable ends at the step limit.
func (d *deque) extend(st *run.State, iterable py.Object, left bool) error {
	if o, ok := iterable.(*deque); ok && o == d {
		iterable = py.Tuple(d.items())
	}
	return forEachItem(st, iterable, func(x py.Object) (bool, error) {
		if left {
			return false, d.pushFront(x)
		}
		return false, d.pushBack(x)
	})
}

// dequeClass describes collections.deque.
// https://docs.python.org/3.11/library/collections.html#collections.deque
func dequeClass() *nativeClass {
	return &nativeClass{
		typ:  dequeType,
		ctor: newDeque,
		methods: MethodTable{
			"append":     dequeAppend,
			"appendleft": dequeAppendleft,
			"clear":      dequeClear,
			"copy":       dequeCopy,
			"count":      dequeCount,
			"extend":     dequeExtend,
			"extendleft": dequeExtendleft,
			"index":      dequeIndex,
			"insert":     dequeInsert,
			"pop":        dequePop,
			"popleft":    dequePopleft,
			"remove":     dequeRemove,
			"reverse":    dequeReverse,
			"rotate":     dequeRotate,
		},
		attrs: func(st *run.State, self py.Object, name string) (py.Object, bool, error) {
			d, ok := self.(*deque)
			if !ok || name != "maxlen" {
				return nil, false, nil
			}
			if d.maxlen < 0 {
				return py.None, true, nil
			}
			return py.Int(d.maxlen), true, nil
		},
	}
}

// newDequeIn returns an empty deque of the run st.
func newDequeIn(st *run.State, maxlen int) *deque {
	return &deque{st: st, maxlen: maxlen}
}

// newDeque is deque(iterable=(), maxlen=None).
// https://docs.python.org/3.11/library/collections.html#collections.deque
func newDeque(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var iterable py.Object
	var maxlen py.Object = py.None
	if err := UnpackArgs("deque", args, kw, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return nil, err
	}
	m := -1
	if maxlen != py.None {
		switch maxlen.(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
		}
		v, err := indexValue(maxlen)
		if err != nil {
			return nil, err
		}
		if v < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "maxlen must be non-negative")
		}
		m = int(min(v, 1<<40))
	}
	d := newDequeIn(st, m)
	if iterable != nil {
		if err := d.extend(st, iterable, false); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// dequeAppend is deque.append(x).
// https://docs.python.org/3.11/library/collections.html#collections.deque.append
func dequeAppend(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.append", args, kw); err != nil {
		return nil, err
	}
	return py.None, self.(*deque).pushBack(args[0])
}

// dequeAppendleft is deque.appendleft(x).
// https://docs.python.org/3.11/library/collections.html#collections.deque.appendleft
func dequeAppendleft(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.appendleft", args, kw); err != nil {
		return nil, err
	}
	return py.None, self.(*deque).pushFront(args[0])
}

// dequeClear is deque.clear().
// https://docs.python.org/3.11/library/collections.html#collections.deque.clear
func dequeClear(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("deque.clear", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	clear(d.buf)
	d.head, d.n = 0, 0
	d.state++
	return py.None, nil
}

// dequeCopy is deque.copy(): a shallow copy with the same maxlen.
// https://docs.python.org/3.11/library/collections.html#collections.deque.copy
func dequeCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("deque.copy", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if err := st.Charge(int64(d.n) + 1); err != nil {
		return nil, err
	}
	res := newDequeIn(st, d.maxlen)
	return res, res.replaceAll(d.items())
}

// dequeCount is deque.count(x).
// https://docs.python.org/3.11/library/collections.html#collections.deque.count
func dequeCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.count", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	state, n := d.state, d.n
	count := 0
	for i := 0; i < n; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, d.at(i), args[0])
		if err != nil {
			return nil, err
		}
		if d.state != state {
			return nil, py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			count++
		}
	}
	return py.Int(count), nil
}

// dequeExtend is deque.extend(iterable).
// https://docs.python.org/3.11/library/collections.html#collections.deque.extend
func dequeExtend(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.extend", args, kw); err != nil {
		return nil, err
	}
	return py.None, self.(*deque).extend(st, args[0], false)
}

// dequeExtendleft is deque.extendleft(iterable): the items end up in
// reverse order.
// https://docs.python.org/3.11/library/collections.html#collections.deque.extendleft
func dequeExtendleft(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.extendleft", args, kw); err != nil {
		return nil, err
	}
	return py.None, self.(*deque).extend(st, args[0], true)
}

// notInDeque is CPython's ValueError of index and remove.
func notInDeque(st *run.State, x py.Object) error {
	r, err := Repr(st, x)
	if err != nil {
		return err
	}
	return py.ExceptionNewf(py.ValueError, "%s is not in deque", r)
}

// dequeIndex is deque.index(x[, start[, stop]]).
// https://docs.python.org/3.11/library/collections.html#collections.deque.index
func dequeIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("index", "deque.index", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := self.(*deque)
	start, stop, err := sliceBounds(args[1:], d.n)
	if err != nil {
		return nil, err
	}
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, d.at(i), args[0])
		if err != nil {
			return nil, err
		}
		if d.state != state {
			return nil, py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return py.Int(i), nil
		}
	}
	return nil, notInDeque(st, args[0])
}

// dequeInsert is deque.insert(i, x).
// https://docs.python.org/3.11/library/collections.html#collections.deque.insert
func dequeInsert(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("insert", "deque.insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	d := self.(*deque)
	idx, err := indexBig(args[0])
	if err != nil {
		return nil, err
	}
	if d.n == d.maxlen {
		return nil, py.ExceptionNewf(py.IndexError, "deque already at its maximum size")
	}
	i := clampIndex(idx, d.n)
	if err := st.Charge(int64(d.n) + 1); err != nil {
		return nil, err
	}
	items := d.items()
	items = append(items[:i], append([]py.Object{args[1]}, items[i:]...)...)
	return py.None, d.replaceAll(items)
}

// dequePop is deque.pop(): removes and returns the last item.
// https://docs.python.org/3.11/library/collections.html#collections.deque.pop
func dequePop(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("deque.pop", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if d.n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
	}
	return d.popBack(), nil
}

// dequePopleft is deque.popleft(): removes and returns the first item.
// https://docs.python.org/3.11/library/collections.html#collections.deque.popleft
func dequePopleft(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("deque.popleft", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if d.n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
	}
	return d.popFront(), nil
}

// dequeRemove is deque.remove(x): removes the first item equal to x.
// https://docs.python.org/3.11/library/collections.html#collections.deque.remove
func dequeRemove(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("deque.remove", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	state, n := d.state, d.n
	for i := 0; i < n; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, d.at(i), args[0])
		if err != nil {
			return nil, err
		}
		if d.state != state {
			return nil, py.ExceptionNewf(py.IndexError, "deque mutated during remove().")
		}
		if eq {
			if err := st.Charge(int64(d.n)); err != nil {
				return nil, err
			}
			items := d.items()
			return py.None, d.replaceAll(append(items[:i], items[i+1:]...))
		}
	}
	return nil, notInDeque(st, args[0])
}

// dequeReverse is deque.reverse(), in place.
// https://docs.python.org/3.11/library/collections.html#collections.deque.reverse
func dequeReverse(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("deque.reverse", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if err := st.Charge(int64(d.n) + 1); err != nil {
		return nil, err
	}
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		x, y := d.at(i), d.at(j)
		d.set(i, y)
		d.set(j, x)
	}
	return py.None, nil
}

// dequeRotate is deque.rotate(n=1): n steps to the right (left when n is
// negative).
// https://docs.python.org/3.11/library/collections.html#collections.deque.rotate
func dequeRotate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("rotate", "deque.rotate", args, kw, 0, 1); err != nil {
		return nil, err
	}
	d := self.(*deque)
	var k int64 = 1
	if len(args) == 1 {
		v, err := indexBig(args[0])
		if err != nil {
			return nil, err
		}
		if !v.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		k = v.Int64()
	}
	if d.n <= 1 {
		return py.None, nil
	}
	k %= int64(d.n)
	if k < 0 {
		k += int64(d.n)
	}
	if k == 0 {
		return py.None, nil
	}
	if err := st.Charge(int64(d.n)); err != nil {
		return nil, err
	}
	items := d.items()
	rotated := append(append([]py.Object{}, items[int64(d.n)-k:]...), items[:int64(d.n)-k]...)
	return py.None, d.replaceAll(rotated)
}

// index resolves a subscript of d to an item index.
func (d *deque) index(key py.Object) (int, error) {
	if _, ok := key.(*py.Slice); ok {
		return 0, py.ExceptionNewf(py.TypeError, "sequence index must be integer, not 'slice'")
	}
	v, err := indexBig(key)
	if err != nil {
		if d.st.Failed() {
			return 0, err
		}
		return 0, py.ExceptionNewf(py.TypeError, "sequence index must be integer, not '%s'", typeName(key))
	}
	if !v.IsInt64() {
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i := v.Int64()
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, py.ExceptionNewf(py.IndexError, "deque index out of range")
	}
	return int(i), nil
}

// M__getitem__ is d[i].
func (d *deque) M__getitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	return d.at(i), nil
}

// M__setitem__ is d[i] = x.
func (d *deque) M__setitem__(key, value py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	d.set(i, value)
	return py.None, nil
}

// M__delitem__ is del d[i].
func (d *deque) M__delitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	if err := d.st.Charge(int64(d.n)); err != nil {
		return nil, err
	}
	items := d.items()
	return py.None, d.replaceAll(append(items[:i], items[i+1:]...))
}

// M__len__ is len(d).
func (d *deque) M__len__() (py.Object, error) { return py.Int(d.n), nil }

// M__bool__ is bool(d).
func (d *deque) M__bool__() (py.Object, error) { return py.NewBool(d.n > 0), nil }

// M__hash__ raises CPython's TypeError: deques are mutable.
func (d *deque) M__hash__() (py.Object, error) { return nil, unhashable(d) }

// M__contains__ is x in d.
func (d *deque) M__contains__(x py.Object) (py.Object, error) {
	state, n := d.state, d.n
	for i := 0; i < n; i++ {
		if err := d.st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(d.st, d.at(i), x)
		if err != nil {
			return nil, err
		}
		if d.state != state {
			return nil, py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__iter__ is iter(d).
func (d *deque) M__iter__() (py.Object, error) {
	return &dequeIter{d: d, state: d.state, left: d.n}, nil
}

// M__reversed__ is reversed(d).
func (d *deque) M__reversed__() (py.Object, error) {
	return &dequeIter{d: d, state: d.state, left: d.n, i: d.n - 1, back: true}, nil
}

// compare is d op other for two deques, lexicographic as for lists.
func (d *deque) compare(op int32, other py.Object) (py.Object, error) {
	o, ok := other.(*deque)
	if !ok {
		if op == vm.PyCmp_EQ || op == vm.PyCmp_NE || isUserValue(other) {
			return py.NotImplemented, nil
		}
		return nil, notOrderable(op, d, other)
	}
	st := d.st
	if err := st.Enter(); err != nil {
		return nil, err
	}
	defer st.Leave()
	if (op == vm.PyCmp_EQ || op == vm.PyCmp_NE) && d.n != o.n {
		return py.NewBool(op == vm.PyCmp_NE), nil
	}
	a, b := d.items(), o.items()
	for i := 0; i < len(a) && i < len(b); i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		eq, err := Equal(st, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		switch op {
		case vm.PyCmp_EQ:
			return py.False, nil
		case vm.PyCmp_NE:
			return py.True, nil
		}
		return Compare(st, op, a[i], b[i])
	}
	return plainCompare(op, py.Int(len(a)), py.Int(len(b)))
}

// M__eq__ is d == other.
func (d *deque) M__eq__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_EQ, other) }

// M__ne__ is d != other.
func (d *deque) M__ne__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_NE, other) }

// M__lt__ is d < other.
func (d *deque) M__lt__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_LT, other) }

// M__le__ is d <= other.
func (d *deque) M__le__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_LE, other) }

// M__gt__ is d > other.
func (d *deque) M__gt__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_GT, other) }

// M__ge__ is d >= other.
func (d *deque) M__ge__(other py.Object) (py.Object, error) { return d.compare(vm.PyCmp_GE, other) }

// M__add__ is d + other: a new deque, for a deque other only.
func (d *deque) M__add__(other py.Object) (py.Object, error) {
	o, ok := other.(*deque)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can only concatenate deque (not \"%s\") to deque", typeName(other))
	}
	if err := d.st.CheckAlloc(int64(d.n+o.n) * slotSize); err != nil {
		return nil, err
	}
	res := newDequeIn(d.st, d.maxlen)
	if err := res.extend(d.st, py.Tuple(d.items()), false); err != nil {
		return nil, err
	}
	return res, res.extend(d.st, py.Tuple(o.items()), false)
}

// M__iadd__ is d += iterable: d.extend(iterable).
func (d *deque) M__iadd__(other py.Object) (py.Object, error) {
	if err := d.extend(d.st, other, false); err != nil {
		return nil, err
	}
	return d, nil
}

// repeat returns the items of d repeated times, keeping the last maxlen.
func (d *deque) repeat(times py.Object) ([]py.Object, error) {
	k, ok := intValue(times)
	if !ok {
		return nil, nil
	}
	if k.Sign() <= 0 || d.n == 0 {
		return []py.Object{}, nil
	}
	total := int64(1) << 62
	if k.IsInt64() && k.Int64() < total/int64(d.n) {
		total = k.Int64() * int64(d.n)
	}
	keep := total
	if d.maxlen >= 0 && int64(d.maxlen) < keep {
		keep = int64(d.maxlen)
	}
	if err := d.st.CheckAlloc(keep * slotSize); err != nil {
		return nil, err
	}
	if err := d.st.Charge(keep + 1); err != nil {
		return nil, err
	}
	res := make([]py.Object, keep)
	for i := int64(0); i < keep; i++ {
		res[i] = d.at(int((total - keep + i) % int64(d.n)))
	}
	return res, nil
}

// M__mul__ is d * n.
func (d *deque) M__mul__(other py.Object) (py.Object, error) {
	items, err := d.repeat(other)
	if err != nil || items == nil {
		if err == nil {
			return py.NotImplemented, nil
		}
		return nil, err
	}
	res := newDequeIn(d.st, d.maxlen)
	return res, res.replaceAll(items)
}

// M__rmul__ is n * d.
func (d *deque) M__rmul__(other py.Object) (py.Object, error) { return d.M__mul__(other) }

// M__imul__ is d *= n, in place.
func (d *deque) M__imul__(other py.Object) (py.Object, error) {
	items, err := d.repeat(other)
	if err != nil || items == nil {
		if err == nil {
			return py.NotImplemented, nil
		}
		return nil, err
	}
	return d, d.replaceAll(items)
}

// M__repr__ is repr(d).
func (d *deque) M__repr__() (py.Object, error) {
	s, err := Repr(d.st, d)
	return py.String(s), err
}

// pfRepr writes deque([...]) or deque([...], maxlen=n); a deque that
// contains itself prints as [...] inside, as CPython's does.
func (d *deque) pfRepr(r *reprer, depth int) error {
	if r.onStack(d) {
		r.b.WriteString("[...]")
		return nil
	}
	r.b.WriteString("deque(")
	if err := r.seq("[", "]", d.items(), d, depth, false); err != nil {
		return err
	}
	if d.maxlen >= 0 {
		r.b.WriteString(", maxlen=" + strconv.Itoa(d.maxlen))
	}
	r.b.WriteString(")")
	return nil
}

// dequeIter iterates a deque forwards or backwards. It raises CPython's
// RuntimeError once the deque is mutated.
type dequeIter struct {
	d     *deque
	state uint64
	i     int // next index
	left  int
	back  bool
}

var (
	dequeIterType    = &py.Type{ObjectType: py.TypeType, Name: "_collections._deque_iterator", Dict: py.StringDict{}}
	dequeRevIterType = &py.Type{ObjectType: py.TypeType, Name: "_collections._deque_reverse_iterator", Dict: py.StringDict{}}
)

// Type implements py.Object.
func (it *dequeIter) Type() *py.Type {
	if it.back {
		return dequeRevIterType
	}
	return dequeIterType
}

// M__iter__ returns the iterator itself.
func (it *dequeIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next item.
func (it *dequeIter) M__next__() (py.Object, error) {
	if it.d.state != it.state {
		it.left = 0
		return nil, py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
	}
	if it.left <= 0 {
		return nil, py.StopIteration
	}
	if err := it.d.st.Charge(1); err != nil {
		return nil, err
	}
	x := it.d.at(it.i)
	it.left--
	if it.back {
		it.i--
	} else {
		it.i++
	}
	return x, nil
}
