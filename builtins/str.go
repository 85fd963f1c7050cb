// This file defines the methods of str, the str() constructor and the
// helpers the str methods share: argument checks worded as CPython words
// them, and index arithmetic in code points over gpython's UTF-8 strings.

package builtins

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strMethods returns the method table of str: every public method of
// CPython 3.11's str.
func strMethods() MethodTable {
	return MethodTable{
		"capitalize":   strCapitalize,
		"casefold":     strCasefold,
		"center":       strCenter,
		"count":        strCount,
		"encode":       strEncode,
		"endswith":     strEndswith,
		"expandtabs":   strExpandtabs,
		"find":         strFind,
		"format":       strFormat,
		"format_map":   strFormatMap,
		"index":        strIndex,
		"isalnum":      strIsalnum,
		"isalpha":      strIsalpha,
		"isascii":      strIsascii,
		"isdecimal":    strIsdecimal,
		"isdigit":      strIsdigit,
		"isidentifier": strIsidentifier,
		"islower":      strIslower,
		"isnumeric":    strIsnumeric,
		"isprintable":  strIsprintable,
		"isspace":      strIsspace,
		"istitle":      strIstitle,
		"isupper":      strIsupper,
		"join":         strJoin,
		"ljust":        strLjust,
		"lower":        strLower,
		"lstrip":       strLstrip,
		"maketrans":    strMaketransMethod,
		"partition":    strPartition,
		"removeprefix": strRemoveprefix,
		"removesuffix": strRemovesuffix,
		"replace":      strReplaceMethod,
		"rfind":        strRfind,
		"rindex":       strRindex,
		"rjust":        strRjust,
		"rpartition":   strRpartition,
		"rsplit":       strRsplit,
		"rstrip":       strRstrip,
		"split":        strSplit,
		"splitlines":   strSplitlines,
		"startswith":   strStartswith,
		"strip":        strStrip,
		"swapcase":     strSwapcase,
		"title":        strTitle,
		"translate":    strTranslate,
		"upper":        strUpper,
		"zfill":        strZfill,
	}
}

// StaticFunc is a static or class method of a builtin type: it takes no
// receiver.
type StaticFunc func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error)

// StaticMethods returns the methods CPython defines as static or class
// methods of t (str.maketrans, int.from_bytes, float.fromhex,
// dict.fromkeys), for attribute lookups on the type itself. It returns nil
// for other types.
func StaticMethods(t *py.Type) map[string]StaticFunc {
	switch t {
	case py.StringType:
		return map[string]StaticFunc{"maketrans": strMaketrans}
	case py.IntType, py.BigIntType, py.BoolType:
		return map[string]StaticFunc{"from_bytes": intFromBytes}
	case py.FloatType:
		return map[string]StaticFunc{"fromhex": floatFromhex}
	case DictType:
		return dictStaticMethods()
	}
	if c := nativeClassOf(t); c != nil {
		return c.static
	}
	return nil
}

// newStr is str(), str(object) and str(object, encoding='utf-8', errors='strict').
// https://docs.python.org/3.11/library/stdtypes.html#str
func newStr(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strTooMany("str", args, kw, 3); err != nil {
		return nil, err
	}
	if err := strKwNames("str", kw, "object", "encoding", "errors"); err != nil {
		return nil, err
	}
	var obj, enc, errs py.Object
	if err := UnpackArgs("str", args, kw, "object?", &obj, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if enc == nil && errs == nil {
		if obj == nil {
			return py.String(""), nil
		}
		s, err := Str(st, obj)
		return py.String(s), err
	}
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		s, ok := enc.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "str() argument 'encoding' must be str, not %s", strArgType(enc))
		}
		encoding = string(s)
	}
	if errs != nil {
		s, ok := errs.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "str() argument 'errors' must be str, not %s", strArgType(errs))
		}
		errors = string(s)
	}
	if obj == nil {
		return py.String(""), nil
	}
	var data []byte
	switch o := obj.(type) {
	case py.Bytes:
		data = []byte(o)
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "decoding str is not supported")
	default:
		return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", strTypeName(obj))
	}
	return strDecode(st, data, encoding, errors)
}

// strArgs checks the argument count of a str method taking positional
// arguments only, with the wording CPython 3.11 uses for that method:
// clinic ("center expected at least 1 argument, got 0") or the older
// getargs style ("find() takes at least 1 argument (0 given)").
func strArgs(name string, clinic bool, args py.Tuple, kw py.StringDict, min, max int) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "str.%s() takes no keyword arguments", name)
	}
	n := len(args)
	if clinic {
		switch {
		case n < min:
			return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
		case n > max:
			return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
		}
		return nil
	}
	switch {
	case n < min:
		return py.ExceptionNewf(py.TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	case n > max:
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	return nil
}

// strNoArgs checks a call of a str method without parameters.
func strNoArgs(name string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "str.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "str.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// strOneArg checks a call of a str method with exactly one positional
// parameter and returns the argument.
func strOneArg(name string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "str.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "str.%s() takes exactly one argument (%d given)", name, len(args))
	}
	var x py.Object
	if err := UnpackArgs(name, args, nil, "x", &x); err != nil {
		return nil, err
	}
	return x, nil
}

// strTooMany checks the total argument count of a function whose
// parameters may be passed by keyword, worded as CPython's
// _PyArg_UnpackKeywords: "takes at most 1 keyword argument" when all
// arguments are keywords.
func strTooMany(name string, args py.Tuple, kw py.StringDict, limit int) error {
	n := len(args) + len(kw)
	if n <= limit {
		return nil
	}
	keyword := ""
	if len(args) == 0 {
		keyword = "keyword "
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes at most %d %sargument%s (%d given)", name, limit, keyword, plural(limit), n)
}

// strKwNames checks that kw holds only the given parameter names, worded
// as CPython: "'x' is an invalid keyword argument for split()".
func strKwNames(fname string, kw py.StringDict, allowed ...string) error {
	// gpython keeps no keyword order: report the first in sorted order so
	// that the message is at least deterministic.
	for _, k := range slices.Sorted(maps.Keys(kw)) {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	return nil
}

// strKwArgs checks a call of a str method whose parameters may be passed by
// keyword, and assigns the arguments to the *py.Object pointers in pairs
// (name, pointer, ...), all optional.
func strKwArgs(name string, args py.Tuple, kw py.StringDict, pairs ...any) error {
	if err := strTooMany(name, args, kw, len(pairs)/2); err != nil {
		return err
	}
	var names []string
	for i := 0; i < len(pairs); i += 2 {
		names = append(names, pairs[i].(string))
		pairs[i] = names[len(names)-1] + "?"
	}
	if err := strKwNames(name, kw, names...); err != nil {
		return err
	}
	return UnpackArgs(name, args, kw, pairs...)
}

// strPos assigns the positional arguments of a call already checked by
// strArgs to the *py.Object pointers, in order; pointers past the last
// argument keep their values.
func strPos(name string, args py.Tuple, ptrs ...*py.Object) error {
	pairs := make([]any, 0, 2*len(ptrs))
	for i, p := range ptrs {
		pairs = append(pairs, "arg"+string(rune('1'+i))+"?", p)
	}
	return UnpackArgs(name, args, nil, pairs...)
}

// strArgType names the type of a bad argument as CPython's argument clinic
// does: None for None, the type's name otherwise.
func strArgType(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return strTypeName(o)
}

// strSub returns o as a Go string, or CPython's "must be str, not int".
func strSub(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "must be str, not %s", strTypeName(o))
	}
	return string(s), nil
}

// strSliceIndex converts a start or end argument: None means def, ints
// too large for Go are clamped as CPython clamps them to Py_ssize_t.
func strSliceIndex(o py.Object, def int) (int, error) {
	switch x := o.(type) {
	case nil, py.NoneType:
		return def, nil
	case py.Int:
		return strClamp(int64(x)), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		b, _ := intValue(x)
		if b.Sign() < 0 {
			return math.MinInt32 * 2, nil
		}
		return math.MaxInt32 * 2, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
}

// strClamp converts an int64 to int, clamped to a range far beyond any
// string length, so that index arithmetic cannot overflow.
func strClamp(v int64) int {
	const lim = math.MaxInt32 * 2
	if v > lim {
		return lim
	}
	if v < -lim {
		return -lim
	}
	return int(v)
}

// strIndexArg converts a width or count argument to an int (CPython's
// Py_ssize_t conversion: TypeError for non-integers, OverflowError for
// ints too large).
func strIndexArg(o py.Object) (int, error) {
	v, err := numIndex(o)
	if err != nil {
		return 0, err
	}
	return strClamp(v), nil
}

// strText is a str with its length in code points, for index arithmetic:
// Python indexes str by code point, gpython stores UTF-8.
type strText struct {
	s     string
	n     int  // length in code points
	ascii bool // one byte per code point
}

func strTextOf(s string) strText {
	n := utf8.RuneCountInString(s)
	return strText{s: s, n: n, ascii: n == len(s)}
}

// off returns the byte offset of code point i, 0 <= i <= t.n.
func (t strText) off(i int) int {
	if t.ascii || i <= 0 {
		return max(i, 0)
	}
	if i >= t.n {
		return len(t.s)
	}
	b := 0
	for k := 0; k < i; k++ {
		_, size := utf8.DecodeRuneInString(t.s[b:])
		b += size
	}
	return b
}

// idx returns the code point index of byte offset b.
func (t strText) idx(b int) int {
	if t.ascii {
		return b
	}
	return utf8.RuneCountInString(t.s[:b])
}

// strAdjustIndices clamps start and end as CPython's ADJUST_INDICES does.
func strAdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// strChargeScan charges the steps of a pass over n bytes: one per 64 bytes.
func strChargeScan(st *run.State, n int) error {
	return st.Charge(1 + int64(n)/64)
}

// strJoin is str.join(iterable).
// https://docs.python.org/3.11/library/stdtypes.html#str.join
func strJoin(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	it, err := strOneArg("join", args, kw)
	if err != nil {
		return nil, err
	}
	sep := string(self.(py.String))
	var parts []string
	var size int64
	add := func(item py.Object) error {
		if err := st.Charge(1); err != nil {
			return err
		}
		s, ok := item.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", len(parts), strTypeName(item))
		}
		if len(parts) > 0 {
			size += int64(len(sep))
		}
		size += int64(len(s)) + 16
		if err := st.CheckAlloc(size); err != nil {
			return err
		}
		parts = append(parts, string(s))
		return nil
	}
	switch x := it.(type) {
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := add(x.Items[i]); err != nil {
				return nil, err
			}
		}
	case py.Tuple:
		for _, item := range x {
			if err := add(item); err != nil {
				return nil, err
			}
		}
	default:
		iter, err := iterOf(it)
		if err != nil {
			if py.IsException(py.TypeError, err) && !st.Failed() {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		for {
			item, err := py.Next(iter)
			if err != nil {
				if strIsStop(err) {
					break
				}
				return nil, err
			}
			if err := add(item); err != nil {
				return nil, err
			}
		}
	}
	if err := strChargeScan(st, int(size)); err != nil {
		return nil, err
	}
	if err := st.Alloc(size); err != nil {
		return nil, err
	}
	return py.String(strings.Join(parts, sep)), nil
}

// strIsStop reports whether err ends an iteration.
func strIsStop(err error) bool {
	if err == py.StopIteration {
		return true
	}
	return py.IsException(py.StopIteration, err)
}

// strEncode is str.encode(encoding='utf-8', errors='strict'). UTF-8, ASCII
// and Latin-1 are supported; other encodings raise LookupError.
// https://docs.python.org/3.11/library/stdtypes.html#str.encode
func strEncode(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	encoding, errors := "utf-8", "strict"
	var enc, errs py.Object
	if err := strKwArgs("encode", args, kw, "encoding", &enc, "errors", &errs); err != nil {
		return nil, err
	}
	if enc != nil {
		s, ok := enc.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "encode() argument 'encoding' must be str, not %s", strArgType(enc))
		}
		encoding = string(s)
	}
	if errs != nil {
		s, ok := errs.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "encode() argument 'errors' must be str, not %s", strArgType(errs))
		}
		errors = string(s)
	}
	s := string(self.(py.String))
	if err := st.Alloc(int64(len(s))); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	codec := strCodec(encoding)
	switch codec {
	case "utf-8":
		if utf8.ValidString(s) {
			return py.Bytes(s), nil
		}
		return py.Bytes(strings.ToValidUTF8(s, "\uFFFD")), nil
	case "ascii", "latin-1":
		limit := rune(0x80)
		if codec == "latin-1" {
			limit = 0x100
		}
		out := make([]byte, 0, len(s))
		pos := 0
		poll := &strPoller{st: st}
		for i, r := range s {
			if err := poll.tick(); err != nil {
				return nil, err
			}
			if r < limit {
				out = append(out, byte(r))
				pos++
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				out = append(out, '?')
			case "strict":
				// CPython reports the run of unencodable characters.
				n := 0
				for _, c := range s[i:] {
					if c < limit {
						break
					}
					n++
				}
				if n == 1 {
					return nil, py.ExceptionNewf(py.UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)",
						codec, strEscapeChar(r), pos, limit)
				}
				return nil, py.ExceptionNewf(py.UnicodeEncodeError, "'%s' codec can't encode characters in position %d-%d: ordinal not in range(%d)",
					codec, pos, pos+n-1, limit)
			default:
				return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
			}
			pos++
		}
		return py.Bytes(out), nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
}

// strDecode decodes data for str(bytes, encoding, errors).
func strDecode(st *run.State, data []byte, encoding, errors string) (py.Object, error) {
	if err := st.CheckAlloc(int64(len(data)) * 3); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, len(data)); err != nil {
		return nil, err
	}
	codec := strCodec(encoding)
	var b strings.Builder
	poll := &strPoller{st: st}
	switch codec {
	case "utf-8":
		for i := 0; i < len(data); {
			if err := poll.tick(); err != nil {
				return nil, err
			}
			r, size := utf8.DecodeRune(data[i:])
			if r != utf8.RuneError || size > 1 {
				b.WriteRune(r)
				i += size
				continue
			}
			end, reason := strUTF8Error(data, i)
			switch errors {
			case "ignore":
			case "replace":
				b.WriteRune(utf8.RuneError)
			case "strict":
				if end-i == 1 {
					return nil, py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %d: %s", data[i], i, reason)
				}
				return nil, py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %d-%d: %s", i, end-1, reason)
			default:
				return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
			}
			i = end
		}
	case "ascii":
		for i, c := range data {
			if c < 0x80 {
				b.WriteByte(c)
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				b.WriteRune(utf8.RuneError)
			case "strict":
				return nil, py.ExceptionNewf(py.UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			default:
				return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
			}
		}
	case "latin-1":
		for _, c := range data {
			b.WriteRune(rune(c))
		}
	default:
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
	}
	return py.String(b.String()), nil
}

// strUTF8Error describes the invalid UTF-8 sequence at data[i] as CPython's
// decoder does: the end of the bytes it rejects and the reason.
func strUTF8Error(data []byte, i int) (int, string) {
	c := data[i]
	var n int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c >= 0xe0 && c <= 0xef:
		n = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		n = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return i + 1, "invalid start byte"
	}
	for k := 1; k < n; k++ {
		if i+k >= len(data) {
			return len(data), "unexpected end of data"
		}
		b := data[i+k]
		if b < lo || b > hi {
			return i + k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
	}
	return i + n, "invalid start byte"
}

// strCodec normalizes an encoding name as CPython's codec registry does,
// for the encodings pyfence supports; other names come back unchanged.
func strCodec(enc string) string {
	n := strings.ToLower(strings.TrimSpace(enc))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
		return "latin-1"
	}
	return enc
}

// strEscapeChar writes r as repr() escapes a non-printable character,
// without quotes: \xhh, \uhhhh or \Uhhhhhhhh.
func strEscapeChar(r rune) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	switch {
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
	return b.String()
}

// strTypeName returns the name of the type of o as CPython spells it in
// messages: gpython's big ints are int and its complex is complex.
func strTypeName(o py.Object) string {
	switch o.Type() {
	case py.BigIntType:
		return "int"
	case py.ComplexType:
		return "complex"
	case py.StringDictType:
		return "dict"
	}
	return o.Type().Name
}
