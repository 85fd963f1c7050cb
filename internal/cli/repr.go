// This file defines how a run's Go value is printed: as CPython's repr for
// `pyfence eval`, and as JSON for --json.

package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxReprDepth bounds the nesting Repr and jsonValue descend into; interp
// converts at most 100 levels, so this is never reached by its values.
const maxReprDepth = 200

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// FloatRepr formats f as CPython's repr(float) does: the shortest string
// that reads back as f, with ".0" on integral values, and exponent notation
// (two-digit minimum exponent) below 1e-4 and from 1e16 on.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// "-d.ddde±XX": digits and the decimal exponent of the first digit.
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expText, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expText)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // value = 0.digits × 10^decpt, as in CPython's dtoa
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, exp)
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}

// StrRepr quotes s as CPython's repr(str) does: single quotes unless s
// holds a single quote and no double quote, escapes for backslash, the
// quote, \t \n \r, and \x, \u or \U for characters that are not printable.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not UTF-8: never produced by a Python str, shown as a byte.
			fmt.Fprintf(&b, "\\x%02x", s[i])
			i++
			continue
		}
		i += size
		switch {
		case r == '\\' || r == rune(quote):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// bytesRepr quotes b as CPython's repr(bytes) does.
func bytesRepr(p []byte) string {
	quote := byte('\'')
	if slices.Contains(p, '\'') && !slices.Contains(p, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == '\\' || c == quote:
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// jsonValue encodes a run's value as JSON: integers of any size as exact
// numbers, floats in Python's repr (1.0 stays 1.0), inf and nan as null
// (JSON has no such numbers), bytes as a string of their Python repr, and
// lists, tuples and dicts as arrays and objects.
func jsonValue(v any) json.RawMessage {
	var b strings.Builder
	writeJSON(&b, v, 0)
	return json.RawMessage(b.String())
}

func writeJSON(b *strings.Builder, v any, depth int) {
	if depth > maxReprDepth {
		b.WriteString("null")
		return
	}
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case int:
		b.WriteString(strconv.Itoa(v))
	case *big.Int:
		b.WriteString(v.String())
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			b.WriteString("null")
		} else {
			b.WriteString(FloatRepr(v))
		}
	case string:
		b.WriteString(jsonString(v))
	case []byte:
		b.WriteString(jsonString(bytesRepr(v)))
	case []any:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, e, depth+1)
		}
		b.WriteByte(']')
	case map[string]any:
		b.WriteByte('{')
		for i, k := range sortedKeys(v) {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(k))
			b.WriteByte(':')
			writeJSON(b, v[k], depth+1)
		}
		b.WriteByte('}')
	case map[any]any:
		// A dict with keys other than str: keys as their Python str.
		keys := make([]string, 0, len(v))
		byKey := make(map[string]any, len(v))
		for k, e := range v {
			ks := scalarStr(k)
			keys = append(keys, ks)
			byKey[ks] = e
		}
		slices.Sort(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(k))
			b.WriteByte(':')
			writeJSON(b, byKey[k], depth+1)
		}
		b.WriteByte('}')
	default:
		// Opaque values (functions, instances) print their repr.
		b.WriteString(jsonString(fmt.Sprint(v)))
	}
}

// scalarStr returns str() of a converted dict key as Python prints it.
func scalarStr(k any) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case bool:
		if k {
			return "True"
		}
		return "False"
	case float64:
		return FloatRepr(k)
	case string:
		return k
	case []byte:
		return bytesRepr(k)
	}
	return fmt.Sprint(k)
}

// jsonString quotes s as a JSON string, without HTML escaping.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
