// This file defines the methods of bytes and the bytes() constructor.
// Methods that build a result check its size against the memory budget
// first and charge a step per 64 bytes they scan.

package builtins

import (
	"bytes"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// bytesMethods returns the method table of bytes.
func bytesMethods() MethodTable {
	return MethodTable{
		"count":      bytesCount,
		"decode":     bytesDecode,
		"endswith":   bytesEndswith,
		"find":       bytesFind,
		"hex":        bytesHex,
		"index":      bytesIndex,
		"isalnum":    bytesIsalnum,
		"isalpha":    bytesIsalpha,
		"isdigit":    bytesIsdigit,
		"islower":    bytesIslower,
		"isspace":    bytesIsspace,
		"isupper":    bytesIsupper,
		"join":       bytesJoin,
		"lower":      bytesLower,
		"lstrip":     bytesLstrip,
		"replace":    bytesReplace,
		"rfind":      bytesRfind,
		"rindex":     bytesRindex,
		"rsplit":     bytesRsplit,
		"rstrip":     bytesRstrip,
		"split":      bytesSplit,
		"startswith": bytesStartswith,
		"strip":      bytesStrip,
		"upper":      bytesUpper,
	}
}

// bytesSpace is the whitespace of bytes methods: ASCII only.
const bytesSpace = " \t\n\r\x0b\x0c"

// chargeBytes charges one step per 64 bytes scanned.
func bytesCharge(st *run.State, n int) error {
	return st.Charge(int64(n)/64 + 1)
}

// newBytes is bytes(), bytes(int), bytes(iterable of ints), bytes(bytes)
// or bytes(str, encoding[, errors]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes
func newBytes(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var source, encoding, errors py.Object
	if err := fnKwNames("bytes", kw, "source", "encoding", "errors"); err != nil {
		return nil, err
	}
	if err := UnpackArgs("bytes", args, kw, "source?", &source, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if source == nil {
		if encoding != nil || errors != nil {
			return nil, py.ExceptionNewf(py.TypeError, "encoding or errors without sequence argument")
		}
		return py.Bytes{}, nil
	}
	if s, ok := source.(py.String); ok {
		if encoding == nil {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		return bytesEncodeStr(st, s, encoding, errors)
	}
	if encoding != nil || errors != nil {
		if encoding != nil {
			return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
		}
		return nil, py.ExceptionNewf(py.TypeError, "errors without a string argument")
	}
	switch s := source.(type) {
	case py.Bytes:
		return s, nil
	case py.Int, *py.BigInt, py.Bool:
		v, _ := intValue(s)
		if v.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		if !v.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		if err := st.Alloc(v.Int64()); err != nil {
			return nil, err
		}
		if err := bytesCharge(st, int(v.Int64())); err != nil {
			return nil, err
		}
		return make(py.Bytes, v.Int64()), nil
	case py.Float:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'float' object to bytes")
	}
	if _, ok := knownLen(source); !ok {
		it, err := iterOf(source)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", source.Type().Name)
			}
			return nil, err
		}
		source = it
	}
	var out []byte
	err := forEachItem(st, source, func(item py.Object) (bool, error) {
		v, err := indexBig(item)
		if err != nil {
			return true, err
		}
		if !v.IsInt64() || v.Int64() < 0 || v.Int64() > 255 {
			return true, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
		}
		if len(out) == cap(out) {
			if err := st.Alloc(int64(2*cap(out) + 8)); err != nil {
				return true, err
			}
		}
		out = append(out, byte(v.Int64()))
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

// encodeStr is str.encode for the codecs pyfence knows.
func bytesEncodeStr(st *run.State, s py.String, encoding, errors py.Object) (py.Object, error) {
	enc, ok := encoding.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "bytes() argument 'encoding' must be str, not %s", encoding.Type().Name)
	}
	handler := "strict"
	if errors != nil {
		e, ok := errors.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bytes() argument 'errors' must be str, not %s", errors.Type().Name)
		}
		handler = string(e)
	}
	codec, ok := bytesCodec(string(enc))
	if !ok {
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", string(enc))
	}
	if err := bytesCharge(st, len(s)); err != nil {
		return nil, err
	}
	if codec == "utf-8" {
		return py.Bytes(s), nil
	}
	if err := st.Alloc(int64(len(s))); err != nil {
		return nil, err
	}
	limit := rune(0x7f)
	if codec == "latin-1" {
		limit = 0xff
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range string(s) {
		if r <= limit {
			out = append(out, byte(r))
			pos++
			continue
		}
		switch handler {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "strict":
			return nil, py.ExceptionNewf(py.UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)",
				codec, r, pos, limit+1)
		default:
			return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", handler)
		}
		pos++
	}
	return py.Bytes(out), nil
}

// codecName normalises an encoding name to utf-8, ascii or latin-1, the
// codecs pyfence provides.
func bytesCodec(name string) (string, bool) {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", true
	case "ascii", "us-ascii", "646":
		return "ascii", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1":
		return "latin-1", true
	}
	return "", false
}

// bytesDecode is bytes.decode(encoding='utf-8', errors='strict') for the
// utf-8, ascii and latin-1 codecs, with CPython's error messages.
// https://docs.python.org/3.11/library/stdtypes.html#bytes.decode
func bytesDecode(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnKwNames("decode", kw, "encoding", "errors"); err != nil {
		return nil, err
	}
	var encoding, errors py.Object = py.String("utf-8"), py.String("strict")
	if err := UnpackArgs("decode", args, kw, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	enc, ok := encoding.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decode() argument 'encoding' must be str, not %s", encoding.Type().Name)
	}
	handler, ok := errors.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decode() argument 'errors' must be str, not %s", errors.Type().Name)
	}
	codec, ok := bytesCodec(string(enc))
	if !ok {
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", string(enc))
	}
	if err := st.CheckAlloc(int64(len(b)) * 4); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, size, reason := bytesDecodeStep(codec, b[i:])
		if reason == "" {
			sb.WriteRune(r)
			i += size
			continue
		}
		switch string(handler) {
		case "strict":
			return nil, bytesDecodeError(codec, b, i, size, reason)
		case "ignore":
		case "replace":
			sb.WriteRune('\uFFFD')
		case "backslashreplace":
			for _, c := range b[i : i+size] {
				sb.WriteString(`\x`)
				sb.WriteByte("0123456789abcdef"[c>>4])
				sb.WriteByte("0123456789abcdef"[c&15])
			}
		default:
			return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", string(handler))
		}
		i += size
	}
	return py.String(sb.String()), nil
}

// decodeError is CPython's UnicodeDecodeError message.
func bytesDecodeError(codec string, b []byte, i, size int, reason string) error {
	if size == 1 {
		return py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[i], i, reason)
	}
	return py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", codec, i, i+size-1, reason)
}

// decodeStep decodes one character from the start of b (not empty). On
// an error, size is the length of the maximal invalid subpart, as CPython
// counts it, and reason is CPython's wording.
func bytesDecodeStep(codec string, b []byte) (r rune, size int, reason string) {
	c := b[0]
	switch codec {
	case "latin-1":
		return rune(c), 1, ""
	case "ascii":
		if c < 0x80 {
			return rune(c), 1, ""
		}
		return 0, 1, "ordinal not in range(128)"
	}
	var n int
	var lo, hi byte = 0x80, 0xbf // valid range of the second byte
	switch {
	case c < 0x80:
		return rune(c), 1, ""
	case c < 0xc2:
		return 0, 1, "invalid start byte"
	case c < 0xe0:
		n = 2
	case c < 0xf0:
		n = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c < 0xf5:
		n = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 1, "invalid start byte"
	}
	for k := 1; k < n; k++ {
		if k >= len(b) {
			return 0, k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xbf) {
			return 0, k, "invalid continuation byte"
		}
	}
	r = rune(c) & (0x7f >> n)
	for k := 1; k < n; k++ {
		r = r<<6 | rune(b[k]&0x3f)
	}
	return r, n, ""
}

// bytesArg returns the bytes of a bytes argument, with CPython's
// TypeError otherwise.
func bytesArg(o py.Object) ([]byte, error) {
	if b, ok := o.(py.Bytes); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// subArg returns the needle of count, find and index: bytes or a byte
// value.
func bytesSubArg(o py.Object) ([]byte, error) {
	switch x := o.(type) {
	case py.Bytes:
		return x, nil
	case py.Int, *py.BigInt, py.Bool:
		v, _ := intValue(x)
		if !v.IsInt64() || v.Int64() < 0 || v.Int64() > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(v.Int64())}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
}

// oldArgs checks the arguments of the bytes methods with CPython's
// pre-clinic wording: "find() takes at least 1 argument (0 given)".
func bytesArgCount(name string, args py.Tuple, kw py.StringDict, lo, hi int) error {
	if err := fnNoKwargs("bytes."+name, kw); err != nil {
		return err
	}
	if len(args) < lo {
		return py.ExceptionNewf(py.TypeError, "%s() takes at least %d argument%s (%d given)", name, lo, plural(lo), len(args))
	}
	if len(args) > hi {
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, hi, plural(hi), len(args))
	}
	return nil
}

// window resolves the optional start and end arguments against b as
// slice indices. ok is false when start is past the end (CPython finds
// nothing there, not even the empty needle).
func bytesWindow(b []byte, args py.Tuple) (lo, hi int, ok bool, err error) {
	n := len(b)
	lo, hi = 0, n
	var raw [2]*big.Int
	for i, a := range args {
		if i > 1 || a == py.None {
			continue
		}
		v, err := indexBig(a)
		if err != nil {
			if m, _ := specialMethod(a, "__index__"); m == nil {
				return 0, 0, false, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
			}
			return 0, 0, false, err
		}
		raw[i] = v
		if i == 0 {
			lo = clampIndex(v, n)
		} else {
			hi = clampIndex(v, n)
		}
	}
	if raw[0] != nil && raw[0].IsInt64() && raw[0].Int64() > int64(n) || raw[0] != nil && !raw[0].IsInt64() && raw[0].Sign() > 0 {
		return lo, hi, false, nil
	}
	return lo, hi, true, nil
}

// bytesSearch is find, rfind, index and rindex.
func bytesSearch(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict, last, raise bool) (py.Object, error) {
	b := self.(py.Bytes)
	if err := bytesArgCount(name, args, kw, 1, 3); err != nil {
		return nil, err
	}
	sub, err := bytesSubArg(args[0])
	if err != nil {
		return nil, err
	}
	lo, hi, ok, err := bytesWindow(b, args[1:])
	if err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	i := -1
	if ok && hi-lo >= len(sub) {
		if last {
			i = bytes.LastIndex(b[lo:hi], sub)
		} else {
			i = bytes.Index(b[lo:hi], sub)
		}
		if i >= 0 {
			i += lo
		}
	}
	if i < 0 && raise {
		return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
	}
	return py.Int(i), nil
}

// bytesFind is bytes.find(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.find
func bytesFind(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesSearch(st, "find", self, args, kw, false, false)
}

// bytesRfind is bytes.rfind(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.rfind
func bytesRfind(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesSearch(st, "rfind", self, args, kw, true, false)
}

// bytesIndex is bytes.index(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.index
func bytesIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesSearch(st, "index", self, args, kw, false, true)
}

// bytesRindex is bytes.rindex(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.rindex
func bytesRindex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesSearch(st, "rindex", self, args, kw, true, true)
}

// bytesCount is bytes.count(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.count
func bytesCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	if err := bytesArgCount("count", args, kw, 1, 3); err != nil {
		return nil, err
	}
	sub, err := bytesSubArg(args[0])
	if err != nil {
		return nil, err
	}
	lo, hi, ok, err := bytesWindow(b, args[1:])
	if err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	if !ok || hi < lo {
		return py.Int(0), nil
	}
	return py.Int(bytes.Count(b[lo:hi], sub)), nil
}

// affix is startswith and endswith.
func bytesAffix(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict, end bool) (py.Object, error) {
	b := self.(py.Bytes)
	if err := bytesArgCount(name, args, kw, 1, 3); err != nil {
		return nil, err
	}
	var cands []py.Object
	switch x := args[0].(type) {
	case py.Bytes:
		cands = []py.Object{x}
	case py.Tuple:
		cands = x
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
	}
	lo, hi, ok, err := bytesWindow(b, args[1:])
	if err != nil {
		return nil, err
	}
	for _, c := range cands {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		p, err := bytesArg(c)
		if err != nil {
			return nil, err
		}
		if !ok || hi-lo < len(p) {
			continue
		}
		if end && bytes.HasSuffix(b[lo:hi], p) || !end && bytes.HasPrefix(b[lo:hi], p) {
			return py.True, nil
		}
	}
	return py.False, nil
}

// bytesStartswith is bytes.startswith(prefix[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.startswith
func bytesStartswith(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesAffix(st, "startswith", self, args, kw, false)
}

// bytesEndswith is bytes.endswith(suffix[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.endswith
func bytesEndswith(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesAffix(st, "endswith", self, args, kw, true)
}

// bytesHex is bytes.hex([sep[, bytes_per_sep]]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.hex
func bytesHex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnKwNames("hex", kw, "sep", "bytes_per_sep"); err != nil {
		return nil, err
	}
	var sepObj py.Object
	per := int64(1)
	if err := UnpackArgs("hex", args, kw, "sep?", &sepObj, "bytes_per_sep?", &per); err != nil {
		return nil, err
	}
	sep := ""
	if sepObj != nil {
		switch s := sepObj.(type) {
		case py.String:
			sep = string(s)
			if len([]rune(sep)) != 1 {
				return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
			}
			if sep[0] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "sep must be ASCII.")
			}
		case py.Bytes:
			if len(s) != 1 {
				return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
			}
			sep = string(s)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", sepObj.Type().Name)
		}
	}
	if err := st.CheckAlloc(int64(len(b)) * 3); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	const digits = "0123456789abcdef"
	var sb strings.Builder
	group := per
	if group < 0 {
		group = -group
	}
	for i, c := range b {
		if sep != "" && group > 0 && i > 0 {
			// Groups count from the right for a positive bytes_per_sep.
			k := int64(i)
			if per > 0 {
				k = int64(len(b) - i)
			}
			if k%group == 0 {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return py.String(sb.String()), nil
}

// bytesJoin is bytes.join(iterable).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.join
func bytesJoin(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep := self.(py.Bytes)
	if err := fnOneArg("bytes.join", args, kw); err != nil {
		return nil, err
	}
	iterable := args[0]
	if _, ok := knownLen(iterable); !ok {
		it, err := iterOf(iterable)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		iterable = it
	}
	items, err := collectItems(st, iterable)
	if err != nil {
		return nil, err
	}
	total := int64(len(sep)) * int64(max(len(items)-1, 0))
	for i, it := range items {
		p, ok := it.(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
		}
		total += int64(len(p))
	}
	if err := st.Alloc(total); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, int(min(total, 1<<40))); err != nil {
		return nil, err
	}
	out := make([]byte, 0, total)
	for i, it := range items {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, it.(py.Bytes)...)
	}
	return py.Bytes(out), nil
}

// mapBytes applies f to each byte of a copy of self, for lower and upper.
func bytesMap(st *run.State, qname string, self py.Object, args py.Tuple, kw py.StringDict, f func(byte) byte) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnNoArgs(qname, args, kw); err != nil {
		return nil, err
	}
	if err := st.Alloc(int64(len(b))); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	out := make(py.Bytes, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out, nil
}

// bytesLower is bytes.lower().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.lower
func bytesLower(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesMap(st, "bytes.lower", self, args, kw, func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 32
		}
		return c
	})
}

// bytesUpper is bytes.upper().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.upper
func bytesUpper(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesMap(st, "bytes.upper", self, args, kw, func(c byte) byte {
		if 'a' <= c && c <= 'z' {
			return c - 32
		}
		return c
	})
}

// testBytes is the is* predicates: true when b is not empty and every byte
// passes f (or, for islower and isupper, see bytesIslower).
func bytesTest(st *run.State, qname string, self py.Object, args py.Tuple, kw py.StringDict, f func(byte) bool) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnNoArgs(qname, args, kw); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return py.False, nil
	}
	for _, c := range b {
		if !f(c) {
			return py.False, nil
		}
	}
	return py.True, nil
}

func bytesIsLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }
func bytesIsUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }
func bytesIsDigitByte(c byte) bool { return '0' <= c && c <= '9' }
func bytesIsAlphaByte(c byte) bool { return bytesIsLowerByte(c) || bytesIsUpperByte(c) }

// bytesIsalnum is bytes.isalnum().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.isalnum
func bytesIsalnum(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesTest(st, "bytes.isalnum", self, args, kw, func(c byte) bool { return bytesIsAlphaByte(c) || bytesIsDigitByte(c) })
}

// bytesIsalpha is bytes.isalpha().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.isalpha
func bytesIsalpha(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesTest(st, "bytes.isalpha", self, args, kw, bytesIsAlphaByte)
}

// bytesIsdigit is bytes.isdigit().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.isdigit
func bytesIsdigit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesTest(st, "bytes.isdigit", self, args, kw, bytesIsDigitByte)
}

// bytesIsspace is bytes.isspace().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.isspace
func bytesIsspace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesTest(st, "bytes.isspace", self, args, kw, func(c byte) bool { return strings.IndexByte(bytesSpace, c) >= 0 })
}

// cased is islower and isupper: at least one cased byte, none of the
// other case.
func bytesCased(st *run.State, qname string, self py.Object, args py.Tuple, kw py.StringDict, want, other func(byte) bool) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnNoArgs(qname, args, kw); err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	seen := false
	for _, c := range b {
		if other(c) {
			return py.False, nil
		}
		seen = seen || want(c)
	}
	return py.NewBool(seen), nil
}

// bytesIslower is bytes.islower().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.islower
func bytesIslower(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesCased(st, "bytes.islower", self, args, kw, bytesIsLowerByte, bytesIsUpperByte)
}

// bytesIsupper is bytes.isupper().
// https://docs.python.org/3.11/library/stdtypes.html#bytes.isupper
func bytesIsupper(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesCased(st, "bytes.isupper", self, args, kw, bytesIsUpperByte, bytesIsLowerByte)
}

// bytesReplace is bytes.replace(old, new[, count]), with the result's
// size checked first.
// https://docs.python.org/3.11/library/stdtypes.html#bytes.replace
func bytesReplace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnClinicArgs("replace", "bytes.replace", args, kw, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	repl, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	count := int64(-1)
	if len(args) == 3 {
		v, err := indexBig(args[2])
		if err != nil {
			return nil, err
		}
		if v.IsInt64() {
			count = v.Int64()
		} else if v.Sign() > 0 {
			count = 1 << 62
		}
	}
	var n int64
	if len(old) == 0 {
		n = int64(len(b)) + 1
	} else {
		n = int64(bytes.Count(b, old))
	}
	if count >= 0 && count < n {
		n = count
	}
	if grow := int64(len(repl)) - int64(len(old)); grow > 0 {
		if n > 0 && grow > (1<<62)/n {
			return nil, st.FailMemory(1 << 62)
		}
		if err := st.CheckAlloc(int64(len(b)) + n*grow); err != nil {
			return nil, err
		}
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	c := -1
	if count >= 0 {
		c = int(min(count, int64(len(b))+1))
	}
	return py.Bytes(bytes.Replace(b, old, repl, c)), nil
}

// splitArgs reads sep and maxsplit of split and rsplit.
func bytesSplitArgs(name string, args py.Tuple, kw py.StringDict) ([]byte, int, error) {
	if err := fnKwNames(name, kw, "sep", "maxsplit"); err != nil {
		return nil, 0, err
	}
	var sepObj py.Object = py.None
	var maxObj py.Object = py.Int(-1)
	if err := UnpackArgs(name, args, kw, "sep?", &sepObj, "maxsplit?", &maxObj); err != nil {
		return nil, 0, err
	}
	v, err := indexBig(maxObj)
	if err != nil {
		return nil, 0, err
	}
	maxsplit := -1
	if v.IsInt64() && v.Int64() >= 0 && v.Int64() < 1<<31 {
		maxsplit = int(v.Int64())
	}
	if sepObj == py.None {
		return nil, maxsplit, nil
	}
	sep, err := bytesArg(sepObj)
	if err != nil {
		return nil, 0, err
	}
	if len(sep) == 0 {
		return nil, 0, py.ExceptionNewf(py.ValueError, "empty separator")
	}
	return sep, maxsplit, nil
}

// bytesPartsCost is the memory of splitting b into at most n parts: per
// part a slice header, a list slot and a boxed bytes value, and the bytes.
func bytesPartsCost(b []byte, n int64) int64 {
	return n*(24+slotSize+24) + int64(len(b))
}

// bytesSplitCount returns the number of parts split and rsplit make of b:
// at most maxsplit+1 (maxsplit < 0: no limit).
func bytesSplitCount(b, sep []byte, maxsplit int) int64 {
	var n int64
	if sep != nil {
		n = int64(bytes.Count(b, sep)) + 1
	} else {
		in := false
		for _, c := range b {
			word := !bytesIsSpace(c)
			if word && !in {
				n++
			}
			in = word
		}
	}
	if maxsplit >= 0 && n > int64(maxsplit)+1 {
		n = int64(maxsplit) + 1
	}
	return n
}

// bytesList converts parts to a list of bytes; the caller checked the
// memory with bytesPartsCost.
func bytesList(st *run.State, parts [][]byte) (py.Object, error) {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = py.Bytes(bytes.Clone(p))
	}
	return py.NewListFromItems(items), nil
}

// bytesSplit is bytes.split(sep=None, maxsplit=-1).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.split
func bytesSplit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	sep, maxsplit, err := bytesSplitArgs("split", args, kw)
	if err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	if err := st.Alloc(bytesPartsCost(b, bytesSplitCount(b, sep, maxsplit))); err != nil {
		return nil, err
	}
	if sep != nil {
		return bytesList(st, bytes.SplitN(b, sep, bytesSplitN(maxsplit)))
	}
	var parts [][]byte
	i := 0
	for {
		for i < len(b) && bytesIsSpace(b[i]) {
			i++
		}
		if i == len(b) {
			break
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			parts = append(parts, b[i:])
			break
		}
		j := i
		for j < len(b) && !bytesIsSpace(b[j]) {
			j++
		}
		parts = append(parts, b[i:j])
		i = j
	}
	return bytesList(st, parts)
}

// bytesRsplit is bytes.rsplit(sep=None, maxsplit=-1).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.rsplit
func bytesRsplit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b := self.(py.Bytes)
	sep, maxsplit, err := bytesSplitArgs("rsplit", args, kw)
	if err != nil {
		return nil, err
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	if err := st.Alloc(bytesPartsCost(b, bytesSplitCount(b, sep, maxsplit))); err != nil {
		return nil, err
	}
	var parts [][]byte
	if sep != nil {
		end := len(b)
		for maxsplit < 0 || len(parts) < maxsplit {
			i := bytes.LastIndex(b[:end], sep)
			if i < 0 {
				break
			}
			parts = append(parts, b[i+len(sep):end])
			end = i
		}
		parts = append(parts, b[:end])
	} else {
		j := len(b)
		for {
			for j > 0 && bytesIsSpace(b[j-1]) {
				j--
			}
			if j == 0 {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, b[:j])
				break
			}
			i := j
			for i > 0 && !bytesIsSpace(b[i-1]) {
				i--
			}
			parts = append(parts, b[i:j])
			j = i
		}
	}
	for i, k := 0, len(parts)-1; i < k; i, k = i+1, k-1 {
		parts[i], parts[k] = parts[k], parts[i]
	}
	return bytesList(st, parts)
}

// splitN converts maxsplit to bytes.SplitN's n.
func bytesSplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func bytesIsSpace(c byte) bool { return strings.IndexByte(bytesSpace, c) >= 0 }

// stripBytes is strip, lstrip and rstrip.
func bytesStripChars(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict, left, right bool) (py.Object, error) {
	b := self.(py.Bytes)
	if err := fnClinicArgs(name, "bytes."+name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	chars := []byte(bytesSpace)
	if len(args) == 1 && args[0] != py.None {
		c, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		chars = c
	}
	if err := bytesCharge(st, len(b)); err != nil {
		return nil, err
	}
	i, j := 0, len(b)
	if left {
		for i < j && bytes.IndexByte(chars, b[i]) >= 0 {
			i++
		}
	}
	if right {
		for j > i && bytes.IndexByte(chars, b[j-1]) >= 0 {
			j--
		}
	}
	return py.Bytes(bytes.Clone(b[i:j])), nil
}

// bytesStrip is bytes.strip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.strip
func bytesStrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesStripChars(st, "strip", self, args, kw, true, true)
}

// bytesLstrip is bytes.lstrip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.lstrip
func bytesLstrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesStripChars(st, "lstrip", self, args, kw, true, false)
}

// bytesRstrip is bytes.rstrip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#bytes.rstrip
func bytesRstrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return bytesStripChars(st, "rstrip", self, args, kw, false, true)
}
