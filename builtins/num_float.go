// This file defines the conversion of floats to text exactly as CPython 3.11
// does it: PyOS_double_to_string with its 'r' (repr), 'e', 'f' and 'g'
// codes, on top of the correctly rounded digits of strconv.

package builtins

import (
	"math"
	"strconv"
	"strings"
)

// Flags of floatToString, as CPython's Py_DTSF_* flags.
const (
	dtsfSign    = 1 << iota // always write a sign
	dtsfAddDot0             // write ".0" after an integer in non-exponent form ('r', 'g')
	dtsfAlt                 // alternate form: keep the decimal point and trailing zeros
	dtsfNoNeg0              // write negative zero (after rounding) without its sign
)

// floatRepr returns repr(x) as CPython 3.11 writes it: the shortest digits
// that round-trip, in exponent form below 1e-4 and from 1e16 on.
func floatRepr(x float64) string {
	return floatToString(x, 'r', 0, dtsfAddDot0)
}

// floatDigits returns the decimal digits of |x| as David Gay's _Py_dg_dtoa
// does: mode 0 the shortest round-tripping digits, mode 2 at most ndigits
// significant digits, mode 3 ndigits digits past the decimal point.
// Trailing zeros are removed; the value is 0.digits * 10**decpt. x must be
// finite.
func floatDigits(x float64, mode, ndigits int) (digits string, decpt int) {
	x = math.Abs(x)
	if x == 0 {
		return "0", 1
	}
	switch mode {
	case 0, 2:
		prec := -1
		if mode == 2 {
			prec = max(ndigits, 1) - 1
		}
		s := strconv.FormatFloat(x, 'e', prec, 64)
		mant, exp, _ := strings.Cut(s, "e")
		e, _ := strconv.Atoi(exp)
		digits = strings.Replace(mant, ".", "", 1)
		decpt = e + 1
	default:
		s := strconv.FormatFloat(x, 'f', ndigits, 64)
		intPart, frac, _ := strings.Cut(s, ".")
		all := intPart + frac
		trimmed := strings.TrimLeft(all, "0")
		decpt = len(intPart) - (len(all) - len(trimmed))
		digits = trimmed
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" && mode != 3 {
		digits = "0"
	}
	return digits, decpt
}

// floatToString is CPython's PyOS_double_to_string: code is one of 'r',
// 'e', 'E', 'f', 'F', 'g', 'G'; precision is ignored for 'r'.
func floatToString(x float64, code byte, precision int, flags int) string {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper, code = true, 'e'
		fallthrough
	case 'e':
		mode = 2
		precision++
	case 'F':
		upper, code = true, 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper, code = true, 'g'
		fallthrough
	case 'g':
		mode = 2
		if precision == 0 {
			precision = 1
		}
	case 'r':
		mode = 0
	}
	addSign := flags&dtsfSign != 0
	addDot0 := flags&dtsfAddDot0 != 0
	alt := flags&dtsfAlt != 0

	var b strings.Builder
	neg := math.Signbit(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		word := "inf"
		if math.IsNaN(x) {
			word, neg = "nan", false
		}
		if upper {
			word = strings.ToUpper(word)
		}
		if neg {
			b.WriteByte('-')
		} else if addSign {
			b.WriteByte('+')
		}
		b.WriteString(word)
		return b.String()
	}

	digits, decpt := floatDigits(x, mode, precision)
	if flags&dtsfNoNeg0 != 0 && neg && (digits == "" || digits == "0") {
		neg = false
	}
	nd := len(digits)
	vEnd := nd
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vEnd = precision
	case 'f':
		vEnd = decpt + precision
	case 'g':
		lim := precision
		if addDot0 {
			lim = precision - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vEnd = precision
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}

	b.Grow(vEnd - vStart + 8)
	if neg {
		b.WriteByte('-')
	} else if addSign {
		b.WriteByte('+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			b.WriteByte('0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vStart)
		b.WriteByte('.')
		zeros(-decpt)
	} else {
		zeros(-vStart)
	}
	if 0 < decpt && decpt <= nd {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if nd < decpt {
		zeros(decpt - nd)
		b.WriteByte('.')
		zeros(vEnd - decpt)
	} else {
		zeros(vEnd - nd)
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := "e"
		if upper {
			e = "E"
		}
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += e + sign + es
	}
	return s
}
