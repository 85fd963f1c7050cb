// This file defines json.dumps: CPython's JSON encoder (the C encoder of
// _json.c without indent, Lib/json/encoder.py's _make_iterencode with
// indent), metered, memory-checked and depth-limited.

package builtins

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// jsonEncoder holds the options of one dumps call and the text it builds.
type jsonEncoder struct {
	st          *run.State
	skipKeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	sortKeys    bool
	hasIndent   bool
	indent      string
	itemSep     string
	keySep      string
	def         py.Object // default=, nil when None

	b       strings.Builder
	markers map[any]struct{} // identities of the containers being encoded
	level   int              // current indent level
}

// jsonDumpsParams are the keyword-only parameters of dumps.
var jsonDumpsParams = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"}

// jsonDumps is json.dumps(obj, *, skipkeys=False, ensure_ascii=True,
// check_circular=True, allow_nan=True, cls=None, indent=None,
// separators=None, default=None, sort_keys=False).
// https://docs.python.org/3.11/library/json.html#json.dumps
func jsonDumps(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := jsonPositional("dumps", "obj", args); err != nil {
		return nil, err
	}
	if err := jsonKwNames("JSONEncoder.__init__", kw, jsonDumpsParams); err != nil {
		return nil, err
	}
	e := &jsonEncoder{st: st, ensureASCII: true, checkCirc: true, allowNaN: true, itemSep: ", ", keySep: ": "}
	for _, f := range []struct {
		name string
		dst  *bool
	}{{"skipkeys", &e.skipKeys}, {"ensure_ascii", &e.ensureASCII}, {"check_circular", &e.checkCirc}, {"allow_nan", &e.allowNaN}, {"sort_keys", &e.sortKeys}} {
		if v, ok := kw[f.name]; ok {
			b, err := truthOf(v)
			if err != nil {
				return nil, err
			}
			*f.dst = b
		}
	}
	if c, ok := kw["cls"]; ok && c != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "dumps(): the cls argument is not supported (custom encoder classes are not available)")
	}
	if d, ok := kw["default"]; ok {
		e.def = jsonCallable(d)
	}
	obj := args[0]
	_, isStr := obj.(py.String)
	if ind, ok := kw["indent"]; ok && ind != py.None {
		e.hasIndent = true
		e.itemSep = ","
		if !isStr {
			s, err := jsonIndent(st, ind)
			if err != nil {
				return nil, err
			}
			e.indent = s
		}
	}
	if sep, ok := kw["separators"]; ok && sep != py.None {
		item, key, err := jsonSeparators(st, sep)
		if err != nil {
			return nil, err
		}
		if !isStr {
			if _, ok := key.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument 5 must be str, not %s", key.Type().Name)
			}
			if _, ok := item.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument 6 must be str, not %s", item.Type().Name)
			}
			e.itemSep, e.keySep = string(item.(py.String)), string(key.(py.String))
		}
	}
	if e.checkCirc {
		e.markers = map[any]struct{}{}
	}
	if err := e.encode(obj); err != nil {
		return nil, err
	}
	return py.String(e.b.String()), nil
}

// jsonKwNames rejects keyword arguments not in names with CPython's
// message for fname (the first unknown one in sorted order, since gpython
// does not keep their order).
func jsonKwNames(fname string, kw py.StringDict, names []string) error {
	var bad []string
	for k := range kw {
		known := false
		for _, n := range names {
			if n == k {
				known = true
				break
			}
		}
		if !known {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, bad[0])
}

// jsonIndent converts indent= to the string of one level: a str as is,
// an int n as n spaces (none when n <= 0), as ' ' * indent does.
func jsonIndent(st *run.State, ind py.Object) (string, error) {
	if s, ok := ind.(py.String); ok {
		return string(s), nil
	}
	var n int64
	switch x := ind.(type) {
	case py.Int:
		n = int64(x)
	case py.Bool:
		if x {
			n = 1
		}
	case *py.BigInt:
		return "", py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	default:
		return "", py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", ind.Type().Name)
	}
	if n <= 0 {
		return "", nil
	}
	if err := st.CheckAlloc(n); err != nil {
		return "", err
	}
	if err := st.Charge(n/64 + 1); err != nil {
		return "", err
	}
	return strings.Repeat(" ", int(n)), nil
}

// jsonSeparators unpacks separators= as item_separator, key_separator =
// separators does.
func jsonSeparators(st *run.State, sep py.Object) (item, key py.Object, err error) {
	var xs []py.Object
	switch s := sep.(type) {
	case py.Tuple:
		xs = s
	case *py.List:
		xs = s.Items
	default:
		if !isIterable(sep) {
			return nil, nil, py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", sep.Type().Name)
		}
		err := forEachItem(st, sep, func(x py.Object) (bool, error) {
			xs = append(xs, x)
			return len(xs) > 2, nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	switch {
	case len(xs) < 2:
		return nil, nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(xs))
	case len(xs) > 2:
		return nil, nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
	}
	return xs[0], xs[1], nil
}

// isIterable reports whether iter(o) would succeed.
func isIterable(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List, *Dict, *Set, py.StringDict:
		return true
	}
	if t, ok := isInstance(o); ok {
		return t.Type().Lookup("__iter__") != nil || t.Type().Lookup("__getitem__") != nil
	}
	_, ok := o.(py.I__iter__)
	return ok
}

// write appends s to the output within the memory budget.
func (e *jsonEncoder) write(s string) error {
	if err := e.st.CheckAlloc(int64(e.b.Len()) + int64(len(s))); err != nil {
		return err
	}
	e.b.WriteString(s)
	return nil
}

// newline appends "\n" followed by the indent of the current level.
func (e *jsonEncoder) newline() error {
	size := int64(len(e.indent))*int64(e.level) + 1
	if err := e.st.CheckAlloc(int64(e.b.Len()) + size); err != nil {
		return err
	}
	if err := e.st.Charge(size/64 + 1); err != nil {
		return err
	}
	e.b.WriteByte('\n')
	for i := 0; i < e.level; i++ {
		e.b.WriteString(e.indent)
	}
	return nil
}

// open writes the bracket that opens a non-empty array or object and,
// with indent, the newline that starts its first item.
func (e *jsonEncoder) open(bracket string) error {
	if err := e.write(bracket); err != nil {
		return err
	}
	if !e.hasIndent {
		return nil
	}
	e.level++
	return e.newline()
}

// separate writes what goes between two items.
func (e *jsonEncoder) separate() error {
	if err := e.write(e.itemSep); err != nil {
		return err
	}
	if !e.hasIndent {
		return nil
	}
	return e.newline()
}

// close writes, with indent, the newline before the closing bracket, and
// the bracket.
func (e *jsonEncoder) close(bracket string) error {
	if e.hasIndent {
		e.level--
		if err := e.newline(); err != nil {
			return err
		}
	}
	return e.write(bracket)
}

// encode appends the JSON text of o.
func (e *jsonEncoder) encode(o py.Object) error {
	if err := e.st.Charge(1); err != nil {
		return err
	}
	switch x := o.(type) {
	case py.String:
		return e.str(string(x))
	case py.Bool:
		if x {
			return e.write("true")
		}
		return e.write("false")
	case py.Int, *py.BigInt:
		s, err := intDecimal(x)
		if err != nil {
			return err
		}
		return e.write(s)
	case py.Float:
		s, err := e.float(float64(x))
		if err != nil {
			return err
		}
		return e.write(s)
	case *py.List:
		return e.list(x, func(i int) (py.Object, bool) {
			if i < len(x.Items) {
				return x.Items[i], true
			}
			return nil, false
		}, len(x.Items))
	case py.Tuple:
		return e.list(x, func(i int) (py.Object, bool) {
			if i < len(x) {
				return x[i], true
			}
			return nil, false
		}, len(x))
	case *Dict:
		return e.dict(x, x.Items())
	case py.StringDict:
		items, _ := mappingEntries(x)
		return e.dict(x, items)
	}
	if o == py.None {
		return e.write("null")
	}
	return e.other(o)
}

// float returns the JSON text of x: its repr, or NaN, Infinity and
// -Infinity when allow_nan permits them.
func (e *jsonEncoder) float(x float64) (string, error) {
	if !math.IsInf(x, 0) && !math.IsNaN(x) {
		return floatRepr(x), nil
	}
	if !e.allowNaN {
		if e.hasIndent {
			// Lib/json/encoder.py's floatstr adds the value.
			return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant: %s", floatRepr(x))
		}
		return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
	}
	switch {
	case math.IsNaN(x):
		return "NaN", nil
	case x > 0:
		return "Infinity", nil
	}
	return "-Infinity", nil
}

// enter marks the container o as being encoded and descends one level
// of depth.
func (e *jsonEncoder) enter(o py.Object) (key any, err error) {
	if err := e.st.Enter(); err != nil {
		return nil, err
	}
	if e.markers == nil {
		return nil, nil
	}
	key, ok := jsonIdentity(o)
	if !ok {
		return nil, nil
	}
	if _, seen := e.markers[key]; seen {
		e.st.Leave()
		return nil, py.ExceptionNewf(py.ValueError, "Circular reference detected")
	}
	e.markers[key] = struct{}{}
	return key, nil
}

// leave undoes enter.
func (e *jsonEncoder) leave(key any) {
	if key != nil {
		delete(e.markers, key)
	}
	e.st.Leave()
}

// jsonIdentityKey identifies a map or slice value by its data pointer.
type jsonIdentityKey struct {
	p    uintptr
	kind reflect.Kind
}

// jsonIdentity returns a comparable key that stands for the identity of
// o (its id), and false when o has none that can be told apart.
func jsonIdentity(o py.Object) (any, bool) {
	switch x := o.(type) {
	case py.Tuple:
		if len(x) == 0 {
			return nil, false
		}
		return &x[0], true
	case *py.List, *Dict, *Set, *py.Type:
		return o, true
	}
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		return jsonIdentityKey{p: v.Pointer(), kind: v.Kind()}, true
	}
	if v.Type().Comparable() {
		return o, true
	}
	return nil, false
}

// list appends a JSON array of the items at(0), at(1), ... (read afresh
// each time: a default= callback may change a list being encoded).
func (e *jsonEncoder) list(o py.Object, at func(int) (py.Object, bool), n int) error {
	if n == 0 {
		return e.write("[]")
	}
	key, err := e.enter(o)
	if err != nil {
		return err
	}
	defer e.leave(key)
	if err := e.open("["); err != nil {
		return err
	}
	for i := 0; ; i++ {
		x, ok := at(i)
		if !ok {
			break
		}
		if i > 0 {
			if err := e.separate(); err != nil {
				return err
			}
		}
		if err := e.encode(x); err != nil {
			return err
		}
	}
	return e.close("]")
}

// dict appends a JSON object of items, converting keys as CPython does.
func (e *jsonEncoder) dict(o py.Object, items [][2]py.Object) error {
	if len(items) == 0 {
		return e.write("{}")
	}
	key, err := e.enter(o)
	if err != nil {
		return err
	}
	defer e.leave(key)
	if e.sortKeys {
		if err := e.sortItems(items); err != nil {
			return err
		}
	}
	if err := e.open("{"); err != nil {
		return err
	}
	first := true
	for _, it := range items {
		if err := e.st.Charge(1); err != nil {
			return err
		}
		k, skip, err := e.key(it[0])
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			if err := e.separate(); err != nil {
				return err
			}
		}
		first = false
		if err := e.str(k); err != nil {
			return err
		}
		if err := e.write(e.keySep); err != nil {
			return err
		}
		if err := e.encode(it[1]); err != nil {
			return err
		}
	}
	return e.close("}")
}

// sortItems sorts items by key as sorted(d.items()) does (the keys of a
// dict differ, so the values are never compared).
func (e *jsonEncoder) sortItems(items [][2]py.Object) error {
	keys := make([]py.Object, len(items))
	vals := make([]py.Object, len(items))
	for i, it := range items {
		keys[i] = it[0]
		vals[i] = py.Tuple{it[0], it[1]}
	}
	if err := sortValues(e.st, vals, keys, false); err != nil {
		return err
	}
	for i, v := range vals {
		t := v.(py.Tuple)
		items[i] = [2]py.Object{t[0], t[1]}
	}
	return nil
}

// key converts a dict key to the string JSON uses, or reports that
// skipkeys drops it.
func (e *jsonEncoder) key(k py.Object) (string, bool, error) {
	switch x := k.(type) {
	case py.String:
		return string(x), false, nil
	case py.Float:
		s, err := e.float(float64(x))
		return s, false, err
	case py.Bool:
		if x {
			return "true", false, nil
		}
		return "false", false, nil
	case py.Int, *py.BigInt:
		s, err := intDecimal(x)
		return s, false, err
	}
	if k == py.None {
		return "null", false, nil
	}
	if e.skipKeys {
		return "", true, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", jsonTypeName(k))
}

// other encodes a value JSON has no form for: what default= returns for
// it, or CPython's TypeError.
func (e *jsonEncoder) other(o py.Object) error {
	key, err := e.enter(o)
	if err != nil {
		return err
	}
	defer e.leave(key)
	if e.def == nil {
		return py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", jsonTypeName(o))
	}
	v, err := jsonCall(e.st, e.def, o)
	if err != nil {
		return err
	}
	return e.encode(v)
}

// jsonHex is the digits of \u escapes.
const jsonHex = "0123456789abcdef"

// jsonPlain reports whether the byte c is copied as is: printable ASCII
// other than the quote and the backslash.
func jsonPlain(c byte) bool {
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
}

// str appends s as a JSON string: CPython's encode_basestring_ascii with
// ensure_ascii, else encode_basestring.
func (e *jsonEncoder) str(s string) error {
	if err := e.st.Charge(int64(len(s))/64 + 1); err != nil {
		return err
	}
	n := int64(2)
	for i := 0; i < len(s); {
		if c := s[i]; jsonPlain(c) {
			n++
			i++
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f':
			n += 2
		case c < 0x20:
			n += 6
		case !e.ensureASCII:
			n += int64(utf8.RuneLen(c))
		case c >= 0x10000:
			n += 12
		default:
			n += 6
		}
	}
	if err := e.st.CheckAlloc(int64(e.b.Len()) + n); err != nil {
		return err
	}
	b := &e.b
	b.Grow(int(n))
	b.WriteByte('"')
	u := func(c rune) {
		b.WriteString(`\u`)
		b.WriteByte(jsonHex[c>>12&15])
		b.WriteByte(jsonHex[c>>8&15])
		b.WriteByte(jsonHex[c>>4&15])
		b.WriteByte(jsonHex[c&15])
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && jsonPlain(s[j]) {
			j++
		}
		b.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		c, size := utf8.DecodeRuneInString(s[j:])
		i = j + size
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case c < 0x20:
				u(c)
			case !e.ensureASCII:
				b.WriteRune(c)
			case c >= 0x10000:
				c -= 0x10000
				u(0xd800 | (c>>10)&0x3ff)
				u(0xdc00 | c&0x3ff)
			default:
				u(c)
			}
		}
	}
	b.WriteByte('"')
	return nil
}

// jsonTypeName is type(o).__name__ for messages, with CPython's names
// for the gpython types named otherwise.
func jsonTypeName(o py.Object) string {
	switch n := typeName(o); n {
	case "complex64":
		return "complex"
	default:
		return n
	}
}
