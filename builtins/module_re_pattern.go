// This file defines re.Pattern: a compiled pattern, the translations of it
// Go's regexp runs, and the metered matching every re function goes
// through. Positions are code point indices, as in CPython; Go reports byte
// offsets, which are converted here.

package builtins

import (
	"errors"
	"io"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// PatternType is the type of compiled patterns, re.Pattern.
var PatternType = py.NewType("re.Pattern", "Compiled regular expression object.")

// rePattern is a compiled pattern. The translations are made as they are
// needed and kept; a pattern belongs to the run that compiled it.
type rePattern struct {
	source  py.Object // the pattern as given, str or bytes
	text    string    // the pattern's characters (bytes decoded as Latin-1)
	isBytes bool
	flags   int
	parsed  *rxParsed

	context       bool // the pattern looks at the character before a match
	nonTailDollar bool // a $ without MULTILINE before more pattern
	unicodeWordB  bool // \b or \B under Unicode rules
	notWordB      bool // \B, which never matches in an empty text
	size          int64
	variants      map[rxVariant]*rxCompiled
}

// Type implements py.Object.
func (p *rePattern) Type() *py.Type { return PatternType }

// rxCompiled is one translation compiled by Go's regexp.
type rxCompiled struct {
	re      *regexp.Regexp
	groupGo [][]int
	markers []int
}

// rxProgramBudget bounds the estimated size of a pattern's program.
const rxProgramBudget = 200_000

// rxSize estimates the number of instructions of n's program, saturating
// past the budget.
func rxSize(n *rxNode) int64 {
	var s int64
	switch n.op {
	case rxSet:
		s = 2
		for _, c := range n.set.classes {
			if c == 'w' || c == 'W' || c == 'd' || c == 'D' {
				s += 64
			}
		}
		s += int64(len(n.set.ranges) / 8)
	case rxGroup, rxConcat, rxAlt:
		s = 2
		for _, c := range n.sub {
			s += rxSize(c)
			if s > rxProgramBudget {
				return rxProgramBudget + 1
			}
		}
	case rxRepeat:
		k := int64(n.max)
		if k < 0 {
			k = int64(n.min) + 1
		}
		s = 2 + rxSize(n.sub[0])*max(k, 1)
	default:
		s = 1
	}
	return min(s, rxProgramBudget+1)
}

// rxWalk calls f for n and every node below it.
func rxWalk(n *rxNode, f func(*rxNode)) {
	f(n)
	for _, c := range n.sub {
		rxWalk(c, f)
	}
}

// rxDollars sets nonTail when a $ without MULTILINE has pattern after
// it that can match (tail reports that nothing can follow n).
func rxDollars(n *rxNode, tail bool, nonTail *bool) {
	switch n.op {
	case rxDollar:
		if !tail {
			*nonTail = true
		}
	case rxGroup, rxAlt:
		for _, c := range n.sub {
			rxDollars(c, tail, nonTail)
		}
	case rxConcat:
		for i, c := range n.sub {
			rxDollars(c, tail && i == len(n.sub)-1, nonTail)
		}
	case rxRepeat:
		rxDollars(n.sub[0], tail && n.max >= 0 && n.max <= 1, nonTail)
	}
}

// reError returns a re.error for err, a parse error of pattern.
func reError(st *run.State, err error, pattern py.Object, text string) error {
	var pe *rxError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.pos {
	case -2:
		return py.ExceptionNewf(py.ValueError, "%s", pe.msg)
	case -3:
		return py.ExceptionNewf(py.OverflowError, "%s", pe.msg)
	}
	return newReError(pe.msg, pattern, text, pe.pos)
}

// compilePattern compiles pattern (str or bytes) with flags.
func compilePattern(st *run.State, pattern py.Object, flags int) (*rePattern, error) {
	var text string
	isBytes := false
	switch p := pattern.(type) {
	case py.String:
		text = string(p)
	case py.Bytes:
		isBytes = true
		text = latin1(p)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
	}
	if err := st.Charge(int64(len(text))/8 + 1); err != nil {
		return nil, err
	}
	parsed, err := rxParse(text, flags, isBytes)
	if err != nil {
		return nil, reError(st, err, pattern, text)
	}
	p := &rePattern{source: pattern, text: text, isBytes: isBytes, flags: parsed.flags, parsed: parsed,
		variants: map[rxVariant]*rxCompiled{}}
	rxWalk(parsed.root, func(n *rxNode) {
		switch n.op {
		case rxBegin, rxBOL:
			p.context = true
		case rxWordB, rxNotWordB:
			p.context = true
			p.notWordB = p.notWordB || n.op == rxNotWordB
			if !rxASCII(n.flags) {
				p.unicodeWordB = true
			}
		}
	})
	rxDollars(parsed.root, true, &p.nonTailDollar)
	p.size = rxSize(parsed.root)
	if p.size > rxProgramBudget {
		return nil, newReError("pattern too large for pyfence's re (RE2)", pattern, text, -1)
	}
	if err := st.Charge(p.size); err != nil {
		return nil, err
	}
	if _, err := p.variant(st, rxVariant{mode: rxSearch}); err != nil {
		return nil, err
	}
	return p, nil
}

// variant returns the compiled translation v, making it if needed; nil
// when the translation does not exist (a non-empty form not known).
func (p *rePattern) variant(st *run.State, v rxVariant) (*rxCompiled, error) {
	if c, ok := p.variants[v]; ok {
		return c, nil
	}
	if err := st.CheckAlloc(p.size * 256); err != nil {
		return nil, err
	}
	if err := st.Charge(p.size); err != nil {
		return nil, err
	}
	tr, err := rxTranslate(p.parsed, v)
	if err != nil && v.mode == rxNonEmpty {
		// The non-empty form is an optimization with a fallback.
		tr, err = nil, nil
	}
	if err != nil {
		return nil, reError(st, err, p.source, p.text)
	}
	if tr == nil {
		p.variants[v] = nil
		return nil, nil
	}
	// Compiled programs stay alive while the run may use them: account
	// an estimate of their size.
	if err := st.Alloc(int64(len(tr.src))*32 + p.size*64); err != nil {
		return nil, err
	}
	re, err := regexp.Compile(tr.src)
	if err != nil && v.mode == rxNonEmpty {
		p.variants[v] = nil
		return nil, nil
	}
	if err != nil {
		var se *syntax.Error
		msg := "pattern cannot be translated for pyfence's re (RE2)"
		if errors.As(err, &se) {
			switch se.Code {
			case syntax.ErrLarge, syntax.ErrInvalidRepeatSize:
				msg = "pattern too large for pyfence's re (RE2)"
			case syntax.ErrNestingDepth:
				msg = "pattern nests too deeply for pyfence's re (RE2)"
			}
		}
		return nil, newReError(msg, p.source, p.text, -1)
	}
	if v.mode == rxLongest {
		re.Longest()
	}
	c := &rxCompiled{re: re, groupGo: tr.groupGo, markers: tr.markers}
	p.variants[v] = c
	return c, nil
}

// reCallSteps is the charge of one call of the matching engine.
const reCallSteps = 8

// errNoVariant reports that a pattern has no non-empty form.
var errNoVariant = errors.New("re: no non-empty form")

// reSubject is a string being searched: str, or bytes seen as Latin-1
// text, with conversions between code point indices and byte offsets.
type reSubject struct {
	obj     py.Object
	s       string
	isBytes bool
	ascii   bool
	n       int // length in code points
	// cursor of the last conversion, so that conversions moving forward
	// through the text cost what they pass over
	curB, curI int
	// the first and last non-ASCII letters or digits, once looked for
	wordsKnown          bool
	firstWord, lastWord int
}

// latin1 decodes b as Latin-1.
func latin1(b py.Bytes) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// newSubject returns the subject for string, which must match the kind
// of the pattern.
func newSubject(st *run.State, p *rePattern, s py.Object) (*reSubject, error) {
	switch x := s.(type) {
	case py.String:
		if p.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		t := strTextOf(string(x))
		return &reSubject{obj: s, s: string(x), ascii: t.ascii, n: t.n}, nil
	case py.Bytes:
		if !p.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		if err := st.CheckAlloc(int64(len(x)) * 2); err != nil {
			return nil, err
		}
		t := latin1(x)
		return &reSubject{obj: s, s: t, isBytes: true, ascii: len(t) == len(x), n: len(x)}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", s.Type().Name)
}

// unicodeWords returns the byte offsets of the first and the last
// non-ASCII letter or digit of the text, or -1, -1; found once.
func (t *reSubject) unicodeWords(st *run.State) (int, int, error) {
	if !t.wordsKnown {
		if err := st.Charge(int64(len(t.s))/16 + 1); err != nil {
			return 0, 0, err
		}
		t.firstWord, t.lastWord = -1, -1
		if !t.ascii {
			for i, c := range t.s {
				if isUnicodeWord(c) {
					if t.firstWord < 0 {
						t.firstWord = i
					}
					t.lastWord = i
				}
			}
		}
		t.wordsKnown = true
	}
	return t.firstWord, t.lastWord, nil
}

// off returns the byte offset of code point i (0 <= i <= n).
func (t *reSubject) off(i int) int {
	if t.ascii {
		return i
	}
	b, k := 0, 0
	if i >= t.curI {
		b, k = t.curB, t.curI
	}
	for k < i && b < len(t.s) {
		_, size := utf8.DecodeRuneInString(t.s[b:])
		b += size
		k++
	}
	t.curB, t.curI = b, k
	return b
}

// idx returns the code point index of byte offset b.
func (t *reSubject) idx(b int) int {
	if t.ascii {
		return b
	}
	if b >= t.curB {
		i := t.curI + utf8.RuneCountInString(t.s[t.curB:b])
		t.curB, t.curI = b, i
		return i
	}
	i := utf8.RuneCountInString(t.s[:b])
	t.curB, t.curI = b, i
	return i
}

// value returns the text between byte offsets i and j as a str or bytes.
func (t *reSubject) value(i, j int) py.Object {
	s := t.s[i:j]
	if !t.isBytes {
		return py.String(s)
	}
	out := make(py.Bytes, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// rxReader feeds a text to Go's regexp a rune at a time, charging the run
// a step per character read; when a limit trips it ends the text early
// and keeps the error.
type rxReader struct {
	st    *run.State
	s     string
	i     int
	count int64
	err   error
}

// ReadRune implements io.RuneReader.
func (r *rxReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) || r.err != nil {
		return 0, 0, io.EOF
	}
	r.count++
	if r.count%256 == 0 {
		if err := r.st.Charge(256); err != nil {
			r.err = err
			return 0, 0, io.EOF
		}
	}
	c, size := utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return c, size, nil
}

// isUnicodeWord reports whether c is a word character of Python's Unicode
// rules that is not one of ASCII's.
func isUnicodeWord(c rune) bool {
	return c >= 0x80 && (unicode.IsLetter(c) || unicode.IsNumber(c))
}

// exec runs the pattern on the subject between byte offsets start and end
// (pos and endpos), in mode. It returns the byte offsets of every group
// (start, end, or -1, -1), or nil when there is no match.
func (p *rePattern) exec(st *run.State, t *reSubject, mode rxMode, start, end int) ([]int, error) {
	if start > end {
		return nil, nil
	}
	v := rxVariant{mode: mode}
	base := start
	if start > 0 && p.context {
		_, size := utf8.DecodeLastRuneInString(t.s[:start])
		base = start - size
		v.context = true
	}
	text := t.s[base:end]
	v.empty = end == 0 && p.notWordB
	if p.nonTailDollar {
		rest := t.s[start:end]
		switch {
		case !strings.HasSuffix(rest, "\n"):
			v.dollarZ = true
		case strings.Count(rest, "\n") > 1:
			return nil, newReError("a $ followed by more pattern cannot be matched before the final newline of a "+
				"string of several lines by pyfence's re (RE2); use \\Z, or re.MULTILINE", p.source, p.text, -1)
		}
	}
	if p.unicodeWordB {
		first, last, err := t.unicodeWords(st)
		if err != nil {
			return nil, err
		}
		if first >= 0 && first < end && last >= base {
			return nil, newReError("\\b and \\B next to non-ASCII letters or digits are not supported by "+
				"pyfence's re (RE2); use re.ASCII", p.source, p.text, -1)
		}
	}
	c, err := p.variant(st, v)
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, errNoVariant
	}
	r := &rxReader{st: st, s: text}
	loc := c.re.FindReaderSubmatchIndex(r)
	if r.err != nil {
		return nil, r.err
	}
	// A call of the engine costs about what a few bytecodes do, besides
	// the characters it reads.
	if err := st.Charge(r.count%256 + reCallSteps); err != nil {
		return nil, err
	}
	if loc == nil {
		return nil, nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += base
		}
	}
	for _, m := range c.markers {
		if loc[2*m] >= 0 {
			// $ matched before the final newline, which the translation
			// consumed: the match and its groups end before it.
			for i := range loc {
				if loc[i] == end {
					loc[i] = end - 1
				}
			}
			break
		}
	}
	out := make([]int, 2*len(c.groupGo))
	for g, gos := range c.groupGo {
		out[2*g], out[2*g+1] = -1, -1
		for _, k := range gos {
			if loc[2*k] >= 0 {
				out[2*g], out[2*g+1] = loc[2*k], loc[2*k+1]
				break
			}
		}
	}
	return out, nil
}

// reBounds converts pos and endpos (code points, clamped as CPython
// does) to byte offsets of the subject.
func reBounds(t *reSubject, pos, endpos int) (int, int, int, int) {
	if pos < 0 {
		pos = 0
	}
	if pos > t.n {
		pos = t.n
	}
	if endpos > t.n {
		endpos = t.n
	}
	if endpos < 0 {
		endpos = 0
	}
	return pos, endpos, t.off(pos), t.off(endpos)
}

// reScan steps through the matches of a pattern in a subject between
// byte offsets, as CPython's finditer, sub and split find them: after an
// empty match at p, the next match may not be an empty one at p.
type reScan struct {
	p             *rePattern
	t             *reSubject
	pos, end      int // byte offsets
	pos0, endpos0 int // pos and endpos in code points, for the matches
	mustAdvance   bool
	done          bool
}

// newScan returns a scan of t between code points pos and endpos.
func newScan(p *rePattern, t *reSubject, pos, endpos int) *reScan {
	pos, endpos, start, end := reBounds(t, pos, endpos)
	return &reScan{p: p, t: t, pos: start, end: end, pos0: pos, endpos0: endpos}
}

// next returns the byte offsets of the next match, or nil at the end.
func (s *reScan) next(st *run.State) ([]int, error) {
	if s.done || s.pos > s.end {
		s.done = true
		return nil, nil
	}
	p, t := s.p, s.t
	var loc []int
	var err error
	if s.mustAdvance {
		loc, err = p.exec(st, t, rxNonEmpty, s.pos, s.end)
		if err == errNoVariant {
			err = p.checkNoNonEmpty(st, t, s.pos, s.end)
		}
		if err != nil {
			s.done = true
			return nil, err
		}
		if loc != nil && loc[1] == s.pos {
			loc = nil // never an empty match again: the scan must move
		}
		if loc == nil && s.pos < s.end {
			_, size := utf8.DecodeRuneInString(t.s[s.pos:])
			loc, err = p.exec(st, t, rxSearch, s.pos+size, s.end)
		}
	} else {
		loc, err = p.exec(st, t, rxSearch, s.pos, s.end)
	}
	if err != nil || loc == nil {
		s.done = true
		return nil, err
	}
	s.mustAdvance = loc[0] == loc[1]
	s.pos = loc[1]
	return loc, nil
}

// checkNoNonEmpty is the fallback for patterns whose non-empty form is
// not known: it fails unless the pattern has no non-empty match at pos,
// in which case moving to pos+1 is what CPython does.
func (p *rePattern) checkNoNonEmpty(st *run.State, t *reSubject, pos, end int) error {
	loc, err := p.exec(st, t, rxLongest, pos, end)
	if err != nil || loc == nil || loc[1] == loc[0] {
		return err
	}
	return newReError("this pattern matches the empty string in a way pyfence's re (RE2) cannot step over "+
		"in finditer, findall, sub or split", p.source, p.text, -1)
}
