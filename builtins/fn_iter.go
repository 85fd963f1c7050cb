// This file defines metered iteration for Go builtins (forEachItem, collect)
// and the lazy iterators pyfence's builtins return: enumerate, filter, map,
// zip, reversed and iter(callable, sentinel). Every element a Go loop or a
// __next__ pulls from an underlying iterable charges one step; the run
// state polls its deadline every 1,024 steps.

package builtins

import (
	"fmt"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// slotSize is the bytes one element slot of a list or tuple costs: a Go
// interface value.
const slotSize = 16

// isStop reports whether err is StopIteration (or a subclass), whatever
// shape gpython gave it.
func isStop(err error) bool {
	switch e := err.(type) {
	case *py.ExceptionInfo:
		return e != nil && py.IsException(py.StopIteration, *e)
	case nil:
		return false
	}
	return py.IsException(py.StopIteration, err)
}

// forEachItem calls fn with each element of the iterable obj, charging one
// step per element. fn returns true to stop early. Lists are read live by
// index, as CPython's list iterator does, so a list that grows while it
// is iterated is seen growing (and the steps budget ends the loop).
func forEachItem(st *run.State, obj py.Object, fn func(py.Object) (bool, error)) error {
	switch x := obj.(type) {
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := st.Charge(1); err != nil {
				return err
			}
			if stop, err := fn(x.Items[i]); stop || err != nil {
				return err
			}
		}
		return nil
	case py.Tuple:
		for _, item := range x {
			if err := st.Charge(1); err != nil {
				return err
			}
			if stop, err := fn(item); stop || err != nil {
				return err
			}
		}
		return nil
	case py.String:
		for _, r := range string(x) {
			if err := st.Charge(1); err != nil {
				return err
			}
			if stop, err := fn(py.String(string(r))); stop || err != nil {
				return err
			}
		}
		return nil
	case py.Bytes:
		for _, b := range x {
			if err := st.Charge(1); err != nil {
				return err
			}
			if stop, err := fn(py.Int(b)); stop || err != nil {
				return err
			}
		}
		return nil
	case *py.Range:
		for i := py.Int(0); i < x.Length; i++ {
			if err := st.Charge(1); err != nil {
				return err
			}
			if stop, err := fn(x.Start + i*x.Step); stop || err != nil {
				return err
			}
		}
		return nil
	}
	it, err := iterOf(obj)
	if err != nil {
		return err
	}
	return drain(st, it, fn)
}

// drain pulls the elements of the iterator it until it is exhausted or fn
// returns true.
func drain(st *run.State, it py.Object, fn func(py.Object) (bool, error)) error {
	for {
		if err := st.Charge(1); err != nil {
			return err
		}
		item, err := nextOf(it)
		if err != nil {
			if isStop(err) {
				return nil
			}
			return err
		}
		if stop, err := fn(item); stop || err != nil {
			return err
		}
	}
}

// knownLen returns the length of the sequences whose length is known
// without iterating.
func knownLen(obj py.Object) (int64, bool) {
	switch x := obj.(type) {
	case *py.List:
		return int64(len(x.Items)), true
	case py.Tuple:
		return int64(len(x)), true
	case py.String:
		return int64(len(x)), true // bytes: an upper bound on runes
	case py.Bytes:
		return int64(len(x)), true
	case *py.Range:
		return int64(x.Length), true
	}
	return 0, false
}

// collect returns the elements of obj in a new slice, checking the memory
// budget before the slice is allocated (known lengths) or each time it
// grows (other iterables).
func collectItems(st *run.State, obj py.Object) ([]py.Object, error) {
	var out []py.Object
	if n, ok := knownLen(obj); ok {
		if err := st.Alloc(n * slotSize); err != nil {
			return nil, err
		}
		if _, isStr := obj.(py.String); !isStr {
			out = make([]py.Object, 0, n)
		}
	}
	err := forEachItem(st, obj, func(item py.Object) (bool, error) {
		if len(out) == cap(out) {
			if err := st.Alloc(int64(2*cap(out)+8) * slotSize); err != nil {
				return true, err
			}
		}
		out = append(out, item)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// truth is bool(o).
func truthOf(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// Types of the lazy iterators below.
var (
	enumerateType        = py.NewType("enumerate", "")
	filterType           = py.NewType("filter", "")
	mapType              = py.NewType("map", "")
	zipType              = py.NewType("zip", "")
	reversedType         = py.NewType("reversed", "")
	callableIteratorType = py.NewType("callable_iterator", "")
)

// enumerateIter is enumerate(iterable, start).
type enumerateIter struct {
	st    *run.State
	it    py.Object
	count py.Object
}

func (e *enumerateIter) Type() *py.Type                { return enumerateType }
func (e *enumerateIter) M__iter__() (py.Object, error) { return e, nil }
func (e *enumerateIter) M__repr__() (py.Object, error) { return iterRepr(e) }

func (e *enumerateIter) M__next__() (py.Object, error) {
	if err := e.st.Charge(1); err != nil {
		return nil, err
	}
	item, err := nextOf(e.it)
	if err != nil {
		return nil, err
	}
	n := e.count
	next, err := py.Add(n, py.Int(1))
	if err != nil {
		return nil, err
	}
	e.count = next
	return py.Tuple{n, item}, nil
}

// newEnumerate is enumerate(iterable, start=0).
// https://docs.python.org/3.11/library/functions.html#enumerate
func newEnumerate(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if n := len(args) + len(kw); n > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() takes at most 2 arguments (%d given)", n)
	}
	if err := fnKwNames("enumerate", kw, "iterable", "start"); err != nil {
		return nil, err
	}
	if _, ok := kw["iterable"]; !ok && len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable'")
	}
	var iterable py.Object
	var start py.Object = py.Int(0)
	if err := UnpackArgs("enumerate", args, kw, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	v, err := indexBig(start)
	if err != nil {
		return nil, err
	}
	start = intFromBig(v)
	it, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	return &enumerateIter{st: st, it: it, count: start}, nil
}

// filterIter is filter(function, iterable).
type filterIter struct {
	st *run.State
	fn py.Object // nil: keep truthy elements
	it py.Object
}

func (f *filterIter) Type() *py.Type                { return filterType }
func (f *filterIter) M__iter__() (py.Object, error) { return f, nil }
func (f *filterIter) M__repr__() (py.Object, error) { return iterRepr(f) }

func (f *filterIter) M__next__() (py.Object, error) {
	for {
		if err := f.st.Charge(1); err != nil {
			return nil, err
		}
		item, err := nextOf(f.it)
		if err != nil {
			return nil, err
		}
		keep := item
		if f.fn != nil {
			if keep, err = py.Call(f.fn, py.Tuple{item}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := truthOf(keep)
		if err != nil {
			return nil, err
		}
		if ok {
			return item, nil
		}
	}
}

// newFilter is filter(function, iterable).
// https://docs.python.org/3.11/library/functions.html#filter
func newFilter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("filter", "filter", args, kw, 2, 2); err != nil {
		return nil, err
	}
	var fn, iterable py.Object
	if err := UnpackArgs("filter", args, nil, "function", &fn, "iterable", &iterable); err != nil {
		return nil, err
	}
	it, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	if fn == py.None {
		fn = nil
	}
	return &filterIter{st: st, fn: fn, it: it}, nil
}

// mapIter is map(function, *iterables).
type mapIter struct {
	st  *run.State
	fn  py.Object
	its []py.Object
}

func (m *mapIter) Type() *py.Type                { return mapType }
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }
func (m *mapIter) M__repr__() (py.Object, error) { return iterRepr(m) }

func (m *mapIter) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.its))
	for i, it := range m.its {
		if err := m.st.Charge(1); err != nil {
			return nil, err
		}
		item, err := nextOf(it)
		if err != nil {
			return nil, err
		}
		args[i] = item
	}
	return py.Call(m.fn, args, nil)
}

// newMap is map(function, iterable, *iterables).
// https://docs.python.org/3.11/library/functions.html#map
func newMap(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "map() must have at least two arguments.")
	}
	its, err := iters(st, args[1:])
	if err != nil {
		return nil, err
	}
	return &mapIter{st: st, fn: args[0], its: its}, nil
}

// iters returns an iterator for each iterable.
func iters(st *run.State, iterables py.Tuple) ([]py.Object, error) {
	its := make([]py.Object, len(iterables))
	for i, o := range iterables {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		it, err := iterOf(o)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	st     *run.State
	its    []py.Object
	strict bool
	done   bool
}

func (z *zipIter) Type() *py.Type                { return zipType }
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }
func (z *zipIter) M__repr__() (py.Object, error) { return iterRepr(z) }

func (z *zipIter) M__next__() (py.Object, error) {
	if z.done || len(z.its) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		if err := z.st.Charge(1); err != nil {
			return nil, err
		}
		item, err := nextOf(it)
		if err != nil {
			if !isStop(err) {
				return nil, err
			}
			z.done = true
			if z.strict {
				return nil, z.strictError(i)
			}
			return nil, err
		}
		out[i] = item
	}
	return out, nil
}

// strictError is the ValueError of zip(strict=True) when iterator i is
// exhausted first, or when i == 0 and a later iterator still has items.
func (z *zipIter) strictError(i int) error {
	plural := func(i int) string {
		if i == 1 {
			return "argument 1"
		}
		return "arguments 1-" + itoa(i)
	}
	if i > 0 {
		return py.ExceptionNewf(py.ValueError, "zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(z.its); j++ {
		if err := z.st.Charge(1); err != nil {
			return err
		}
		_, err := nextOf(z.its[j])
		if err == nil {
			return py.ExceptionNewf(py.ValueError, "zip() argument %d is longer than %s", j+1, plural(j))
		}
		if !isStop(err) {
			return err
		}
	}
	return py.StopIteration
}

// newZip is zip(*iterables, strict=False).
// https://docs.python.org/3.11/library/functions.html#zip
func newZip(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	strict := false
	for k, v := range kw {
		if k != "strict" {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for zip()", k)
		}
		b, err := truthOf(v)
		if err != nil {
			return nil, err
		}
		strict = b
	}
	its, err := iters(st, args)
	if err != nil {
		return nil, err
	}
	return &zipIter{st: st, its: its, strict: strict}, nil
}

// reversedIter walks a sequence backwards by index: lists are read live,
// as CPython's list_reverseiterator does.
type reversedIter struct {
	st    *run.State
	seq   py.Object // *py.List, py.Tuple, *py.Range, py.Bytes or an object with __getitem__
	runes []rune    // the characters of a str, when seq is nil
	i     int64     // next index; -1 when exhausted
}

func (r *reversedIter) Type() *py.Type                { return reversedType }
func (r *reversedIter) M__iter__() (py.Object, error) { return r, nil }
func (r *reversedIter) M__repr__() (py.Object, error) { return iterRepr(r) }

func (r *reversedIter) M__next__() (py.Object, error) {
	if err := r.st.Charge(1); err != nil {
		return nil, err
	}
	if r.i < 0 {
		return nil, py.StopIteration
	}
	i := r.i
	r.i--
	if r.runes != nil {
		return py.String(string(r.runes[i])), nil
	}
	switch s := r.seq.(type) {
	case *py.List:
		if i >= int64(len(s.Items)) {
			r.i = -1
			return nil, py.StopIteration
		}
		return s.Items[i], nil
	case py.Tuple:
		return s[i], nil
	case *py.Range:
		return s.Start + py.Int(i)*s.Step, nil
	case py.Bytes:
		return py.Int(s[i]), nil
	}
	item, err := py.GetItem(r.seq, py.Int(i))
	if err != nil && (py.IsException(py.IndexError, err) || isStop(err)) {
		r.i = -1
		return nil, py.StopIteration
	}
	return item, err
}

// newReversed is reversed(seq).
// https://docs.python.org/3.11/library/functions.html#reversed
func newReversed(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("reversed", "reversed", args, kw, 1, 1); err != nil {
		return nil, err
	}
	seq := args[0]
	switch s := seq.(type) {
	case *py.List:
		return &reversedIter{st: st, seq: s, i: int64(len(s.Items)) - 1}, nil
	case py.Tuple:
		return &reversedIter{st: st, seq: s, i: int64(len(s)) - 1}, nil
	case *py.Range:
		return &reversedIter{st: st, seq: s, i: int64(s.Length) - 1}, nil
	case py.String:
		if err := st.CheckAlloc(int64(len(s)) * 4); err != nil {
			return nil, err
		}
		if err := st.Charge(int64(len(s))/64 + 1); err != nil {
			return nil, err
		}
		rs := []rune(string(s))
		return &reversedIter{st: st, runes: rs, i: int64(len(rs)) - 1}, nil
	case py.Bytes:
		return &reversedIter{st: st, seq: s, i: int64(len(s)) - 1}, nil
	}
	if r, ok := seq.(py.I__reversed__); ok { // pyfence's dict and its views
		return r.M__reversed__()
	}
	if res, ok, err := callSpecialMethod(seq, "__reversed__"); ok || err != nil {
		return res, err
	}
	if r, ok := seq.(py.I__reversed__); ok {
		// Go values with a reverse iterator: dict (and its subclasses),
		// collections.deque.
		return r.M__reversed__()
	}
	if t, ok := isInstance(seq); ok {
		if t.Type().Lookup("__getitem__") != nil && t.Type().Lookup("__len__") != nil {
			n, err := lenInt(seq)
			if err != nil {
				return nil, err
			}
			return &reversedIter{st: st, seq: seq, i: n - 1}, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
}

// callableIter is iter(callable, sentinel).
type callableIter struct {
	st       *run.State
	fn       py.Object
	sentinel py.Object
	done     bool
}

func (c *callableIter) Type() *py.Type                { return callableIteratorType }
func (c *callableIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callableIter) M__repr__() (py.Object, error) { return iterRepr(c) }

func (c *callableIter) M__next__() (py.Object, error) {
	if c.done {
		return nil, py.StopIteration
	}
	if err := c.st.Charge(1); err != nil {
		return nil, err
	}
	v, err := py.Call(c.fn, nil, nil)
	if err != nil {
		if isStop(err) {
			c.done = true
		}
		return nil, err
	}
	eq, err := Equal(c.st, v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		c.done = true
		return nil, py.StopIteration
	}
	return v, nil
}

func itoa(i int) string {
	return strconv.Itoa(i)
}

// iterRepr is the repr of an iterator object: <zip object at 0x...>.
func iterRepr(o py.Object) (py.Object, error) {
	return py.String(fmt.Sprintf("<%s object at %p>", o.Type().Name, o)), nil
}
