// This file defines repr and str of values that is safe on hostile data:
// cycle-aware, depth-limited and free of gpython's exception-formatting
// panics.

package builtins

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// maxReprDepth bounds the nesting repr descends into.
const maxReprDepth = 200

// instanceReprer is a __repr__ implemented in Go in the dict of a class
// of the script's kind (the classes collections.namedtuple makes): it
// writes the repr of an instance through the reprer, so that repr stays
// cycle-safe and depth-limited through it.
type instanceReprer interface {
	reprInstance(r *reprer, self *py.Type, depth int) error
}

type reprer struct {
	st    *run.State
	b     strings.Builder
	stack []py.Object
}

// Repr returns repr(o) as CPython prints it for the types pyfence owns,
// printing a container that contains itself as [...].
func Repr(st *run.State, o py.Object) (string, error) {
	r := &reprer{st: st}
	if err := r.repr(o, 0); err != nil {
		return "", err
	}
	return r.b.String(), nil
}

// Str returns str(o) with the same care as Repr. Instances of the
// script's classes get their __str__, if they define one.
func Str(st *run.State, o py.Object) (string, error) {
	switch o := o.(type) {
	case py.String:
		return string(o), nil
	case *py.Exception:
		if fn := userExcMethod(o, "__str__"); fn != nil {
			return callStrMethod(st, fn, o, "__str__")
		}
		return excStr(st, o)
	case py.Float:
		return floatRepr(float64(o)), nil
	case nativeStringer:
		return o.pfStr(st)
	case *py.Type:
		if reprIsInstance(o) && o.Type().Lookup("__str__") != nil {
			if err := st.Charge(1); err != nil {
				return "", err
			}
			// gpython's str() misses a __str__ inherited from a base class.
			res, ok, err := callSpecialMethod(o, "__str__")
			if err != nil {
				return "", err
			}
			if !ok {
				return Repr(st, o)
			}
			s, ok := res.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", res.Type().Name)
			}
			return string(s), nil
		}
	}
	return Repr(st, o)
}

// reprIsInstance reports whether t, a gpython *py.Type, is an
// instance of a class the script defined rather than a class.
func reprIsInstance(t *py.Type) bool {
	return isUserType(t.Type()) && t.Name == "" && t != t.Type()
}

func (r *reprer) onStack(o py.Object) bool {
	for _, s := range r.stack {
		if same(s, o) {
			return true
		}
	}
	return false
}

func (r *reprer) seq(open, close string, xs []py.Object, o py.Object, depth int, oneTuple bool) error {
	if r.onStack(o) {
		r.b.WriteString(open + "..." + close)
		return nil
	}
	r.stack = append(r.stack, o)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString(open)
	for i, x := range xs {
		if i > 0 {
			r.b.WriteString(", ")
		}
		if err := r.repr(x, depth+1); err != nil {
			return err
		}
	}
	if oneTuple && len(xs) == 1 {
		r.b.WriteString(",")
	}
	r.b.WriteString(close)
	return nil
}

func (r *reprer) repr(o py.Object, depth int) error {
	if depth > maxReprDepth {
		return r.st.Fail(run.Depth, int64(depth), maxReprDepth)
	}
	if err := r.st.Charge(1); err != nil {
		return err
	}
	// The text is built in a buffer that grows by doubling: when it grows,
	// the old buffer and the new one, twice as large, are alive together.
	if err := r.st.CheckAlloc(2 * int64(r.b.Len())); err != nil {
		return err
	}
	switch o := o.(type) {
	case *py.List:
		return r.seq("[", "]", o.Items, o, depth, false)
	case py.Tuple:
		return r.seq("(", ")", o, o, depth, true)
	case py.StringDict:
		if r.onStack(o) {
			r.b.WriteString("{...}")
			return nil
		}
		r.stack = append(r.stack, o)
		defer func() { r.stack = r.stack[:len(r.stack)-1] }()
		r.b.WriteString("{")
		i := 0
		for k, v := range o {
			if i > 0 {
				r.b.WriteString(", ")
			}
			i++
			r.b.WriteString(pyQuote(k))
			r.b.WriteString(": ")
			if err := r.repr(v, depth+1); err != nil {
				return err
			}
		}
		r.b.WriteString("}")
		return nil
	case *Dict:
		return r.dict(o, depth)
	case *Set:
		return r.set(o, depth)
	case *py.Exception:
		if fn := userExcMethod(o, "__repr__"); fn != nil {
			s, err := callStrMethod(r.st, fn, o, "__repr__")
			r.b.WriteString(s)
			return err
		}
		name := o.Base.Name
		if i := strings.LastIndexByte(name, '.'); i >= 0 && !isUserType(o.Base) {
			// A module's exception (statistics.StatisticsError) shows
			// its bare class name, as CPython's BaseException repr does.
			name = name[i+1:]
		}
		r.b.WriteString(name)
		args, _ := o.Args.(py.Tuple)
		return r.seq("(", ")", args, o, depth, false)
	case py.String:
		if err := r.st.CheckAlloc(2 * (int64(r.b.Len()) + reprQuoteLen(string(o)))); err != nil {
			return err
		}
		r.b.WriteString(pyQuote(string(o)))
		return nil
	case py.Float:
		r.b.WriteString(floatRepr(float64(o)))
		return nil
	case py.Complex:
		r.b.WriteString(complexRepr(complex128(o)))
		return nil
	case py.Int, py.Bool, *py.BigInt:
		s, err := intDecimal(o)
		if err != nil {
			return err
		}
		r.b.WriteString(s)
		return nil
	case *py.Slice:
		r.b.WriteString("slice(")
		for i, x := range []py.Object{o.Start, o.Stop, o.Step} {
			if i > 0 {
				r.b.WriteString(", ")
			}
			if x == nil {
				x = py.None
			}
			if err := r.repr(x, depth+1); err != nil {
				return err
			}
		}
		r.b.WriteString(")")
		return nil
	case nativeReprer:
		return o.pfRepr(r, depth)
	case *py.Type:
		if reprIsInstance(o) {
			if m, ok := o.Type().Lookup("__repr__").(instanceReprer); ok {
				return m.reprInstance(r, o, depth)
			}
			if o.Type().Lookup("__repr__") == nil {
				r.b.WriteString(fmt.Sprintf("<%s object at %p>", reprQualName(o.Type()), o))
				return nil
			}
		} else if o.Name != "" {
			r.b.WriteString("<class '" + reprQualName(o) + "'>")
			return nil
		}
	}
	res, err := py.Repr(o)
	if err != nil {
		return err
	}
	s, ok := res.(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
	}
	r.b.WriteString(string(s))
	return nil
}

// complexRepr returns repr(c) as CPython's complex_repr writes it: the
// imaginary part alone when the real part is +0, else both in parentheses.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return floatToString(im, 'r', 0, 0) + "j"
	}
	return "(" + floatToString(re, 'r', 0, 0) + floatToString(im, 'r', 0, dtsfSign) + "j)"
}

// reprQualName returns the name of a class as repr shows it: builtin
// classes by name, the script's classes prefixed with their module.
func reprQualName(t *py.Type) string {
	if isUserType(t) {
		if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" {
			return string(m) + "." + t.Name
		}
	}
	return t.Name
}

// userExcMethod returns the special method name that a script's class
// in the MRO of e's class defines, or nil. gpython's exceptions never
// call them.
func userExcMethod(e *py.Exception, name string) py.Object {
	for _, b := range e.Base.Mro {
		if bt, ok := b.(*py.Type); ok && isUserType(bt) {
			if fn, ok := bt.Dict[name]; ok {
				return fn
			}
		}
	}
	return nil
}

// callStrMethod calls fn, a script's __str__ or __repr__ (name), on self
// and returns the string it must return.
func callStrMethod(st *run.State, fn, self py.Object, name string) (string, error) {
	if err := st.Charge(1); err != nil {
		return "", err
	}
	res, err := py.Call(fn, py.Tuple{self}, nil)
	if err != nil {
		return "", err
	}
	s, ok := res.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s returned non-string (type %s)", name, res.Type().Name)
	}
	return string(s), nil
}

// excStr is str(e) for an exception whose class defines no __str__.
func excStr(st *run.State, e *py.Exception) (string, error) {
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Base.IsSubtype(py.KeyError) {
			// KeyError shows its key as repr: KeyError('a') prints 'a'.
			return Repr(st, args[0])
		}
		return Str(st, args[0])
	}
	return Repr(st, args)
}

// pyQuote quotes s as CPython's str.__repr__ does: the quote that needs
// no escaping, backslash escapes for the quote, backslash, \t, \n and \r,
// and \x, \u or \U escapes for characters str.isprintable rejects.
func pyQuote(s string) string {
	q := reprQuoteChar(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == rune(q) || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case !uniIsPrintable(c):
			b.WriteString(strEscapeChar(c))
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func reprQuoteChar(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// reprQuoteLen returns len(pyQuote(s)) without building it.
func reprQuoteLen(s string) int64 {
	q := rune(reprQuoteChar(s))
	n := int64(2)
	for _, c := range s {
		switch {
		case c == q || c == '\\' || c == '\n' || c == '\r' || c == '\t':
			n += 2
		case !uniIsPrintable(c):
			n += int64(len(strEscapeChar(c)))
		default:
			n += int64(utf8.RuneLen(c))
		}
	}
	return n
}
