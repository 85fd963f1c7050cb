// This file defines round() with CPython's results: banker's rounding of
// the exact binary value, as CPython's correctly rounded dtoa does.

package builtins

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Bounds on ndigits past which CPython's float.__round__ returns x itself
// or a zero (float.c NDIGITS_MAX and NDIGITS_MIN).
const (
	ndigitsMax = 323
	ndigitsMin = -308
)

// builtinRound is round(number, ndigits=None).
// https://docs.python.org/3.11/library/functions.html#round
func builtinRound(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("round", kw, "number", "ndigits"); err != nil {
		return nil, err
	}
	var number py.Object
	var ndigits py.Object = py.None
	if err := UnpackArgs("round", args, kw, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	if m, err := specialMethod(number, "__round__"); err != nil || m != nil {
		if err != nil {
			return nil, err
		}
		if ndigits == py.None {
			return py.Call(m, nil, nil)
		}
		return py.Call(m, py.Tuple{ndigits}, nil)
	}
	switch x := number.(type) {
	case nativeNumber:
		return x.pfRound(st, ndigits)
	case py.Int, *py.BigInt, py.Bool:
		v, _ := intValue(x)
		if ndigits == py.None {
			return intFromBig(v), nil
		}
		nd, err := indexBig(ndigits)
		if err != nil {
			return nil, err
		}
		if err := st.Charge(int64(v.BitLen())/64 + 1); err != nil {
			return nil, err
		}
		if nd.Sign() >= 0 {
			return intFromBig(v), nil
		}
		return intFromBig(roundInt(v, new(big.Int).Neg(nd))), nil
	case py.Float:
		f := float64(x)
		if ndigits == py.None {
			return floatToInt(math.RoundToEven(f))
		}
		nd, err := indexBig(ndigits)
		if err != nil {
			return nil, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return x, nil
		}
		switch {
		case nd.Cmp(big.NewInt(ndigitsMax)) > 0:
			return x, nil
		case nd.Cmp(big.NewInt(ndigitsMin)) < 0:
			return py.Float(math.Copysign(0, f)), nil
		}
		return roundFloat(f, int(nd.Int64()))
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", number.Type().Name)
}

// floatToInt is int(f) for an integral float, with CPython's errors for
// infinities and NaN.
func floatToInt(f float64) (py.Object, error) {
	switch {
	case math.IsNaN(f):
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if f >= math.MinInt64 && f < math.MaxInt64 {
		return py.Int(int64(f)), nil
	}
	v, _ := new(big.Float).SetFloat64(f).Int(nil)
	return intFromBig(v), nil
}

// roundInt rounds v to a multiple of 10**k (k > 0), halves to even.
func roundInt(v, k *big.Int) *big.Int {
	// |v| < 2**(bits) <= 10**(digits), so for k > digits+1 the multiple
	// of 10**k nearest to v is 0; this also keeps 10**k small.
	digits := int64(v.BitLen())*30103/100000 + 1
	if !k.IsInt64() || k.Int64() > digits+1 {
		return new(big.Int)
	}
	p := new(big.Int).Exp(big.NewInt(10), k, nil)
	q, r := floorDivmodBig(v, p)
	if roundsUp(q, r, p) {
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, p)
}

// floorDivmodBig is Python's divmod for a positive divisor p.
func floorDivmodBig(v, p *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).DivMod(v, p, new(big.Int)) // Euclidean: r >= 0, as floor for p > 0
	return q, r
}

// roundsUp reports whether the quotient q with remainder r of a division by
// p must go up by one to round half to even.
func roundsUp(q, r, p *big.Int) bool {
	c := new(big.Int).Lsh(r, 1).Cmp(p)
	return c > 0 || (c == 0 && q.Bit(0) == 1)
}

// roundFloat rounds f to nd decimal places (nd may be negative) as
// CPython's double_round: the exact binary value of f is rounded half to
// even, then converted back to the nearest float.
func roundFloat(f float64, nd int) (py.Object, error) {
	x := new(big.Rat).SetFloat64(f)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(nd))), nil)
	scaled := new(big.Rat).Set(x)
	if nd >= 0 {
		scaled.Mul(scaled, new(big.Rat).SetInt(p))
	} else {
		scaled.Quo(scaled, new(big.Rat).SetInt(p))
	}
	q, r := floorDivmodBig(scaled.Num(), scaled.Denom())
	if roundsUp(q, r, scaled.Denom()) {
		q.Add(q, big.NewInt(1))
	}
	if q.Sign() == 0 {
		return py.Float(math.Copysign(0, f)), nil
	}
	res := new(big.Rat).SetInt(q)
	if nd >= 0 {
		res.Quo(res, new(big.Rat).SetInt(p))
	} else {
		res.Mul(res, new(big.Rat).SetInt(p))
	}
	out, _ := res.Float64()
	if math.IsInf(out, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
	}
	return py.Float(out), nil
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
