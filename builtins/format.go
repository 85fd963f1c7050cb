// This file defines formatting: the format-spec mini-language of str, int,
// bool and float (format(value, spec), and the fields of str.format and
// f-strings), and the __pf_fstr__ helper f-strings are rewritten into.
// str.format and str.format_map are in format_str.go, %-formatting in
// format_percent.go.

package builtins

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Format returns format(value, spec) as CPython 3.11 computes it for str,
// int, bool and float. Other values accept only the empty spec, which
// gives str(value).
// https://docs.python.org/3.11/library/string.html#format-specification-mini-language
func Format(st *run.State, value py.Object, spec string) (string, error) {
	if err := st.Charge(1); err != nil {
		return "", err
	}
	switch v := value.(type) {
	case py.String:
		if spec == "" {
			return string(v), nil
		}
		fs, err := parseFormatSpec(spec, value, 's', '<')
		if err != nil {
			return "", err
		}
		if fs.typ != 's' {
			return "", formatUnknownCode(fs.typ, value)
		}
		return formatStrSpec(st, string(v), fs)
	case py.Int, py.Bool, *py.BigInt:
		if spec == "" {
			return intDecimal(v)
		}
		fs, err := parseFormatSpec(spec, value, 'd', '>')
		if err != nil {
			return "", err
		}
		switch fs.typ {
		case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
			return formatIntSpec(st, numBig(v), fs)
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
			f, err := numBigToFloat(numBig(v))
			if err != nil {
				return "", err
			}
			return formatFloatSpec(st, float64(f.(py.Float)), fs)
		}
		return "", formatUnknownCode(fs.typ, value)
	case py.Float:
		if spec == "" {
			return floatRepr(float64(v)), nil
		}
		fs, err := parseFormatSpec(spec, value, 0, '>')
		if err != nil {
			return "", err
		}
		switch fs.typ {
		case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
			return formatFloatSpec(st, float64(v), fs)
		}
		return "", formatUnknownCode(fs.typ, value)
	case py.Complex:
		if spec == "" {
			return complexRepr(complex128(v)), nil
		}
		fs, err := parseFormatSpec(spec, value, 0, '>')
		if err != nil {
			return "", err
		}
		switch fs.typ {
		case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
			return formatComplexSpec(st, complex128(v), fs)
		}
		return "", formatUnknownCode(fs.typ, value)
	}
	if f, ok := value.(nativeFormatter); ok {
		return f.pfFormat(st, spec)
	}
	if spec == "" {
		return Str(st, value)
	}
	return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", strTypeName(value))
}

// formatSpec is a parsed format specification:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type formatSpec struct {
	fill      rune
	align     byte // '<', '>', '=' or '^'
	alt       bool // '#'
	noNeg0    bool // 'z'
	sign      byte // 0, '+', '-' or ' '
	width     int64
	thousands byte  // 0, ',', '_', or '4' for '_' every four digits
	precision int64 // -1 when absent
	typ       rune  // 0 when absent (floats)
}

// formatMaxSsize is PY_SSIZE_T_MAX, the bound of widths and precisions.
const formatMaxSsize = math.MaxInt64

// parseFormatSpec parses spec as CPython's
// parse_internal_render_format_spec does.
func parseFormatSpec(spec string, value py.Object, defType rune, defAlign byte) (*formatSpec, error) {
	fs := &formatSpec{fill: ' ', align: defAlign, width: -1, precision: -1, typ: defType}
	pos := 0
	peek := func(k int) rune {
		p := pos
		for ; k > 0 && p < len(spec); k-- {
			_, size := utf8.DecodeRuneInString(spec[p:])
			p += size
		}
		if p >= len(spec) {
			return -1
		}
		r, _ := utf8.DecodeRuneInString(spec[p:])
		return r
	}
	next := func() {
		_, size := utf8.DecodeRuneInString(spec[pos:])
		pos += size
	}
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillSpecified, alignSpecified := false, false
	if c := peek(1); c >= 0 && isAlign(c) {
		fs.fill = peek(0)
		fs.align = byte(c)
		fillSpecified, alignSpecified = true, true
		next()
		next()
	} else if c := peek(0); c >= 0 && isAlign(c) {
		fs.align = byte(c)
		alignSpecified = true
		next()
	}
	if c := peek(0); c == '+' || c == '-' || c == ' ' {
		fs.sign = byte(c)
		next()
	}
	if peek(0) == 'z' {
		fs.noNeg0 = true
		next()
	}
	if peek(0) == '#' {
		fs.alt = true
		next()
	}
	if !fillSpecified && peek(0) == '0' {
		fs.fill = '0'
		if !alignSpecified && defAlign == '>' {
			fs.align = '='
		}
		next()
	}
	integer := func() (int64, int, error) {
		var acc int64
		n := 0
		for {
			c := peek(0)
			if c < 0 || !uniIsDecimal(c) {
				return acc, n, nil
			}
			d := int64(numDecimalValue(c))
			if acc > (formatMaxSsize-d)/10 {
				return 0, 0, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
			}
			acc = acc*10 + d
			n++
			next()
		}
	}
	w, n, err := integer()
	if err != nil {
		return nil, err
	}
	if n > 0 {
		fs.width = w
	}
	if peek(0) == ',' {
		fs.thousands = ','
		next()
	}
	if peek(0) == '_' {
		if fs.thousands != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
		}
		fs.thousands = '_'
		next()
	}
	if peek(0) == ',' && fs.thousands == '_' {
		return nil, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
	}
	if peek(0) == '.' {
		next()
		p, n, err := integer()
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		fs.precision = p
	}
	if rest := spec[pos:]; utf8.RuneCountInString(rest) > 1 {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, strTypeName(value))
	}
	if c := peek(0); c >= 0 {
		fs.typ = c
	}
	if fs.thousands != 0 {
		switch fs.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.thousands == '_' {
				fs.thousands = '4'
				break
			}
			fallthrough
		default:
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with %s.", fs.thousands, formatCodeQuoted(fs.typ))
		}
	}
	return fs, nil
}

// formatCodeQuoted writes a presentation type as CPython's messages do:
// 'x' for printable ASCII, '\x..' otherwise.
func formatCodeQuoted(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	const hex = "0123456789abcdef"
	var b []byte
	for v := uint32(c); ; v >>= 4 {
		b = append([]byte{hex[v&15]}, b...)
		if v < 16 {
			break
		}
	}
	return `'\x` + string(b) + "'"
}

func formatUnknownCode(c rune, value py.Object) error {
	return py.ExceptionNewf(py.ValueError, "Unknown format code %s for object of type '%s'", formatCodeQuoted(c), strTypeName(value))
}

// checkWidth checks the memory of a result of chars code points (bytes
// bytes) padded to fs.width, and charges the steps of writing it.
func (fs *formatSpec) checkWidth(st *run.State, chars, bytes int64) error {
	size := bytes
	if fs.width > chars {
		fillLen := int64(utf8.RuneLen(fs.fill))
		if fillLen < 1 {
			fillLen = 3
		}
		pad := fs.width - chars
		if pad > (1<<62)/fillLen {
			return st.FailMemory(1 << 62)
		}
		size += pad * fillLen
	}
	if err := st.CheckAlloc(size); err != nil {
		return err
	}
	return strChargeScan(st, int(min(size, 1<<40)))
}

// formatStrSpec formats a str (format_string_internal).
func formatStrSpec(st *run.State, s string, fs *formatSpec) (string, error) {
	switch {
	case fs.sign == ' ':
		return "", py.ExceptionNewf(py.ValueError, "Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	case fs.noNeg0:
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case fs.alt:
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	t := strTextOf(s)
	n := int64(t.n)
	if fs.precision >= 0 && n > fs.precision {
		s = s[:t.off(int(fs.precision))]
		n = fs.precision
	}
	if fs.width <= n {
		return s, nil
	}
	if err := fs.checkWidth(st, n, int64(len(s))); err != nil {
		return "", err
	}
	pad := int(fs.width - n)
	left := 0
	switch fs.align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	f := string(fs.fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, pad-left), nil
}

// formatIntSpec formats an int for the types b c d o x X n
// (format_long_internal).
func formatIntSpec(st *run.State, v *big.Int, fs *formatSpec) (string, error) {
	if fs.precision != -1 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	if fs.noNeg0 {
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !v.IsInt64() {
			return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		if v.Sign() < 0 || v.Cmp(big.NewInt(utf8.MaxRune)) > 0 {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return formatLayoutNumber(st, fs, 0, "", "", string(rune(v.Int64())), false)
	}
	base, prefix := 10, ""
	switch fs.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !fs.alt {
		prefix = ""
	}
	var digits string
	var sign byte
	if v.Sign() < 0 {
		sign = '-'
	}
	if base == 10 {
		s, err := intDecimal(numInt(new(big.Int).Abs(v)))
		if err != nil {
			return "", err
		}
		digits = s
	} else {
		if err := fs.checkWidth(st, int64(v.BitLen()), int64(v.BitLen())); err != nil {
			return "", err
		}
		digits = new(big.Int).Abs(v).Text(base)
		if fs.typ == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	return formatLayoutNumber(st, fs, sign, prefix, digits, "", false)
}

// formatFloatSpec formats a float for the types e E f F g G n % and none
// (format_float_internal).
func formatFloatSpec(st *run.State, val float64, fs *formatSpec) (string, error) {
	if fs.precision > math.MaxInt32 {
		return "", py.ExceptionNewf(py.ValueError, "precision too big")
	}
	precision := int(fs.precision)
	typ := fs.typ
	flags := 0
	if fs.alt {
		flags |= dtsfAlt
	}
	if fs.noNeg0 {
		flags |= dtsfNoNeg0
	}
	defPrecision := 6
	if typ == 0 {
		flags |= dtsfAddDot0
		typ = 'r'
		defPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		val *= 100
		pct = true
	}
	if precision < 0 {
		precision = defPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	// The digits: at most precision plus the 309 digits of the integer
	// part of the largest float, the sign, point and exponent.
	if err := fs.checkWidth(st, int64(precision)+330, int64(precision)+330); err != nil {
		return "", err
	}
	s := floatToString(val, byte(typ), precision, flags)
	if pct {
		s += "%"
	}
	sign, digits, rest, hasDecimal := splitFloatString(s)
	return formatLayoutNumber(st, fs, sign, "", digits, rest, hasDecimal)
}

// formatComplexSpec formats a complex (format_complex_internal): both
// parts formatted as floats, padded as a whole.
func formatComplexSpec(st *run.State, c complex128, fs *formatSpec) (string, error) {
	if fs.precision > math.MaxInt32 {
		return "", py.ExceptionNewf(py.ValueError, "precision too big")
	}
	if fs.fill == '0' {
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	precision := int(fs.precision)
	typ := fs.typ
	flags := 0
	if fs.alt {
		flags |= dtsfAlt
	}
	if fs.noNeg0 {
		flags |= dtsfNoNeg0
	}
	defPrecision := 6
	skipRe, parens := false, false
	if typ == 0 {
		typ, defPrecision = 'r', 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if precision < 0 {
		precision = defPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	if err := fs.checkWidth(st, 2*int64(precision)+660, 2*int64(precision)+660); err != nil {
		return "", err
	}
	part := func(x float64, sign byte) (string, error) {
		neg, digits, rest, hasDecimal := splitFloatString(floatToString(x, byte(typ), precision, flags))
		sub := *fs
		sub.fill, sub.align, sub.width, sub.sign = ' ', '<', -1, sign
		return formatLayoutNumber(st, &sub, neg, "", digits, rest, hasDecimal)
	}
	imSign := byte('+')
	if skipRe {
		imSign = fs.sign
	}
	body := ""
	if !skipRe {
		r, err := part(re, fs.sign)
		if err != nil {
			return "", err
		}
		body = r
	}
	i, err := part(im, imSign)
	if err != nil {
		return "", err
	}
	body += i + "j"
	if parens {
		body = "(" + body + ")"
	}
	n := int64(utf8.RuneCountInString(body))
	if fs.width <= n {
		return body, nil
	}
	pad := int(fs.width - n)
	left := 0
	switch fs.align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	f := string(fs.fill)
	return strings.Repeat(f, left) + body + strings.Repeat(f, pad-left), nil
}

// splitFloatString splits a float formatted by floatToString into its
// sign ('-' or 0), its integer digits, and the rest after the decimal
// point (or after the digits, when there is no point).
func splitFloatString(s string) (sign byte, digits, rest string, hasDecimal bool) {
	if strings.HasPrefix(s, "-") {
		sign, s = '-', s[1:]
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	digits, rest = s[:i], s[i:]
	hasDecimal = strings.HasPrefix(rest, ".")
	if hasDecimal {
		rest = rest[1:]
	}
	return sign, digits, rest, hasDecimal
}

// formatLayoutNumber assembles a formatted number as CPython's
// calc_number_widths and fill_number do:
// <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <rest> <rpadding>.
func formatLayoutNumber(st *run.State, fs *formatSpec, sign byte, prefix, digits, rest string, hasDecimal bool) (string, error) {
	signStr := ""
	switch fs.sign {
	case '+':
		signStr = "+"
		if sign == '-' {
			signStr = "-"
		}
	case ' ':
		signStr = " "
		if sign == '-' {
			signStr = "-"
		}
	default:
		if sign == '-' {
			signStr = "-"
		}
	}
	decimal := ""
	if hasDecimal {
		decimal = "."
	}
	nonDigits := int64(len(signStr) + len(prefix) + len(decimal) + utf8.RuneCountInString(rest))
	var minWidth int64
	if fs.fill == '0' && fs.align == '=' {
		minWidth = fs.width - nonDigits
	}
	if err := fs.checkWidth(st, nonDigits+int64(len(digits))*4/3+1, int64(len(signStr)+len(prefix)+len(decimal)+len(rest)+len(digits)*4/3+1)); err != nil {
		return "", err
	}
	grouped := ""
	if digits != "" {
		sep, group := "", 0
		switch fs.thousands {
		case ',':
			sep, group = ",", 3
		case '_':
			sep, group = "_", 3
		case '4':
			sep, group = "_", 4
		}
		grouped = formatGroupDigits(digits, minWidth, sep, group)
	}
	padding := fs.width - (nonDigits + int64(len(grouped)))
	var lpad, spad, rpad int64
	if padding > 0 {
		switch fs.align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	f := string(fs.fill)
	var b strings.Builder
	b.WriteString(strings.Repeat(f, int(lpad)))
	b.WriteString(signStr)
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(f, int(spad)))
	b.WriteString(grouped)
	b.WriteString(decimal)
	b.WriteString(rest)
	b.WriteString(strings.Repeat(f, int(rpad)))
	return b.String(), nil
}

// formatGroupDigits inserts sep every group digits from the right, first padding
// digits with zeros (and separators among them) to minWidth characters, as
// CPython's _PyUnicode_InsertThousandsGrouping does. group 0 means no
// grouping. The caller has checked the memory of the result.
func formatGroupDigits(digits string, minWidth int64, sep string, group int) string {
	// walk runs CPython's loop, calling emit with the zeros and digits of
	// each group from the right.
	walk := func(emit func(zeros, chars int64, withSep bool)) {
		mw := max(minWidth, 0)
		remaining := int64(len(digits))
		withSep := false
		step := func(l int64) {
			zeros := max(0, l-remaining)
			chars := max(0, min(remaining, l))
			emit(zeros, chars, withSep)
			withSep = true
			remaining -= chars
			mw -= l
		}
		if group == 0 {
			step(max(remaining, mw, 1))
			return
		}
		for {
			step(min(int64(group), max(remaining, mw, 1)))
			if remaining <= 0 && mw <= 0 {
				return
			}
			mw -= int64(len(sep))
		}
	}
	var size int64
	walk(func(zeros, chars int64, withSep bool) {
		size += zeros + chars
		if withSep {
			size += int64(len(sep))
		}
	})
	out := make([]byte, size)
	pos, end := size, len(digits)
	walk(func(zeros, chars int64, withSep bool) {
		if withSep {
			pos -= int64(len(sep))
			copy(out[pos:], sep)
		}
		pos -= chars
		copy(out[pos:], digits[end-int(chars):end])
		end -= int(chars)
		for ; zeros > 0; zeros-- {
			pos--
			out[pos] = '0'
		}
	})
	return string(out)
}

// formatHelpers returns the injected helper __pf_fstr__(parts): parts is
// a tuple whose items are literal strs and (value, conversion, spec)
// triples, conversion one of "", "r", "s" or "a".
func formatHelpers(st *run.State) map[string]py.Object {
	return map[string]py.Object{
		"__pf_fstr__": &callable{name: "__pf_fstr__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return formatFstr(st, args, kw)
		}},
	}
}

// formatFstr is __pf_fstr__(parts), the value of an f-string.
// https://docs.python.org/3.11/reference/lexical_analysis.html#f-strings
func formatFstr(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var partsObj py.Object
	if err := UnpackArgs("__pf_fstr__", args, kw, "parts", &partsObj); err != nil {
		return nil, err
	}
	parts, ok := partsObj.(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "__pf_fstr__: parts must be a tuple")
	}
	var b strings.Builder
	for _, p := range parts {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		var piece string
		switch p := p.(type) {
		case py.String:
			piece = string(p)
		case py.Tuple:
			if len(p) != 3 {
				return nil, py.ExceptionNewf(py.SystemError, "__pf_fstr__: bad field")
			}
			conv, ok1 := p[1].(py.String)
			spec, ok2 := p[2].(py.String)
			if !ok1 || !ok2 {
				return nil, py.ExceptionNewf(py.SystemError, "__pf_fstr__: bad field")
			}
			v, err := formatConvert(st, p[0], string(conv))
			if err != nil {
				return nil, err
			}
			if piece, err = Format(st, v, string(spec)); err != nil {
				return nil, err
			}
		default:
			return nil, py.ExceptionNewf(py.SystemError, "__pf_fstr__: bad part")
		}
		if err := st.CheckAlloc(int64(b.Len()) + int64(len(piece))); err != nil {
			return nil, err
		}
		b.WriteString(piece)
	}
	return py.String(b.String()), nil
}

// formatConvert applies a conversion: "" keeps the value, 'r' is repr(),
// 's' str() and 'a' ascii().
func formatConvert(st *run.State, v py.Object, conv string) (py.Object, error) {
	switch conv {
	case "":
		return v, nil
	case "r":
		s, err := Repr(st, v)
		return py.String(s), err
	case "s":
		s, err := Str(st, v)
		return py.String(s), err
	case "a":
		s, err := Repr(st, v)
		if err != nil {
			return nil, err
		}
		return py.String(formatASCII(s)), nil
	}
	r, _ := utf8.DecodeRuneInString(conv)
	if r > 32 && r < 127 {
		return nil, py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %c", r)
	}
	return nil, py.ExceptionNewf(py.ValueError, "Unknown conversion specifier \\x%x", r)
}

// formatASCII escapes the non-ASCII characters of s as ascii() does.
func formatASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteByte(byte(r))
		} else {
			b.WriteString(strEscapeChar(r))
		}
	}
	return b.String()
}
