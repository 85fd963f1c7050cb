// This file defines the methods and attributes of range and the range()
// constructor.

package builtins

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// rangeMethods returns the method table of range. Its start, stop and step
// are attributes, not methods: rangeAttr serves them.
func rangeMethods() MethodTable {
	return MethodTable{
		"count": rangeCount,
		"index": rangeIndex,
	}
}

// rangeAttr returns the data attributes of a range: start, stop, step.
func rangeAttr(r *py.Range, name string) (py.Object, bool) {
	switch name {
	case "start":
		return r.Start, true
	case "stop":
		return r.Stop, true
	case "step":
		return r.Step, true
	}
	return nil, false
}

// newRange is range(stop) or range(start, stop[, step]). gpython's range
// holds 64-bit ints: bounds whose iteration would leave that range raise
// OverflowError, where CPython would accept them.
// https://docs.python.org/3.11/library/stdtypes.html#range
func newRange(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("range", "range", args, kw, 1, 3); err != nil {
		return nil, err
	}
	vals := make([]*big.Int, len(args))
	for i, a := range args {
		v, err := indexBig(a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	start, stop, step := big.NewInt(0), vals[0], big.NewInt(1)
	if len(vals) > 1 {
		start, stop = vals[0], vals[1]
	}
	if len(vals) > 2 {
		step = vals[2]
	}
	if step.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
	}
	n := rangeLen(start, stop, step)
	end := new(big.Int).Mul(n, step)
	end.Add(end, start)
	for _, v := range []*big.Int{start, stop, step, n, end} {
		if !v.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
	}
	return &py.Range{Start: py.Int(start.Int64()), Stop: py.Int(stop.Int64()), Step: py.Int(step.Int64()),
		Length: py.Int(n.Int64())}, nil
}

// rangeLen is the number of items of range(start, stop, step).
func rangeLen(start, stop, step *big.Int) *big.Int {
	lo, hi, s := start, stop, new(big.Int).Set(step)
	if step.Sign() < 0 {
		lo, hi = stop, start
		s.Neg(s)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	d := new(big.Int).Sub(hi, lo)
	d.Sub(d, big.NewInt(1))
	d.Quo(d, s)
	return d.Add(d, big.NewInt(1))
}

// rangeFind returns the index of the int v in r, or -1.
func rangeFind(r *py.Range, v *big.Int) int64 {
	if !v.IsInt64() || r.Length == 0 {
		return -1
	}
	x, start, step := v.Int64(), int64(r.Start), int64(r.Step)
	last := start + (int64(r.Length)-1)*step
	if step > 0 && (x < start || x > last) || step < 0 && (x > start || x < last) {
		return -1
	}
	d := x - start
	if d%step != 0 {
		return -1
	}
	return d / step
}

// isExactInt reports whether o is an int or bool (CPython's fast path of
// range containment), not an instance with __index__ or a float.
func isExactInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// rangeCount is range.count(x).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func rangeCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	r := self.(*py.Range)
	if err := fnOneArg("range.count", args, kw); err != nil {
		return nil, err
	}
	if isExactInt(args[0]) {
		v, _ := intValue(args[0])
		if rangeFind(r, v) >= 0 {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	}
	var n int64
	err := forEachItem(st, r, func(item py.Object) (bool, error) {
		eq, err := Equal(st, item, args[0])
		if eq {
			n++
		}
		return err != nil, err
	})
	return py.Int(n), err
}

// rangeIndex is range.index(x).
// https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
func rangeIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	r := self.(*py.Range)
	if err := fnOneArg("range.index", args, kw); err != nil {
		return nil, err
	}
	if isExactInt(args[0]) {
		v, _ := intValue(args[0])
		if i := rangeFind(r, v); i >= 0 {
			return py.Int(i), nil
		}
		s, err := Repr(st, args[0])
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
	}
	found := int64(-1)
	var i int64
	err := forEachItem(st, r, func(item py.Object) (bool, error) {
		eq, err := Equal(st, item, args[0])
		if eq {
			found = i
		}
		i++
		return eq || err != nil, err
	})
	if err != nil {
		return nil, err
	}
	if found < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
	}
	return py.Int(found), nil
}
