// This file defines the Unicode character properties and case mappings str
// methods use. Package unicode supplies most of them; the tables in
// str_unicode_tables.go correct every code point where CPython 3.11
// (Unicode 14.0) answers differently, and add the full (one-to-many) case
// mappings package unicode lacks.

package builtins

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// uniRange is an inclusive range of code points.
type uniRange struct{ lo, hi rune }

// uniSet is a sorted list of disjoint ranges.
type uniSet []uniRange

func (s uniSet) has(r rune) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i].hi >= r })
	return i < len(s) && s[i].lo <= r
}

func uniParseSet(data string) uniSet {
	var s uniSet
	for _, f := range strings.Fields(data) {
		lo, hi, ok := strings.Cut(f, "-")
		a, _ := strconv.ParseUint(lo, 16, 32)
		b := a
		if ok {
			b, _ = strconv.ParseUint(hi, 16, 32)
		}
		s = append(s, uniRange{rune(a), rune(b)})
	}
	return s
}

func uniParseMap(data string) map[rune][]rune {
	m := map[rune][]rune{}
	for _, f := range strings.Fields(data) {
		k, v, _ := strings.Cut(f, ":")
		c, _ := strconv.ParseUint(k, 16, 32)
		var rs []rune
		for _, p := range strings.Split(v, ".") {
			x, _ := strconv.ParseUint(p, 16, 32)
			rs = append(rs, rune(x))
		}
		m[rune(c)] = rs
	}
	return m
}

// uniData holds the parsed correction tables. It is built once and
// never written afterwards.
type uniData struct {
	alpha, decimal, digit, numeric, space, printable uniSet
	lower, upper, title, idStart, idContinue         uniSet
	upperFull, lowerFull, titleFull, foldFull        map[rune][]rune
}

var uniTables = sync.OnceValue(func() *uniData {
	return &uniData{
		alpha:      uniParseSet(alphaFlips),
		decimal:    uniParseSet(decimalFlips),
		digit:      uniParseSet(digitFlips),
		numeric:    uniParseSet(numericFlips),
		space:      uniParseSet(spaceFlips),
		printable:  uniParseSet(printableFlips),
		lower:      uniParseSet(lowerFlips),
		upper:      uniParseSet(upperFlips),
		title:      uniParseSet(titleFlips),
		idStart:    uniParseSet(idStartFlips),
		idContinue: uniParseSet(idContinueFlips),
		upperFull:  uniParseMap(upperSpecial),
		lowerFull:  uniParseMap(lowerSpecial),
		titleFull:  uniParseMap(titleSpecial),
		foldFull:   uniParseMap(foldSpecial),
	}
})

// uniIsAlpha reports whether CPython's str.isalpha holds for r.
func uniIsAlpha(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) != uniTables().alpha.has(r)
}

// uniIsDecimal reports whether r has a decimal digit value (str.isdecimal).
func uniIsDecimal(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Nd, r) != uniTables().decimal.has(r)
}

// uniIsDigit reports whether r has a digit value (str.isdigit).
func uniIsDigit(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Nd, r) != uniTables().digit.has(r)
}

// uniIsNumeric reports whether r has a numeric value (str.isnumeric).
func uniIsNumeric(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) != uniTables().numeric.has(r)
}

// uniIsSpace reports whether r is whitespace for CPython (str.isspace,
// str.split and str.strip without arguments).
func uniIsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r' || 0x1c <= r && r <= 0x1f
	}
	return unicode.IsSpace(r) != uniTables().space.has(r)
}

// uniIsPrintable reports whether repr() shows r as itself (str.isprintable).
func uniIsPrintable(r rune) bool {
	if r < 0x80 {
		return 0x20 <= r && r < 0x7f
	}
	return unicode.IsPrint(r) != uniTables().printable.has(r)
}

// uniIsLower reports whether r has the Lowercase property.
func uniIsLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return (unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)) != uniTables().lower.has(r)
}

// uniIsUpper reports whether r has the Uppercase property.
func uniIsUpper(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return (unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)) != uniTables().upper.has(r)
}

// uniIsTitle reports whether r is a titlecase letter (Lt).
func uniIsTitle(r rune) bool {
	if r < 0x80 {
		return false
	}
	return unicode.IsTitle(r) != uniTables().title.has(r)
}

// uniIsCased reports whether r is cased: lowercase, uppercase or titlecase.
func uniIsCased(r rune) bool {
	return uniIsLower(r) || uniIsUpper(r) || uniIsTitle(r)
}

// uniIsCaseIgnorable reports whether r has the Case_Ignorable property, used
// to find the final form of capital sigma.
func uniIsCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xa8, 0xad, 0xaf, 0xb4, 0xb7, 0xb8, 0x387, 0x55f, 0x5f4,
		0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func uniXIDStartApprox(r rune) bool {
	return (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// uniIsIDStart reports whether r may start an identifier: '_' or XID_Start.
func uniIsIDStart(r rune) bool {
	if r < 0x80 {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return uniXIDStartApprox(r) != uniTables().idStart.has(r)
}

// uniIsIDContinue reports whether r may continue an identifier (XID_Continue).
func uniIsIDContinue(r rune) bool {
	if r < 0x80 {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	approx := uniXIDStartApprox(r) ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
	return approx != uniTables().idContinue.has(r)
}

// uniAppendUpper appends the full uppercase mapping of r.
func uniAppendUpper(b *strings.Builder, r rune) {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if m, ok := uniTables().upperFull[r]; ok {
		uniWriteRunes(b, m)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

// uniAppendLower appends the full lowercase mapping of r, without the final
// sigma rule (see lowerAt).
func uniAppendLower(b *strings.Builder, r rune) {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if m, ok := uniTables().lowerFull[r]; ok {
		uniWriteRunes(b, m)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// uniAppendTitle appends the full titlecase mapping of r.
func uniAppendTitle(b *strings.Builder, r rune) {
	if r < 0x80 {
		uniAppendUpper(b, r)
		return
	}
	if m, ok := uniTables().titleFull[r]; ok {
		uniWriteRunes(b, m)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// uniAppendFold appends the full case folding of r (str.casefold).
func uniAppendFold(b *strings.Builder, r rune) {
	if r >= 0x80 {
		if m, ok := uniTables().foldFull[r]; ok {
			uniWriteRunes(b, m)
			return
		}
	}
	uniAppendLower(b, r)
}

func uniWriteRunes(b *strings.Builder, rs []rune) {
	for _, r := range rs {
		b.WriteRune(r)
	}
}

// uniAppendLowerAt appends the lowercase of r, found at byte offset i of s,
// applying the Final_Sigma rule to capital sigma as CPython's lower() does.
func uniAppendLowerAt(b *strings.Builder, s string, i int, r rune) {
	if r != 0x3a3 {
		uniAppendLower(b, r)
		return
	}
	b.WriteRune(uniFinalSigma(s, i))
}

// uniFinalSigma returns the lowercase of the capital sigma at byte offset i of
// s: final sigma when a cased letter precedes it and none follows it,
// ignoring case-ignorable characters in both directions.
func uniFinalSigma(s string, i int) rune {
	casedBefore := false
	for j := i; j > 0; {
		c, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !uniIsCaseIgnorable(c) {
			casedBefore = uniIsCased(c)
			break
		}
	}
	if !casedBefore {
		return 0x3c3
	}
	for k := i + utf8.RuneLen(0x3a3); k < len(s); {
		c, n := utf8.DecodeRuneInString(s[k:])
		k += n
		if !uniIsCaseIgnorable(c) {
			if uniIsCased(c) {
				return 0x3c3
			}
			break
		}
	}
	return 0x3c2
}
