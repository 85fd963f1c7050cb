// This file defines the re functions that rebuild strings: sub and subn
// with their replacement templates (also Match.expand), and split.

package builtins

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// reTemplate is a parsed replacement template: literal text, and group
// references (group >= 0).
type reTemplate struct {
	items []reTemplateItem
}

// reTemplateItem is literal text or a group reference of a template.
type reTemplateItem struct {
	lit   string
	group int // -1 for literal text
}

// result returns text (code points, Latin-1 for bytes) as the subject's
// kind, str or bytes.
func (t *reSubject) result(text string) py.Object {
	if !t.isBytes {
		return py.String(text)
	}
	out := make(py.Bytes, 0, len(text))
	for _, r := range text {
		out = append(out, byte(r))
	}
	return out
}

// reTextOf returns the text of a str, or of bytes decoded as Latin-1, and
// whether it is bytes.
func reTextOf(o py.Object) (string, bool, bool) {
	switch x := o.(type) {
	case py.String:
		return string(x), false, true
	case py.Bytes:
		return latin1(x), true, true
	}
	return "", false, false
}

// parseTemplate parses a replacement template as re._parser.parse_template.
func parseTemplate(st *run.State, p *rePattern, tmpl py.Object) (*reTemplate, error) {
	text, isBytes, ok := reTextOf(tmpl)
	if !ok || isBytes != p.isBytes {
		if p.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item 0: expected a bytes-like object, %s found", tmpl.Type().Name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "sequence item 0: expected str instance, %s found", tmpl.Type().Name)
	}
	if err := st.Charge(int64(len(text))/8 + 1); err != nil {
		return nil, err
	}
	src := []rune(text)
	fail := func(msg string, pos int) error { return newReError(msg, tmpl, text, pos) }
	t := &reTemplate{}
	var lit strings.Builder
	addGroup := func(g, pos int) error {
		if g > p.parsed.groups {
			return fail(fmt.Sprintf("invalid group reference %d", g), pos)
		}
		if lit.Len() > 0 {
			t.items = append(t.items, reTemplateItem{lit: lit.String(), group: -1})
			lit.Reset()
		}
		t.items = append(t.items, reTemplateItem{group: g})
		return nil
	}
	isDigit := func(i int) bool { return i < len(src) && src[i] >= '0' && src[i] <= '9' }
	isOct := func(i int) bool { return i < len(src) && isOctal(src[i]) }
	for i := 0; i < len(src); {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			i++
			continue
		}
		start := i
		if i+1 >= len(src) {
			return nil, fail("bad escape (end of pattern)", len(src)-1)
		}
		c = src[i+1]
		i += 2
		switch {
		case c == 'g':
			if i >= len(src) || src[i] != '<' {
				return nil, fail("missing <", i)
			}
			i++
			nameStart := i
			for i < len(src) && src[i] != '>' {
				i++
			}
			if i >= len(src) {
				if i == nameStart {
					return nil, fail("missing group name", i)
				}
				return nil, fail("missing >, unterminated name", nameStart)
			}
			name := string(src[nameStart:i])
			i++
			if name == "" {
				return nil, fail("missing group name", nameStart)
			}
			g := -1
			if isRxIdentifier(name) {
				for k, n := range p.parsed.names {
					if n == name {
						g = k + 1
					}
				}
				if g < 0 {
					return nil, py.ExceptionNewf(py.IndexError, "unknown group name '%s'", name)
				}
			} else {
				g = 0
				for _, d := range name {
					if d < '0' || d > '9' || g > 1<<30 {
						return nil, fail(fmt.Sprintf("bad character in group name %s", pyQuote(name)), nameStart)
					}
					g = g*10 + int(d-'0')
				}
			}
			if err := addGroup(g, nameStart); err != nil {
				return nil, err
			}
		case c == '0':
			v := rune(0)
			for k := 0; k < 2 && isOct(i); k++ {
				v = v*8 + src[i] - '0'
				i++
			}
			lit.WriteRune(v & 0xff)
		case c >= '1' && c <= '9':
			digits := string(c)
			if isDigit(i) {
				digits += string(src[i])
				i++
				if isOctal(c) && isOctal(rune(digits[1])) && isOct(i) {
					digits += string(src[i])
					i++
					v := 0
					for _, d := range digits {
						v = v*8 + int(d-'0')
					}
					if v > 0o377 {
						return nil, fail("octal escape value \\"+digits+" outside of range 0-0o377", start)
					}
					lit.WriteRune(rune(v))
					continue
				}
			}
			g := 0
			for _, d := range digits {
				g = g*10 + int(d-'0')
			}
			if err := addGroup(g, start+1); err != nil {
				return nil, err
			}
		default:
			if r, ok := rxSimpleEscape(c); ok {
				lit.WriteRune(r)
			} else if c < 0x80 && isASCIILetter(c) {
				return nil, fail("bad escape \\"+string(c), start)
			} else {
				lit.WriteRune('\\')
				lit.WriteRune(c)
			}
		}
	}
	if lit.Len() > 0 {
		t.items = append(t.items, reTemplateItem{lit: lit.String(), group: -1})
	}
	return t, nil
}

// expand writes the template for a match (byte offsets loc) to b.
func (tm *reTemplate) expand(st *run.State, b *strings.Builder, t *reSubject, loc []int) error {
	for _, it := range tm.items {
		piece := it.lit
		if it.group >= 0 {
			if loc[2*it.group] < 0 {
				continue
			}
			piece = t.s[loc[2*it.group]:loc[2*it.group+1]]
		}
		if err := st.CheckAlloc(int64(b.Len() + len(piece))); err != nil {
			return err
		}
		b.WriteString(piece)
	}
	return nil
}

// patternSubx is sub and subn.
func patternSubx(st *run.State, fname string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, int, error) {
	p := self.(*rePattern)
	var repl, s py.Object
	count := 0
	if err := strKwNames(fname, kw, "repl", "string", "count"); err != nil {
		return nil, 0, err
	}
	if err := UnpackArgs(fname, args, kw, "repl", &repl, "string", &s, "count?", &count); err != nil {
		return nil, 0, err
	}
	t, err := newSubject(st, p, s)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *reTemplate
	if _, _, isText := reTextOf(repl); isText {
		if tmpl, err = parseTemplate(st, p, repl); err != nil {
			return nil, 0, err
		}
	}
	if count < 0 {
		return s, 0, nil
	}
	scan := newScan(p, t, 0, t.n)
	var b strings.Builder
	last, n := 0, 0
	for count == 0 || n < count {
		loc, err := scan.next(st)
		if err != nil {
			return nil, 0, err
		}
		if loc == nil {
			break
		}
		if err := st.CheckAlloc(int64(b.Len() + loc[0] - last)); err != nil {
			return nil, 0, err
		}
		b.WriteString(t.s[last:loc[0]])
		if tmpl != nil {
			if err := tmpl.expand(st, &b, t, loc); err != nil {
				return nil, 0, err
			}
		} else {
			m, err := newMatch(st, p, t, 0, t.n, loc)
			if err != nil {
				return nil, 0, err
			}
			r, err := py.Call(repl, py.Tuple{m}, nil)
			if err != nil {
				return nil, 0, err
			}
			if err := st.Charge(1); err != nil {
				return nil, 0, err
			}
			text, isBytes, ok := reTextOf(r)
			if !ok || isBytes != t.isBytes {
				if t.isBytes {
					return nil, 0, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", 2*n+1, r.Type().Name)
				}
				return nil, 0, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", 2*n+1, r.Type().Name)
			}
			if err := st.CheckAlloc(int64(b.Len() + len(text))); err != nil {
				return nil, 0, err
			}
			b.WriteString(text)
		}
		last = loc[1]
		n++
	}
	if n == 0 {
		return s, 0, nil
	}
	if err := st.CheckAlloc(int64(b.Len() + len(t.s) - last)); err != nil {
		return nil, 0, err
	}
	b.WriteString(t.s[last:])
	return t.result(b.String()), n, nil
}

// patternSub is Pattern.sub(repl, string, count=0).
// https://docs.python.org/3.11/library/re.html#re.Pattern.sub
func patternSub(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	r, _, err := patternSubx(st, "sub", self, args, kw)
	return r, err
}

// patternSubn is Pattern.subn(repl, string, count=0).
// https://docs.python.org/3.11/library/re.html#re.Pattern.subn
func patternSubn(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	r, n, err := patternSubx(st, "subn", self, args, kw)
	if err != nil {
		return nil, err
	}
	return py.Tuple{r, py.Int(n)}, nil
}

// patternSplit is Pattern.split(string, maxsplit=0): the pieces between
// matches, with the groups of each match between them.
// https://docs.python.org/3.11/library/re.html#re.Pattern.split
func patternSplit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p := self.(*rePattern)
	var s py.Object
	maxsplit := 0
	if err := strKwNames("split", kw, "string", "maxsplit"); err != nil {
		return nil, err
	}
	if err := UnpackArgs("split", args, kw, "string", &s, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	t, err := newSubject(st, p, s)
	if err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		return py.NewListFromItems([]py.Object{s}), nil
	}
	scan := newScan(p, t, 0, t.n)
	var out []py.Object
	var size int64
	last, n := 0, 0
	for maxsplit == 0 || n < maxsplit {
		loc, err := scan.next(st)
		if err != nil {
			return nil, err
		}
		if loc == nil {
			break
		}
		size += int64(loc[0]-last) + 64*int64(p.parsed.groups+1)
		if err := st.CheckAlloc(size); err != nil {
			return nil, err
		}
		out = append(out, t.value(last, loc[0]))
		for g := 1; g <= p.parsed.groups; g++ {
			if loc[2*g] < 0 {
				out = append(out, py.None)
			} else {
				size += int64(loc[2*g+1] - loc[2*g])
				out = append(out, t.value(loc[2*g], loc[2*g+1]))
			}
		}
		last = loc[1]
		n++
	}
	out = append(out, t.value(last, len(t.s)))
	return py.NewListFromItems(out), nil
}
