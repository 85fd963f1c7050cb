// This file defines the math module: its constants, the argument
// conversions CPython's mathmodule.c uses, and the float functions with
// CPython 3.11's special cases and error reporting. The integer functions
// (factorial, comb, perm, isqrt, gcd, lcm, prod) are in module_math_int.go.
//
// exp, exp2, log, log2, log10 and pow are correctly rounded
// (module_math_real.go), as glibc's are in practice; gamma and lgamma
// follow CPython's own Lanczos code on top of them. The other
// transcendental functions use Go's math package, whose last digit may
// differ from glibc's for some arguments. Exact operations (sqrt, fmod,
// remainder, ldexp, frexp, modf, copysign, nextafter, ulp, fsum, hypot,
// dist, floor, ceil, trunc) match CPython bit for bit.

package builtins

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// mathModule describes the math module.
// https://docs.python.org/3.11/library/math.html
func mathModule() *moduleSpec {
	return &moduleSpec{name: "math", build: mathBuild}
}

// mathBuild returns the members of the math module bound to st.
func mathBuild(st *run.State) (py.StringDict, error) {
	d := py.StringDict{
		"pi":  py.Float(math.Pi),
		"e":   py.Float(math.E),
		"tau": py.Float(2 * math.Pi),
		"inf": py.Float(math.Inf(1)),
		"nan": py.Float(math.NaN()),
	}
	for name, fn := range mathFunctions() {
		d[name] = moduleFunc(st, name, fn)
	}
	return d, nil
}

// mathFunctions returns the functions of the math module by name. A fresh
// table per call; never stored.
func mathFunctions() map[string]builtinFunc {
	return map[string]builtinFunc{
		"acos":      mathUnary("acos", math.Acos, false),
		"acosh":     mathUnary("acosh", math.Acosh, false),
		"asin":      mathUnary("asin", math.Asin, false),
		"asinh":     mathUnary("asinh", math.Asinh, false),
		"atan":      mathUnary("atan", math.Atan, false),
		"atanh":     mathUnary("atanh", math.Atanh, false),
		"cbrt":      mathUnary("cbrt", math.Cbrt, false),
		"cos":       mathUnary("cos", math.Cos, false),
		"cosh":      mathUnary("cosh", math.Cosh, true),
		"erf":       mathUnary("erf", math.Erf, false),
		"erfc":      mathUnary("erfc", math.Erfc, false),
		"exp":       mathUnary("exp", realExp, true),
		"exp2":      mathUnary("exp2", realExp2, true),
		"expm1":     mathUnary("expm1", math.Expm1, true),
		"fabs":      mathUnary("fabs", math.Abs, false),
		"log1p":     mathUnary("log1p", math.Log1p, false),
		"sin":       mathUnary("sin", math.Sin, false),
		"sinh":      mathUnary("sinh", math.Sinh, true),
		"sqrt":      mathUnary("sqrt", math.Sqrt, false),
		"tan":       mathUnary("tan", math.Tan, false),
		"tanh":      mathUnary("tanh", math.Tanh, false),
		"gamma":     mathGamma,
		"lgamma":    mathLgamma,
		"atan2":     mathBinary("atan2", math.Atan2),
		"copysign":  mathBinary("copysign", math.Copysign),
		"remainder": mathBinary("remainder", math.Remainder),
		"fmod":      mathFmod,
		"pow":       mathPow,
		"nextafter": mathNextafter,
		"ulp":       mathUlp,
		"degrees":   mathDegrees,
		"radians":   mathRadians,
		"isfinite":  mathIsfinite,
		"isinf":     mathIsinf,
		"isnan":     mathIsnan,
		"isclose":   mathIsclose,
		"ceil":      mathCeil,
		"floor":     mathFloor,
		"trunc":     mathTrunc,
		"frexp":     mathFrexp,
		"ldexp":     mathLdexp,
		"modf":      mathModf,
		"log":       mathLog,
		"log2":      mathLog2,
		"log10":     mathLog10,
		"fsum":      mathFsum,
		"hypot":     mathHypot,
		"dist":      mathDist,
		"factorial": mathFactorial,
		"comb":      mathComb,
		"perm":      mathPerm,
		"isqrt":     mathIsqrt,
		"gcd":       mathGcd,
		"lcm":       mathLcm,
		"prod":      mathProd,
	}
}

// mathDomainError is CPython's ValueError for an argument outside a
// function's domain.
func mathDomainError() error { return py.ExceptionNewf(py.ValueError, "math domain error") }

// mathRangeError is CPython's OverflowError for a result too large for a
// float.
func mathRangeError() error { return py.ExceptionNewf(py.OverflowError, "math range error") }

// mathFloat converts an argument as PyFloat_AsDouble does: floats, ints
// (OverflowError when too large) and instances of the script's classes
// defining __float__ or __index__.
func mathFloat(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int, py.Bool, *py.BigInt:
		return floatValue(o)
	}
	if res, ok, err := callSpecialMethod(o, "__float__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		if f, isFloat := res.(py.Float); isFloat {
			return float64(f), nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", strTypeName(o), strTypeName(res))
	}
	if res, ok, err := callSpecialMethod(o, "__index__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		switch res.(type) {
		case py.Int, *py.BigInt:
			return floatValue(res)
		}
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", strTypeName(res))
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", strTypeName(o))
}

// mathFloatArgs checks the arguments of a function taking n float
// arguments by position (argument clinic wording) and converts them.
func mathFloatArgs(name string, args py.Tuple, kw py.StringDict, n int) ([]float64, error) {
	var err error
	if n == 1 {
		err = fnOneArg("math."+name, args, kw)
	} else {
		err = fnClinicArgs(name, "math."+name, args, kw, n, n)
	}
	if err != nil {
		return nil, err
	}
	out := make([]float64, n)
	for i, a := range args {
		if out[i], err = mathFloat(a); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// mathCheck1 applies math_1's rules to r = f(x): a NaN from a non-NaN is
// a domain error, an infinity from a finite value a range error when the
// function can overflow and a domain error otherwise.
func mathCheck1(x, r float64, canOverflow bool) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, mathRangeError()
		}
		return nil, mathDomainError()
	}
	return py.Float(r), nil
}

// mathUnary wraps a function of one float as CPython's math_1 does.
func mathUnary(name string, f func(float64) float64, canOverflow bool) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		xs, err := mathFloatArgs(name, args, kw, 1)
		if err != nil {
			return nil, err
		}
		return mathCheck1(xs[0], f(xs[0]), canOverflow)
	}
}

// mathCheck2 applies math_2's rules to r = f(x, y).
func mathCheck2(x, y, r float64) (py.Object, error) {
	finite := !math.IsInf(x, 0) && !math.IsNaN(x) && !math.IsInf(y, 0) && !math.IsNaN(y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) && finite {
		return nil, mathRangeError()
	}
	return py.Float(r), nil
}

// mathBinary wraps a function of two floats as CPython's math_2 does.
func mathBinary(name string, f func(x, y float64) float64) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		xs, err := mathFloatArgs(name, args, kw, 2)
		if err != nil {
			return nil, err
		}
		return mathCheck2(xs[0], xs[1], f(xs[0], xs[1]))
	}
}

// mathFmod is math.fmod(x, y): C's fmod, the sign of x.
// https://docs.python.org/3.11/library/math.html#math.fmod
func mathFmod(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("fmod", args, kw, 2)
	if err != nil {
		return nil, err
	}
	x, y := xs[0], xs[1]
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return py.Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, mathDomainError()
	}
	return py.Float(r), nil
}

// mathPow is math.pow(x, y) with C99 Annex F special cases.
// https://docs.python.org/3.11/library/math.html#math.pow
func mathPow(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("pow", args, kw, 2)
	if err != nil {
		return nil, err
	}
	x, y := xs[0], xs[1]
	isFinite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	var r float64
	switch {
	case math.IsNaN(x):
		r = x
		if y == 0 {
			r = 1
		}
	case math.IsNaN(y):
		r = y
		if x == 1 {
			r = 1
		}
	case math.IsInf(x, 0):
		oddY := isFinite(y) && math.Mod(math.Abs(y), 2) == 1
		switch {
		case y > 0:
			r = math.Abs(x)
			if oddY {
				r = x
			}
		case y == 0:
			r = 1
		default:
			r = 0
			if oddY {
				r = math.Copysign(0, x)
			}
		}
	case math.IsInf(y, 0):
		switch {
		case math.Abs(x) == 1:
			r = 1
		case y > 0 && math.Abs(x) > 1:
			r = y
		case y < 0 && math.Abs(x) < 1:
			r = -y
		default:
			r = 0
		}
	default:
		r = realPowSigned(x, y)
		if math.IsNaN(r) {
			return nil, mathDomainError()
		}
		if math.IsInf(r, 0) {
			if x == 0 {
				return nil, mathDomainError()
			}
			return nil, mathRangeError()
		}
	}
	return py.Float(r), nil
}

// mathNextafter is math.nextafter(x, y).
// https://docs.python.org/3.11/library/math.html#math.nextafter
func mathNextafter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("nextafter", args, kw, 2)
	if err != nil {
		return nil, err
	}
	return py.Float(math.Nextafter(xs[0], xs[1])), nil
}

// mathUlp is math.ulp(x): the value of the least significant bit of x.
// https://docs.python.org/3.11/library/math.html#math.ulp
func mathUlp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("ulp", args, kw, 1)
	if err != nil {
		return nil, err
	}
	x := xs[0]
	if math.IsNaN(x) {
		return py.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return py.Float(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, 0)
		return py.Float(x - x2), nil
	}
	return py.Float(x2 - x), nil
}

// mathDegrees is math.degrees(x).
// https://docs.python.org/3.11/library/math.html#math.degrees
func mathDegrees(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("degrees", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return py.Float(xs[0] * (180.0 / math.Pi)), nil
}

// mathRadians is math.radians(x).
// https://docs.python.org/3.11/library/math.html#math.radians
func mathRadians(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("radians", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return py.Float(xs[0] * (math.Pi / 180.0)), nil
}

// mathIsfinite is math.isfinite(x).
// https://docs.python.org/3.11/library/math.html#math.isfinite
func mathIsfinite(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("isfinite", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!math.IsInf(xs[0], 0) && !math.IsNaN(xs[0])), nil
}

// mathIsinf is math.isinf(x).
// https://docs.python.org/3.11/library/math.html#math.isinf
func mathIsinf(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("isinf", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return py.NewBool(math.IsInf(xs[0], 0)), nil
}

// mathIsnan is math.isnan(x).
// https://docs.python.org/3.11/library/math.html#math.isnan
func mathIsnan(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("isnan", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return py.NewBool(math.IsNaN(xs[0])), nil
}

// mathIsclose is math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
// https://docs.python.org/3.11/library/math.html#math.isclose
func mathIsclose(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	if err := fnKwNames("isclose", kw, "a", "b", "rel_tol", "abs_tol"); err != nil {
		return nil, err
	}
	var ao, bo, relo, abso py.Object
	if err := UnpackArgs("isclose", args, kw, "a", &ao, "b", &bo, "$rel_tol?", &relo, "$abs_tol?", &abso); err != nil {
		return nil, err
	}
	a, err := mathFloat(ao)
	if err != nil {
		return nil, err
	}
	b, err := mathFloat(bo)
	if err != nil {
		return nil, err
	}
	relTol, absTol := 1e-09, 0.0
	if relo != nil {
		if relTol, err = mathFloat(relo); err != nil {
			return nil, err
		}
	}
	if abso != nil {
		if absTol, err = mathFloat(abso); err != nil {
			return nil, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return py.False, nil
	}
	diff := math.Abs(b - a)
	return py.NewBool(diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol), nil
}

// mathRounding is the shared body of floor, ceil and trunc: floats are
// rounded by round, ints return themselves (bools as ints), instances of
// the script's classes use their special method.
func mathRounding(st *run.State, name, special string, round func(float64) float64, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math."+name, args, kw); err != nil {
		return nil, err
	}
	x := args[0]
	switch v := x.(type) {
	case py.Float:
		return numFloatToInt(round(float64(v)))
	case py.Int, py.Bool, *py.BigInt:
		return intAsInt(x), nil
	}
	if res, ok, err := callSpecialMethod(x, special); ok || err != nil {
		return res, err
	}
	if special == "__trunc__" {
		return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __trunc__ method", strTypeName(x))
	}
	f, err := mathFloat(x)
	if err != nil {
		return nil, err
	}
	return numFloatToInt(round(f))
}

// mathCeil is math.ceil(x).
// https://docs.python.org/3.11/library/math.html#math.ceil
func mathCeil(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return mathRounding(st, "ceil", "__ceil__", math.Ceil, args, kw)
}

// mathFloor is math.floor(x).
// https://docs.python.org/3.11/library/math.html#math.floor
func mathFloor(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return mathRounding(st, "floor", "__floor__", math.Floor, args, kw)
}

// mathTrunc is math.trunc(x).
// https://docs.python.org/3.11/library/math.html#math.trunc
func mathTrunc(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return mathRounding(st, "trunc", "__trunc__", math.Trunc, args, kw)
}

// mathFrexp is math.frexp(x): (m, e) with x == m * 2**e, 0.5 <= abs(m) < 1.
// https://docs.python.org/3.11/library/math.html#math.frexp
func mathFrexp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("frexp", args, kw, 1)
	if err != nil {
		return nil, err
	}
	x := xs[0]
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return py.Tuple{py.Float(x), py.Int(0)}, nil
	}
	m, e := math.Frexp(x)
	return py.Tuple{py.Float(m), py.Int(e)}, nil
}

// mathLdexp is math.ldexp(x, i): x * 2**i.
// https://docs.python.org/3.11/library/math.html#math.ldexp
func mathLdexp(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("ldexp", "math.ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	v, ok := intValue(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return py.Float(x), nil
	}
	// Exponents past ±1e5 overflow or underflow whatever x is.
	exp := int64(0)
	switch {
	case v.Cmp(big.NewInt(100000)) > 0:
		exp = 100000
	case v.Cmp(big.NewInt(-100000)) < 0:
		exp = -100000
	default:
		exp = v.Int64()
	}
	r := math.Ldexp(x, int(exp))
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return py.Float(r), nil
}

// mathModf is math.modf(x): the fractional and integer parts of x.
// https://docs.python.org/3.11/library/math.html#math.modf
func mathModf(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("modf", args, kw, 1)
	if err != nil {
		return nil, err
	}
	x := xs[0]
	switch {
	case math.IsInf(x, 0):
		return py.Tuple{py.Float(math.Copysign(0, x)), py.Float(x)}, nil
	case math.IsNaN(x):
		return py.Tuple{py.Float(x), py.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return py.Tuple{py.Float(f), py.Float(i)}, nil
}

// mathLogOf is CPython's loghelper: the logarithm fn of an argument, with
// ints of any size (a positive int too large for a float is split into
// mantissa and exponent).
func mathLogOf(o py.Object, fn func(float64) (float64, bool)) (float64, error) {
	if v, ok := intValue(o); ok {
		if v.Sign() <= 0 {
			return 0, mathDomainError()
		}
		if v.BitLen() > 1000 {
			f := new(big.Float).SetPrec(53).SetInt(v)
			mant := new(big.Float)
			e := f.MantExp(mant)
			m, _ := mant.Float64()
			lm, _ := fn(m)
			l2, _ := fn(2)
			return lm + l2*float64(e), nil
		}
	}
	x, err := mathFloat(o)
	if err != nil {
		return 0, err
	}
	r, domainErr := fn(x)
	if domainErr {
		return 0, mathDomainError()
	}
	return r, nil
}

// mathLogBase returns a logarithm function with CPython's m_log special
// cases: nan for nan, inf for inf, a domain error for zero and negative
// values (including -inf).
func mathLogBase(f func(float64) float64) func(float64) (float64, bool) {
	return func(x float64) (float64, bool) {
		switch {
		case math.IsNaN(x):
			return x, false
		case x <= 0:
			return 0, true
		case math.IsInf(x, 1):
			return x, false
		}
		return f(x), false
	}
}

// mathLog is math.log(x[, base]).
// https://docs.python.org/3.11/library/math.html#math.log
func mathLog(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoKwargs("log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "math.log requires 1 to 2 arguments")
	}
	ln := mathLogBase(realLog)
	num, err := mathLogOf(args[0], ln)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := mathLogOf(args[1], ln)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(num / den), nil
}

// mathLog2 is math.log2(x).
// https://docs.python.org/3.11/library/math.html#math.log2
func mathLog2(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math.log2", args, kw); err != nil {
		return nil, err
	}
	r, err := mathLogOf(args[0], mathLogBase(realLog2))
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

// mathLog10 is math.log10(x).
// https://docs.python.org/3.11/library/math.html#math.log10
func mathLog10(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math.log10", args, kw); err != nil {
		return nil, err
	}
	r, err := mathLogOf(args[0], mathLogBase(realLog10))
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

// mathFsum is math.fsum(iterable): the correctly rounded sum, with
// Shewchuk's exact partial sums as CPython computes it.
// https://docs.python.org/3.11/library/math.html#math.fsum
func mathFsum(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("math.fsum", args, kw); err != nil {
		return nil, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		x, err := mathFloat(item)
		if err != nil {
			return true, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				// A non-finite x comes from an intermediate overflow or
				// from a nan or an infinity among the summands.
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return true, py.ExceptionNewf(py.OverflowError, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 || math.IsNaN(specialSum) {
		if math.IsNaN(infSum) {
			return nil, py.ExceptionNewf(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(specialSum), nil
	}
	hi, lo := 0.0, 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		// Sum from the top, stopping at the first inexact addition.
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Make half-even rounding work across multiple partials: when
		// the rest has the sign of lo, the exact sum is past the tie.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return py.Float(hi), nil
}

// mathVectorNorm is CPython's vector_norm: sqrt(sum(x**2 for x in vec))
// for non-negative finite coordinates, with power-of-two scaling, exact
// squaring (Dekker's split), compensated summation and one correction step
// of the square root, which makes hypot and dist correctly rounded in
// nearly all cases. maxV is the largest coordinate.
func mathVectorNorm(vec []float64, maxV float64, foundNaN bool) float64 {
	if math.IsInf(maxV, 0) {
		return maxV
	}
	if foundNaN {
		return math.NaN()
	}
	if maxV == 0 || len(vec) <= 1 {
		return maxV
	}
	_, maxE := math.Frexp(maxV)
	if maxE < -1023 {
		// 2**-maxE would overflow: bring subnormals up to normals first.
		for i := range vec {
			vec[i] /= 0x1p-1022
		}
		return 0x1p-1022 * mathVectorNorm(vec, maxV/0x1p-1022, foundNaN)
	}
	const split = 134217729.0 // 2**27 + 1
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	for _, x := range vec {
		x *= scale
		t := x * split
		hi := t - (t - x)
		lo := x - hi
		add(hi*hi, &frac1)
		add(2*hi*lo, &frac2)
		frac3 += lo * lo
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2 + frac3))
	t := h * split
	hi := t - (t - h)
	lo := h - hi
	add(-hi*hi, &frac1)
	add(-2*hi*lo, &frac2)
	add(-lo*lo, &frac3)
	x := csum - 1 + (frac1 + frac2 + frac3)
	return (h + x/(2*h)) / scale
}

// mathHypot is math.hypot(*coordinates).
// https://docs.python.org/3.11/library/math.html#math.hypot
func mathHypot(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoKwargs("math.hypot", kw); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(args))); err != nil {
		return nil, err
	}
	vec := make([]float64, len(args))
	maxV, foundNaN := 0.0, false
	for i, a := range args {
		x, err := mathFloat(a)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxV {
			maxV = x
		}
	}
	return py.Float(mathVectorNorm(vec, maxV, foundNaN)), nil
}

// mathDist is math.dist(p, q): the Euclidean distance of two points given
// as iterables of coordinates.
// https://docs.python.org/3.11/library/math.html#math.dist
func mathDist(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("dist", "math.dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := collectItems(st, args[0])
	if err != nil {
		return nil, err
	}
	q, err := collectItems(st, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
	}
	if err := st.CheckAlloc(int64(len(p)) * 8); err != nil {
		return nil, err
	}
	vec := make([]float64, len(p))
	maxV, foundNaN := 0.0, false
	for i := range p {
		px, err := mathFloat(p[i])
		if err != nil {
			return nil, err
		}
		qx, err := mathFloat(q[i])
		if err != nil {
			return nil, err
		}
		x := math.Abs(px - qx)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxV {
			maxV = x
		}
	}
	return py.Float(mathVectorNorm(vec, maxV, foundNaN)), nil
}

// Lanczos approximation parameters of CPython's gamma and lgamma (N=13,
// g=6.024680040776729583740234375, as in Boost), the rational form's
// numerator and denominator coefficients.
const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// lanczosNum returns the numerator coefficients of the Lanczos sum.
func lanczosNum() [13]float64 {
	return [13]float64{
		23531376880.410759688572007674451636754734846804940,
		42919803642.649098768957899047001988850926355848959,
		35711959237.355668049440185451547166705960488635843,
		17921034426.037209699919755754458931112671403265390,
		6039542586.3520280050642916443072979210699388420708,
		1439720407.3117216736632230727949123939715485786772,
		248874557.86205415651146038641322942321632125127801,
		31426415.585400194380614231628318205362874684987640,
		2876370.6289353724412254090516208496135991145378768,
		186056.26539522349504029498971604569928220784236328,
		8071.6720023658162106380029022722506138218516325024,
		210.82427775157934587250973392071336271166969580291,
		2.5066282746310002701649081771338373386264310793408,
	}
}

// lanczosDen returns the denominator coefficients of the Lanczos sum:
// those of x*(x+1)*...*(x+11).
func lanczosDen() [13]float64 {
	return [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}
}

// lanczosSum evaluates the Lanczos sum for x > 0, as a rational function
// in x below 5 and in 1/x above (no overflow, better accuracy).
func lanczosSum(x float64) float64 {
	numC, denC := lanczosNum(), lanczosDen()
	num, den := 0.0, 0.0
	if x < 5 {
		for i := 12; i >= 0; i-- {
			num = num*x + numC[i]
			den = den*x + denC[i]
		}
	} else {
		for i := 0; i < 13; i++ {
			num = num/x + numC[i]
			den = den/x + denC[i]
		}
	}
	return num / den
}

// mathSinpi is sin(pi*x), accurate for x near integers, for the reflection
// formula.
func mathSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.RoundToEven(2 * y)) {
	case 0:
		r = math.Sin(math.Pi * y)
	case 1:
		r = math.Cos(math.Pi * (y - 0.5))
	case 2:
		r = math.Sin(math.Pi * (1 - y))
	case 3:
		r = -math.Cos(math.Pi * (y - 1.5))
	default:
		r = math.Sin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// mathGammaOf is CPython's m_tgamma; err is a domain or range error.
func mathGammaOf(x float64) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if math.IsInf(x, -1) || x == 0 {
		return 0, mathDomainError()
	}
	if x == math.Floor(x) {
		if x < 0 {
			return 0, mathDomainError()
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, nil
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return 0, mathRangeError()
		}
		return r, nil
	}
	if absx > 200 {
		if x < 0 {
			return 0 / mathSinpi(x), nil
		}
		return 0, mathRangeError()
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / mathSinpi(absx) / absx * realExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140 {
			r /= realPowSigned(y, absx-0.5)
		} else {
			sp := realPowSigned(y, absx/2-0.25)
			r /= sp
			r /= sp
		}
	} else {
		r = lanczosSum(absx) / realExp(y)
		r += z * r
		if absx < 140 {
			r *= realPowSigned(y, absx-0.5)
		} else {
			sp := realPowSigned(y, absx/2-0.25)
			r *= sp
			r *= sp
		}
	}
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathLgammaOf is CPython's m_lgamma; err is a domain or range error.
func mathLgammaOf(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsInf(x, 0) {
		return math.Inf(1), nil
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return 0, mathDomainError()
		}
		return 0, nil
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -realLogOrInf(absx), nil
	}
	r := realLogOrInf(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (realLogOrInf(absx+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - realLogOrInf(math.Abs(mathSinpi(absx))) - realLogOrInf(absx) - r
	}
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathGamma is math.gamma(x).
// https://docs.python.org/3.11/library/math.html#math.gamma
func mathGamma(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("gamma", args, kw, 1)
	if err != nil {
		return nil, err
	}
	r, err := mathGammaOf(xs[0])
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

// mathLgamma is math.lgamma(x): the natural logarithm of abs(gamma(x)).
// https://docs.python.org/3.11/library/math.html#math.lgamma
func mathLgamma(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	xs, err := mathFloatArgs("lgamma", args, kw, 1)
	if err != nil {
		return nil, err
	}
	r, err := mathLgammaOf(xs[0])
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}
