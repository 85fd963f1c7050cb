// This file defines the translation of f-strings: each run of adjacent
// string literals that holds an f-string with replacement fields becomes
//
//	__pf_fstr__((part, part, ...))
//
// where a part is a str literal or a tuple (value, conversion, spec): the
// value is the field's expression, in parentheses and on its own lines;
// conversion is 'r', 's', 'a' or ''; spec is a str literal or, when the
// spec has replacement fields of its own, another __pf_fstr__ call. An
// f-string without replacement fields becomes a plain string literal.
//
// The parsing follows CPython 3.11 (Parser/string_parser.c): its rules for
// the end of an expression, its error messages, the '=' specifier of 3.8
// and the limit of two levels of replacement fields.

package policy

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxFStringNesting bounds f-strings nested in the expressions of other
// f-strings. CPython 3.11 allows at most four (one per kind of quote).
const maxFStringNesting = 8

// maxFExprBrackets is CPython's bound on the brackets open in one f-string
// expression.
const maxFExprBrackets = 200

// A strLit describes a string literal token.
type strLit struct {
	prefix       string // the prefix as written
	raw, bytes   bool
	f            bool
	quote        string // ', ", ''' or """
	bodyStart    int    // offset of the body, after the opening quote
	bodyEnd      int    // offset of the closing quote
	start, close int    // offsets of the token's start and of its closing quote
}

// strInfo describes the terminated string literal token i.
func (t *translator) strInfo(i int) strLit {
	tok := t.toks[i]
	s := t.src[tok.start:tok.end]
	q := strings.IndexAny(s, `'"`)
	l := strLit{prefix: s[:q], start: tok.start}
	p := strings.ToLower(l.prefix)
	l.raw = strings.Contains(p, "r")
	l.bytes = strings.Contains(p, "b")
	l.f = strings.Contains(p, "f")
	l.quote = s[q : q+1]
	if strings.HasPrefix(s[q:], strings.Repeat(l.quote, 3)) && len(s)-q >= 6 {
		l.quote = strings.Repeat(l.quote, 3)
	}
	l.bodyStart = tok.start + q + len(l.quote)
	l.bodyEnd = tok.end - len(l.quote)
	l.close = l.bodyEnd
	return l
}

// An fpart is one part of an f-string: a literal or a replacement field.
type fpart struct {
	field bool

	// A literal: src[start:end], escapes unprocessed; skips are the
	// offsets of the second brace of each doubled brace, dropped.
	start, end int
	skips      []int

	// A field: '{' at open, the expression src[exprStart:exprEnd], then
	// optionally '=' and spaces up to debugEnd, '!' and a conversion at
	// convAt, ':' at specAt and the spec's parts, and '}' at close.
	open, exprStart, exprEnd, debugEnd int
	debug                              bool
	conv                               byte
	convAt, specAt                     int
	spec                               []fpart
	close                              int
}

// stringRun translates the adjacent string literals toks[i:j] if one of
// them is an f-string.
func (t *translator) stringRun(i, j int) {
	hasF, hasBytes, hasText := false, false, false
	for k := i; k < j; k++ {
		if t.toks[k].flags&flagUnterminated != 0 {
			return // left for gpython's parser to report
		}
		l := t.strInfo(k)
		hasF = hasF || l.f
		hasBytes = hasBytes || l.bytes
		hasText = hasText || !l.bytes
	}
	if !hasF {
		return
	}
	if hasBytes && hasText {
		t.fail(t.toks[i].start, "cannot mix bytes and nonbytes literals")
	}
	t.fnest++
	defer func() { t.fnest-- }()
	if t.fnest > maxFStringNesting {
		t.fail(t.toks[i].start, "f-string: expressions nested too deeply")
	}

	lits := make([]strLit, j-i)
	parts := make([][]fpart, j-i)
	fields := false
	for k := i; k < j; k++ {
		l := t.strInfo(k)
		lits[k-i] = l
		if !l.f {
			continue
		}
		ps, _ := t.fparse(l.bodyStart, l.bodyEnd, l.raw, 0)
		parts[k-i] = ps
		for _, p := range ps {
			fields = fields || p.field
		}
	}

	if !fields {
		// Plain literals: drop the f and undouble the braces.
		for k, l := range lits {
			if !l.f {
				continue
			}
			t.em.replace(l.start, l.start+len(l.prefix), strings.NewReplacer("f", "", "F", "").Replace(l.prefix))
			for _, p := range parts[k] {
				t.copySkipping(p)
			}
		}
		return
	}

	t.em.insertAt(t.toks[i].start, "")
	t.em.inject(helperFstr)
	t.em.insert("((")
	for k, l := range lits {
		if !l.f {
			t.em.copyTo(t.toks[i+k].end)
			t.em.insert(", ")
			continue
		}
		t.em.replace(l.start, l.bodyStart, "")
		for _, p := range parts[k] {
			if p.field {
				t.field(p, l)
			} else {
				t.literal(p, l)
				t.em.insert(", ")
			}
		}
		t.em.replace(l.close, t.toks[i+k].end, "")
	}
	t.em.insertAt(t.toks[j-1].end, "))")
}

// fparse parses the f-string body src[i:end] at recursion level lvl (0 for
// the body, 1 and 2 for format specs) and returns its parts and the offset
// it stopped at: end for the body, the '}' that ends a spec.
func (t *translator) fparse(i, end int, raw bool, lvl int) ([]fpart, int) {
	src := t.src
	var parts []fpart
	for {
		lit := fpart{start: i}
	literal:
		for i < end {
			c := src[i]
			switch {
			case c == '\\' && !raw && i+1 < end:
				switch n := src[i+1]; {
				case n == 'N':
					// \N{name}: its braces are not a field.
					if i+2 < end && src[i+2] == '{' {
						if k := strings.IndexByte(src[i+3:end], '}'); k >= 0 {
							i += 3 + k + 1
						} else {
							i = end
						}
					} else {
						i = min(i+3, end)
					}
				case n == '{' || n == '}':
					i++ // the brace is handled next, the backslash stays in the literal
				default:
					i += 2
				}
			case c == '{' || c == '}':
				if lvl == 0 {
					if i+1 < end && src[i+1] == c {
						lit.skips = append(lit.skips, i+1)
						i += 2
						continue
					}
					if c == '}' {
						t.fail(i, "f-string: single '}' is not allowed")
					}
				}
				break literal
			default:
				i++
			}
		}
		lit.end = i
		if lit.end > lit.start {
			parts = append(parts, lit)
		}
		if i >= end || src[i] == '}' {
			return parts, i
		}
		// src[i] == '{'
		if lvl >= 2 {
			t.fail(i, "f-string: expressions nested too deeply")
		}
		var f fpart
		f, i = t.fieldParse(i, end, raw, lvl)
		parts = append(parts, f)
	}
}

// fieldParse parses the replacement field whose '{' is at i and returns it
// and the offset after its '}'.
func (t *translator) fieldParse(i, end int, raw bool, lvl int) (fpart, int) {
	src := t.src
	f := fpart{field: true, open: i, exprStart: i + 1, convAt: -1, specAt: -1}
	j := i + 1
	var quote byte
	triple := false
	var stack []byte
scan:
	for j < end {
		c := src[j]
		if c == '\\' {
			t.fail(j, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if j+2 < end && src[j+1] == c && src[j+2] == c {
					quote = 0
					j += 2
				}
			}
			j++
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = j+2 < end && src[j+1] == c && src[j+2] == c
			if triple {
				j += 2
			}
			j++
			continue
		case '(', '[', '{':
			if len(stack) >= maxFExprBrackets {
				t.fail(j, "f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
			j++
			continue
		case '#':
			t.fail(j, "f-string expression part cannot include '#'")
		}
		if len(stack) == 0 && strings.IndexByte("!:}=<>", c) >= 0 {
			if j+1 < end && src[j+1] == '=' && c != ':' && c != '}' {
				j += 2 // !=, ==, <=, >=
				continue
			}
			if c == '<' || c == '>' {
				j++
				continue
			}
			break scan
		}
		switch c {
		case ')', ']', '}':
			if len(stack) == 0 {
				t.fail(j, "f-string: unmatched '%c'", c)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if opener(c) != open {
				t.fail(j, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
		}
		j++
	}
	f.exprEnd = j
	switch {
	case quote != 0:
		t.fail(j, "f-string: unterminated string")
	case len(stack) > 0:
		t.fail(j, "f-string: unmatched '%c'", stack[len(stack)-1])
	case j >= end:
		t.fail(j, "f-string: expecting '}'")
	case strings.TrimLeft(src[f.exprStart:f.exprEnd], " \t\n\r\f\v") == "":
		t.fail(j, "f-string: empty expression not allowed")
	}
	if src[j] == '=' {
		f.debug = true
		j++
		for j < end && strings.IndexByte(" \t\n\r\f\v", src[j]) >= 0 {
			j++
		}
		if j >= end {
			t.fail(j, "f-string: expecting '}'")
		}
	}
	f.debugEnd = j
	if src[j] == '!' {
		f.convAt = j
		j++
		if j >= end {
			t.fail(j, "f-string: expecting '}'")
		}
		f.conv = src[j]
		if f.conv != 's' && f.conv != 'r' && f.conv != 'a' {
			t.fail(j, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		j++
	}
	if j < end && src[j] == ':' {
		f.specAt = j
		j++
		if j >= end {
			t.fail(j, "f-string: expecting '}'")
		}
		f.spec, j = t.fparse(j, end, raw, lvl+1)
	}
	if j >= end || src[j] != '}' {
		t.fail(min(j, end), "f-string: expecting '}'")
	}
	f.close = j
	return f, j + 1
}

// field emits the replacement field f of the literal l as a part:
//
//	{expr!c:spec}  →  ((expr), 'c', spec),
//
// with a literal part 'expr=' before it for the '=' specifier.
func (t *translator) field(f fpart, l strLit) {
	open := "(("
	if f.debug {
		open = pyQuote(t.src[f.exprStart:f.debugEnd]) + ", " + open
	}
	t.em.replace(f.open, f.open+1, open)
	t.fexpr(f.exprStart, f.exprEnd)
	if f.debug {
		t.em.replace(f.exprEnd, f.exprEnd+1, ")")
	} else {
		t.em.insertAt(f.exprEnd, ")")
	}
	switch {
	case f.convAt >= 0:
		t.em.replace(f.convAt, f.convAt+2, ", '"+string(f.conv)+"'")
	case f.debug && f.specAt < 0:
		t.em.insertAt(f.debugEnd, ", 'r'")
	default:
		t.em.insertAt(f.debugEnd, ", ''")
	}
	if f.specAt < 0 {
		t.em.insert(", ''")
	} else {
		t.em.replace(f.specAt, f.specAt+1, ", ")
		t.spec(f.spec, l)
	}
	t.em.replace(f.close, f.close+1, "), ")
}

// spec emits a format spec: ” when empty, a literal when it has no
// fields, else a __pf_fstr__ call.
func (t *translator) spec(parts []fpart, l strLit) {
	switch {
	case len(parts) == 0:
		t.em.insert("''")
		return
	case len(parts) == 1 && !parts[0].field:
		t.literal(parts[0], l)
		return
	}
	t.em.inject(helperFstr)
	t.em.insert("((")
	for _, p := range parts {
		if p.field {
			t.field(p, l)
		} else {
			t.literal(p, l)
			t.em.insert(", ")
		}
	}
	t.em.insert("))")
}

// literal emits the literal part p of l as a literal with l's quotes and
// rawness, so that gpython processes its escapes as it does l's. A tail
// that would end the new literal early (a raw literal's last backslash, a
// triple-quoted literal's last quotes) is written as a second literal,
// which the parser joins to the first; a lone backslash at the end of a
// non-raw literal (before a field, '\{x}') is kept as CPython keeps it.
func (t *translator) literal(p fpart, l strLit) {
	q := l.quote
	prefix := ""
	if l.raw {
		prefix = "r"
	}
	t.em.insertAt(p.start, prefix+q)
	body := t.src[p.start:p.end]
	backslashes := len(body) - len(strings.TrimRight(body, `\`))
	quotes := 0
	if len(q) == 3 {
		quotes = len(body) - len(strings.TrimRight(body, q[:1]))
		before := strings.TrimRight(body, q[:1])
		if n := len(before) - len(strings.TrimRight(before, `\`)); n%2 == 1 && quotes > 0 {
			quotes-- // the first of them is escaped
		}
	}
	switch {
	case quotes > 0:
		t.copySkippingTo(p, p.end-quotes)
		t.em.skipTo(p.end)
		other := `"`
		if q[0] == '"' {
			other = "'"
		}
		t.em.insert(q + " " + other + strings.Repeat(q[:1], quotes) + other)
	case backslashes%2 == 1 && l.raw:
		t.copySkippingTo(p, p.end-1)
		t.em.skipTo(p.end)
		t.em.insert(q + ` '\\'`)
	case backslashes%2 == 1:
		t.copySkippingTo(p, p.end)
		t.em.insert(`\` + q)
	default:
		t.copySkippingTo(p, p.end)
		t.em.insert(q)
	}
}

// copySkipping copies the literal p, dropping the second brace of each
// doubled brace.
func (t *translator) copySkipping(p fpart) { t.copySkippingTo(p, p.end) }

// copySkippingTo copies the literal p up to off.
func (t *translator) copySkippingTo(p fpart, off int) {
	for _, s := range p.skips {
		if s >= off {
			break
		}
		t.em.copyTo(s)
		t.em.skipTo(s + 1)
	}
	t.em.copyTo(off)
}

// pyQuote returns a single-line str literal whose value is s.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// fexpr translates the expression src[a:b] of a replacement field, in
// place: it checks it with Parse's limits, normalises its identifiers as
// Parse does for the rest of the source, and walks it as a value.
func (t *translator) fexpr(a, b int) {
	expr := t.src[a:b]
	wrapped := "(" + expr + ")"
	sc := newScanner([]byte(wrapped), t.lim)
	if serr := sc.scan(); serr != nil {
		// Map the position in the wrapped text back to the source.
		off := a
		if starts := lineStarts(wrapped); serr.Pos.Line >= 1 && serr.Pos.Line <= len(starts) {
			off = a + starts[serr.Pos.Line-1] + max(serr.Pos.Col, 1) - 2
		}
		panic(translateBailout{&SyntaxError{Pos: t.posAt(min(max(off, a), b)), Msg: serr.Msg}})
	}

	toks := t.lex(a, b, 1)
	for _, tok := range toks {
		if tok.kind != tkName {
			continue
		}
		name := t.src[tok.start:tok.end]
		if isASCII(name) {
			continue
		}
		if n := norm.NFKC.String(name); n != name {
			t.em.addSub(sub{start: tok.start, end: tok.end, text: n})
		}
	}
	saved := t.toks
	t.toks = toks
	defer func() { t.toks = saved }()
	t.exprList(0, len(toks), true)
}

// addSub records a substitution, keeping subs sorted.
func (e *editor) addSub(s sub) {
	i := sort.Search(len(e.subs), func(i int) bool { return e.subs[i].start > s.start })
	e.subs = append(e.subs, sub{})
	copy(e.subs[i+1:], e.subs[i:])
	e.subs[i] = s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
