// This file defines the methods of float, the float() constructor and the
// parsing of floats from strings as CPython 3.11 parses them.

package builtins

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// floatMethods returns the method table of float.
func floatMethods() MethodTable {
	return MethodTable{
		"as_integer_ratio": floatAsIntegerRatio,
		"conjugate":        floatConjugate,
		"fromhex":          floatFromhexMethod,
		"hex":              floatHex,
		"is_integer":       floatIsInteger,
	}
}

func floatNoArgs(name string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "float.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "float.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// floatIsInteger is float.is_integer().
// https://docs.python.org/3.11/library/stdtypes.html#float.is_integer
func floatIsInteger(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := floatNoArgs("is_integer", args, kw); err != nil {
		return nil, err
	}
	f := float64(self.(py.Float))
	return py.NewBool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

// floatConjugate is float.conjugate(): the float itself.
// https://docs.python.org/3.11/library/stdtypes.html#float.conjugate
func floatConjugate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := floatNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	return self, nil
}

// floatAsIntegerRatio is float.as_integer_ratio(): the exact value as a
// fraction in lowest terms with a positive denominator.
// https://docs.python.org/3.11/library/stdtypes.html#float.as_integer_ratio
func floatAsIntegerRatio(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := floatNoArgs("as_integer_ratio", args, kw); err != nil {
		return nil, err
	}
	f := float64(self.(py.Float))
	switch {
	case math.IsInf(f, 0):
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return py.Tuple{numInt(new(big.Int).Set(r.Num())), numInt(new(big.Int).Set(r.Denom()))}, nil
}

// floatHex is float.hex(): '0x1.8000000000000p+0' for 1.5.
// https://docs.python.org/3.11/library/stdtypes.html#float.hex
func floatHex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := floatNoArgs("hex", args, kw); err != nil {
		return nil, err
	}
	return py.String(floatHexString(float64(self.(py.Float)))), nil
}

func floatHexString(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return floatRepr(f)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int((b >> 52) & 0x7ff)
	frac := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead, exp = "0", 1
	}
	e := exp - 1023
	es := "+" + strconv.Itoa(e)
	if e < 0 {
		es = strconv.Itoa(e)
	}
	h := strconv.FormatUint(frac, 16)
	h = strings.Repeat("0", 13-len(h)) + h
	return sign + "0x" + lead + "." + h + "p" + es
}

// floatFromhexMethod is float.fromhex looked up on a float value: a class
// method, the receiver is ignored.
func floatFromhexMethod(st *run.State, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return floatFromhex(st, args, kw)
}

// floatFromhex is the class method float.fromhex(string).
// https://docs.python.org/3.11/library/stdtypes.html#float.fromhex
func floatFromhex(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "float.fromhex() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "float.fromhex() takes exactly one argument (%d given)", len(args))
	}
	var arg py.Object
	if err := UnpackArgs("fromhex", args, nil, "string", &arg); err != nil {
		return nil, err
	}
	so, ok := arg.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "bad argument type for built-in operation")
	}
	s := string(so)
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	invalid := py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
	s = strings.Trim(s, " \t\n\r\v\f")
	neg := false
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if v, ok := floatInfNaN(body); ok {
		if neg {
			v = -v
		}
		return py.Float(v), nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	mant, exp := body, "0"
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp = body[:i], body[i+1:]
		e := exp
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || strings.Trim(e, "0123456789") != "" {
			return nil, invalid
		}
	}
	intPart, fracPart, _ := strings.Cut(mant, ".")
	isHex := func(s string) bool { return strings.Trim(s, "0123456789abcdefABCDEF") == "" }
	if intPart+fracPart == "" || !isHex(intPart) || !isHex(fracPart) || strings.Count(mant, ".") > 1 {
		return nil, invalid
	}
	lit := "0x" + intPart
	if fracPart != "" {
		lit += "." + fracPart
	}
	if intPart == "" {
		lit = "0x0." + fracPart
	}
	f, err := strconv.ParseFloat(lit+"p"+exp, 64)
	if err != nil && !math.IsInf(f, 0) {
		ne, _ := err.(*strconv.NumError)
		if ne == nil || ne.Err != strconv.ErrRange {
			return nil, invalid
		}
	}
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
	}
	if neg {
		f = -f
	}
	return py.Float(f), nil
}

// floatInfNaN parses CPython's spellings of infinity and NaN, without
// sign: "inf", "infinity" and "nan" in any case.
func floatInfNaN(s string) (float64, bool) {
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	return 0, false
}

// newFloat is float(x=0.0).
// https://docs.python.org/3.11/library/functions.html#float
func newFloat(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	var x py.Object
	if err := UnpackArgs("float", args, nil, "x?", &x); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case nil:
		return py.Float(0), nil
	case py.Float:
		return v, nil
	case py.Int:
		return py.Float(float64(v)), nil
	case py.Bool:
		if v {
			return py.Float(1), nil
		}
		return py.Float(0), nil
	case *py.BigInt:
		return numBigToFloat((*big.Int)(v))
	case py.String:
		return numParseFloat(st, string(v), v)
	case py.Bytes:
		return numParseFloat(st, string(v), v)
	case nativeNumber:
		return v.pfFloat(st)
	}
	for _, name := range []string{"__float__", "__index__"} {
		if res, ok, err := numSpecial(x, name); ok {
			if err != nil {
				return nil, err
			}
			switch r := res.(type) {
			case py.Float:
				return r, nil
			case py.Int, py.Bool, *py.BigInt:
				if name == "__index__" {
					return newFloat(st, py.Tuple{r}, nil)
				}
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s returned non-float (type %s)", name, strTypeName(res))
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a string or a real number, not '%s'", strTypeName(x))
}

// numBigToFloat converts an int to the nearest float, raising CPython's
// OverflowError when it is too large.
func numBigToFloat(v *big.Int) (py.Object, error) {
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
	}
	return py.Float(f), nil
}

// numParseFloat parses s as float(s) does: spaces around, underscores
// between digits, Unicode decimal digits, inf and nan. orig is the
// argument, quoted in the error message.
func numParseFloat(st *run.State, s string, orig py.Object) (py.Object, error) {
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	bad := func() error {
		r, err := Repr(st, orig)
		if err != nil {
			return err
		}
		return py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", r)
	}
	var ascii string
	if _, isBytes := orig.(py.Bytes); isBytes {
		ascii = s
	} else {
		ascii = string(numASCIIDigits(s))
	}
	ascii = strings.Trim(ascii, " \t\n\r\v\f")
	if strings.Contains(ascii, "_") {
		var b strings.Builder
		prev := byte(0)
		for i := 0; i < len(ascii); i++ {
			c := ascii[i]
			isDig := func(c byte) bool { return '0' <= c && c <= '9' }
			if c == '_' {
				if !isDig(prev) {
					return nil, bad()
				}
			} else {
				if prev == '_' && !isDig(c) {
					return nil, bad()
				}
				b.WriteByte(c)
			}
			prev = c
		}
		if prev == '_' {
			return nil, bad()
		}
		ascii = b.String()
	}
	f, ok := floatParseDecimal(ascii)
	if !ok {
		return nil, bad()
	}
	return py.Float(f), nil
}

// floatParseDecimal parses CPython's float syntax (no underscores, no
// spaces): [sign] (inf | infinity | nan | digits [. [digits]] | . digits)
// [e [sign] digits].
func floatParseDecimal(s string) (float64, bool) {
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if v, ok := floatInfNaN(body); ok {
		if neg {
			v = -v
		}
		return v, true
	}
	i, n := 0, len(body)
	digits := func() int {
		j := i
		for i < n && '0' <= body[i] && body[i] <= '9' {
			i++
		}
		return i - j
	}
	d := digits()
	if i < n && body[i] == '.' {
		i++
		d += digits()
	}
	if d == 0 {
		return 0, false
	}
	if i < n && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < n && (body[i] == '+' || body[i] == '-') {
			i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	if i != n {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		ne, _ := err.(*strconv.NumError)
		if ne == nil || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}
