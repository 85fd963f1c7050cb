// This file defines repr and str of values that is safe on hostile data:
// cycle-aware, depth-limited and free of gpython's exception-formatting
// panics.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// maxReprDepth bounds the nesting repr descends into.
const maxReprDepth = 200

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

// Str returns str(o) with the same care as Repr.
func Str(st *run.State, o py.Object) (string, error) {
	switch o := o.(type) {
	case py.String:
		return string(o), nil
	case *py.Exception:
		return excStr(st, o)
	}
	return Repr(st, o)
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
	if err := r.st.CheckAlloc(int64(r.b.Len())); err != nil {
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
	case *py.Exception:
		r.b.WriteString(o.Base.Name)
		args, _ := o.Args.(py.Tuple)
		return r.seq("(", ")", args, o, depth, false)
	case py.String:
		r.b.WriteString(pyQuote(string(o)))
		return nil
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

func excStr(st *run.State, e *py.Exception) (string, error) {
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return Str(st, args[0])
	}
	return Repr(st, args)
}

// pyQuote quotes s as CPython's str.__repr__ does.
func pyQuote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
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
		case c < 0x20 || c == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte("0123456789abcdef"[c>>4])
			b.WriteByte("0123456789abcdef"[c&15])
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
