// This file defines collections.Counter: a pyfence dict (with the
// extension counterExt) whose missing keys count zero, with the counting
// methods and the multiset operators of CPython 3.11's Counter.

package builtins

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// counterExt is the extension of a Counter.
type counterExt struct{}

// extType is Counter.
func (counterExt) extType() *py.Type { return counterType }

// missing is Counter.__missing__: a missing element counts zero, and is
// not stored.
func (counterExt) missing(*run.State, *Dict, py.Object) (py.Object, error) {
	return py.Int(0), nil
}

// quietDelete: del c[x] ignores a missing x.
func (counterExt) quietDelete() bool { return true }

// equal is Counter == Counter (3.10): equal counts, missing counts being
// zero. Against another dict, the plain comparison applies.
func (counterExt) equal(st *run.State, d, other *Dict, depth int) (bool, bool, error) {
	if other.Type() != counterType {
		return false, false, nil
	}
	if err := st.Enter(); err != nil {
		return false, true, err
	}
	defer st.Leave()
	eq, err := counterAll(st, d, other, vm.PyCmp_EQ)
	return eq, true, err
}

// order is the multiset inclusion of Counter (3.10): c <= d when every
// count of c is at most d's, missing counts being zero.
func (counterExt) order(st *run.State, d *Dict, op string, other py.Object) (py.Object, bool, error) {
	o, ok := other.(*Dict)
	if !ok || o.Type() != counterType {
		return nil, false, nil
	}
	var cmp int32
	switch op {
	case "<", "<=":
		cmp = vm.PyCmp_LE
	default:
		cmp = vm.PyCmp_GE
	}
	res, err := counterAll(st, d, o, cmp)
	if err != nil || !res || op == "<=" || op == ">=" {
		return py.NewBool(res), true, err
	}
	eq, err := counterAll(st, d, o, vm.PyCmp_EQ)
	return py.NewBool(!eq), true, err
}

// counterAll reports whether a[e] op b[e] holds for every element e of a
// and of b, missing counts being zero.
func counterAll(st *run.State, a, b *Dict, op int32) (bool, error) {
	for _, c := range []*Dict{a, b} {
		for _, e := range c.Keys() {
			if err := st.Charge(1); err != nil {
				return false, err
			}
			x, err := counterGet(st, a, e)
			if err != nil {
				return false, err
			}
			y, err := counterGet(st, b, e)
			if err != nil {
				return false, err
			}
			ok, err := compareTruth(st, op, x, y)
			if err != nil || !ok {
				return false, err
			}
		}
	}
	return true, nil
}

// compareTruth is bool(a op b).
func compareTruth(st *run.State, op int32, a, b py.Object) (bool, error) {
	r, err := Compare(st, op, a, b)
	if err != nil {
		return false, err
	}
	return Truth(st, r)
}

// counterGet is c[e]: the count of e, zero when missing.
func counterGet(st *run.State, c *Dict, e py.Object) (py.Object, error) {
	v, ok, err := c.t.get(st, e)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.Int(0), nil
	}
	return v, nil
}

// positive reports whether x > 0.
func positive(st *run.State, x py.Object) (bool, error) {
	return compareTruth(st, vm.PyCmp_GT, x, py.Int(0))
}

// newCounterIn returns an empty Counter of the run st.
func newCounterIn(st *run.State) *Dict {
	d := newDictIn(st)
	d.ext = counterExt{}
	return d
}

// binary implements the multiset operators of Counter.
// https://docs.python.org/3.11/library/collections.html#collections.Counter
func (counterExt) binary(st *run.State, d *Dict, op string, other py.Object) (py.Object, error) {
	switch op {
	case "pos", "neg":
		res := newCounterIn(st)
		for _, it := range d.Items() {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			v := it[1]
			if op == "neg" {
				neg, err := compareTruth(st, vm.PyCmp_LT, v, py.Int(0))
				if err != nil {
					return nil, err
				}
				if !neg {
					continue
				}
				if v, err = Binary(st, vm.BINARY_SUBTRACT, py.Int(0), v); err != nil {
					return nil, err
				}
			} else if ok, err := positive(st, v); err != nil {
				return nil, err
			} else if !ok {
				continue
			}
			if err := res.SetItem(st, it[0], v); err != nil {
				return nil, err
			}
		}
		return res, nil
	}
	o, ok := other.(*Dict)
	if !ok || o.Type() != counterType {
		switch {
		case ok && (op == "+=" || op == "-=" || op == "|=" || op == "&="):
			return counterInplace(st, d, op, o)
		case op == "|" && isDict(other):
			// dict's | applies: a plain dict.
			res := newDictIn(st)
			if err := dictMerge(st, res, d); err != nil {
				return nil, err
			}
			if err := dictMerge(st, res, other); err != nil {
				return nil, err
			}
			return res, nil
		}
		return py.NotImplemented, nil
	}
	switch op {
	case "+=", "-=", "|=", "&=":
		return counterInplace(st, d, op, o)
	case "+", "-", "|", "&":
		return counterCombine(st, d, op, o)
	}
	return py.NotImplemented, nil
}

// counterCombine is c op o for two Counters: a new Counter of the
// positive results.
func counterCombine(st *run.State, c *Dict, op string, o *Dict) (py.Object, error) {
	res := newCounterIn(st)
	for _, it := range c.Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		elem, count := it[0], it[1]
		oc, err := counterGet(st, o, elem)
		if err != nil {
			return nil, err
		}
		var n py.Object
		switch op {
		case "+":
			n, err = Binary(st, vm.BINARY_ADD, count, oc)
		case "-":
			n, err = Binary(st, vm.BINARY_SUBTRACT, count, oc)
		case "|", "&":
			var less bool
			less, err = compareTruth(st, vm.PyCmp_LT, count, oc)
			n = count
			if less == (op == "|") {
				n = oc
			}
		}
		if err != nil {
			return nil, err
		}
		if ok, err := positive(st, n); err != nil {
			return nil, err
		} else if ok {
			if err := res.SetItem(st, elem, n); err != nil {
				return nil, err
			}
		}
	}
	if op == "&" {
		return res, nil
	}
	for _, it := range o.Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		elem, count := it[0], it[1]
		_, in, err := c.t.get(st, elem)
		if err != nil {
			return nil, err
		}
		if in {
			continue
		}
		if op == "-" {
			neg, err := compareTruth(st, vm.PyCmp_LT, count, py.Int(0))
			if err != nil {
				return nil, err
			}
			if neg {
				n, err := Binary(st, vm.BINARY_SUBTRACT, py.Int(0), count)
				if err != nil {
					return nil, err
				}
				if err := res.SetItem(st, elem, n); err != nil {
					return nil, err
				}
			}
			continue
		}
		if ok, err := positive(st, count); err != nil {
			return nil, err
		} else if ok {
			if err := res.SetItem(st, elem, count); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// counterInplace is c op= o: c updated in place, then stripped of its
// counts that are not positive.
func counterInplace(st *run.State, c *Dict, op string, o *Dict) (py.Object, error) {
	var items [][2]py.Object
	if op == "&=" {
		items = c.Items()
	} else {
		items = o.Items()
	}
	for _, it := range items {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		elem := it[0]
		mine, err := counterGet(st, c, elem)
		if err != nil {
			return nil, err
		}
		theirs, err := counterGet(st, o, elem)
		if err != nil {
			return nil, err
		}
		var n py.Object
		switch op {
		case "+=":
			n, err = Binary(st, vm.BINARY_ADD, mine, theirs)
		case "-=":
			n, err = Binary(st, vm.BINARY_SUBTRACT, mine, theirs)
		case "|=":
			var more bool
			if more, err = compareTruth(st, vm.PyCmp_GT, theirs, mine); err == nil && !more {
				continue
			}
			n = theirs
		case "&=":
			var less bool
			if less, err = compareTruth(st, vm.PyCmp_LT, theirs, mine); err == nil && !less {
				continue
			}
			n = theirs
		}
		if err != nil {
			return nil, err
		}
		if err := c.SetItem(st, elem, n); err != nil {
			return nil, err
		}
	}
	for _, it := range c.Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		ok, err := positive(st, it[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			if _, err := c.DelItem(st, it[0]); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// mostCommon returns the items of c by decreasing count, items of equal
// counts in insertion order, as sorted(c.items(), key=count,
// reverse=True) does.
func mostCommon(st *run.State, c *Dict) ([]py.Object, error) {
	items := c.Items()
	values := make([]py.Object, len(items))
	keys := make([]py.Object, len(items))
	for i, it := range items {
		values[i] = py.Tuple{it[0], it[1]}
		keys[i] = it[1]
	}
	if err := st.Charge(int64(len(items))); err != nil {
		return nil, err
	}
	if err := sortValues(st, values, keys, true); err != nil {
		return nil, err
	}
	return values, nil
}

// repr writes Counter({...}) with the items by decreasing count (in
// insertion order when counts cannot be ordered), or Counter().
func (counterExt) repr(r *reprer, d *Dict, depth int) error {
	if d.Len() == 0 {
		r.b.WriteString("Counter()")
		return nil
	}
	if r.onStack(d) {
		r.b.WriteString("Counter(...)")
		return nil
	}
	items, err := mostCommon(r.st, d)
	if err != nil {
		if r.st.Failed() || !py.IsException(py.TypeError, err) {
			return err
		}
		items = nil
		for _, it := range d.Items() {
			items = append(items, py.Tuple{it[0], it[1]})
		}
	}
	r.stack = append(r.stack, d)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString("Counter({")
	for i, it := range items {
		if i > 0 {
			r.b.WriteString(", ")
		}
		pair := it.(py.Tuple)
		if err := r.repr(pair[0], depth+1); err != nil {
			return err
		}
		r.b.WriteString(": ")
		if err := r.repr(pair[1], depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString("})")
	return nil
}

// counterClass describes collections.Counter.
// https://docs.python.org/3.11/library/collections.html#collections.Counter
func counterClass() *nativeClass {
	return &nativeClass{
		typ:  counterType,
		ctor: newCounter,
		methods: withMethods(dictMethods(), MethodTable{
			"copy":        counterCopy,
			"elements":    counterElements,
			"fromkeys":    counterFromkeys,
			"most_common": counterMostCommon,
			"subtract":    counterSubtract,
			"total":       counterTotal,
			"update":      counterUpdate,
		}),
		static: map[string]StaticFunc{
			"fromkeys": func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return counterFromkeys(st, nil, args, kw)
			},
		},
	}
}

// newCounter is Counter([iterable-or-mapping], **kwargs).
// https://docs.python.org/3.11/library/collections.html#collections.Counter
func newCounter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "Counter.__init__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	c := newCounterIn(st)
	if err := counterAdd(st, c, "update", args, kw, vm.BINARY_ADD); err != nil {
		return nil, err
	}
	return c, nil
}

// counterAdd is Counter.update (op BINARY_ADD) and Counter.subtract (op
// BINARY_SUBTRACT): counts of a mapping, or one per element of an
// iterable, then the keyword arguments.
func counterAdd(st *run.State, c *Dict, name string, args py.Tuple, kw py.StringDict, op vm.OpCode) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "Counter.%s() takes from 1 to 2 positional arguments but %d were given", name, len(args)+1)
	}
	addOne := func(elem, n py.Object) error {
		if err := st.Charge(1); err != nil {
			return err
		}
		i, h, err := c.t.lookup(st, elem)
		if err != nil {
			return err
		}
		var cur py.Object = py.Int(0)
		if i >= 0 {
			cur = c.t.entries[i].value
		}
		var v py.Object
		if x, ok := cur.(py.Int); ok && n == py.Int(1) && x < 1<<62 && x > -(1<<62) {
			if op == vm.BINARY_ADD {
				v = x + 1
			} else {
				v = x - 1
			}
		} else if v, err = Binary(st, op, cur, n); err != nil {
			return err
		}
		if i >= 0 {
			// The comparison of keys may have changed the table.
			return c.SetItem(st, elem, v)
		}
		_, err = c.t.setHashed(st, -1, elem, h, v)
		return err
	}
	// A mapping's counts are added as count + c[elem] (update) or
	// c[elem] - count (subtract); an empty Counter takes them as they
	// are on update, as CPython's fast path does.
	addMapping := func(m py.Object) error {
		items, _ := mappingEntries(m)
		if op == vm.BINARY_ADD && c.Len() == 0 {
			return dictMerge(st, c, m)
		}
		for _, it := range items {
			if err := st.Charge(1); err != nil {
				return err
			}
			cur, err := counterGet(st, c, it[0])
			if err != nil {
				return err
			}
			var v py.Object
			if op == vm.BINARY_ADD {
				v, err = Binary(st, op, it[1], cur)
			} else {
				v, err = Binary(st, op, cur, it[1])
			}
			if err != nil {
				return err
			}
			if err := c.SetItem(st, it[0], v); err != nil {
				return err
			}
		}
		return nil
	}
	if len(args) == 1 && args[0] != py.None {
		if isDict(args[0]) {
			if err := addMapping(args[0]); err != nil {
				return err
			}
		} else {
			err := forEachItem(st, args[0], func(elem py.Object) (bool, error) {
				return false, addOne(elem, py.Int(1))
			})
			if err != nil {
				return err
			}
		}
	}
	if len(kw) > 0 {
		return addMapping(kw)
	}
	return nil
}

// counterUpdate is Counter.update([iterable-or-mapping], **kwargs): counts
// are added, not replaced.
// https://docs.python.org/3.11/library/collections.html#collections.Counter.update
func counterUpdate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return py.None, counterAdd(st, self.(*Dict), "update", args, kw, vm.BINARY_ADD)
}

// counterSubtract is Counter.subtract([iterable-or-mapping], **kwargs).
// https://docs.python.org/3.11/library/collections.html#collections.Counter.subtract
func counterSubtract(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return py.None, counterAdd(st, self.(*Dict), "subtract", args, kw, vm.BINARY_SUBTRACT)
}

// counterCopy is Counter.copy().
// https://docs.python.org/3.11/library/collections.html#collections.Counter
func counterCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("Counter.copy", args, kw); err != nil {
		return nil, err
	}
	return copyDictExt(st, self.(*Dict), counterExt{})
}

// counterFromkeys is Counter.fromkeys, which CPython leaves undefined.
// https://docs.python.org/3.11/library/collections.html#collections.Counter
func counterFromkeys(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return nil, py.ExceptionNewf(py.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
}

// counterTotal is Counter.total(): the sum of the counts.
// https://docs.python.org/3.11/library/collections.html#collections.Counter.total
func counterTotal(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("Counter.total", args, kw); err != nil {
		return nil, err
	}
	var sum py.Object = py.Int(0)
	for _, it := range self.(*Dict).Items() {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		var err error
		if sum, err = Binary(st, vm.BINARY_ADD, sum, it[1]); err != nil {
			return nil, err
		}
	}
	return sum, nil
}

// counterMostCommon is Counter.most_common(n=None).
// https://docs.python.org/3.11/library/collections.html#collections.Counter.most_common
func counterMostCommon(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var n py.Object = py.None
	if err := UnpackArgs("most_common", args, kw, "n?", &n); err != nil {
		return nil, err
	}
	items, err := mostCommon(st, self.(*Dict))
	if err != nil {
		return nil, err
	}
	if n != py.None {
		k, err := indexValue(n)
		if err != nil {
			return nil, err
		}
		if k < 0 {
			k = 0
		}
		if k < int64(len(items)) {
			items = items[:k]
		}
	}
	return py.NewListFromItems(items), nil
}

// counterElements is Counter.elements(): an iterator over each element
// repeated as many times as its count (counts below one are skipped).
// https://docs.python.org/3.11/library/collections.html#collections.Counter.elements
func counterElements(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("Counter.elements", args, kw); err != nil {
		return nil, err
	}
	return &elementsIter{st: st, items: self.(*Dict).Items()}, nil
}

// elementsIter is the iterator of Counter.elements(). It works on a
// snapshot of the items, element by element, so a huge count costs a
// step per element produced, never memory.
type elementsIter struct {
	st    *run.State
	items [][2]py.Object
	i     int   // the item being repeated
	left  int64 // repetitions left of item i; -1 before it starts
	begun bool
}

var elementsIterType = &py.Type{ObjectType: py.TypeType, Name: "itertools.chain", Dict: py.StringDict{}}

// Type implements py.Object.
func (it *elementsIter) Type() *py.Type { return elementsIterType }

// M__iter__ returns the iterator itself.
func (it *elementsIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *elementsIter) M__next__() (py.Object, error) {
	for it.i < len(it.items) {
		if err := it.st.Charge(1); err != nil {
			return nil, err
		}
		if !it.begun {
			count := it.items[it.i][1]
			n, err := indexValue(count)
			if err != nil {
				if _, isBig := count.(*py.BigInt); isBig {
					return nil, err
				}
				return nil, py.ExceptionNewf(py.TypeError, "integer argument expected, got %s", count.Type().Name)
			}
			it.left, it.begun = n, true
		}
		if it.left > 0 {
			it.left--
			return it.items[it.i][0], nil
		}
		it.i++
		it.begun = false
	}
	return nil, py.StopIteration
}
