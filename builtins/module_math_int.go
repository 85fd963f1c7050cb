// This file defines the integer functions of the math module: factorial,
// comb, perm, isqrt, gcd, lcm and prod. They work on ints of any size, so
// each one checks the size of its result against the memory budget and
// the cap on one integer (maxIntBits) before computing, and charges steps
// in proportion to the big-number work, before each expensive operation,
// so that the step and time budgets end them.

package builtins

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// mathMulCost returns the steps charged for multiplying ints of a and b
// bits: Karatsuba's cost, about one step per 8 word products.
func mathMulCost(a, b int) int64 {
	wa, wb := float64(a/64+1), float64(b/64+1)
	lo, hi := min(wa, wb), max(wa, wb)
	c := hi*math.Pow(lo, 0.585)/8 + 1
	if c > 1<<62 {
		return 1 << 62
	}
	return int64(c)
}

// mathCheckBits refuses a result of about bits bits (a float estimate):
// past maxIntBits or the memory budget the memory limit trips, as for **.
// room is how many such results are alive at once.
func mathCheckBits(st *run.State, bits float64, room int64) error {
	if bits > maxIntBits || math.IsNaN(bits) {
		return st.FailMemory(int64(min(bits, 1<<62) / 8))
	}
	return st.CheckAlloc(room * (int64(bits)/8 + 16))
}

// mathIndex converts an int argument as PyNumber_Index does.
func mathIndex(o py.Object) (*big.Int, error) {
	v, err := indexBig(o)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Set(v), nil
}

// mathMulRange returns lo*(lo+1)*...*hi (1 when lo > hi) by binary
// splitting, charging each multiplication before it is made.
func mathMulRange(st *run.State, lo, hi int64) (*big.Int, error) {
	if lo > hi {
		return big.NewInt(1), nil
	}
	if hi-lo < 32 {
		if err := st.Charge(hi - lo + 1); err != nil {
			return nil, err
		}
		return new(big.Int).MulRange(lo, hi), nil
	}
	mid := lo + (hi-lo)/2
	a, err := mathMulRange(st, lo, mid)
	if err != nil {
		return nil, err
	}
	b, err := mathMulRange(st, mid+1, hi)
	if err != nil {
		return nil, err
	}
	if err := st.Charge(mathMulCost(a.BitLen(), b.BitLen())); err != nil {
		return nil, err
	}
	return a.Mul(a, b), nil
}

// mathMulRangeBig returns lo*(lo+1)*...*(lo+count-1) for an int lo of any
// size, by binary splitting, charging each multiplication.
func mathMulRangeBig(st *run.State, lo *big.Int, count int64) (*big.Int, error) {
	if count <= 0 {
		return big.NewInt(1), nil
	}
	if lo.IsInt64() && lo.Int64() > 0 && lo.Int64() <= math.MaxInt64-count {
		return mathMulRange(st, lo.Int64(), lo.Int64()+count-1)
	}
	if count == 1 {
		return new(big.Int).Set(lo), nil
	}
	half := count / 2
	a, err := mathMulRangeBig(st, lo, half)
	if err != nil {
		return nil, err
	}
	b, err := mathMulRangeBig(st, new(big.Int).Add(lo, big.NewInt(half)), count-half)
	if err != nil {
		return nil, err
	}
	if err := st.Charge(mathMulCost(a.BitLen(), b.BitLen())); err != nil {
		return nil, err
	}
	return a.Mul(a, b), nil
}

// mathLog2Factorial returns log2(n!) (a float estimate).
func mathLog2Factorial(n float64) float64 {
	if n < 2 {
		return 0
	}
	lg, _ := math.Lgamma(n + 1)
	return lg / math.Ln2
}

// mathLog2 returns log2(v) for v > 0, for ints of any size.
func mathLog2Big(v *big.Int) float64 {
	n := v.BitLen()
	if n <= 1000 {
		f, _ := new(big.Float).SetInt(v).Float64()
		return math.Log2(f)
	}
	top, _ := new(big.Float).SetInt(new(big.Int).Rsh(v, uint(n-60))).Float64()
	return math.Log2(top) + float64(n-60)
}

// mathFactorial is math.factorial(n).
// https://docs.python.org/3.11/library/math.html#math.factorial
func mathFactorial(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math.factorial", args, kw); err != nil {
		return nil, err
	}
	n, err := mathIndex(args[0])
	if err != nil {
		return nil, err
	}
	return mathFactorialOf(st, n)
}

// mathFactorialOf returns n! for the int n, checking the result's size.
func mathFactorialOf(st *run.State, n *big.Int) (py.Object, error) {
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	k := n.Int64()
	if err := mathCheckBits(st, mathLog2Factorial(float64(k)), 2); err != nil {
		return nil, err
	}
	r, err := mathMulRange(st, 2, k)
	if err != nil {
		return nil, err
	}
	return numInt(r), nil
}

// mathCombArgs parses the two int arguments of comb and perm (k optional
// for perm) and rejects negative ones.
func mathCombArgs(name string, args py.Tuple, kw py.StringDict, lo int) (n, k *big.Int, err error) {
	if err := fnClinicArgs(name, "math."+name, args, kw, lo, 2); err != nil {
		return nil, nil, err
	}
	if n, err = mathIndex(args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1] == py.None {
		return n, nil, nil
	}
	if k, err = mathIndex(args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// mathPermBits estimates the bits of n!/(n-k)! for 0 < k <= n.
func mathPermBits(n *big.Int, k int64) float64 {
	if n.IsInt64() && n.Int64() < 1<<40 {
		nf := float64(n.Int64())
		return mathLog2Factorial(nf) - mathLog2Factorial(nf-float64(k)) + 1
	}
	return float64(k)*mathLog2Big(n) + 1
}

// mathPerm is math.perm(n, k=None): n!/(n-k)!, and n! without k.
// https://docs.python.org/3.11/library/math.html#math.perm
func mathPerm(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	n, k, err := mathCombArgs("perm", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return mathFactorialOf(st, n)
	}
	if !k.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "k must not exceed %d", int64(math.MaxInt64))
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	kk := k.Int64()
	if err := mathCheckBits(st, mathPermBits(n, kk), 2); err != nil {
		return nil, err
	}
	lo := new(big.Int).Sub(n, k)
	r, err := mathMulRangeBig(st, lo.Add(lo, big.NewInt(1)), kk)
	if err != nil {
		return nil, err
	}
	return numInt(r), nil
}

// mathComb is math.comb(n, k): n!/(k!*(n-k)!).
// https://docs.python.org/3.11/library/math.html#math.comb
func mathComb(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	n, k, err := mathCombArgs("comb", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if k == nil { // comb(n, None)
		_, err := mathIndex(py.None)
		return nil, err
	}
	rest := new(big.Int).Sub(n, k)
	if rest.Sign() < 0 {
		return py.Int(0), nil
	}
	if rest.Cmp(k) < 0 {
		k = rest
	}
	if !k.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kk := k.Int64()
	switch kk {
	case 0:
		return py.Int(1), nil
	case 1:
		return numInt(n), nil
	}
	// The numerator n!/(n-k)! and k! are built, then divided.
	numBits := mathPermBits(n, kk)
	if err := mathCheckBits(st, numBits, 3); err != nil {
		return nil, err
	}
	lo := new(big.Int).Sub(n, k)
	num, err := mathMulRangeBig(st, lo.Add(lo, big.NewInt(1)), kk)
	if err != nil {
		return nil, err
	}
	den, err := mathMulRange(st, 2, kk)
	if err != nil {
		return nil, err
	}
	if err := st.Charge(2 * mathMulCost(num.BitLen(), den.BitLen())); err != nil {
		return nil, err
	}
	return numInt(num.Quo(num, den)), nil
}

// mathIsqrt is math.isqrt(n): the integer square root of n >= 0.
// https://docs.python.org/3.11/library/math.html#math.isqrt
func mathIsqrt(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math.isqrt", args, kw); err != nil {
		return nil, err
	}
	n, err := mathIndex(args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
	}
	if err := mathCheckBits(st, float64(n.BitLen()), 2); err != nil {
		return nil, err
	}
	// Newton's method: a handful of divisions of n's size.
	if err := st.Charge(10 * mathMulCost(n.BitLen(), n.BitLen())); err != nil {
		return nil, err
	}
	return numInt(n.Sqrt(n)), nil
}

// mathGcdCost returns the steps charged for gcd of ints of a and b bits:
// Lehmer's algorithm is quadratic.
func mathGcdCost(a, b int) int64 {
	wa, wb := int64(a/64+1), int64(b/64+1)
	return wa*wb/12 + wa + wb
}

// mathIntArgs converts the arguments of gcd and lcm, charging one step
// each.
func mathIntArgs(st *run.State, name string, args py.Tuple, kw py.StringDict) ([]*big.Int, error) {
	if err := fnNoKwargs("math."+name, kw); err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(args))
	for i, a := range args {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		v, err := mathIndex(a)
		if err != nil {
			return nil, err
		}
		out[i] = v.Abs(v)
	}
	return out, nil
}

// mathGcd is math.gcd(*integers).
// https://docs.python.org/3.11/library/math.html#math.gcd
func mathGcd(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vs, err := mathIntArgs(st, "gcd", args, kw)
	if err != nil {
		return nil, err
	}
	res := big.NewInt(0)
	for _, v := range vs {
		if res.Cmp(big.NewInt(1)) == 0 {
			break
		}
		if err := st.Charge(mathGcdCost(res.BitLen(), v.BitLen())); err != nil {
			return nil, err
		}
		res = new(big.Int).GCD(nil, nil, res, v)
	}
	return numInt(res), nil
}

// mathLcm is math.lcm(*integers).
// https://docs.python.org/3.11/library/math.html#math.lcm
func mathLcm(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vs, err := mathIntArgs(st, "lcm", args, kw)
	if err != nil {
		return nil, err
	}
	res := big.NewInt(1)
	for _, v := range vs {
		if res.Sign() == 0 {
			break
		}
		if v.Sign() == 0 {
			res = big.NewInt(0)
			continue
		}
		if err := mathCheckBits(st, float64(res.BitLen()+v.BitLen()), 2); err != nil {
			return nil, err
		}
		if err := st.Charge(mathGcdCost(res.BitLen(), v.BitLen()) + 3*mathMulCost(res.BitLen(), v.BitLen())); err != nil {
			return nil, err
		}
		g := new(big.Int).GCD(nil, nil, res, v)
		res = new(big.Int).Mul(new(big.Int).Quo(res, g), v)
	}
	return numInt(res), nil
}

// mathProd is math.prod(iterable, /, *, start=1).
// https://docs.python.org/3.11/library/math.html#math.prod
func mathProd(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	if err := fnKwNames("prod", kw, "start"); err != nil {
		return nil, err
	}
	var acc py.Object = py.Int(1)
	if s, ok := kw["start"]; ok {
		acc = s
	}
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		if a, ok := intBits(acc); ok {
			if b, ok := intBits(item); ok && a+b > 128 {
				if err := checkBits(st, a+b); err != nil {
					return true, err
				}
				if err := st.Charge(mathMulCost(int(a), int(b))); err != nil {
					return true, err
				}
			}
		}
		var err error
		acc, err = mathMul(st, acc, item)
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// mathMul is a * b: the script's __mul__ and __rmul__ first, then the
// guarded multiplication of builtin values.
func mathMul(st *run.State, a, b py.Object) (py.Object, error) {
	if res, ok, err := callSpecialMethod(a, "__mul__", b); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	if res, ok, err := callSpecialMethod(b, "__rmul__", a); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	return Binary(st, vm.BINARY_MULTIPLY, a, b)
}
