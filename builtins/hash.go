// This file defines hashing of Python values as CPython defines equality:
// values that compare equal hash equal (1, 1.0 and True are one key).
//
// Numbers hash exactly as in CPython 3.11 (modulus 2**61 - 1), so
// hash(1) == hash(1.0) == hash(True) == 1 and hash(-1) == -2; tuples,
// frozensets, complex numbers and ranges use CPython's algorithms over the
// hashes of their items. CPython randomises the hashes of str and bytes
// per process; pyfence hashes them with FNV-1a (64 bits), the same in
// every run, so hash('a') differs from CPython's. None hashes to
// 0xFCA86420, the constant CPython 3.12 adopted. Other hashable values
// (functions, classes, instances without __hash__) hash by identity.

package builtins

import (
	"math"
	"math/big"
	"math/bits"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// CPython's numeric hash parameters (Include/cpython/pyhash.h).
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
	hashImag    = 1000003
	hashNone    = 0xFCA86420
)

// CPython's tuple hash constants (xxHash, Objects/tupleobject.c).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// maxHashDepth bounds the nesting of tuples and frozensets Hash descends
// into, as maxCompareDepth bounds comparisons.
const maxHashDepth = maxCompareDepth

// Hash returns hash(o), or CPython's TypeError for unhashable values. It
// charges a step per item hashed and may run a __hash__ method the script
// defined.
func Hash(st *run.State, o py.Object) (int64, error) {
	return hashDepth(st, o, 0)
}

// builtinHash is hash(object).
// https://docs.python.org/3.11/library/functions.html#hash
func builtinHash(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := exactArgs("hash", args, kw, 1); err != nil {
		return nil, err
	}
	var o py.Object
	if err := UnpackArgs("hash", args, kw, "obj", &o); err != nil {
		return nil, err
	}
	h, err := Hash(st, o)
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
}

func hashDepth(st *run.State, o py.Object, depth int) (int64, error) {
	if depth > maxHashDepth {
		return 0, st.Fail(run.Depth, int64(depth), maxHashDepth)
	}
	switch o := o.(type) {
	case py.Int:
		return hashInt64(int64(o)), nil
	case py.Bool:
		if o {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return hashBigInt((*big.Int)(o)), nil
	case py.Float:
		return hashFloat(float64(o)), nil
	case py.Complex:
		h := uint64(hashFloat(real(o))) + hashImag*uint64(hashFloat(imag(o)))
		return fixHash(int64(h)), nil
	case py.String:
		if err := st.Charge(int64(len(o))/64 + 1); err != nil {
			return 0, err
		}
		return hashString(string(o)), nil
	case py.Bytes:
		if err := st.Charge(int64(len(o))/64 + 1); err != nil {
			return 0, err
		}
		return hashString(string(o)), nil
	case py.NoneType:
		return hashNone, nil
	case py.Tuple:
		return hashTuple(st, o, depth)
	case *Set:
		if !o.Frozen {
			return 0, unhashable(o)
		}
		return o.frozenHash(st)
	case *py.FrozenSet:
		return hashGoFrozenSet(st, o, depth)
	case *py.Range:
		return hashRange(st, o, depth)
	case *py.Type:
		if isUserType(o.Type()) {
			return hashInstance(st, o)
		}
		return identityHash(o), nil
	case *Dict, py.StringDict, *py.List, *py.Set, *py.Slice, *dictView:
		if v, ok := o.(*dictView); ok && v.kind == viewValues {
			return identityHash(v), nil
		}
		return 0, unhashable(o)
	case py.I__hash__:
		// A Go type of pyfence's with a hash of its own (type facades).
		res, err := o.M__hash__()
		if err != nil {
			return 0, err
		}
		if i, ok := res.(py.Int); ok {
			return fixHash(int64(i)), nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
	}
	return identityHash(o), nil
}

// fixHash maps -1, which CPython reserves for errors, to -2.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func hashInt64(v int64) int64 {
	if v >= 0 {
		return fixHash(v % hashModulus)
	}
	u := uint64(-(v + 1)) + 1 // |v| without overflow for MinInt64
	return fixHash(-int64(u % hashModulus))
}

func hashBigInt(b *big.Int) int64 {
	if b.IsInt64() {
		return hashInt64(b.Int64())
	}
	r := new(big.Int).Abs(b)
	r.Mod(r, big.NewInt(hashModulus))
	h := r.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

// hashFloat is CPython's _Py_HashDouble. NaN hashes to 0: pyfence floats
// have no identity to hash (CPython 3.10+ hashes NaNs by identity).
func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	return fixHash(int64(x) * sign)
}

// hashString is FNV-1a over the UTF-8 bytes; "" hashes to 0 as in CPython.
func hashString(s string) int64 {
	if s == "" {
		return 0
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fixHash(int64(h))
}

// identityHash is CPython's _Py_HashPointer over the Go pointer: Go's heap
// objects do not move. Values without a pointer hash by their type, which
// keeps equal values hashing equal.
func identityHash(o py.Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return fixHash(int64(bits.RotateLeft64(uint64(v.Pointer()), -4)))
	}
	return hashString(o.Type().Name)
}

// tupleHasher computes CPython 3.11's tuplehash over the hashes of the
// items, added in order.
type tupleHasher struct {
	acc uint64
	n   int
}

func newTupleHasher() tupleHasher { return tupleHasher{acc: xxPrime5} }

func (t *tupleHasher) add(h int64) {
	t.acc += uint64(h) * xxPrime2
	t.acc = bits.RotateLeft64(t.acc, 31)
	t.acc *= xxPrime1
	t.n++
}

func (t *tupleHasher) sum() int64 {
	acc := t.acc + (uint64(t.n) ^ (xxPrime5 ^ 3527539))
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

func hashTuple(st *run.State, t py.Tuple, depth int) (int64, error) {
	if err := st.Charge(int64(len(t)) + 1); err != nil {
		return 0, err
	}
	th := newTupleHasher()
	for _, item := range t {
		h, err := hashDepth(st, item, depth+1)
		if err != nil {
			return 0, err
		}
		th.add(h)
	}
	return th.sum(), nil
}

// hashRange is CPython's range_hash: the hash of (len, start, step), with
// None for the parts that do not change the range's items.
func hashRange(st *run.State, r *py.Range, depth int) (int64, error) {
	t := py.Tuple{r.Length, r.Start, r.Step}
	switch r.Length {
	case 0:
		t[1], t[2] = py.None, py.None
	case 1:
		t[2] = py.None
	}
	return hashTuple(st, t, depth)
}

// frozensetHasher computes CPython 3.11's frozenset_hash over the hashes
// of the elements, added in any order.
type frozensetHasher struct {
	acc uint64
	n   int
}

func (f *frozensetHasher) add(h int64) {
	u := uint64(h)
	f.acc ^= ((u ^ 89869747) ^ (u << 16)) * 3644798167
	f.n++
}

func (f *frozensetHasher) sum() int64 {
	h := f.acc ^ (uint64(f.n)+1)*1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		return 590923713
	}
	return int64(h)
}

func hashGoFrozenSet(st *run.State, s *py.FrozenSet, depth int) (int64, error) {
	var fh frozensetHasher
	var herr error
	err := py.Iterate(s, func(item py.Object) bool {
		if herr = st.Charge(1); herr != nil {
			return true
		}
		var h int64
		h, herr = hashDepth(st, item, depth+1)
		if herr != nil {
			return true
		}
		fh.add(h)
		return false
	})
	if err == nil {
		err = herr
	}
	if err != nil {
		return 0, err
	}
	return fh.sum(), nil
}

// userAttr returns the attribute name defined by the script's classes in
// the MRO of an instance's class, as CPython looks special methods up on
// the type. It stops at the first class that is not the script's (object
// or a builtin base). found is false when no class of the script defines
// name.
func userAttr(inst *py.Type, name string) (v py.Object, found bool) {
	cls := inst.Type()
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || !isUserType(bt) {
			break
		}
		if v, ok := bt.Dict[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// callSpecial calls the special method fn found on the class of inst,
// bound to inst. The call counts as a level of depth, so that a method
// that hashes or compares its own kind cannot recurse without bound.
func callSpecial(st *run.State, fn py.Object, inst *py.Type, args ...py.Object) (py.Object, error) {
	if err := st.Enter(); err != nil {
		return nil, err
	}
	defer st.Leave()
	if g, ok := fn.(py.I__get__); ok {
		bound, err := g.M__get__(inst, inst.Type())
		if err != nil {
			return nil, err
		}
		return py.Call(bound, py.Tuple(args), nil)
	}
	return py.Call(fn, append(py.Tuple{inst}, args...), nil)
}

// hashInstance hashes an instance of a class the script defined: its
// __hash__ if a class defines one, unhashable if __hash__ is None or a
// class defines __eq__ without __hash__ (CPython sets __hash__ to None
// then), identity otherwise.
func hashInstance(st *run.State, inst *py.Type) (int64, error) {
	cls := inst.Type()
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || !isUserType(bt) {
			break
		}
		if fn, ok := bt.Dict["__hash__"]; ok {
			if fn == py.None {
				return 0, unhashable(inst)
			}
			res, err := callSpecial(st, fn, inst)
			if err != nil {
				return 0, err
			}
			switch r := res.(type) {
			case py.Int:
				return fixHash(int64(r)), nil
			case py.Bool:
				if r {
					return 1, nil
				}
				return 0, nil
			case *py.BigInt:
				return hashBigInt((*big.Int)(r)), nil
			}
			return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
		}
		if _, ok := bt.Dict["__eq__"]; ok {
			return 0, unhashable(inst)
		}
	}
	if err := st.Charge(1); err != nil {
		return 0, err
	}
	return identityHash(inst), nil
}

// Equal reports whether a == b as CPython's dict and set compare keys:
// identity first, then equality, calling an __eq__ the script defined.
// Nested containers are compared with a depth bound and a step per item.
func Equal(st *run.State, a, b py.Object) (bool, error) {
	return equalDepth(st, a, b, 0)
}

// isInstance returns o as an instance of a class the script defined.
func isInstance(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	if ok && isUserType(t.Type()) {
		return t, true
	}
	return nil, false
}

func equalDepth(st *run.State, a, b py.Object, depth int) (bool, error) {
	if same(a, b) {
		return true, nil
	}
	if err := depthErr(st, depth); err != nil {
		return false, err
	}
	if eq, ok, err := instanceEqual(st, a, b); ok || err != nil {
		return eq, err
	}
	if eq, ok := numEqual(a, b); ok {
		return eq, nil
	}
	switch a.(type) {
	case py.Tuple, *py.List, *Dict, py.StringDict, *Set, *py.Set, *py.FrozenSet, *dictView:
		// Comparing containers recurses, also through the lookups of
		// dicts and sets, which start again at depth 0: count it as
		// call depth too, so no nesting can overflow the Go stack.
		if err := st.Enter(); err != nil {
			return false, err
		}
		defer st.Leave()
	}
	switch x := a.(type) {
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y, nil
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && string(x) == string(y), nil
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok {
			return false, nil
		}
		return itemsEqual(st, x, y, depth)
	case *py.List:
		y, ok := b.(*py.List)
		if !ok {
			return false, nil
		}
		return itemsEqual(st, x.Items, y.Items, depth)
	case *Dict, py.StringDict:
		return mappingEqual(st, a, b, depth)
	case *Set, *py.Set, *py.FrozenSet:
		return setLikeEqual(st, a, b, depth)
	case *dictView:
		return viewEqual(st, x, b, depth)
	}
	switch y := b.(type) {
	case *dictView:
		return viewEqual(st, y, a, depth)
	case *Dict, py.StringDict, *Set, *py.Set, *py.FrozenSet, py.Tuple, *py.List, py.String, py.Bytes:
		return false, nil
	}
	r, err := py.Eq(a, b)
	if err != nil {
		return false, err
	}
	t, err := py.MakeBool(r)
	return t == py.True, err
}

// instanceEqual calls the __eq__ of a, then the reflected __eq__ of b,
// when they are instances of the script's classes. ok is false when
// neither defines one.
func instanceEqual(st *run.State, a, b py.Object) (eq, ok bool, err error) {
	for i, pair := range [2][2]py.Object{{a, b}, {b, a}} {
		inst, isInst := isInstance(pair[0])
		if !isInst {
			continue
		}
		fn, found := userAttr(inst, "__eq__")
		if !found || fn == py.None {
			continue
		}
		if err := st.Charge(1); err != nil {
			return false, true, err
		}
		res, err := callSpecial(st, fn, inst, pair[1])
		if err != nil {
			return false, true, err
		}
		if res == py.NotImplemented {
			if i == 1 {
				return false, true, nil
			}
			continue
		}
		t, err := py.MakeBool(res)
		if err != nil {
			return false, true, err
		}
		return t == py.True, true, nil
	}
	_, ia := isInstance(a)
	_, ib := isInstance(b)
	if ia || ib {
		return false, true, nil // identity was checked by the caller
	}
	return false, false, nil
}

func itemsEqual(st *run.State, xs, ys []py.Object, depth int) (bool, error) {
	if len(xs) != len(ys) {
		return false, nil
	}
	if err := st.Charge(int64(len(xs))); err != nil {
		return false, err
	}
	for i := range xs {
		eq, err := equalDepth(st, xs[i], ys[i], depth+1)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// numEqual compares two numbers exactly, as CPython does (2**53 + 1 is
// not equal to 2.0**53). ok is false unless both are numbers.
func numEqual(a, b py.Object) (eq, ok bool) {
	switch x := a.(type) {
	case py.Int:
		if y, isInt := b.(py.Int); isInt {
			return x == y, true
		}
	case py.Float:
		if y, isFloat := b.(py.Float); isFloat {
			return x == y, true
		}
	}
	ca, okA := complexParts(a)
	cb, okB := complexParts(b)
	if !okA || !okB {
		return false, false
	}
	if ca.imag != cb.imag {
		return false, true
	}
	switch {
	case ca.int != nil && cb.int != nil:
		return ca.int.Cmp(cb.int) == 0, true
	case ca.int != nil:
		return intEqualsFloat(ca.int, cb.real), true
	case cb.int != nil:
		return intEqualsFloat(cb.int, ca.real), true
	}
	return ca.real == cb.real, true
}

type numParts struct {
	int  *big.Int // set for int and bool
	real float64  // for float and complex
	imag float64
}

func complexParts(o py.Object) (numParts, bool) {
	switch x := o.(type) {
	case py.Int:
		return numParts{int: big.NewInt(int64(x))}, true
	case py.Bool:
		if x {
			return numParts{int: big.NewInt(1)}, true
		}
		return numParts{int: big.NewInt(0)}, true
	case *py.BigInt:
		return numParts{int: (*big.Int)(x)}, true
	case py.Float:
		return numParts{real: float64(x)}, true
	case py.Complex:
		return numParts{real: real(x), imag: imag(x)}, true
	}
	return numParts{}, false
}

func intEqualsFloat(i *big.Int, f float64) bool {
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		return false
	}
	bf, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bf.Cmp(i) == 0
}
