// This file defines the string forms of decimal.Decimal: str and repr
// (the specification's to-scientific-string), to_eng_string and
// format() with CPython's Decimal.__format__ rules.

package builtins

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// decSciString is the to-scientific-string (or, with eng, the
// to-engineering-string) of d, as CPython's Decimal.__str__.
func decSciString(d *apd.Decimal, capitals, eng bool) string {
	sign := ""
	if d.Negative {
		sign = "-"
	}
	switch d.Form {
	case apd.Infinite:
		return sign + "Infinity"
	case apd.NaN, apd.NaNSignaling:
		s := sign
		if d.Form == apd.NaNSignaling {
			s += "s"
		}
		s += "NaN"
		if d.Coeff.Sign() != 0 {
			s += d.Coeff.String()
		}
		return s
	}
	digits := d.Coeff.String()
	exp := int64(d.Exponent)
	left := exp + int64(len(digits))
	var dot int64
	switch {
	case exp <= 0 && left > -6:
		dot = left
	case !eng:
		dot = 1
	case digits == "0":
		dot = pyMod(left+1, 3) - 1
	default:
		dot = pyMod(left-1, 3) + 1
	}
	var intPart, frac string
	switch {
	case dot <= 0:
		intPart = "0"
		frac = "." + strings.Repeat("0", int(-dot)) + digits
	case dot >= int64(len(digits)):
		intPart = digits + strings.Repeat("0", int(dot-int64(len(digits))))
	default:
		intPart = digits[:dot]
		frac = "." + digits[dot:]
	}
	e := ""
	if left != dot {
		e = "e"
		if capitals {
			e = "E"
		}
		n := left - dot
		if n >= 0 {
			e += "+"
		}
		e += strconv.FormatInt(n, 10)
	}
	return sign + intPart + frac + e
}

// pyMod is Python's modulo: the result has the sign of m.
func pyMod(a, m int64) int64 {
	r := a % m
	if r < 0 {
		r += m
	}
	return r
}

// str returns str(x) under the run's current context.
func (x *Decimal) str() string {
	return decSciString(&x.d, x.ds.cur.capitals == 1, false)
}

// M__repr__ is repr(self): Decimal('...').
func (x *Decimal) M__repr__() (py.Object, error) {
	return py.String("Decimal('" + x.str() + "')"), nil
}

// M__str__ is str(self).
func (x *Decimal) M__str__() (py.Object, error) {
	return py.String(x.str()), nil
}

// pfStr is str(self) for pyfence's Str.
func (x *Decimal) pfStr(st *run.State) (string, error) {
	if err := st.CheckAlloc(x.digits() + 16); err != nil {
		return "", err
	}
	return x.str(), nil
}

// rescale returns x with exponent exp, rounded with mode; CPython's
// Decimal._rescale, used by format().
func (x *Decimal) rescale(exp int64, mode string) (*apd.Decimal, error) {
	if exp > decSysExp || exp < -decSysExp || int64(x.d.Exponent) > decSysExp || int64(x.d.Exponent) < -decSysExp {
		return nil, decError(sigOverflow, sigOverflow)
	}
	grow := max(int64(x.d.Exponent)-exp, 0)
	n := x.digits() + grow + 1
	st := x.ds.st
	if err := st.CheckAlloc(2 * n); err != nil {
		return nil, err
	}
	if err := st.Charge(n/32 + 1); err != nil {
		return nil, err
	}
	if x.d.Coeff.Sign() == 0 {
		r := new(apd.Decimal)
		r.Negative = x.d.Negative
		r.Exponent = int32(exp)
		return r, nil
	}
	ac := &apd.Context{Precision: uint32(n), MaxExponent: decSysExp, MinExponent: -decSysExp, Rounding: decRounder(mode)}
	r := new(apd.Decimal)
	_, err := ac.Quantize(r, quantizeInput(&x.d, exp), int32(exp))
	return r, err
}

// roundPlaces is CPython's Decimal._round: x rounded to places
// significant digits.
func (x *Decimal) roundPlaces(places int64, mode string) (*Decimal, error) {
	if x.d.Form != apd.Finite || x.d.Coeff.Sign() == 0 {
		return x, nil
	}
	r, err := x.rescale(x.adjusted()+1-places, mode)
	if err != nil {
		return nil, err
	}
	y := x.ds.wrap(r)
	if y.adjusted() != x.adjusted() {
		r, err = y.rescale(y.adjusted()+1-places, mode)
		if err != nil {
			return nil, err
		}
		y = x.ds.wrap(r)
	}
	return y, nil
}

// pfFormat is format(self, spec), CPython's Decimal.__format__.
func (x *Decimal) pfFormat(st *run.State, spec string) (string, error) {
	fs, err := parseFormatSpec(spec, x, 0, '>')
	if err != nil {
		return "", py.ExceptionNewf(py.ValueError, "invalid format string")
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", py.ExceptionNewf(py.ValueError, "invalid format string")
	}
	if fs.alt || fs.thousands == '_' || fs.thousands == '4' {
		// libmpdec knows neither '#' nor '_'.
		return "", py.ExceptionNewf(py.ValueError, "invalid format string")
	}
	if fs.width > 1<<30 || fs.precision > 1<<30 {
		return "", st.FailMemory(max(fs.width, fs.precision))
	}
	if err := st.CheckAlloc(max(fs.width, 0) + max(fs.precision, 0) + x.digits()); err != nil {
		return "", err
	}
	c := x.ds.cur
	zeropad := fs.fill == '0' && fs.align == '='
	if x.d.Form != apd.Finite {
		abs := x.d
		abs.Negative = false
		body := decSciString(&abs, true, false)
		if fs.typ == '%' {
			body += "%"
		}
		return decAlign(decFmtSign(x.d.Negative, fs), body, fs), nil
	}
	typ := fs.typ
	if typ == 0 || typ == 'n' {
		typ = 'g'
		if c.capitals == 1 && fs.typ == 0 {
			typ = 'G'
		}
	}
	v := x
	if typ == '%' {
		v = x.ds.wrap(&x.d)
		v.d.Exponent += 2
	}
	prec := fs.precision
	if prec >= 0 {
		switch typ {
		case 'e', 'E':
			if v, err = v.roundPlaces(prec+1, c.rounding); err != nil {
				return "", err
			}
		case 'f', 'F', '%':
			r, err := v.rescale(-prec, c.rounding)
			if err != nil {
				return "", err
			}
			v = x.ds.wrap(r)
		case 'g', 'G':
			if v.digits() > prec {
				if v, err = v.roundPlaces(max(prec, 1), c.rounding); err != nil {
					return "", err
				}
			}
		}
	}
	zero := v.d.Coeff.Sign() == 0
	if zero && v.d.Exponent > 0 && (typ == 'f' || typ == 'F' || typ == '%') {
		r, err := v.rescale(0, c.rounding)
		if err != nil {
			return "", err
		}
		v = x.ds.wrap(r)
	}
	neg := v.d.Negative
	if zero && fs.noNeg0 {
		neg = false
	}
	digits := v.d.Coeff.String()
	left := int64(v.d.Exponent) + int64(len(digits))
	var dot int64
	switch typ {
	case 'e', 'E':
		if zero && prec >= 0 {
			dot = 1 - prec
		} else {
			dot = 1
		}
	case 'f', 'F', '%':
		dot = left
	default:
		if v.d.Exponent <= 0 && left > -6 {
			dot = left
		} else {
			dot = 1
		}
	}
	if err := st.CheckAlloc(abs64(dot) + int64(len(digits)) + 16); err != nil {
		return "", err
	}
	var intPart, frac string
	switch {
	case dot < 0:
		intPart = "0"
		frac = strings.Repeat("0", int(-dot)) + digits
	case dot > int64(len(digits)):
		intPart = digits + strings.Repeat("0", int(dot-int64(len(digits))))
	default:
		intPart = digits[:dot]
		if intPart == "" {
			intPart = "0"
		}
		frac = digits[dot:]
	}
	exp := left - dot
	sign := decFmtSign(neg, fs)
	if frac != "" || fs.alt {
		frac = "." + frac
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		e := "e"
		if typ == 'E' || typ == 'G' {
			e = "E"
		}
		if exp >= 0 {
			e += "+"
		}
		frac += e + strconv.FormatInt(exp, 10)
	}
	if typ == '%' {
		frac += "%"
	}
	minWidth := int64(0)
	if zeropad {
		minWidth = fs.width - int64(len(frac)) - int64(len(sign))
	}
	sep := ""
	switch fs.thousands {
	case ',':
		sep = ","
	case '_', '4':
		sep = "_"
	}
	intPart = decGroup(intPart, sep, minWidth)
	return decAlign(sign, intPart+frac, fs), nil
}

// decFmtSign is the sign a format spec shows for a value.
func decFmtSign(neg bool, fs *formatSpec) string {
	switch {
	case neg:
		return "-"
	case fs.sign == '+':
		return "+"
	case fs.sign == ' ':
		return " "
	}
	return ""
}

// decGroup inserts sep every three digits and pads with zeros to
// minWidth, as CPython's _insert_thousands_sep.
func decGroup(digits, sep string, minWidth int64) string {
	var groups []string
	for {
		l := min(max(int64(len(digits)), minWidth, 1), 3)
		pad := l - int64(len(digits))
		g := ""
		if pad > 0 {
			g = strings.Repeat("0", int(pad)) + digits
			digits = ""
		} else {
			g = digits[int64(len(digits))-l:]
			digits = digits[:int64(len(digits))-l]
		}
		groups = append(groups, g)
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= int64(len(sep))
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

// decAlign pads sign+body to the spec's width with its fill and
// alignment, as CPython's _format_align.
func decAlign(sign, body string, fs *formatSpec) string {
	n := int64(len([]rune(sign + body)))
	padding := fs.width - n
	if padding <= 0 {
		return sign + body
	}
	fill := func(k int64) string { return strings.Repeat(string(fs.fill), int(k)) }
	switch fs.align {
	case '<':
		return sign + body + fill(padding)
	case '=':
		return sign + fill(padding) + body
	case '^':
		half := padding / 2
		return fill(half) + sign + body + fill(padding-half)
	}
	return fill(padding) + sign + body
}
