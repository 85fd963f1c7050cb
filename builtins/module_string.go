// This file defines the string module: its constants, capwords, and the
// Template class ($-substitution), without string.Formatter.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// templateType is the type of string.Template instances.
var templateType = py.NewType("string.Template", "A string class for supporting $-substitutions.")

// stringTemplateClass describes string.Template.
func stringTemplateClass() *nativeClass {
	return &nativeClass{
		typ:  templateType,
		ctor: newTemplate,
		methods: MethodTable{
			"substitute":      templateSubstitute,
			"safe_substitute": templateSafeSubstitute,
			"get_identifiers": templateGetIdentifiers,
			"is_valid":        templateIsValid,
		},
		attrs: templateAttr,
	}
}

// stringModule describes the string module.
// https://docs.python.org/3.11/library/string.html
func stringModule() *moduleSpec {
	tc := stringTemplateClass()
	const (
		lower = "abcdefghijklmnopqrstuvwxyz"
		upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		digit = "0123456789"
		punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
		space = " \t\n\r\x0b\x0c"
	)
	return &moduleSpec{name: "string", classes: []*nativeClass{tc}, build: func(st *run.State) (py.StringDict, error) {
		return py.StringDict{
			"ascii_letters":   py.String(lower + upper),
			"ascii_lowercase": py.String(lower),
			"ascii_uppercase": py.String(upper),
			"digits":          py.String(digit),
			"hexdigits":       py.String(digit + "abcdef" + "ABCDEF"),
			"octdigits":       py.String("01234567"),
			"punctuation":     py.String(punct),
			"printable":       py.String(digit + lower + upper + punct + space),
			"whitespace":      py.String(space),
			"capwords":        moduleFunc(st, "capwords", stringCapwords),
			"Template":        classFacade(st, tc),
		}, nil
	}}
}

// stringCapwords is string.capwords(s, sep=None):
// (sep or ' ').join(word.capitalize() for word in s.split(sep)).
// https://docs.python.org/3.11/library/string.html#string.capwords
func stringCapwords(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var s py.Object
	sep := py.Object(py.None)
	if err := UnpackArgs("capwords", args, kw, "s", &s, "sep?", &sep); err != nil {
		return nil, err
	}
	if _, ok := s.(py.String); !ok {
		return nil, noAttr(s, "split")
	}
	words, err := strSplit(st, s, py.Tuple{sep}, nil)
	if err != nil {
		return nil, err
	}
	joiner := " "
	if sv, ok := sep.(py.String); ok && sv != "" {
		joiner = string(sv)
	}
	var b strings.Builder
	for i, w := range words.(*py.List).Items {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		c, err := strCapitalize(st, w, nil, nil)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString(joiner)
		}
		b.WriteString(string(c.(py.String)))
		if err := st.CheckAlloc(int64(b.Len())); err != nil {
			return nil, err
		}
	}
	return py.String(b.String()), nil
}

// template is a string.Template instance.
type template struct {
	template py.Object // any value, as CPython stores it; str when used
}

// Type implements py.Object.
func (t *template) Type() *py.Type { return templateType }

// M__repr__ is repr(t): <string.Template object at 0x...>.
func (t *template) M__repr__() (py.Object, error) { return iterRepr(t) }

// M__eq__ is identity, as for CPython objects without __eq__.
func (t *template) M__eq__(other py.Object) (py.Object, error) {
	return py.NewBool(other == py.Object(t)), nil
}

// M__ne__ is the negation of M__eq__.
func (t *template) M__ne__(other py.Object) (py.Object, error) {
	return py.NewBool(other != py.Object(t)), nil
}

// newTemplate is string.Template(template).
// https://docs.python.org/3.11/library/string.html#string.Template
func newTemplate(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var tmpl py.Object
	if err := UnpackArgs("Template", args, kw, "template", &tmpl); err != nil {
		return nil, err
	}
	return &template{template: tmpl}, nil
}

// templateAttr serves the template attribute and the class attributes
// of the default pattern.
func templateAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	t, ok := self.(*template)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "template":
		return t.template, true, nil
	case "delimiter":
		return py.String("$"), true, nil
	case "idpattern":
		return py.String("(?a:[_a-z][_a-z0-9]*)"), true, nil
	case "braceidpattern":
		return py.None, true, nil
	}
	return nil, false, nil
}

// tmplKind is the kind of one match of the Template pattern.
type tmplKind int

const (
	tmplEscaped tmplKind = iota // $$
	tmplNamed                   // $name
	tmplBraced                  // ${name}
	tmplInvalid                 // any other $
)

// tmplMatch is one match of the Template pattern over the runes of the
// template: [start, end) and, for named and braced ones, the name.
type tmplMatch struct {
	kind       tmplKind
	start, end int
	name       string
}

func tmplIdentStart(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func tmplIdentPart(r rune) bool {
	return tmplIdentStart(r) || r >= '0' && r <= '9'
}

// tmplScan finds the matches of Template's default pattern,
// \$(?:(?P<escaped>\$)|(?P<named>ID)|{(?P<braced>ID)}|(?P<invalid>))
// with ID the ASCII identifier pattern, matched case-insensitively. Every
// $ starts a match. It calls fn for each match in order; fn returns
// false to stop.
func tmplScan(st *run.State, rs []rune, fn func(m tmplMatch) (bool, error)) error {
	for i := 0; i < len(rs); i++ {
		if i%256 == 255 {
			if err := st.Charge(256); err != nil {
				return err
			}
		}
		if rs[i] != '$' {
			continue
		}
		m := tmplMatch{kind: tmplInvalid, start: i, end: i + 1}
		j := i + 1
		switch {
		case j < len(rs) && rs[j] == '$':
			m.kind, m.end = tmplEscaped, j+1
		case j < len(rs) && tmplIdentStart(rs[j]):
			k := j + 1
			for k < len(rs) && tmplIdentPart(rs[k]) {
				k++
			}
			m.kind, m.end, m.name = tmplNamed, k, string(rs[j:k])
		case j < len(rs) && rs[j] == '{' && j+1 < len(rs) && tmplIdentStart(rs[j+1]):
			k := j + 2
			for k < len(rs) && tmplIdentPart(rs[k]) {
				k++
			}
			if k < len(rs) && rs[k] == '}' {
				m.kind, m.end, m.name = tmplBraced, k+1, string(rs[j+1:k])
			}
		}
		more, err := fn(m)
		if err != nil || !more {
			return err
		}
		i = m.end - 1
	}
	return nil
}

// runes returns the template's text, with re's TypeError for a
// template that is not a str.
func (t *template) runes(st *run.State) ([]rune, error) {
	s, ok := t.template.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", t.template.Type().Name)
	}
	if err := st.Charge(int64(len(s))/64 + 1); err != nil {
		return nil, err
	}
	if err := st.CheckAlloc(int64(len(s)) * 4); err != nil {
		return nil, err
	}
	return []rune(string(s)), nil
}

// tmplInvalidError is Template._invalid: the line and column of the
// invalid placeholder, i being the index just after its $.
func tmplInvalidError(rs []rune, i int) error {
	line, lineStart := 1, 0
	for k := 0; k < i; k++ {
		if !strIsLineBreak(rs[k]) {
			continue
		}
		if rs[k] == '\r' && k+1 < i && rs[k+1] == '\n' {
			k++
		}
		if k+1 < i {
			line++
			lineStart = k + 1
		}
	}
	return py.ExceptionNewf(py.ValueError, "Invalid placeholder in string: line %d, col %d", line, i-lineStart)
}

// tmplMapping is the mapping of substitute: mapping, kws, or kws then
// mapping (CPython's ChainMap(kws, mapping)).
type tmplMapping struct {
	st      *run.State
	mapping py.Object // nil when only kws are used
	kws     py.StringDict
}

// lookup returns mapping[name], or a KeyError.
func (m tmplMapping) lookup(name string) (py.Object, error) {
	if m.mapping == nil || len(m.kws) > 0 {
		if v, ok := m.kws[name]; ok {
			return v, nil
		}
		if m.mapping == nil {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String(name)}, Dict: py.StringDict{}}
		}
	}
	v, err := formatGetItem(m.st, m.mapping, py.String(name))
	if err != nil && len(m.kws) > 0 && !m.st.Failed() && py.IsException(py.KeyError, err) {
		// ChainMap.__missing__ raises KeyError(key).
		return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String(name)}, Dict: py.StringDict{}}
	}
	return v, err
}

// templateMappingArgs unpacks (mapping=<kws>, /, **kws).
func templateMappingArgs(st *run.State, name string, args py.Tuple, kw py.StringDict) (tmplMapping, error) {
	if len(args) > 1 {
		return tmplMapping{}, py.ExceptionNewf(py.TypeError, "Template.%s() takes from 1 to 2 positional arguments but %d were given", name, len(args)+1)
	}
	m := tmplMapping{st: st, kws: kw}
	if len(args) == 1 {
		m.mapping = args[0]
	}
	return m, nil
}

// templateSubst is substitute (safe false) and safe_substitute.
func templateSubst(st *run.State, self py.Object, args py.Tuple, kw py.StringDict, name string, safe bool) (py.Object, error) {
	t := self.(*template)
	m, err := templateMappingArgs(st, name, args, kw)
	if err != nil {
		return nil, err
	}
	rs, err := t.runes(st)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	last := 0
	err = tmplScan(st, rs, func(mt tmplMatch) (bool, error) {
		if err := st.Charge(1); err != nil {
			return false, err
		}
		b.WriteString(string(rs[last:mt.start]))
		last = mt.end
		switch mt.kind {
		case tmplEscaped:
			b.WriteByte('$')
		case tmplInvalid:
			if !safe {
				return false, tmplInvalidError(rs, mt.start+1)
			}
			b.WriteString(string(rs[mt.start:mt.end]))
		default:
			v, err := m.lookup(mt.name)
			if err != nil {
				if safe && !st.Failed() && py.IsException(py.KeyError, err) {
					b.WriteString(string(rs[mt.start:mt.end]))
					break
				}
				return false, err
			}
			s, err := Str(st, v)
			if err != nil {
				return false, err
			}
			if err := st.CheckAlloc(int64(b.Len() + len(s))); err != nil {
				return false, err
			}
			b.WriteString(s)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	b.WriteString(string(rs[last:]))
	return py.String(b.String()), nil
}

// templateSubstitute is Template.substitute(mapping={}, /, **kws).
// https://docs.python.org/3.11/library/string.html#string.Template.substitute
func templateSubstitute(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return templateSubst(st, self, args, kw, "substitute", false)
}

// templateSafeSubstitute is Template.safe_substitute(mapping={}, /, **kws).
// https://docs.python.org/3.11/library/string.html#string.Template.safe_substitute
func templateSafeSubstitute(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return templateSubst(st, self, args, kw, "safe_substitute", true)
}

// templateGetIdentifiers is Template.get_identifiers(): the names of the
// valid placeholders, each once, in order of appearance.
// https://docs.python.org/3.11/library/string.html#string.Template.get_identifiers
func templateGetIdentifiers(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("Template.get_identifiers", args, kw); err != nil {
		return nil, err
	}
	rs, err := self.(*template).runes(st)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := py.NewList()
	err = tmplScan(st, rs, func(m tmplMatch) (bool, error) {
		if (m.kind == tmplNamed || m.kind == tmplBraced) && !seen[m.name] {
			seen[m.name] = true
			return true, listAppendItem(st, out, py.String(m.name))
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// templateIsValid is Template.is_valid(): whether the template has no
// invalid placeholder.
// https://docs.python.org/3.11/library/string.html#string.Template.is_valid
func templateIsValid(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("Template.is_valid", args, kw); err != nil {
		return nil, err
	}
	rs, err := self.(*template).runes(st)
	if err != nil {
		return nil, err
	}
	valid := true
	err = tmplScan(st, rs, func(m tmplMatch) (bool, error) {
		valid = m.kind != tmplInvalid
		return valid, nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(valid), nil
}
