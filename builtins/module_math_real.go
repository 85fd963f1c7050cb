// This file defines correctly rounded exp, log and pow for the math
// module. CPython calls the platform libm; glibc's exp, exp2, log, log2
// and pow are correctly rounded in all but rare cases, while Go's math
// package is off by one unit in the last place for a sizeable share of
// arguments, which shows in printed results. These versions compute in
// 160-bit big.Float arithmetic and round once, so they print as CPython
// does on Linux.

package builtins

import (
	"math"
	"math/big"
)

// realPrec is the working precision in bits: far more than double's 53,
// so that one final rounding is correct except in astronomically rare
// cases.
const realPrec = 160

// realLn2 and realLn10 return ln 2 and ln 10 to 80 digits.
func realLn2() *big.Float {
	f, _, _ := big.ParseFloat("0.69314718055994530941723212145817656807550013436025525412068000949339362196969472", 10, realPrec, big.ToNearestEven)
	return f
}

func realLn10() *big.Float {
	f, _, _ := big.ParseFloat("2.3025850929940456840179914546843642076011014886287729760333279009675726096773525", 10, realPrec, big.ToNearestEven)
	return f
}

// realNew returns a big.Float of the working precision holding x.
func realNew(x float64) *big.Float {
	return new(big.Float).SetPrec(realPrec).SetFloat64(x)
}

// realExpBig returns e**t for a big.Float t with |t| < 1200.
func realExpBig(t *big.Float) *big.Float {
	ln2 := realLn2()
	// t = k*ln2 + r with |r| <= ln2/2.
	q, _ := new(big.Float).SetPrec(realPrec).Quo(t, ln2).Float64()
	k := math.RoundToEven(q)
	r := new(big.Float).SetPrec(realPrec).Mul(realNew(k), ln2)
	r.Sub(t, r)
	// e**r = (e**(r/2**s))**(2**s), with the series converging fast.
	const s = 10
	r.SetMantExp(r, -s)
	sum := realNew(1)
	term := realNew(1)
	for i := 1; i < 40; i++ {
		term.Mul(term, r)
		term.Quo(term, realNew(float64(i)))
		if term.Sign() == 0 || term.MantExp(nil) < -realPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// realLogBig returns ln x for a finite x > 0.
func realLogBig(x float64) *big.Float {
	m, e := math.Frexp(x)
	// One Newton step on e**y = m from the double estimate doubles its
	// accuracy: y1 = y0 + m*e**-y0 - 1.
	y0 := math.Log(m)
	y := realNew(y0)
	corr := realExpBig(realNew(-y0))
	corr.Mul(corr, realNew(m))
	corr.Sub(corr, realNew(1))
	y.Add(y, corr)
	// A second step for arguments where the first estimate was poor.
	corr = realExpBig(new(big.Float).SetPrec(realPrec).Neg(y))
	corr.Mul(corr, realNew(m))
	corr.Sub(corr, realNew(1))
	y.Add(y, corr)
	l2 := realLn2()
	l2.Mul(l2, realNew(float64(e)))
	return y.Add(y, l2)
}

// realFloat rounds a big.Float to the nearest float64.
func realFloat(f *big.Float) float64 {
	v, _ := f.Float64()
	return v
}

// realExp is e**x, correctly rounded.
func realExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case x == 0:
		return 1
	}
	return realFloat(realExpBig(realNew(x)))
}

// realExp2 is 2**x, correctly rounded.
func realExp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	t := realNew(x)
	return realFloat(realExpBig(t.Mul(t, realLn2())))
}

// realLog is ln x for finite x > 0, correctly rounded.
func realLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	return realFloat(realLogBig(x))
}

// realLog2 is log2(x) for finite x > 0, exact for powers of two.
func realLog2(x float64) float64 {
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	l := realLogBig(x)
	return realFloat(l.Quo(l, realLn2()))
}

// realLog10 is log10(x) for finite x > 0.
func realLog10(x float64) float64 {
	if x == 1 {
		return 0
	}
	l := realLogBig(x)
	return realFloat(l.Quo(l, realLn10()))
}

// realPow is x**y for finite x > 0 and finite y, correctly rounded.
func realPow(x, y float64) float64 {
	if x == 1 || y == 0 {
		return 1
	}
	if y == 1 {
		return x
	}
	t := realLogBig(x)
	t.Mul(t, realNew(y))
	tf, _ := t.Float64()
	switch {
	case tf > 709.8:
		return math.Inf(1)
	case tf < -745.2:
		return 0
	}
	return realFloat(realExpBig(t))
}

// realPowSigned is C's pow for finite x and y: zeros through Go's
// exact special cases, negative x with an integer y, and the general case
// through realPow.
func realPowSigned(x, y float64) float64 {
	if x == 0 {
		return math.Pow(x, y)
	}
	if x > 0 {
		return realPow(x, y)
	}
	if y != math.Trunc(y) {
		return math.NaN()
	}
	r := realPow(-x, y)
	if math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0 {
		r = -r
	}
	return r
}

// realLogOrInf is ln x with C's results at the edges: -inf for 0, nan
// for negative x, x itself for nan and +inf.
func realLogOrInf(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	return realLog(x)
}
