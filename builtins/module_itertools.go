// This file defines the itertools module: its registry entry, the iterator
// object every itertools type shares, and the simple iterators (count,
// cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
// islice, pairwise, starmap, takewhile, zip_longest). The grouping and
// combinatoric iterators and tee are in module_itertools_comb.go.
//
// Every __next__ charges a step, and every element an iterator pulls from
// its source charges one more, so infinite iterators end at the step
// budget wherever they are consumed.

package builtins

import (
	"fmt"
	"math"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// Types of the itertools iterators, with CPython's qualified names.
var (
	countType        = py.NewType("itertools.count", "")
	cycleType        = py.NewType("itertools.cycle", "")
	repeatType       = py.NewType("itertools.repeat", "")
	accumulateType   = py.NewType("itertools.accumulate", "")
	chainType        = py.NewType("itertools.chain", "")
	compressType     = py.NewType("itertools.compress", "")
	dropwhileType    = py.NewType("itertools.dropwhile", "")
	filterfalseType  = py.NewType("itertools.filterfalse", "")
	groupbyType      = py.NewType("itertools.groupby", "")
	grouperType      = py.NewType("itertools._grouper", "")
	isliceType       = py.NewType("itertools.islice", "")
	pairwiseType     = py.NewType("itertools.pairwise", "")
	starmapType      = py.NewType("itertools.starmap", "")
	takewhileType    = py.NewType("itertools.takewhile", "")
	teeType          = py.NewType("itertools._tee", "")
	zipLongestType   = py.NewType("itertools.zip_longest", "")
	productType      = py.NewType("itertools.product", "")
	permutationsType = py.NewType("itertools.permutations", "")
	combinationsType = py.NewType("itertools.combinations", "")
	combWithReplType = py.NewType("itertools.combinations_with_replacement", "")
)

// itertoolsClasses returns the classes the itertools module binds, by
// name. Built by a function; never written.
func itertoolsClasses() map[string]*nativeClass {
	c := func(t *py.Type, ctor builtinFunc) *nativeClass { return &nativeClass{typ: t, ctor: ctor} }
	chain := c(chainType, newChain)
	chain.static = map[string]StaticFunc{"from_iterable": chainFromIterable}
	return map[string]*nativeClass{
		"count":                         c(countType, newCount),
		"cycle":                         c(cycleType, newCycle),
		"repeat":                        c(repeatType, newRepeat),
		"accumulate":                    c(accumulateType, newAccumulate),
		"chain":                         chain,
		"compress":                      c(compressType, newCompress),
		"dropwhile":                     c(dropwhileType, newDropwhile),
		"filterfalse":                   c(filterfalseType, newFilterfalse),
		"groupby":                       c(groupbyType, newGroupby),
		"islice":                        c(isliceType, newIslice),
		"pairwise":                      c(pairwiseType, newPairwise),
		"starmap":                       c(starmapType, newStarmap),
		"takewhile":                     c(takewhileType, newTakewhile),
		"zip_longest":                   c(zipLongestType, newZipLongest),
		"product":                       c(productType, newProduct),
		"permutations":                  c(permutationsType, newPermutations),
		"combinations":                  c(combinationsType, newCombinations),
		"combinations_with_replacement": c(combWithReplType, newCombWithRepl),
	}
}

// itertoolsModule describes the itertools module.
// https://docs.python.org/3.11/library/itertools.html
func itertoolsModule() *moduleSpec {
	classes := itertoolsClasses()
	spec := &moduleSpec{name: "itertools"}
	for _, c := range classes {
		spec.classes = append(spec.classes, c)
	}
	spec.build = func(st *run.State) (py.StringDict, error) {
		g := py.StringDict{"tee": moduleFunc(st, "tee", itertoolsTee)}
		for name, c := range classes {
			g[name] = classFacade(st, c)
		}
		return g, nil
	}
	return spec
}

// itIter is the iterator object of every itertools type: next computes
// the following element, and a StopIteration from it exhausts the
// iterator for good, as CPython's itertools drop their source once it is
// exhausted.
type itIter struct {
	typ  *py.Type
	st   *run.State
	next func() (py.Object, error)
	// repr writes the repr of iterators that have one (count, repeat);
	// nil means <itertools.chain object at 0x...>.
	repr func(r *reprer, depth int) error
	done bool
}

// Type implements py.Object.
func (it *itIter) Type() *py.Type { return it.typ }

// M__iter__ returns the iterator itself.
func (it *itIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element, charging a step for it.
func (it *itIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	if err := it.st.Charge(1); err != nil {
		return nil, err
	}
	v, err := it.next()
	if err != nil {
		if isStop(err) {
			it.done = true
			it.next = nil // drop the source, as CPython does
			return nil, py.StopIteration
		}
		return nil, err
	}
	return v, nil
}

// M__repr__ is repr(it) for gpython's own formatting paths.
func (it *itIter) M__repr__() (py.Object, error) {
	s, err := Repr(it.st, it)
	return py.String(s), err
}

// pfRepr implements nativeReprer.
func (it *itIter) pfRepr(r *reprer, depth int) error {
	if it.repr == nil {
		r.b.WriteString(fmt.Sprintf("<%s object at %p>", it.typ.Name, it))
		return nil
	}
	return it.repr(r, depth)
}

// pull returns the next element of the iterator it, charging a step.
func pull(st *run.State, it py.Object) (py.Object, error) {
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	return nextOf(it)
}

// positional checks the arguments of a call of a type that takes only
// positional arguments: "cycle expected 1 argument, got 0".
func positional(name string, args py.Tuple, kw py.StringDict, lo, hi int) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	switch {
	case lo == hi && n != lo:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	case n < lo:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case hi >= 0 && n > hi:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

// copyArgs returns a copy of args, checking the memory budget first.
func copyArgs(st *run.State, args py.Tuple) (py.Tuple, error) {
	if err := st.CheckAlloc(int64(len(args)) * slotSize); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(args))/16 + 1); err != nil {
		return nil, err
	}
	return args.Copy(), nil
}

// isNumber reports whether o is a number count accepts: int, bool,
// float, complex, or an instance of a script class.
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float, py.Complex:
		return true
	}
	return isUserValue(o)
}

// newCount is count(start=0, step=1).
// https://docs.python.org/3.11/library/itertools.html#itertools.count
func newCount(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("count", kw, "start", "step"); err != nil {
		return nil, err
	}
	var start, step py.Object = py.Int(0), py.Int(1)
	if err := UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, py.ExceptionNewf(py.TypeError, "a number is required")
	}
	cur := start
	it := &itIter{typ: countType, st: st}
	it.next = func() (py.Object, error) {
		v := cur
		n, err := Binary(st, vm.BINARY_ADD, cur, step)
		if err != nil {
			return nil, err
		}
		cur = n
		return v, nil
	}
	it.repr = func(r *reprer, depth int) error {
		r.b.WriteString("count(")
		if err := r.repr(cur, depth+1); err != nil {
			return err
		}
		stepOne := false
		switch s := step.(type) {
		case py.Int:
			stepOne = s == 1
		case py.Bool:
			stepOne = bool(s)
		}
		if !stepOne {
			r.b.WriteString(", ")
			if err := r.repr(step, depth+1); err != nil {
				return err
			}
		}
		r.b.WriteString(")")
		return nil
	}
	return it, nil
}

// newCycle is cycle(iterable). The elements of the first pass are saved,
// each accounted against the memory budget.
// https://docs.python.org/3.11/library/itertools.html#itertools.cycle
func newCycle(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("cycle", args, kw, 1, 1); err != nil {
		return nil, err
	}
	src, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	var saved []py.Object
	i := -1 // replaying saved[i+1...] once the source is exhausted
	return &itIter{typ: cycleType, st: st, next: func() (py.Object, error) {
		if src != nil {
			v, err := nextOf(src)
			if err == nil {
				if err := st.Alloc(slotSize); err != nil {
					return nil, err
				}
				saved = append(saved, v)
				return v, nil
			}
			if !isStop(err) {
				return nil, err
			}
			src = nil
		}
		if len(saved) == 0 {
			return nil, py.StopIteration
		}
		i = (i + 1) % len(saved)
		return saved[i], nil
	}}, nil
}

// newRepeat is repeat(object[, times]).
// https://docs.python.org/3.11/library/itertools.html#itertools.repeat
func newRepeat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("repeat", kw, "object", "times"); err != nil {
		return nil, err
	}
	var obj py.Object
	var times int64 = -1
	if err := UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	_, timed := kw["times"]
	timed = timed || len(args) == 2
	if timed && times < 0 {
		times = 0
	}
	it := &itIter{typ: repeatType, st: st}
	it.next = func() (py.Object, error) {
		if !timed {
			return obj, nil
		}
		if times <= 0 {
			return nil, py.StopIteration
		}
		times--
		return obj, nil
	}
	it.repr = func(r *reprer, depth int) error {
		r.b.WriteString("repeat(")
		if err := r.repr(obj, depth+1); err != nil {
			return err
		}
		if timed {
			r.b.WriteString(fmt.Sprintf(", %d", times))
		}
		r.b.WriteString(")")
		return nil
	}
	return it, nil
}

// newAccumulate is accumulate(iterable[, func, *, initial=None]).
// https://docs.python.org/3.11/library/itertools.html#itertools.accumulate
func newAccumulate(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "accumulate() takes at most 2 positional arguments (%d given)", len(args))
	}
	if err := fnKwNames("accumulate", kw, "iterable", "func", "initial"); err != nil {
		return nil, err
	}
	var iterable py.Object
	var fn, initial py.Object = py.None, py.None
	if err := UnpackArgs("accumulate", args, kw, "iterable", &iterable, "func?", &fn, "$initial?", &initial); err != nil {
		return nil, err
	}
	src, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	var total py.Object // nil until the first element
	pending := initial != py.None
	return &itIter{typ: accumulateType, st: st, next: func() (py.Object, error) {
		if pending {
			pending = false
			total = initial
			return total, nil
		}
		v, err := nextOf(src)
		if err != nil {
			return nil, err
		}
		if total == nil {
			total = v
			return total, nil
		}
		if fn == py.None {
			total, err = Binary(st, vm.BINARY_ADD, total, v)
		} else {
			total, err = py.Call(fn, py.Tuple{total, v}, nil)
		}
		if err != nil {
			return nil, err
		}
		return total, nil
	}}, nil
}

// chainOver returns a chain over the iterables that next yields.
func chainOver(st *run.State, iterables func() (py.Object, error)) *itIter {
	var cur py.Object
	return &itIter{typ: chainType, st: st, next: func() (py.Object, error) {
		for {
			if cur == nil {
				src, err := iterables()
				if err != nil {
					return nil, err
				}
				if cur, err = iterOf(src); err != nil {
					return nil, err
				}
			}
			v, err := nextOf(cur)
			if err == nil {
				return v, nil
			}
			if !isStop(err) {
				return nil, err
			}
			cur = nil
			if err := st.Charge(1); err != nil {
				return nil, err
			}
		}
	}}
}

// newChain is chain(*iterables). Each iterable is iterated when the chain
// reaches it.
// https://docs.python.org/3.11/library/itertools.html#itertools.chain
func newChain(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "chain() takes no keyword arguments")
	}
	srcs, err := copyArgs(st, args)
	if err != nil {
		return nil, err
	}
	i := 0
	return chainOver(st, func() (py.Object, error) {
		if i >= len(srcs) {
			return nil, py.StopIteration
		}
		i++
		return srcs[i-1], nil
	}), nil
}

// chainFromIterable is chain.from_iterable(iterable).
// https://docs.python.org/3.11/library/itertools.html#itertools.chain.from_iterable
func chainFromIterable(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "chain.from_iterable() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "chain.from_iterable() takes exactly one argument (%d given)", len(args))
	}
	outer, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	return chainOver(st, func() (py.Object, error) { return nextOf(outer) }), nil
}

// newCompress is compress(data, selectors).
// https://docs.python.org/3.11/library/itertools.html#itertools.compress
func newCompress(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("compress", kw, "data", "selectors"); err != nil {
		return nil, err
	}
	var data, selectors py.Object
	if err := UnpackArgs("compress", args, kw, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	its, err := iters(st, py.Tuple{data, selectors})
	if err != nil {
		return nil, err
	}
	return &itIter{typ: compressType, st: st, next: func() (py.Object, error) {
		for {
			v, err := pull(st, its[0])
			if err != nil {
				return nil, err
			}
			s, err := nextOf(its[1])
			if err != nil {
				return nil, err
			}
			keep, err := Truth(st, s)
			if err != nil {
				return nil, err
			}
			if keep {
				return v, nil
			}
		}
	}}, nil
}

// predicateArgs unpacks the (predicate, iterable) arguments of
// dropwhile, takewhile and filterfalse.
func predicateArgs(name string, st *run.State, args py.Tuple, kw py.StringDict) (py.Object, py.Object, error) {
	if err := positional(name, args, kw, 2, 2); err != nil {
		return nil, nil, err
	}
	src, err := iterOf(args[1])
	if err != nil {
		return nil, nil, err
	}
	return args[0], src, nil
}

// test calls pred on v and returns the truth of the result.
func test(st *run.State, pred, v py.Object) (bool, error) {
	r, err := py.Call(pred, py.Tuple{v}, nil)
	if err != nil {
		return false, err
	}
	return Truth(st, r)
}

// newDropwhile is dropwhile(predicate, iterable).
// https://docs.python.org/3.11/library/itertools.html#itertools.dropwhile
func newDropwhile(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	pred, src, err := predicateArgs("dropwhile", st, args, kw)
	if err != nil {
		return nil, err
	}
	dropping := true
	return &itIter{typ: dropwhileType, st: st, next: func() (py.Object, error) {
		for {
			v, err := pull(st, src)
			if err != nil || !dropping {
				return v, err
			}
			drop, err := test(st, pred, v)
			if err != nil {
				return nil, err
			}
			if !drop {
				dropping = false
				return v, nil
			}
		}
	}}, nil
}

// newTakewhile is takewhile(predicate, iterable).
// https://docs.python.org/3.11/library/itertools.html#itertools.takewhile
func newTakewhile(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	pred, src, err := predicateArgs("takewhile", st, args, kw)
	if err != nil {
		return nil, err
	}
	return &itIter{typ: takewhileType, st: st, next: func() (py.Object, error) {
		v, err := nextOf(src)
		if err != nil {
			return nil, err
		}
		take, err := test(st, pred, v)
		if err != nil {
			return nil, err
		}
		if !take {
			return nil, py.StopIteration
		}
		return v, nil
	}}, nil
}

// newFilterfalse is filterfalse(predicate, iterable); a None predicate
// keeps the false elements.
// https://docs.python.org/3.11/library/itertools.html#itertools.filterfalse
func newFilterfalse(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	pred, src, err := predicateArgs("filterfalse", st, args, kw)
	if err != nil {
		return nil, err
	}
	return &itIter{typ: filterfalseType, st: st, next: func() (py.Object, error) {
		for {
			v, err := pull(st, src)
			if err != nil {
				return nil, err
			}
			var t bool
			if pred == py.None {
				t, err = Truth(st, v)
			} else {
				t, err = test(st, pred, v)
			}
			if err != nil {
				return nil, err
			}
			if !t {
				return v, nil
			}
		}
	}}, nil
}

// isliceIndex is PyNumber_AsSsize_t(o, NULL) as islice uses it: -1 and
// false for a value that is not an integer or does not fit. err is set
// only when a limit tripped or a policy block happened in a script's
// __index__: those are never turned into islice's ValueError.
func isliceIndex(st *run.State, o py.Object) (n int64, ok bool, err error) {
	v, err := indexBig(o)
	if err != nil || !v.IsInt64() {
		if st.Failed() {
			return -1, false, err
		}
		return -1, false, nil
	}
	return v.Int64(), true, nil
}

// newIslice is islice(iterable, stop) or islice(iterable, start, stop[,
// step]), with CPython's algorithm: elements before the next index are
// consumed and dropped.
// https://docs.python.org/3.11/library/itertools.html#itertools.islice
func newIslice(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("islice", args, kw, 2, 4); err != nil {
		return nil, err
	}
	stopErr := py.ExceptionNewf(py.ValueError, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	var start, stop, step int64 = 0, -1, 1
	stopArg := args[1]
	if len(args) > 2 {
		stopArg = args[2]
		if args[1] != py.None {
			var err error
			if start, _, err = isliceIndex(st, args[1]); err != nil {
				return nil, err
			}
		}
	}
	if stopArg != py.None {
		var ok bool
		var err error
		if stop, ok, err = isliceIndex(st, stopArg); err != nil {
			return nil, err
		} else if !ok || stop == -1 {
			return nil, stopErr
		}
	}
	if start < 0 || stop < -1 {
		return nil, py.ExceptionNewf(py.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	}
	if len(args) == 4 && args[3] != py.None {
		var err error
		if step, _, err = isliceIndex(st, args[3]); err != nil {
			return nil, err
		}
	}
	if step < 1 {
		return nil, py.ExceptionNewf(py.ValueError, "Step for islice() must be a positive integer or None.")
	}
	src, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	var cnt int64
	next := start
	return &itIter{typ: isliceType, st: st, next: func() (py.Object, error) {
		for cnt < next {
			if _, err := pull(st, src); err != nil {
				return nil, err
			}
			cnt++
		}
		if stop != -1 && cnt >= stop {
			return nil, py.StopIteration
		}
		v, err := nextOf(src)
		if err != nil {
			return nil, err
		}
		cnt++
		if step > math.MaxInt64-next || (stop != -1 && next+step > stop) {
			next = stop
		} else {
			next += step
		}
		if next == -1 { // no stop and past MaxInt64: nothing more
			next = math.MaxInt64
		}
		return v, nil
	}}, nil
}

// newPairwise is pairwise(iterable).
// https://docs.python.org/3.11/library/itertools.html#itertools.pairwise
func newPairwise(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("pairwise", args, kw, 1, 1); err != nil {
		return nil, err
	}
	src, err := iterOf(args[0])
	if err != nil {
		return nil, err
	}
	var old py.Object
	return &itIter{typ: pairwiseType, st: st, next: func() (py.Object, error) {
		if old == nil {
			v, err := nextOf(src)
			if err != nil {
				return nil, err
			}
			old = v
		}
		v, err := pull(st, src)
		if err != nil {
			return nil, err
		}
		pair := py.Tuple{old, v}
		old = v
		return pair, nil
	}}, nil
}

// newStarmap is starmap(function, iterable).
// https://docs.python.org/3.11/library/itertools.html#itertools.starmap
func newStarmap(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("starmap", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fn := args[0]
	src, err := iterOf(args[1])
	if err != nil {
		return nil, err
	}
	return &itIter{typ: starmapType, st: st, next: func() (py.Object, error) {
		v, err := nextOf(src)
		if err != nil {
			return nil, err
		}
		callArgs, err := collectItems(st, v)
		if err != nil {
			return nil, err
		}
		return py.Call(fn, py.Tuple(callArgs), nil)
	}}, nil
}

// newZipLongest is zip_longest(*iterables, fillvalue=None).
// https://docs.python.org/3.11/library/itertools.html#itertools.zip_longest
func newZipLongest(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var fill py.Object = py.None
	for k, v := range kw {
		if k != "fillvalue" {
			return nil, py.ExceptionNewf(py.TypeError, "zip_longest() got an unexpected keyword argument")
		}
		fill = v
	}
	its, err := iters(st, args)
	if err != nil {
		return nil, err
	}
	active := len(its)
	return &itIter{typ: zipLongestType, st: st, next: func() (py.Object, error) {
		if active == 0 {
			return nil, py.StopIteration
		}
		out := make(py.Tuple, len(its))
		for i, it := range its {
			if it == nil {
				out[i] = fill
				continue
			}
			v, err := pull(st, it)
			if err != nil {
				if !isStop(err) {
					return nil, err
				}
				its[i] = nil
				active--
				if active == 0 {
					return nil, py.StopIteration
				}
				v = fill
			}
			out[i] = v
		}
		return out, nil
	}}, nil
}

// identityEq is object.__eq__ for the Go objects of the itertools,
// functools and operator modules: equal only to themselves. gpython
// raises a TypeError for == of two objects of a type without __eq__.
func identityEq(self, other py.Object) (py.Object, error) {
	if self.Type() != other.Type() {
		return py.NotImplemented, nil
	}
	return py.NewBool(same(self, other)), nil
}

// identityNe is object.__ne__, the negation of identityEq.
func identityNe(self, other py.Object) (py.Object, error) {
	if self.Type() != other.Type() {
		return py.NotImplemented, nil
	}
	return py.NewBool(!same(self, other)), nil
}

// M__eq__ is identity.
func (it *itIter) M__eq__(other py.Object) (py.Object, error) { return identityEq(it, other) }

// M__ne__ is non-identity.
func (it *itIter) M__ne__(other py.Object) (py.Object, error) { return identityNe(it, other) }
