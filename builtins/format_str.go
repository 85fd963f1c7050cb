// This file defines str.format and str.format_map: the replacement-field
// grammar of CPython's Objects/stringlib/unicode_format.h. Field names
// reach attributes only through GetAttr, so '{0.__class__}' ends the run
// with a policy error, as the same expression in source would.

package builtins

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// formatMaxDepth is CPython's recursion limit of format strings: a spec
// may contain replacement fields, but those fields' specs may not.
const formatMaxDepth = 2

// Auto-numbering states of a format string.
const (
	autoInit = iota
	autoOn
	autoManual
)

// formatCall is one evaluation of str.format or str.format_map.
type formatCall struct {
	st      *run.State
	args    py.Tuple
	hasArgs bool      // false for format_map: positional fields are an error
	kwargs  py.Object // a mapping, or nil
	auto    int
	next    int // the next automatic field number
}

// strFormat is str.format(*args, **kwargs).
// https://docs.python.org/3.11/library/stdtypes.html#str.format
func strFormat(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var kwargs py.Object
	if len(kw) > 0 {
		kwargs = kw
	}
	fc := &formatCall{st: st, args: args, hasArgs: true, kwargs: kwargs}
	s, err := fc.build(string(self.(py.String)), formatMaxDepth)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// strFormatMap is str.format_map(mapping).
// https://docs.python.org/3.11/library/stdtypes.html#str.format_map
func strFormatMap(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	mapping, err := strOneArg("format_map", args, kw)
	if err != nil {
		return nil, err
	}
	fc := &formatCall{st: st, kwargs: mapping}
	s, err := fc.build(string(self.(py.String)), formatMaxDepth)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func formatValueError(msg string) error {
	return py.ExceptionNewf(py.ValueError, "%s", msg)
}

// build renders the format string s (CPython's build_string and
// MarkupIterator).
func (fc *formatCall) build(s string, depth int) (string, error) {
	if depth <= 0 {
		return "", formatValueError("Max string recursion exceeded")
	}
	if err := strChargeScan(fc.st, len(s)); err != nil {
		return "", err
	}
	var b strings.Builder
	write := func(piece string) error {
		if err := fc.st.CheckAlloc(int64(b.Len()) + int64(len(piece))); err != nil {
			return err
		}
		b.WriteString(piece)
		return nil
	}
	i := 0
	for i < len(s) {
		start := i
		var c byte
		markup := false
		for i < len(s) {
			c = s[i]
			i++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := i >= len(s)
		litEnd := i
		if markup {
			if c == '}' && (atEnd || s[i] != '}') {
				return "", formatValueError("Single '}' encountered in format string")
			}
			if atEnd && c == '{' {
				return "", formatValueError("Single '{' encountered in format string")
			}
			if s[i] == c {
				i++ // an escaped brace: the literal keeps one
				markup = false
			} else {
				litEnd--
			}
		}
		if err := write(s[start:litEnd]); err != nil {
			return "", err
		}
		if !markup {
			continue
		}
		piece, next, err := fc.field(s, i, depth)
		if err != nil {
			return "", err
		}
		i = next
		if err := write(piece); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

// field parses the replacement field starting at s[i] (after its '{') and
// renders it; it returns the offset after the field's '}' (CPython's
// parse_field and output_markup).
func (fc *formatCall) field(s string, i, depth int) (string, int, error) {
	if err := fc.st.Charge(1); err != nil {
		return "", 0, err
	}
	nameStart := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return "", 0, formatValueError("unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	name := s[nameStart : i-1]
	var conv rune
	spec, expand := "", false
	switch c {
	case '!', ':':
		if c == '!' {
			if i >= len(s) {
				return "", 0, formatValueError("end of string while looking for conversion specifier")
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			conv = r
			i += size
			if i < len(s) {
				c2 := s[i]
				i++
				if c2 == '}' {
					piece, err := fc.render(name, conv, "", false, depth)
					return piece, i, err
				}
				if c2 != ':' {
					return "", 0, formatValueError("expected ':' after conversion specifier")
				}
			}
		}
		specStart, count := i, 1
		closed := false
		for i < len(s) {
			c := s[i]
			i++
			if c == '{' {
				expand = true
				count++
			} else if c == '}' {
				count--
				if count == 0 {
					spec = s[specStart : i-1]
					closed = true
					break
				}
			}
		}
		if !closed {
			return "", 0, formatValueError("unmatched '{' in format spec")
		}
	case '}':
	default:
		return "", 0, formatValueError("expected '}' before end of string")
	}
	piece, err := fc.render(name, conv, spec, expand, depth)
	return piece, i, err
}

// render looks up the field, converts it, expands its spec and formats it.
func (fc *formatCall) render(name string, conv rune, spec string, expand bool, depth int) (string, error) {
	obj, err := fc.lookup(name)
	if err != nil {
		return "", err
	}
	if conv != 0 {
		if obj, err = formatConvert(fc.st, obj, string(conv)); err != nil {
			return "", err
		}
	}
	if expand {
		if spec, err = fc.build(spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(fc.st, obj, spec)
}

// formatIndex parses a field name part made only of decimal digits (of any
// script), or returns -1.
func formatIndex(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	acc := 0
	for _, r := range s {
		if !uniIsDecimal(r) {
			return -1, nil
		}
		d := numDecimalValue(r)
		if acc > (formatMaxSsize-d)/10 {
			return -1, formatValueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// lookup evaluates a field name: an argument (by number, automatic
// number or keyword), then a chain of .attribute and [key] lookups.
func (fc *formatCall) lookup(name string) (py.Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	idx, err := formatIndex(first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	if empty || idx != -1 {
		if fc.auto == autoInit {
			fc.auto = autoManual
			if empty {
				fc.auto = autoOn
			}
		}
		if fc.auto == autoManual && empty {
			return nil, formatValueError("cannot switch from manual field specification to automatic field numbering")
		}
		if fc.auto == autoOn && !empty {
			return nil, formatValueError("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = fc.next
			fc.next++
		}
	}
	var obj py.Object
	if idx == -1 {
		key := py.String(first)
		if fc.kwargs == nil {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
		}
		if obj, err = formatGetItem(fc.st, fc.kwargs, key); err != nil {
			return nil, err
		}
	} else {
		if !fc.hasArgs {
			return nil, formatValueError("Format string contains positional fields")
		}
		if idx >= len(fc.args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = fc.args[idx]
	}
	for rest != "" {
		if err := fc.st.Charge(1); err != nil {
			return nil, err
		}
		c := rest[0]
		rest = rest[1:]
		var part string
		switch c {
		case '.':
			end := strings.IndexAny(rest, ".[")
			if end < 0 {
				end = len(rest)
			}
			part, rest = rest[:end], rest[end:]
		case '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return nil, formatValueError("Missing ']' in format string")
			}
			part, rest = rest[:end], rest[end+1:]
		default:
			return nil, formatValueError("Only '.' or '[' may follow ']' in format field specifier")
		}
		if part == "" {
			return nil, formatValueError("Empty attribute in format string")
		}
		if c == '.' {
			var g formatAttrGetter = formatGuardedAttrs{}
			if obj, err = g.attr(fc.st, obj, part); err != nil {
				return nil, err
			}
			continue
		}
		i, err := formatIndex(part)
		if err != nil {
			return nil, err
		}
		var key py.Object = py.String(part)
		if i != -1 {
			key = py.Int(i)
		}
		if obj, err = formatGetItem(fc.st, obj, key); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// formatAttrGetter reads attributes for field names. Calling GetAttr through an
// interface keeps Go's initialization-order analysis from seeing a cycle:
// the str method table (built by a package-level sync.OnceValue) reaches
// str.format, and GetAttr reads the method tables.
type formatAttrGetter interface {
	attr(st *run.State, obj py.Object, name string) (py.Object, error)
}

// formatGuardedAttrs is the formatAttrGetter of field names: GetAttr, the policy's
// attribute guard.
type formatGuardedAttrs struct{}

func (formatGuardedAttrs) attr(st *run.State, obj py.Object, name string) (py.Object, error) {
	return GetAttr(st, obj, name)
}

// formatGetItem is obj[key] for field lookups, with CPython's KeyError
// (the key as its argument) for the mappings pyfence owns.
func formatGetItem(st *run.State, obj, key py.Object) (py.Object, error) {
	if d, ok := obj.(py.StringDict); ok {
		if k, ok := key.(py.String); ok {
			if v, ok := d[string(k)]; ok {
				return v, nil
			}
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
		}
	}
	var seq string
	var n int
	switch o := obj.(type) {
	case *py.List:
		seq, n = "list", len(o.Items)
	case py.Tuple:
		seq, n = "tuple", len(o)
	case py.String:
		seq, n = "string", strTextOf(string(o)).n
	}
	if seq != "" {
		// gpython words these errors differently; CPython's words are
		// part of what scripts see.
		i, isInt := key.(py.Int)
		switch {
		case !isInt && seq == "string":
			return nil, py.ExceptionNewf(py.TypeError, "string indices must be integers, not '%s'", strTypeName(key))
		case !isInt:
			return nil, py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", seq, strTypeName(key))
		case int(i) >= n:
			return nil, py.ExceptionNewf(py.IndexError, "%s index out of range", seq)
		}
	}
	return strLookup(st, obj, key)
}
