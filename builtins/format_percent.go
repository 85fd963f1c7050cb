// This file defines printf-style formatting of str, format % args, as
// CPython 3.11's PyUnicode_Format does it.

package builtins

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Flags of a %-conversion.
const (
	pctLjust = 1 << iota // '-'
	pctSign              // '+'
	pctBlank             // ' '
	pctAlt               // '#'
	pctZero              // '0'
)

// pctState is the state of one %-formatting: the format being read and the
// arguments being consumed, as CPython's unicode_formatter_t.
type pctState struct {
	st     *run.State
	f      string
	pos    int // byte offset of the next character
	cp     int // code point index of the next character
	items  py.Tuple
	cur    py.Object // the single argument, or the value of the last %(key)
	argLen int
	argIdx int
	dict   py.Object
	out    strings.Builder
}

// pctArg is one conversion specification.
type pctArg struct {
	ch    rune
	flags int
	width int64
	prec  int64
	sign  bool // the conversion is numeric: a sign may be added
}

// percentFormat is format % args for str.
// https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting
func percentFormat(st *run.State, format py.String, args py.Object) (py.Object, error) {
	p := &pctState{st: st, f: string(format), cur: args, argLen: -1, argIdx: -2}
	if t, ok := args.(py.Tuple); ok {
		p.items, p.argLen, p.argIdx = t, len(t), 0
	} else if pctIsMapping(args) {
		p.dict = args
	}
	if err := strChargeScan(st, len(p.f)); err != nil {
		return nil, err
	}
	for p.pos < len(p.f) {
		if p.f[p.pos] != '%' {
			end := strings.IndexByte(p.f[p.pos:], '%')
			if end < 0 {
				end = len(p.f) - p.pos
			}
			lit := p.f[p.pos : p.pos+end]
			if err := p.write(lit); err != nil {
				return nil, err
			}
			p.pos += end
			p.cp += utf8.RuneCountInString(lit)
			continue
		}
		p.pos++
		p.cp++
		if err := p.arg(); err != nil {
			return nil, err
		}
	}
	if p.argIdx < p.argLen && p.dict == nil {
		return nil, py.ExceptionNewf(py.TypeError, "not all arguments converted during string formatting")
	}
	return py.String(p.out.String()), nil
}

// pctIsMapping reports whether % takes args as a mapping for
// %(key) conversions: CPython's PyMapping_Check, true for any object with
// __getitem__ but a tuple or str.
func pctIsMapping(o py.Object) bool {
	switch x := o.(type) {
	case *Dict, py.StringDict, *py.List, py.Bytes, *py.Range:
		return true
	case *py.Type:
		return reprIsInstance(x) && x.Type().NativeGetAttrOrNil("__getitem__") != nil
	}
	return false
}

func (p *pctState) write(s string) error {
	if err := p.st.CheckAlloc(int64(p.out.Len()) + int64(len(s))); err != nil {
		return err
	}
	p.out.WriteString(s)
	return nil
}

// peek returns the next character without consuming it, or 0 at the end.
func (p *pctState) peek() rune {
	if p.pos >= len(p.f) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p.f[p.pos:])
	return r
}

// read consumes the next character; ok is false at the end.
func (p *pctState) read() (rune, bool) {
	if p.pos >= len(p.f) {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(p.f[p.pos:])
	p.pos += size
	p.cp++
	return r, true
}

// nextArg returns the next argument (unicode_format_getnextarg).
func (p *pctState) nextArg() (py.Object, error) {
	if p.argIdx < p.argLen {
		p.argIdx++
		if p.argLen < 0 {
			return p.cur, nil
		}
		return p.items[p.argIdx-1], nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
}

// arg parses and formats one conversion; the '%' is consumed.
func (p *pctState) arg() error {
	if err := p.st.Charge(1); err != nil {
		return err
	}
	if p.peek() == '%' {
		p.read()
		return p.write("%")
	}
	a := &pctArg{width: -1, prec: -1, ch: p.peek()}
	exhausted := false
	read := func() bool {
		r, ok := p.read()
		if !ok {
			exhausted = true
			return false
		}
		a.ch = r
		return true
	}
	if p.peek() == '(' {
		if p.dict == nil {
			return py.ExceptionNewf(py.TypeError, "format requires a mapping")
		}
		p.read()
		start := p.pos
		depth := 1
		end := start
		for depth > 0 {
			r, ok := p.read()
			if !ok {
				break
			}
			switch r {
			case ')':
				depth--
			case '(':
				depth++
			}
			end = p.pos
		}
		if depth > 0 {
			return py.ExceptionNewf(py.ValueError, "incomplete format key")
		}
		key := py.String(p.f[start : end-1])
		v, err := formatGetItem(p.st, p.dict, key)
		if err != nil {
			return err
		}
		p.cur, p.argLen, p.argIdx = v, -1, -2
	}
	for read() {
		switch a.ch {
		case '-':
			a.flags |= pctLjust
			continue
		case '+':
			a.flags |= pctSign
			continue
		case ' ':
			a.flags |= pctBlank
			continue
		case '#':
			a.flags |= pctAlt
			continue
		case '0':
			a.flags |= pctZero
			continue
		}
		break
	}
	star := func(isPrec bool) (int64, error) {
		v, err := p.nextArg()
		if err != nil {
			return 0, err
		}
		switch v.(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			return 0, py.ExceptionNewf(py.TypeError, "* wants int")
		}
		n, err := numIndex(v)
		if err != nil {
			return 0, err
		}
		if isPrec && (n > math.MaxInt32 || n < math.MinInt32) {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		return n, nil
	}
	if !exhausted && a.ch == '*' {
		w, err := star(false)
		if err != nil {
			return err
		}
		if w < 0 {
			a.flags |= pctLjust
			w = -w
		}
		a.width = w
		read()
	} else if !exhausted && a.ch >= '0' && a.ch <= '9' {
		a.width = int64(a.ch - '0')
		for read() {
			if a.ch < '0' || a.ch > '9' {
				break
			}
			d := int64(a.ch - '0')
			if a.width > (math.MaxInt64-d)/10 {
				return py.ExceptionNewf(py.ValueError, "width too big")
			}
			a.width = a.width*10 + d
		}
	}
	if !exhausted && a.ch == '.' {
		a.prec = 0
		read()
		if !exhausted && a.ch == '*' {
			n, err := star(true)
			if err != nil {
				return err
			}
			a.prec = max(n, 0)
			read()
		} else if !exhausted && a.ch >= '0' && a.ch <= '9' {
			a.prec = int64(a.ch - '0')
			for read() {
				if a.ch < '0' || a.ch > '9' {
					break
				}
				d := int64(a.ch - '0')
				if a.prec > (math.MaxInt32-d)/10 {
					return py.ExceptionNewf(py.ValueError, "precision too big")
				}
				a.prec = a.prec*10 + d
			}
		}
	}
	if !exhausted && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		read()
	}
	if exhausted {
		return py.ExceptionNewf(py.ValueError, "incomplete format")
	}
	s, err := p.convert(a)
	if err != nil {
		return err
	}
	if err := p.output(a, s); err != nil {
		return err
	}
	if p.dict != nil && p.argIdx < p.argLen {
		return py.ExceptionNewf(py.TypeError, "not all arguments converted during string formatting")
	}
	return nil
}

// convert formats the argument of a conversion without padding
// (unicode_format_arg_format).
func (p *pctState) convert(a *pctArg) (string, error) {
	v, err := p.nextArg()
	if err != nil {
		return "", err
	}
	st := p.st
	switch a.ch {
	case 's', 'r', 'a':
		switch x := v.(type) {
		case py.Int, *py.BigInt:
			return intDecimal(x)
		}
		switch a.ch {
		case 's':
			return Str(st, v)
		case 'r':
			return Repr(st, v)
		}
		s, err := Repr(st, v)
		if err != nil {
			return "", err
		}
		return formatASCII(s), nil
	case 'i', 'd', 'u', 'o', 'x', 'X':
		a.sign = true
		return p.formatLong(a, v)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		a.sign = true
		var x float64
		switch n := v.(type) {
		case py.Float:
			x = float64(n)
		case py.Int, py.Bool, *py.BigInt:
			f, err := numBigToFloat(numBig(n))
			if err != nil {
				return "", err
			}
			x = float64(f.(py.Float))
		default:
			f, err := pctFloatSpecial(p.st, v)
			if err != nil {
				return "", err
			}
			x = f
		}
		prec := a.prec
		if prec < 0 {
			prec = 6
		}
		if err := st.CheckAlloc(prec + 330); err != nil {
			return "", err
		}
		if err := strChargeScan(st, int(prec)); err != nil {
			return "", err
		}
		flags := 0
		if a.flags&pctAlt != 0 {
			flags |= dtsfAlt
		}
		return floatToString(x, byte(a.ch), int(prec), flags), nil
	case 'c':
		switch c := v.(type) {
		case py.String:
			if utf8.RuneCountInString(string(c)) == 1 {
				return string(c), nil
			}
		case py.Int, py.Bool, *py.BigInt:
			n := numBig(c)
			if n.Sign() < 0 || n.Cmp(big.NewInt(utf8.MaxRune)) > 0 {
				return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
			}
			return string(rune(n.Int64())), nil
		}
		return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
	}
	shown := byte('?')
	if a.ch >= 31 && a.ch <= 126 {
		shown = byte(a.ch)
	}
	return "", py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, a.ch, p.cp-1)
}

// pctFloatSpecial converts an instance of a script class with
// __float__ (or __index__) for %f; other values raise CPython's TypeError.
func pctFloatSpecial(st *run.State, v py.Object) (float64, error) {
	if x, ok := v.(nativeNumber); ok {
		f, err := x.pfFloat(st)
		if err != nil {
			return 0, err
		}
		if ff, ok := f.(py.Float); ok {
			return float64(ff), nil
		}
	}
	for _, name := range []string{"__float__", "__index__"} {
		if res, ok, err := numSpecial(v, name); ok {
			if err != nil {
				return 0, err
			}
			switch r := res.(type) {
			case py.Float:
				return float64(r), nil
			case py.Int, py.Bool, *py.BigInt:
				f, err := numBigToFloat(numBig(r))
				if err != nil {
					return 0, err
				}
				return float64(f.(py.Float)), nil
			}
			return 0, py.ExceptionNewf(py.TypeError, "%s returned non-float (type %s)", name, strTypeName(res))
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", strTypeName(v))
}

// formatLong is mainformatlong and _PyUnicode_FormatLong: an integer
// conversion with its precision (minimum digits) and alternate prefix.
func (p *pctState) formatLong(a *pctArg, v py.Object) (string, error) {
	wrong := func() error {
		if a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
			return py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", a.ch, strTypeName(v))
		}
		return py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", a.ch, strTypeName(v))
	}
	var n *big.Int
	switch x := v.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n = numBig(x)
	case py.Float:
		if a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
			return "", wrong()
		}
		i, err := numFloatToInt(float64(x))
		if err != nil {
			return "", err
		}
		n = numBig(i)
	case nativeNumber:
		if a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
			return "", wrong()
		}
		i, err := x.pfInt(p.st)
		if err != nil {
			return "", err
		}
		if n = numBig(i); n == nil {
			return "", wrong()
		}
	default:
		name := "__int__"
		if a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
			name = "__index__"
		}
		res, ok, err := numSpecial(v, name)
		if !ok {
			return "", wrong()
		}
		if err != nil {
			return "", err
		}
		if n = numBig(res); n == nil {
			return "", py.ExceptionNewf(py.TypeError, "%s returned non-int (type %s)", name, strTypeName(res))
		}
	}
	if a.prec > math.MaxInt32-3 {
		return "", py.ExceptionNewf(py.OverflowError, "precision too large")
	}
	var digits, prefix string
	switch a.ch {
	case 'o':
		digits, prefix = new(big.Int).Abs(n).Text(8), "0o"
	case 'x', 'X':
		digits, prefix = new(big.Int).Abs(n).Text(16), "0x"
	default:
		s, err := intDecimal(numInt(new(big.Int).Abs(n)))
		if err != nil {
			return "", err
		}
		digits = s
	}
	if a.flags&pctAlt == 0 {
		prefix = ""
	}
	if a.prec > int64(len(digits)) {
		if err := p.st.CheckAlloc(a.prec + 3); err != nil {
			return "", err
		}
		if err := strChargeScan(p.st, int(a.prec)); err != nil {
			return "", err
		}
		digits = strings.Repeat("0", int(a.prec)-len(digits)) + digits
	}
	s := prefix + digits
	if n.Sign() < 0 {
		s = "-" + s
	}
	if a.ch == 'X' {
		s = strings.ToUpper(s)
	}
	return s, nil
}

// output pads a converted argument and writes it
// (unicode_format_arg_output).
func (p *pctState) output(a *pctArg, s string) error {
	fill := " "
	if a.sign && a.flags&pctZero != 0 {
		fill = "0"
	}
	length := int64(utf8.RuneCountInString(s))
	if (a.width == -1 || a.width <= length) && (a.prec == -1 || a.prec >= length) && a.flags&(pctSign|pctBlank) == 0 {
		return p.write(s)
	}
	if a.ch == 's' || a.ch == 'r' || a.ch == 'a' {
		if a.prec >= 0 && length > a.prec {
			s = s[:strTextOf(s).off(int(a.prec))]
			length = a.prec
		}
	}
	sign := ""
	if a.sign {
		switch {
		case strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+"):
			sign, s = s[:1], s[1:]
			length--
		case a.flags&pctSign != 0:
			sign = "+"
		case a.flags&pctBlank != 0:
			sign = " "
		default:
			a.sign = false
		}
	}
	width := a.width
	if width < length {
		width = length
	}
	if err := p.st.CheckAlloc(int64(p.out.Len()) + width + int64(len(s)) + 4); err != nil {
		return err
	}
	if err := strChargeScan(p.st, int(width)); err != nil {
		return err
	}
	var b strings.Builder
	if a.sign {
		if fill != " " {
			b.WriteString(sign)
		}
		if width > length {
			width--
		}
	}
	alt := a.flags&pctAlt != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o')
	if alt {
		if fill != " " {
			b.WriteString(s[:2])
			s = s[2:]
		}
		width = max(width-2, 0)
		length -= 2
	}
	if width > length && a.flags&pctLjust == 0 {
		b.WriteString(strings.Repeat(fill, int(width-length)))
		width = length
	}
	if fill == " " {
		if a.sign {
			b.WriteString(sign)
		}
		if alt {
			b.WriteString(s[:2])
			s = s[2:]
		}
	}
	b.WriteString(s)
	if width > length {
		b.WriteString(strings.Repeat(" ", int(width-length)))
	}
	return p.write(b.String())
}
