// This file defines the itertools iterators that keep state across
// elements: groupby and its groups, tee, and the combinatoric iterators
// (product, permutations, combinations, combinations_with_replacement).
// The combinatoric iterators materialise their input pools as CPython
// does, checking the memory budget first, and charge per produced tuple
// in proportion to its length.

package builtins

import (
	"fmt"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// groupbyState is the state groupby shares with its groups, as CPython's
// groupbyobject: advancing the groupby invalidates the previous group.
type groupbyState struct {
	st      *run.State
	src     py.Object
	key     py.Object // nil: the identity
	tgtkey  py.Object // key of the current group; nil before the first
	currkey py.Object // key of currvalue; nil when there is none
	currval py.Object
	current *itIter // the group that may still yield
}

// step reads the next element and its key.
func (g *groupbyState) step() error {
	v, err := pull(g.st, g.src)
	if err != nil {
		return err
	}
	k := v
	if g.key != nil {
		if k, err = py.Call(g.key, py.Tuple{v}, nil); err != nil {
			return err
		}
	}
	g.currval, g.currkey = v, k
	return nil
}

// next is groupby.__next__: skip the rest of the current group, then
// return (key, group).
func (g *groupbyState) next() (py.Object, error) {
	g.current = nil
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			eq, err := Equal(g.st, g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		if err := g.step(); err != nil {
			return nil, err
		}
	}
	g.tgtkey = g.currkey
	tgt := g.tgtkey
	grp := &itIter{typ: grouperType, st: g.st}
	grp.next = func() (py.Object, error) {
		if g.current != grp {
			return nil, py.StopIteration
		}
		if g.currval == nil {
			if err := g.step(); err != nil {
				return nil, err
			}
		}
		eq, err := Equal(g.st, tgt, g.currkey)
		if err != nil {
			return nil, err
		}
		if !eq {
			return nil, py.StopIteration
		}
		v := g.currval
		g.currval, g.currkey = nil, nil
		return v, nil
	}
	g.current = grp
	return py.Tuple{g.currkey, grp}, nil
}

// newGroupby is groupby(iterable, key=None).
// https://docs.python.org/3.11/library/itertools.html#itertools.groupby
func newGroupby(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if n := len(args) + len(kw); n > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "groupby() takes at most 2 arguments (%d given)", n)
	}
	if err := fnKwNames("groupby", kw, "iterable", "key"); err != nil {
		return nil, err
	}
	var iterable py.Object
	var key py.Object = py.None
	if err := UnpackArgs("groupby", args, kw, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	src, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	g := &groupbyState{st: st, src: src}
	if key != py.None {
		g.key = key
	}
	return &itIter{typ: groupbyType, st: st, next: g.next}, nil
}

// teeNodeBytes is what one buffered element of a tee is accounted as.
const teeNodeBytes = 32

// teeCheckEvery is how many new elements a tee buffers between two checks
// of its size against the memory budget.
const teeCheckEvery = 64

// teeNode is one buffered element; the tees that have not read it yet
// hold the node before it.
type teeNode struct {
	v    py.Object
	next *teeNode
}

// teeShared is the source and buffer of a group of tees.
type teeShared struct {
	st    *run.State
	src   py.Object
	count int64    // elements read from src
	pos   []*int64 // how many elements each tee of the group has read
	fresh int      // elements read since the last size check
}

// lag checks that the elements buffered for the slowest tee fit the
// memory budget. Tees that are no longer used still count: the check is
// deterministic, so a script that drops a tee and reads on from another
// keeps its buffer accounted.
func (s *teeShared) lag() error {
	if err := s.st.Charge(int64(len(s.pos))); err != nil {
		return err
	}
	least := s.count
	for _, p := range s.pos {
		least = min(least, *p)
	}
	return s.st.CheckAlloc((s.count - least) * teeNodeBytes)
}

// teeIter is one of the independent iterators tee returns.
type teeIter struct {
	shared *teeShared
	cur    *teeNode // the node read last; its next is the next element
	pos    int64
	done   bool
}

// Type implements py.Object.
func (t *teeIter) Type() *py.Type { return teeType }

// M__iter__ returns the iterator itself.
func (t *teeIter) M__iter__() (py.Object, error) { return t, nil }

// M__next__ returns the next element, reading it from the source when
// this tee is the leader.
func (t *teeIter) M__next__() (py.Object, error) {
	s := t.shared
	if t.done {
		return nil, py.StopIteration
	}
	if err := s.st.Charge(1); err != nil {
		return nil, err
	}
	if t.cur.next == nil {
		v, err := nextOf(s.src)
		if err != nil {
			if isStop(err) {
				t.done = true
				return nil, py.StopIteration
			}
			return nil, err
		}
		if t.cur.next != nil {
			// The source was this group's tee and read on meanwhile.
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot re-enter the tee iterator")
		}
		t.cur.next = &teeNode{v: v}
		s.count++
		s.fresh++
		if s.fresh >= teeCheckEvery {
			s.fresh = 0
			if err := s.lag(); err != nil {
				return nil, err
			}
		}
	}
	t.cur = t.cur.next
	t.pos++
	return t.cur.v, nil
}

// M__repr__ is repr(t) for gpython's own formatting paths.
func (t *teeIter) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<itertools._tee object at %p>", t)), nil
}

// pfRepr implements nativeReprer.
func (t *teeIter) pfRepr(r *reprer, depth int) error {
	r.b.WriteString(fmt.Sprintf("<itertools._tee object at %p>", t))
	return nil
}

// copy returns a new tee of the group at the position of t.
func (t *teeIter) copy() *teeIter {
	c := &teeIter{shared: t.shared, cur: t.cur, pos: t.pos, done: t.done}
	t.shared.pos = append(t.shared.pos, &c.pos)
	return c
}

// itertoolsTee is tee(iterable, n=2). Given a tee, tee returns that tee
// and copies of it sharing its buffer, as CPython does.
// https://docs.python.org/3.11/library/itertools.html#itertools.tee
func itertoolsTee(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("tee", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var n int64 = 2
	if len(args) == 2 {
		var err error
		if n, err = indexValue(args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be >= 0")
	}
	src, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	if n > math.MaxInt32 {
		return nil, st.FailMemory(n * slotSize)
	}
	if err := st.Alloc(n * (slotSize + 64)); err != nil {
		return nil, err
	}
	if err := st.Charge(n); err != nil {
		return nil, err
	}
	out := make(py.Tuple, n)
	if n == 0 {
		return out, nil
	}
	first, ok := src.(*teeIter) // CPython returns the tee itself first
	if !ok {
		s := &teeShared{st: st, src: src}
		first = &teeIter{shared: s, cur: &teeNode{}}
		s.pos = append(s.pos, &first.pos)
	}
	out[0] = first
	for i := int64(1); i < n; i++ {
		out[i] = first.copy()
	}
	return out, nil
}

// pool materialises an input of a combinatoric iterator.
func pool(st *run.State, iterable py.Object) ([]py.Object, error) {
	return collectItems(st, iterable)
}

// emit returns the tuple of the pool elements at indices, charging for
// its size.
func emit(st *run.State, pool []py.Object, indices []int) (py.Object, error) {
	if err := st.Charge(int64(len(indices))/16 + 1); err != nil {
		return nil, err
	}
	if err := st.CheckAlloc(int64(len(indices)) * slotSize); err != nil {
		return nil, err
	}
	out := make(py.Tuple, len(indices))
	for i, j := range indices {
		out[i] = pool[j]
	}
	return out, nil
}

// newProduct is product(*iterables, repeat=1).
// https://docs.python.org/3.11/library/itertools.html#itertools.product
func newProduct(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var repeat int64 = 1
	for k, v := range kw {
		if k != "repeat" {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for product()", k)
		}
		var err error
		if repeat, err = indexValue(v); err != nil {
			return nil, err
		}
	}
	if repeat < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "repeat argument cannot be negative")
	}
	n := int64(len(args))
	if n > 0 && repeat > math.MaxInt32/n {
		return nil, py.ExceptionNewf(py.OverflowError, "repeat argument too large")
	}
	npools := int(n * repeat)
	if err := st.CheckAlloc(int64(npools) * (slotSize + 24)); err != nil {
		return nil, err
	}
	pools := make([][]py.Object, 0, npools)
	for _, a := range args {
		p, err := pool(st, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, p)
	}
	for i := int64(1); i < repeat && n > 0; i++ {
		if err := st.Charge(n); err != nil {
			return nil, err
		}
		pools = append(pools, pools[:n]...)
	}
	if repeat == 0 {
		pools = pools[:0]
	}
	indices := make([]int, npools)
	started := false
	return &itIter{typ: productType, st: st, next: func() (py.Object, error) {
		if !started {
			started = true
			for _, p := range pools {
				if len(p) == 0 {
					return nil, py.StopIteration
				}
			}
		} else {
			i := npools - 1
			for ; i >= 0; i-- {
				if err := st.Charge(1); err != nil {
					return nil, err
				}
				indices[i]++
				if indices[i] < len(pools[i]) {
					break
				}
				indices[i] = 0
			}
			if i < 0 {
				return nil, py.StopIteration
			}
		}
		if err := st.Charge(int64(npools)/16 + 1); err != nil {
			return nil, err
		}
		if err := st.CheckAlloc(int64(npools) * slotSize); err != nil {
			return nil, err
		}
		out := make(py.Tuple, npools)
		for i, j := range indices {
			out[i] = pools[i][j]
		}
		return out, nil
	}}, nil
}

// rArg converts the r argument of the combinatoric iterators.
func rArg(r py.Object) (int64, error) {
	n, err := indexValue(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "r must be non-negative")
	}
	return n, nil
}

// newPermutations is permutations(iterable, r=None).
// https://docs.python.org/3.11/library/itertools.html#itertools.permutations
func newPermutations(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("permutations", kw, "iterable", "r"); err != nil {
		return nil, err
	}
	var iterable py.Object
	var robj py.Object = py.None
	if err := UnpackArgs("permutations", args, kw, "iterable", &iterable, "r?", &robj); err != nil {
		return nil, err
	}
	p, err := pool(st, iterable)
	if err != nil {
		return nil, err
	}
	n := int64(len(p))
	r := n
	if robj != py.None {
		switch robj.(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			return nil, py.ExceptionNewf(py.TypeError, "Expected int as r")
		}
		if r, err = rArg(robj); err != nil {
			return nil, err
		}
	}
	if r > n {
		return &itIter{typ: permutationsType, st: st, next: func() (py.Object, error) {
			return nil, py.StopIteration
		}}, nil
	}
	if err := st.Alloc(n * 16); err != nil {
		return nil, err
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = int(n) - i
	}
	started := false
	ri := int(r)
	return &itIter{typ: permutationsType, st: st, next: func() (py.Object, error) {
		if !started {
			started = true
			return emit(st, p, indices[:ri])
		}
		for i := ri - 1; i >= 0; i-- {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			cycles[i]--
			if cycles[i] == 0 {
				if err := st.Charge(int64(len(indices)-i)/16 + 1); err != nil {
					return nil, err
				}
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[len(indices)-1] = first
				cycles[i] = int(n) - i
				continue
			}
			j := len(indices) - cycles[i]
			indices[i], indices[j] = indices[j], indices[i]
			return emit(st, p, indices[:ri])
		}
		return nil, py.StopIteration
	}}, nil
}

// combArgs unpacks (iterable, r) of combinations and
// combinations_with_replacement.
func combArgs(st *run.State, name string, args py.Tuple, kw py.StringDict) ([]py.Object, int64, error) {
	if err := fnKwNames(name, kw, "iterable", "r"); err != nil {
		return nil, 0, err
	}
	var iterable, robj py.Object
	if err := UnpackArgs(name, args, kw, "iterable", &iterable, "r", &robj); err != nil {
		return nil, 0, err
	}
	p, err := pool(st, iterable)
	if err != nil {
		return nil, 0, err
	}
	r, err := rArg(robj)
	return p, r, err
}

// newCombinations is combinations(iterable, r).
// https://docs.python.org/3.11/library/itertools.html#itertools.combinations
func newCombinations(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p, r, err := combArgs(st, "combinations", args, kw)
	if err != nil {
		return nil, err
	}
	n := len(p)
	if r > int64(n) {
		return &itIter{typ: combinationsType, st: st, next: func() (py.Object, error) {
			return nil, py.StopIteration
		}}, nil
	}
	if err := st.Alloc(r * 8); err != nil {
		return nil, err
	}
	ri := int(r)
	indices := make([]int, ri)
	for i := range indices {
		indices[i] = i
	}
	started := false
	return &itIter{typ: combinationsType, st: st, next: func() (py.Object, error) {
		if !started {
			started = true
			return emit(st, p, indices)
		}
		i := ri - 1
		for ; i >= 0 && indices[i] == i+n-ri; i-- {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
		}
		if i < 0 {
			return nil, py.StopIteration
		}
		indices[i]++
		for j := i + 1; j < ri; j++ {
			indices[j] = indices[j-1] + 1
		}
		return emit(st, p, indices)
	}}, nil
}

// newCombWithRepl is combinations_with_replacement(iterable, r).
// https://docs.python.org/3.11/library/itertools.html#itertools.combinations_with_replacement
func newCombWithRepl(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p, r, err := combArgs(st, "combinations_with_replacement", args, kw)
	if err != nil {
		return nil, err
	}
	n := len(p)
	if n == 0 && r > 0 {
		return &itIter{typ: combWithReplType, st: st, next: func() (py.Object, error) {
			return nil, py.StopIteration
		}}, nil
	}
	if r > math.MaxInt32 {
		return nil, st.FailMemory(r * 8)
	}
	if err := st.Alloc(r * 8); err != nil {
		return nil, err
	}
	ri := int(r)
	indices := make([]int, ri)
	started := false
	return &itIter{typ: combWithReplType, st: st, next: func() (py.Object, error) {
		if !started {
			started = true
			return emit(st, p, indices)
		}
		i := ri - 1
		for ; i >= 0 && indices[i] == n-1; i-- {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
		}
		if i < 0 {
			return nil, py.StopIteration
		}
		v := indices[i] + 1
		for j := i; j < ri; j++ {
			indices[j] = v
		}
		return emit(st, p, indices)
	}}, nil
}

// M__eq__ is identity.
func (t *teeIter) M__eq__(other py.Object) (py.Object, error) { return identityEq(t, other) }

// M__ne__ is non-identity.
func (t *teeIter) M__ne__(other py.Object) (py.Object, error) { return identityNe(t, other) }
