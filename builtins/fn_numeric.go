// This file defines the numeric builtins and the character conversions:
// abs, divmod, pow, bin, oct, hex, chr, ord and ascii.

package builtins

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// special returns the special method name of an instance of a script
// class, bound to it, looked up along the class's MRO as CPython does
// (gpython's own lookup misses inherited special methods). It returns nil
// for other values and when the class does not define name.
func specialMethod(o py.Object, name string) (py.Object, error) {
	var cls *py.Type
	switch x := o.(type) {
	case *py.Type:
		if _, ok := isInstance(x); !ok {
			return nil, nil
		}
		cls = x.Type()
	case *py.Exception:
		if !isUserType(x.Base) {
			return nil, nil
		}
		cls = x.Base
	default:
		return nil, nil
	}
	m := cls.Lookup(name)
	if m == nil {
		return nil, nil
	}
	if g, ok := m.(py.I__get__); ok {
		return g.M__get__(o, cls)
	}
	return m, nil
}

// callSpecial calls the special method name of o with args. ok is false
// when o has no such method.
func callSpecialMethod(o py.Object, name string, args ...py.Object) (res py.Object, ok bool, err error) {
	m, err := specialMethod(o, name)
	if err != nil || m == nil {
		return nil, false, err
	}
	res, err = py.Call(m, py.Tuple(args), nil)
	return res, true, err
}

// fromBig returns the Python int of v, small when it fits.
func intFromBig(v *big.Int) py.Object {
	if v.IsInt64() {
		return py.Int(v.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(v))
}

// indexOf is operator.index(o): ints and bools, and instances whose class
// defines __index__, with CPython's TypeError for anything else.
func indexBig(o py.Object) (*big.Int, error) {
	if v, ok := intValue(o); ok {
		return v, nil
	}
	res, ok, err := callSpecialMethod(o, "__index__")
	if err != nil {
		return nil, err
	}
	if ok {
		if v, ok := intValue(res); ok {
			if _, isBool := res.(py.Bool); !isBool {
				return v, nil
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", res.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

// builtinAbs is abs(x).
// https://docs.python.org/3.11/library/functions.html#abs
func builtinAbs(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("abs", args, kw); err != nil {
		return nil, err
	}
	x := args[0]
	switch v := x.(type) {
	case py.Bool:
		if v {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	case py.Int:
		if v == math.MinInt64 {
			return intFromBig(new(big.Int).Neg(big.NewInt(int64(v)))), nil
		}
	}
	if res, ok, err := callSpecialMethod(x, "__abs__"); ok || err != nil {
		return res, err
	}
	if _, ok := x.(py.I__abs__); ok {
		return py.Abs(x)
	}
	return nil, py.ExceptionNewf(py.TypeError, "bad operand type for abs(): '%s'", x.Type().Name)
}

// builtinDivmod is divmod(a, b).
// https://docs.python.org/3.11/library/functions.html#divmod
func builtinDivmod(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("divmod", "divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if res, ok, err := callSpecialMethod(a, "__divmod__", b); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	if res, ok, err := callSpecialMethod(b, "__rdivmod__", a); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	_, nativeA := a.(nativeNumber)
	_, nativeB := b.(nativeNumber)
	if nativeA || nativeB {
		q, r, err := py.DivMod(a, b)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
			}
			return nil, err
		}
		return py.Tuple{q, r}, nil
	}
	// Go values of native classes (datetime.timedelta) with a divmod.
	if d, ok := a.(py.I__divmod__); ok && !isRealNumber(a) {
		q, r, err := d.M__divmod__(b)
		if err != nil {
			return nil, err
		}
		if q != py.NotImplemented {
			return py.Tuple{q, r}, nil
		}
	}
	if d, ok := b.(py.I__rdivmod__); ok && !isRealNumber(b) {
		q, r, err := d.M__rdivmod__(a)
		if err != nil {
			return nil, err
		}
		if q != py.NotImplemented {
			return py.Tuple{q, r}, nil
		}
	}
	if isRealNumber(a) && isRealNumber(b) {
		if _, aFloat := a.(py.Float); !aFloat {
			if _, bFloat := b.(py.Float); !bFloat {
				return intDivmod(a, b)
			}
		}
		fa, _ := floatValue(a)
		fb, _ := floatValue(b)
		if fb == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
		}
		q, r, err := py.DivMod(py.Float(fa), py.Float(fb))
		if err != nil {
			return nil, err
		}
		return py.Tuple{q, r}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
}

// intDivmod is divmod of two ints: floor division, remainder with the
// sign of the divisor.
func intDivmod(a, b py.Object) (py.Object, error) {
	x, _ := intValue(a)
	y, _ := intValue(b)
	if y.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q, m := new(big.Int).DivMod(x, y, new(big.Int))
	// Go's DivMod is Euclidean (m >= 0); Python's remainder takes the
	// sign of the divisor.
	if y.Sign() < 0 && m.Sign() > 0 {
		m.Add(m, y)
		q.Sub(q, big.NewInt(1))
	}
	return py.Tuple{intFromBig(q), intFromBig(m)}, nil
}

// isNumber reports whether o is an int, bool or float.
func isRealNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float:
		return true
	}
	return false
}

// floatOf converts an int, bool or float to float64.
func floatValue(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", o.Type().Name)
}

// builtinPow is pow(base, exp, mod=None).
// https://docs.python.org/3.11/library/functions.html#pow
func builtinPow(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var base, exp py.Object
	var mod py.Object = py.None
	if err := UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == py.None {
		if res, ok, err := callSpecialMethod(base, "__pow__", exp); err != nil || (ok && res != py.NotImplemented) {
			return res, err
		}
		if res, ok, err := callSpecialMethod(exp, "__rpow__", base); err != nil || (ok && res != py.NotImplemented) {
			return res, err
		}
		return Binary(st, vm.BINARY_POWER, base, exp)
	}
	if res, ok, err := callSpecialMethod(base, "__pow__", exp, mod); err != nil || (ok && res != py.NotImplemented) {
		return res, err
	}
	b, okB := intValue(base)
	e, okE := intValue(exp)
	m, okM := intValue(mod)
	if !okB || !okE || !okM {
		if isRealNumber(base) && isRealNumber(exp) && isRealNumber(mod) {
			return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
			base.Type().Name, exp.Type().Name, mod.Type().Name)
	}
	if m.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	x := new(big.Int).Mod(b, am)
	ee := new(big.Int).Set(e)
	if ee.Sign() < 0 {
		inv := new(big.Int).ModInverse(x, am)
		if inv == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		x = inv
		ee.Neg(ee)
	}
	r, err := modExp(st, x, ee, am)
	if err != nil {
		return nil, err
	}
	if am.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return intFromBig(r), nil
}

// modExpChunk is the cost, in steps, of the exponent bits modExp handles
// between two looks at the clock.
const modExpChunk = 1 << 20

// modExp returns x**e mod m for e >= 0 and m > 0, charging steps for the
// work and polling the deadline as it goes: one big.Int.Exp call with a
// large exponent and modulus can take seconds. Square-and-multiply costs
// one modular multiplication per exponent bit, each quadratic in the
// modulus' words. Large exponents are consumed in chunks of bits from the
// top: r = r**(2**k) * x**chunk mod m.
func modExp(st *run.State, x, e, m *big.Int) (*big.Int, error) {
	words := float64(len(m.Bits()) + 1)
	perBit := 1 + words*words/32
	cost := float64(e.BitLen()+1) * perBit
	if cost <= modExpChunk {
		if err := st.Charge(int64(cost)); err != nil {
			return nil, err
		}
		return new(big.Int).Exp(x, e, m), nil
	}
	k := max(int(modExpChunk/perBit), 16)
	r := big.NewInt(1)
	shift := new(big.Int)
	chunk := new(big.Int)
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(k)), big.NewInt(1))
	n := e.BitLen()
	top := n % k
	if top == 0 {
		top = k
	}
	for pos := n - top; pos >= 0; pos -= k {
		width := k
		if pos == n-top {
			width = top
		}
		// Twice the work of the bits: the squarings and the chunk's power.
		if err := st.Charge(int64(2 * float64(width) * perBit)); err != nil {
			return nil, err
		}
		if err := st.Poll(); err != nil {
			return nil, err
		}
		shift.Lsh(big.NewInt(1), uint(width))
		r.Exp(r, shift, m)
		chunk.Rsh(e, uint(pos)).And(chunk, mask)
		r.Mul(r, new(big.Int).Exp(x, chunk, m)).Mod(r, m)
	}
	return r, nil
}

// intText formats an int for bin, oct and hex: sign, prefix, digits.
func intText(args py.Tuple, kw py.StringDict, name, prefix string, base int) (py.Object, error) {
	if err := fnOneArg(name, args, kw); err != nil {
		return nil, err
	}
	v, err := indexBig(args[0])
	if err != nil {
		return nil, err
	}
	sign := ""
	if v.Sign() < 0 {
		sign = "-"
	}
	return py.String(sign + prefix + new(big.Int).Abs(v).Text(base)), nil
}

// builtinBin is bin(x).
// https://docs.python.org/3.11/library/functions.html#bin
func builtinBin(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 1 {
		if err := chargeBits(st, args[0]); err != nil {
			return nil, err
		}
	}
	return intText(args, kw, "bin", "0b", 2)
}

// builtinOct is oct(x).
// https://docs.python.org/3.11/library/functions.html#oct
func builtinOct(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 1 {
		if err := chargeBits(st, args[0]); err != nil {
			return nil, err
		}
	}
	return intText(args, kw, "oct", "0o", 8)
}

// builtinHex is hex(x).
// https://docs.python.org/3.11/library/functions.html#hex
func builtinHex(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 1 {
		if err := chargeBits(st, args[0]); err != nil {
			return nil, err
		}
	}
	return intText(args, kw, "hex", "0x", 16)
}

// chargeBits charges the work and checks the memory of writing out a big
// int digit by digit.
func chargeBits(st *run.State, o py.Object) error {
	bits, ok := intBits(o)
	if !ok {
		return nil
	}
	if err := st.CheckAlloc(bits + 8); err != nil {
		return err
	}
	return st.Charge(bits/64 + 1)
}

// builtinChr is chr(i).
// https://docs.python.org/3.11/library/functions.html#chr
func builtinChr(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("chr", args, kw); err != nil {
		return nil, err
	}
	v, err := indexBig(args[0])
	if err != nil {
		return nil, err
	}
	if !v.IsInt64() || v.Int64() > math.MaxInt32 || v.Int64() < math.MinInt32 {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	i := v.Int64()
	if i < 0 || i >= 0x110000 {
		return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
	}
	return py.String(string(rune(i))), nil
}

// builtinOrd is ord(c).
// https://docs.python.org/3.11/library/functions.html#ord
func builtinOrd(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("ord", args, kw); err != nil {
		return nil, err
	}
	switch c := args[0].(type) {
	case py.String:
		n := utf8.RuneCountInString(string(c))
		if n != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := utf8.DecodeRuneInString(string(c))
		return py.Int(r), nil
	case py.Bytes:
		if len(c) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(c))
		}
		return py.Int(c[0]), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "ord() expected string of length 1, but %s found", args[0].Type().Name)
}

// builtinASCII is ascii(object): repr with non-ASCII characters escaped.
// https://docs.python.org/3.11/library/functions.html#ascii
func builtinASCII(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("ascii", args, kw); err != nil {
		return nil, err
	}
	s, err := Repr(st, args[0])
	if err != nil {
		return nil, err
	}
	if err := st.CheckAlloc(int64(len(s)) * 5); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(s))/64 + 1); err != nil {
		return nil, err
	}
	return py.String(asciiEscape(s)), nil
}

// asciiEscape escapes the non-ASCII characters of s as \xhh, \uhhhh or
// \Uhhhhhhhh.
func asciiEscape(s string) string {
	var b strings.Builder
	const hex = "0123456789abcdef"
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		case r < 0x10000:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hex[(r>>sh)&15])
			}
		default:
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hex[(r>>sh)&15])
			}
		}
	}
	return b.String()
}
