// This file defines the translation of a parsed Python pattern into the
// syntax of Go's regexp (RE2), with Python's meaning kept explicit: every
// character and set is written out, \d, \w and \s get Python's Unicode
// classes, and $ gets Python's "at the end or before a final newline".

package builtins

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// reMaxProgram bounds the length of a translated pattern.
const reMaxProgram = 1 << 20

// rxMode is the kind of match a translation is for.
type rxMode uint8

// The kinds of match.
const (
	rxSearch   rxMode = iota // leftmost match anywhere
	rxMatch                  // match anchored at the start
	rxFull                   // match of the whole text
	rxNonEmpty               // anchored match that is not empty
	rxLongest                // longest anchored match
)

// rxVariant identifies one translation of a pattern.
type rxVariant struct {
	mode    rxMode
	context bool // the text starts with one character of context before pos
	dollarZ bool // a $ that is not at the end of the pattern is \z, else (?m:$)
	empty   bool // the text is empty: \B never matches, as in sre
}

// rxEmitter writes a translation.
type rxEmitter struct {
	b       strings.Builder
	v       rxVariant
	ngo     int     // Go capture groups opened so far
	groupGo [][]int // Go groups of each Python group (0: the whole match)
	markers []int   // Go groups that mark a $ taken before a final newline
	err     error
}

// rxTranslation is a pattern translated for one variant.
type rxTranslation struct {
	src     string
	groupGo [][]int
	markers []int
}

// rxTranslate translates a parsed pattern for variant v.
func rxTranslate(pp *rxParsed, v rxVariant) (*rxTranslation, error) {
	e := &rxEmitter{v: v, groupGo: make([][]int, pp.groups+1)}
	root := pp.root
	if v.mode == rxNonEmpty {
		ne, ok := rxNonEmptyOf(root, nil, 0)
		if !ok {
			return nil, nil
		}
		root = ne
	}
	if v.mode != rxSearch || v.context {
		e.b.WriteString(`\A`)
	}
	if v.context {
		e.b.WriteString(`(?s:.)`)
		if v.mode == rxSearch {
			e.b.WriteString(`(?s:.*?)`)
		}
	}
	e.ngo++
	e.groupGo[0] = []int{e.ngo}
	e.b.WriteString("(")
	e.emit(root, true)
	e.b.WriteString(")")
	if v.mode == rxFull {
		e.b.WriteString(`\z`)
	}
	if e.err != nil {
		return nil, e.err
	}
	return &rxTranslation{src: e.b.String(), groupGo: e.groupGo, markers: e.markers}, nil
}

// write appends s, unless the translation grew past its bound.
func (e *rxEmitter) write(s string) {
	if e.b.Len()+len(s) > reMaxProgram {
		if e.err == nil {
			e.err = &rxError{msg: "pattern too large for pyfence's re (RE2)", pos: -1}
		}
		return
	}
	e.b.WriteString(s)
}

// emit writes n; tail reports that nothing can be matched after n.
func (e *rxEmitter) emit(n *rxNode, tail bool) {
	if e.err != nil {
		return
	}
	switch n.op {
	case rxLit:
		e.lit(n.r, n.flags)
	case rxSet:
		e.set(n.set, n.flags)
	case rxAny:
		if n.flags&reFlagDotAll != 0 {
			e.write(`(?s:.)`)
		} else {
			e.write(`[^\n]`)
		}
	case rxBegin:
		e.write(`\A`)
	case rxBOL:
		e.write(`(?m:^)`)
	case rxEOL:
		e.write(`(?m:$)`)
	case rxEndZ:
		e.write(`\z`)
	case rxDollar:
		switch {
		case tail && (e.v.mode == rxFull):
			e.write(`\z`)
		case tail:
			e.ngo++
			e.markers = append(e.markers, e.ngo)
			e.write(`(?:\z|()\n\z)`)
		case e.v.dollarZ:
			e.write(`\z`)
		default:
			e.write(`(?m:$)`)
		}
	case rxWordB:
		e.write(`\b`)
	case rxNotWordB:
		if e.v.empty {
			e.write(`[^\x00-\x{10FFFF}]`)
		} else {
			e.write(`\B`)
		}
	case rxGroup:
		if n.cap > 0 {
			e.ngo++
			e.groupGo[n.cap] = append(e.groupGo[n.cap], e.ngo)
			e.write("(")
		} else {
			e.write("(?:")
		}
		e.emit(n.sub[0], tail)
		e.write(")")
	case rxConcat:
		e.write("(?:")
		for i, s := range n.sub {
			e.emit(s, tail && i == len(n.sub)-1)
		}
		e.write(")")
	case rxAlt:
		e.write("(?:")
		for i, s := range n.sub {
			if i > 0 {
				e.write("|")
			}
			e.emit(s, tail)
		}
		e.write(")")
	case rxRepeat:
		e.write("(?:")
		e.emit(n.sub[0], tail && n.max >= 0 && n.max <= 1)
		e.write(")")
		switch {
		case n.min == 0 && n.max == -1:
			e.write("*")
		case n.min == 1 && n.max == -1:
			e.write("+")
		case n.min == 0 && n.max == 1:
			e.write("?")
		case n.max == -1:
			e.write(fmt.Sprintf("{%d,}", n.min))
		case n.min == n.max:
			e.write(fmt.Sprintf("{%d}", n.min))
		default:
			e.write(fmt.Sprintf("{%d,%d}", n.min, n.max))
		}
		if n.lazy {
			e.write("?")
		}
	case rxEmpty:
		e.write("(?:)")
	case rxFail:
		e.write(`[^\x00-\x{10FFFF}]`)
	}
}

// rxRuneText writes r for a Go pattern or set.
func rxRuneText(r rune) string {
	if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
		return string(r)
	}
	return fmt.Sprintf(`\x{%x}`, r)
}

// isASCIILetter reports whether r is an ASCII letter.
func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// lit writes one character under flags.
func (e *rxEmitter) lit(r rune, flags int) {
	switch {
	case flags&reFlagIgnoreCase == 0:
		e.write(rxRuneText(r))
	case rxASCII(flags):
		if isASCIILetter(r) {
			e.write("[" + string(r|0x20) + string(r&^0x20) + "]")
		} else {
			e.write(rxRuneText(r))
		}
	default:
		rs := rxFoldUnicode([]rune{r, r})
		if len(rs) == 2 && rs[0] == rs[1] {
			e.write(rxRuneText(r))
			return
		}
		var b strings.Builder
		b.WriteString("[")
		rxRangesText(&b, rs)
		b.WriteString("]")
		e.write(b.String())
	}
}

// rxExtraCases returns the characters CPython 3.11's re treats as equal under
// IGNORECASE besides those with the same lowercase (re._casefix), keyed
// by lowercase character.
func rxExtraCases() map[rune][]rune {
	return map[rune][]rune{
		0x69: {0x131}, 0x73: {0x17f}, 0xb5: {0x3bc}, 0x131: {0x69}, 0x17f: {0x73}, 0x345: {0x3b9, 0x1fbe},
		0x390: {0x1fd3}, 0x3b0: {0x1fe3}, 0x3b2: {0x3d0}, 0x3b5: {0x3f5}, 0x3b8: {0x3d1}, 0x3b9: {0x345, 0x1fbe},
		0x3ba: {0x3f0}, 0x3bc: {0xb5}, 0x3c0: {0x3d6}, 0x3c1: {0x3f1}, 0x3c2: {0x3c3}, 0x3c3: {0x3c2},
		0x3c6: {0x3d5}, 0x3d0: {0x3b2}, 0x3d1: {0x3b8}, 0x3d5: {0x3c6}, 0x3d6: {0x3c0}, 0x3f0: {0x3ba},
		0x3f1: {0x3c1}, 0x3f5: {0x3b5}, 0x432: {0x1c80}, 0x434: {0x1c81}, 0x43e: {0x1c82}, 0x441: {0x1c83},
		0x442: {0x1c84, 0x1c85}, 0x44a: {0x1c86}, 0x463: {0x1c87}, 0x1c80: {0x432}, 0x1c81: {0x434},
		0x1c82: {0x43e}, 0x1c83: {0x441}, 0x1c84: {0x442, 0x1c85}, 0x1c85: {0x442, 0x1c84}, 0x1c86: {0x44a},
		0x1c87: {0x463}, 0x1c88: {0xa64b}, 0x1e61: {0x1e9b}, 0x1e9b: {0x1e61}, 0x1fbe: {0x345, 0x3b9},
		0x1fd3: {0x390}, 0x1fe3: {0x3b0}, 0xa64b: {0x1c88}, 0xfb05: {0xfb06}, 0xfb06: {0xfb05},
	}
}

// rxCaseData maps each lowercase character to the characters whose
// lowercase it is, and lists the characters that take part in case.
type rxCaseData struct {
	upper map[rune][]rune
	extra map[rune][]rune // rxExtraCases
	cased []rune          // sorted
}

// rxCases returns the case tables. Built once.
var rxCases = sync.OnceValue(func() *rxCaseData {
	d := &rxCaseData{upper: map[rune][]rune{}, extra: rxExtraCases()}
	seen := map[rune]bool{}
	add := func(r rune) {
		if !seen[r] {
			seen[r] = true
			d.cased = append(d.cased, r)
		}
	}
	for _, cr := range unicode.CaseRanges {
		for r := rune(cr.Lo); r <= rune(cr.Hi); r++ {
			if l := unicode.ToLower(r); l != r {
				d.upper[l] = append(d.upper[l], r)
				add(r)
				add(l)
			}
		}
	}
	for k, vs := range d.extra {
		add(k)
		for _, v := range vs {
			add(v)
		}
	}
	sort.Slice(d.cased, func(i, j int) bool { return d.cased[i] < d.cased[j] })
	return d
})

// rxFoldUnicode adds to the normalized ranges rs every character that
// CPython's re matches with one of them under IGNORECASE: those with the
// same lowercase, and the extra cases of re._casefix.
func rxFoldUnicode(rs []rune) []rune {
	d := rxCases()
	out := append([]rune(nil), rs...)
	addLower := func(l rune) {
		out = append(out, l, l)
		for _, u := range d.upper[l] {
			out = append(out, u, u)
		}
	}
	for i := 0; i+1 < len(rs); i += 2 {
		k := sort.Search(len(d.cased), func(j int) bool { return d.cased[j] >= rs[i] })
		for ; k < len(d.cased) && d.cased[k] <= rs[i+1]; k++ {
			l := unicode.ToLower(d.cased[k])
			addLower(l)
			for _, e := range d.extra[l] {
				addLower(e)
			}
		}
	}
	return rxNormalize(out)
}

// rxSpace returns the characters str.isspace accepts, as ranges.
func rxSpace() []rune {
	return []rune{'\t', '\r', 0x1c, ' ', 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a,
		0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000}
}

// rxASCIISpace returns the whitespace of ASCII rules, [ \t\n\r\f\v].
func rxASCIISpace() []rune { return []rune{'\t', '\r', ' ', ' '} }

// rxASCIIWord returns the word characters of ASCII rules, [0-9A-Za-z_].
func rxASCIIWord() []rune { return []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'} }

// rxUnicodeWord returns the ranges of Python's Unicode \w: letters,
// numbers and the underscore. Built once.
var rxUnicodeWord = sync.OnceValue(func() []rune {
	var rs []rune
	for _, t := range []*unicode.RangeTable{unicode.L, unicode.N} {
		for _, r := range t.R16 {
			for lo := rune(r.Lo); lo <= rune(r.Hi); lo += rune(r.Stride) {
				if r.Stride == 1 {
					rs = append(rs, lo, rune(r.Hi))
					break
				}
				rs = append(rs, lo, lo)
			}
		}
		for _, r := range t.R32 {
			for lo := rune(r.Lo); lo <= rune(r.Hi); lo += rune(r.Stride) {
				if r.Stride == 1 {
					rs = append(rs, lo, rune(r.Hi))
					break
				}
				rs = append(rs, lo, lo)
			}
		}
	}
	rs = append(rs, '_', '_')
	return rxNormalize(rs)
})

// rxNormalize sorts and merges ranges.
func rxNormalize(rs []rune) []rune {
	type rg struct{ lo, hi rune }
	var v []rg
	for i := 0; i+1 < len(rs); i += 2 {
		v = append(v, rg{rs[i], rs[i+1]})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].lo < v[j].lo })
	var out []rune
	for _, r := range v {
		if n := len(out); n > 0 && r.lo <= out[n-1]+1 {
			if r.hi > out[n-1] {
				out[n-1] = r.hi
			}
			continue
		}
		out = append(out, r.lo, r.hi)
	}
	return out
}

// rxComplement returns the ranges not in the normalized ranges rs.
func rxComplement(rs []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// rxRangesText writes ranges as the inside of a Go character class.
func rxRangesText(b *strings.Builder, rs []rune) {
	for i := 0; i+1 < len(rs); i += 2 {
		b.WriteString(rxRuneText(rs[i]))
		if rs[i+1] != rs[i] {
			b.WriteString("-")
			b.WriteString(rxRuneText(rs[i+1]))
		}
	}
}

// rxFoldASCII adds the other case of the ASCII letters in rs.
func rxFoldASCII(rs []rune) []rune {
	out := append([]rune(nil), rs...)
	for i := 0; i+1 < len(rs); i += 2 {
		for _, c := range [][3]rune{{'a', 'z', -32}, {'A', 'Z', 32}} {
			lo, hi := max(rs[i], c[0]), min(rs[i+1], c[1])
			if lo <= hi {
				out = append(out, lo+c[2], hi+c[2])
			}
		}
	}
	return rxNormalize(out)
}

// set writes a character set under flags.
func (e *rxEmitter) set(s *rxCharSet, flags int) {
	ascii := rxASCII(flags)
	fold := flags&reFlagIgnoreCase != 0
	rs := append([]rune(nil), s.ranges...)
	var b strings.Builder
	// Unicode \W is the one class with no short form inside a set: it is
	// written as an alternative, or as explicit ranges in a negated set.
	notWord := false
	for _, c := range s.classes {
		switch c {
		case 'd':
			if ascii {
				rs = append(rs, '0', '9')
			} else {
				b.WriteString(`\p{Nd}`)
			}
		case 'D':
			if ascii {
				rs = append(rs, rxComplement([]rune{'0', '9'})...)
			} else {
				b.WriteString(`\P{Nd}`)
			}
		case 'w':
			if ascii {
				rs = append(rs, rxASCIIWord()...)
			} else {
				b.WriteString(`\p{L}\p{N}_`)
			}
		case 'W':
			switch {
			case ascii:
				rs = append(rs, rxComplement(rxASCIIWord())...)
			case s.neg:
				rs = append(rs, rxComplement(rxUnicodeWord())...)
			default:
				notWord = true
			}
		case 's':
			if ascii {
				rs = append(rs, rxASCIISpace()...)
			} else {
				rs = append(rs, rxSpace()...)
			}
		case 'S':
			if ascii {
				rs = append(rs, rxComplement(rxASCIISpace())...)
			} else {
				rs = append(rs, rxComplement(rxSpace())...)
			}
		}
	}
	rs = rxNormalize(rs)
	switch {
	case fold && ascii:
		rs = rxFoldASCII(rs)
	case fold:
		rs = rxFoldUnicode(rs)
	}
	rxRangesText(&b, rs)
	body := b.String()
	var out string
	switch {
	case notWord && body == "":
		out = `[^\p{L}\p{N}_]`
	case notWord:
		out = `(?:[^\p{L}\p{N}_]|[` + body + `])`
	case body == "" && s.neg:
		out = `(?s:.)`
	case body == "":
		out = `[^\x00-\x{10FFFF}]`
	case s.neg:
		out = "[^" + body + "]"
	default:
		out = "[" + body + "]"
	}
	e.write(out)
}
