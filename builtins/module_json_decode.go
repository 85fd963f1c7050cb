// This file defines json.loads: CPython's scanner (_json.c's
// scan_once_unicode and scanstring_unicode), with its error messages and
// positions, metered, memory-checked and depth-limited.
//
// The scanner works on the bytes of the UTF-8 text and converts a byte
// offset to CPython's character index only when it reports an error.

package builtins

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// jsonLoadsParams are the keyword-only parameters of loads.
var jsonLoadsParams = []string{"cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"}

// jsonDecoder holds the options of one loads call and the document.
type jsonDecoder struct {
	st            *run.State
	s             string
	strict        bool
	objectHook    py.Object // nil when None
	pairsHook     py.Object
	parseFloat    py.Object
	parseInt      py.Object
	parseConstant py.Object
}

// jsonStop is the StopIteration of CPython's scanner: no value starts at
// byte offset off. The caller that can say so reports "Expecting value".
type jsonStop struct{ off int }

// Error implements error; a jsonStop never reaches a script.
func (s *jsonStop) Error() string { return "json: expecting value" }

// jsonLoads is json.loads(s, *, cls=None, object_hook=None,
// parse_float=None, parse_int=None, parse_constant=None,
// object_pairs_hook=None, strict=True) on str or bytes.
// https://docs.python.org/3.11/library/json.html#json.loads
func jsonLoads(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := jsonPositional("loads", "s", args); err != nil {
		return nil, err
	}
	var doc string
	switch x := args[0].(type) {
	case py.String:
		doc = string(x)
		if strings.HasPrefix(doc, "\ufeff") {
			return nil, newJSONDecodeError(jsonDecodeErrorType(), "Unexpected UTF-8 BOM (decode using utf-8-sig)", doc, 0, 0)
		}
	case py.Bytes:
		s, err := jsonDecodeBytes(st, []byte(x))
		if err != nil {
			return nil, err
		}
		doc = s
	default:
		return nil, py.ExceptionNewf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", args[0].Type().Name)
	}
	if err := jsonKwNames("JSONDecoder.__init__", kw, jsonLoadsParams); err != nil {
		return nil, err
	}
	if c, ok := kw["cls"]; ok && c != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "loads(): the cls argument is not supported (custom decoder classes are not available)")
	}
	d := &jsonDecoder{st: st, s: doc, strict: true,
		objectHook: jsonCallable(kw["object_hook"]), pairsHook: jsonCallable(kw["object_pairs_hook"]),
		parseFloat: jsonCallable(kw["parse_float"]), parseInt: jsonCallable(kw["parse_int"]),
		parseConstant: jsonCallable(kw["parse_constant"])}
	if v, ok := kw["strict"]; ok {
		b, err := truthOf(v)
		if err != nil {
			return nil, err
		}
		d.strict = b
	}
	if err := st.Charge(int64(len(doc))/64 + 1); err != nil {
		return nil, err
	}
	return d.decode()
}

// decode is JSONDecoder.decode: one value, surrounded by whitespace only.
func (d *jsonDecoder) decode() (py.Object, error) {
	i := d.ws(0)
	v, end, err := d.scan(i)
	if err != nil {
		if stop, ok := err.(*jsonStop); ok {
			return nil, d.fail("Expecting value", stop.off)
		}
		return nil, err
	}
	end = d.ws(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

// fail returns the JSONDecodeError msg at byte offset off.
func (d *jsonDecoder) fail(msg string, off int) error {
	if off > len(d.s) {
		off = len(d.s)
	}
	if err := d.st.Charge(int64(off)/64 + 1); err != nil {
		return err
	}
	return newJSONDecodeError(jsonDecodeErrorType(), msg, d.s, off, utf8.RuneCountInString(d.s[:off]))
}

// ws skips JSON whitespace from i.
func (d *jsonDecoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
			continue
		}
		break
	}
	return i
}

// scan is scan_once: the value starting at byte i and the offset after
// it. No value there is a *jsonStop.
func (d *jsonDecoder) scan(i int) (py.Object, int, error) {
	if err := d.st.Charge(1); err != nil {
		return nil, 0, err
	}
	s := d.s
	if i >= len(s) {
		return nil, 0, &jsonStop{i}
	}
	switch s[i] {
	case '"':
		return d.str(i + 1)
	case '{':
		return d.object(i + 1)
	case '[':
		return d.array(i + 1)
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return py.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", math.NaN(), i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", math.Inf(1), i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", math.Inf(-1), i+9)
		}
	}
	return d.number(i)
}

// constant is NaN, Infinity or -Infinity: parse_constant(name), or the
// float.
func (d *jsonDecoder) constant(name string, x float64, end int) (py.Object, int, error) {
	if d.parseConstant != nil {
		v, err := jsonCall(d.st, d.parseConstant, py.String(name))
		return v, end, err
	}
	return py.Float(x), end, nil
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number is _match_number_unicode: an int or a float starting at start.
func (d *jsonDecoder) number(start int) (py.Object, int, error) {
	s := d.s
	i, n := start, len(s)
	if s[i] == '-' {
		i++
		if i >= n {
			return nil, 0, &jsonStop{start}
		}
	}
	switch {
	case s[i] >= '1' && s[i] <= '9':
		i++
		for i < n && isDigit(s[i]) {
			i++
		}
	case s[i] == '0':
		i++
	default:
		return nil, 0, &jsonStop{start}
	}
	isFloat := false
	if i < n-1 && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < n && isDigit(s[i]) {
			i++
		}
	}
	if i < n-1 && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i < n-1 && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < n && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if err := d.st.Charge(int64(len(text))/64 + 1); err != nil {
		return nil, 0, err
	}
	if isFloat {
		if d.parseFloat != nil {
			v, err := jsonCall(d.st, d.parseFloat, py.String(text))
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return nil, 0, py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", pyQuote(text))
		}
		return py.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := jsonCall(d.st, d.parseInt, py.String(text))
		return v, i, err
	}
	v, err := jsonInt(d.st, text)
	return v, i, err
}

// isRangeErr reports whether err is strconv's out-of-range error, which
// leaves ParseFloat's result at ±Inf or 0 as float() gives.
func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// jsonInt converts the digits of a JSON int, with CPython's limit of
// 4,300 digits for int from str.
func jsonInt(st *run.State, text string) (py.Object, error) {
	if len(text) <= 18 {
		v, err := strconv.ParseInt(text, 10, 64)
		if err == nil {
			return py.Int(v), nil
		}
	}
	digits := len(strings.TrimPrefix(text, "-"))
	if digits > maxStrDigits {
		return nil, py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, digits)
	}
	if err := st.CheckAlloc(int64(digits)); err != nil {
		return nil, err
	}
	v, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base 10: %s", pyQuote(text))
	}
	return numInt(v), nil
}

// array is _parse_array_unicode: the items after the '[' at i-1.
func (d *jsonDecoder) array(i int) (py.Object, int, error) {
	if err := d.st.Enter(); err != nil {
		return nil, 0, err
	}
	defer d.st.Leave()
	s := d.s
	var items []py.Object
	i = d.ws(i)
	if i < len(s) && s[i] == ']' {
		return &py.List{Items: items}, i + 1, nil
	}
	for {
		v, end, err := d.scan(i)
		if err != nil {
			return nil, 0, err
		}
		if len(items) == cap(items) {
			if err := d.st.CheckAlloc(int64(2*cap(items)+8) * slotSize); err != nil {
				return nil, 0, err
			}
		}
		items = append(items, v)
		i = d.ws(end)
		if i < len(s) && s[i] == ']' {
			return &py.List{Items: items}, i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

// object is _parse_object_unicode: the members after the '{' at i-1,
// passed to object_pairs_hook or object_hook when given.
func (d *jsonDecoder) object(i int) (py.Object, int, error) {
	if err := d.st.Enter(); err != nil {
		return nil, 0, err
	}
	defer d.st.Leave()
	s := d.s
	var pairs []py.Object
	var dict *Dict
	if d.pairsHook == nil {
		dict = newDictIn(d.st)
	}
	i = d.ws(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			k, end, err := d.str(i + 1)
			if err != nil {
				return nil, 0, err
			}
			i = d.ws(end)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, d.fail("Expecting ':' delimiter", i)
			}
			i = d.ws(i + 1)
			v, end, err := d.scan(i)
			if err != nil {
				return nil, 0, err
			}
			if dict != nil {
				if err := dict.SetItem(d.st, k, v); err != nil {
					return nil, 0, err
				}
			} else {
				if len(pairs) == cap(pairs) {
					if err := d.st.CheckAlloc(int64(2*cap(pairs)+8) * (slotSize + 40)); err != nil {
						return nil, 0, err
					}
				}
				pairs = append(pairs, py.Tuple{k, v})
			}
			i = d.ws(end)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.ws(i + 1)
		}
	}
	end := i + 1
	switch {
	case d.pairsHook != nil:
		v, err := jsonCall(d.st, d.pairsHook, &py.List{Items: pairs})
		return v, end, err
	case d.objectHook != nil:
		v, err := jsonCall(d.st, d.objectHook, dict)
		return v, end, err
	}
	return dict, end, nil
}

// hexRune returns the value of the four hex digits at s[i:i+4].
func hexRune(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[:4]) {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

// atLeastRunes reports whether s[i:] has at least n characters.
func atLeastRunes(s string, i, n int) bool {
	for ; n > 0; n-- {
		if i >= len(s) {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return true
}

// str is scanstring_unicode: the string whose opening quote is at
// begin-1, and the offset after its closing quote.
func (d *jsonDecoder) str(begin int) (py.Object, int, error) {
	s := d.s
	var b strings.Builder
	i := begin
	for {
		j := i
		var c byte
		for ; j < len(s); j++ {
			c = s[j]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && d.strict {
				return nil, 0, d.fail("Invalid control character at", j)
			}
		}
		if j >= len(s) {
			return nil, 0, d.fail("Unterminated string starting at", begin-1)
		}
		if err := d.st.Charge(int64(j-i)/64 + 1); err != nil {
			return nil, 0, err
		}
		if c == '"' && b.Len() == 0 {
			// No escapes: the text itself.
			if err := d.st.CheckAlloc(int64(j - i)); err != nil {
				return nil, 0, err
			}
			return py.String(s[i:j]), j + 1, nil
		}
		if err := d.st.CheckAlloc(int64(b.Len() + j - i + 4)); err != nil {
			return nil, 0, err
		}
		b.WriteString(s[i:j])
		if c == '"' {
			return py.String(b.String()), j + 1, nil
		}
		// A backslash at j.
		j++
		if j >= len(s) {
			return nil, 0, d.fail("Unterminated string starting at", begin-1)
		}
		if s[j] != 'u' {
			var r byte
			switch s[j] {
			case '"', '\\', '/':
				r = s[j]
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return nil, 0, d.fail("Invalid \\escape", j-1)
			}
			b.WriteByte(r)
			i = j + 1
			continue
		}
		// \uXXXX at j-1: four hex digits, then at least one more character.
		u := j
		r, ok := hexRune(s[u+1:])
		if !ok || !atLeastRunes(s, u+1, 5) {
			return nil, 0, d.fail("Invalid \\uXXXX escape", u)
		}
		i = u + 5
		if utf16.IsSurrogate(r) && r < 0xdc00 && atLeastRunes(s, i, 7) && s[i] == '\\' && s[i+1] == 'u' {
			r2, ok := hexRune(s[i+2:])
			if !ok {
				return nil, 0, d.fail("Invalid \\uXXXX escape", i+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
		}
		// A lone surrogate cannot be held by pyfence's str (UTF-8): it
		// becomes U+FFFD.
		b.WriteRune(r)
	}
}

// jsonDecodeBytes decodes a bytes document in the encoding
// json.detect_encoding finds (UTF-8, UTF-16 or UTF-32, with or without a
// BOM), as loads does.
func jsonDecodeBytes(st *run.State, b []byte) (string, error) {
	if err := st.CheckAlloc(int64(len(b)) * 4); err != nil {
		return "", err
	}
	if err := st.Charge(int64(len(b))/64 + 1); err != nil {
		return "", err
	}
	has := func(p string) bool { return strings.HasPrefix(string(b[:min(len(b), 4)]), p) }
	switch {
	case has("\x00\x00\xfe\xff"):
		return jsonDecodeWide("utf-32", b[4:], 4, false, 4)
	case has("\xff\xfe\x00\x00"):
		return jsonDecodeWide("utf-32", b[4:], 4, true, 4)
	case has("\xfe\xff"):
		return jsonDecodeWide("utf-16", b[2:], 2, false, 2)
	case has("\xff\xfe"):
		return jsonDecodeWide("utf-16", b[2:], 2, true, 2)
	case has("\xef\xbb\xbf"):
		return jsonDecodeUTF8("utf-8", b[3:], 3)
	}
	if len(b) >= 4 {
		switch {
		case b[0] == 0 && b[1] != 0:
			return jsonDecodeWide("utf-16-be", b, 2, false, 0)
		case b[0] == 0:
			return jsonDecodeWide("utf-32-be", b, 4, false, 0)
		case b[1] == 0 && (b[2] != 0 || b[3] != 0):
			return jsonDecodeWide("utf-16-le", b, 2, true, 0)
		case b[1] == 0:
			return jsonDecodeWide("utf-32-le", b, 4, true, 0)
		}
	} else if len(b) == 2 {
		switch {
		case b[0] == 0:
			return jsonDecodeWide("utf-16-be", b, 2, false, 0)
		case b[1] == 0:
			return jsonDecodeWide("utf-16-le", b, 2, true, 0)
		}
	}
	return jsonDecodeUTF8("utf-8", b, 0)
}

// jsonDecodeUTF8 decodes UTF-8 with CPython's UnicodeDecodeError; skip is
// the length of a BOM already removed, for error positions.
func jsonDecodeUTF8(codec string, b []byte, skip int) (string, error) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, size, reason := bytesDecodeStep("utf-8", b[i:])
		if reason != "" {
			full := make([]byte, 0, skip+len(b))
			full = append(full, make([]byte, skip)...)
			full = append(full, b...)
			return "", bytesDecodeError(codec, full, skip+i, size, reason)
		}
		sb.WriteRune(r)
		i += size
	}
	return sb.String(), nil
}

// jsonDecodeWide decodes UTF-16 or UTF-32 (unit bytes per code unit) in
// the given byte order; surrogates pass, as with 'surrogatepass', but a
// lone one becomes U+FFFD. skip is the length of the BOM removed.
func jsonDecodeWide(codec string, b []byte, unit int, little bool, skip int) (string, error) {
	word := func(p []byte) uint32 {
		var v uint32
		for k := 0; k < unit; k++ {
			sh := k
			if !little {
				sh = unit - 1 - k
			}
			v |= uint32(p[k]) << (8 * sh)
		}
		return v
	}
	var sb strings.Builder
	n := len(b) - len(b)%unit
	for i := 0; i < n; i += unit {
		v := word(b[i:])
		if unit == 4 {
			if v > 0x10ffff {
				return "", py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: code point not in range(0x110000)", codec, skip+i, skip+i+3)
			}
			sb.WriteRune(rune(v))
			continue
		}
		r := rune(v)
		if r >= 0xd800 && r < 0xdc00 && i+2*unit <= n {
			if r2 := rune(word(b[i+unit:])); r2 >= 0xdc00 && r2 <= 0xdfff {
				sb.WriteRune(utf16.DecodeRune(r, r2))
				i += unit
				continue
			}
		}
		sb.WriteRune(r)
	}
	if n != len(b) {
		return "", py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: truncated data", codec, b[n], skip+n)
	}
	return sb.String(), nil
}
