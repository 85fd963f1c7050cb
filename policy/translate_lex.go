// This file defines the tokenizer of the translation: Python 3.11 tokens
// (strings with every prefix, numbers with underscores, the 3.8 ':='
// operator) over the text of Parse's scan or of an f-string expression.

package policy

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tkName    tkind = iota + 1 // identifier or keyword
	tkNumber                   // number literal
	tkString                   // string literal, with its prefix
	tkOp                       // operator, delimiter or bracket
	tkNewline                  // end of a logical line
)

// Token flags.
const (
	flagUnderscore   uint8 = 1 << iota // a number literal with underscores
	flagUnterminated                   // a string literal without its closing quote
)

// A lexeme is a token: a slice of the translator's source, src[start:end].
type lexeme struct {
	kind       tkind
	flags      uint8
	start, end int
	match      int // for a bracket, the index of its partner; -1 if none
}

// lex tokenizes src[lo:hi]. depth is the bracket depth at lo: 0 for a
// module, where newlines outside brackets end logical lines, and 1 for an
// f-string expression. It appends a final tkNewline at depth 0.
func (t *translator) lex(lo, hi, depth int) []lexeme {
	src := t.src
	toks := make([]lexeme, 0, (hi-lo)/4+8)
	var stack []int
	i := lo
	for i < hi {
		c := src[i]
		switch {
		case c == '\n':
			if depth+len(stack) == 0 && len(toks) > 0 && toks[len(toks)-1].kind != tkNewline {
				toks = append(toks, lexeme{kind: tkNewline, start: i, end: i + 1, match: -1})
			}
			i++
		case c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r':
			i++
		case c == '#':
			if j := strings.IndexByte(src[i:hi], '\n'); j >= 0 {
				i += j
			} else {
				i = hi
			}
		case c == '\\':
			switch {
			case i+1 < hi && src[i+1] == '\n':
				i += 2
			case i+2 < hi && src[i+1] == '\r' && src[i+2] == '\n':
				i += 3
			default:
				toks = append(toks, lexeme{kind: tkOp, start: i, end: i + 1, match: -1})
				i++
			}
		case c == '\'' || c == '"':
			end, ok := t.lexString(i, hi)
			tok := lexeme{kind: tkString, start: i, end: end, match: -1}
			if !ok {
				tok.flags |= flagUnterminated
			}
			toks = append(toks, tok)
			i = end
		case isDigit(c) || c == '.' && i+1 < hi && isDigit(src[i+1]):
			end, under := t.lexNumber(i, hi)
			tok := lexeme{kind: tkNumber, start: i, end: end, match: -1}
			if under {
				tok.flags |= flagUnderscore
			}
			toks = append(toks, tok)
			i = end
		case isWordByte(c):
			j := i
			for j < hi && (isASCIIWordByte(src[j]) || src[j] >= utf8.RuneSelf) {
				j++
			}
			if j < hi && (src[j] == '\'' || src[j] == '"') && j-i <= 2 {
				switch prefixKind(src[i:j]) {
				case prefixString:
					end, ok := t.lexString(j, hi)
					tok := lexeme{kind: tkString, start: i, end: end, match: -1}
					if !ok {
						tok.flags |= flagUnterminated
					}
					toks = append(toks, tok)
					i = end
					continue
				case prefixTemplate:
					t.fail(i, "t-strings (template strings) are not supported")
				}
			}
			if w := src[i:j]; w == "async" || w == "await" {
				t.fail(i, "'%s' is not supported: pyfence runs no coroutines", w)
			}
			toks = append(toks, lexeme{kind: tkName, start: i, end: j, match: -1})
			i = j
		default:
			n := opLen(src[i:hi])
			op := src[i : i+n]
			tok := lexeme{kind: tkOp, start: i, end: i + n, match: -1}
			switch op {
			case "(", "[", "{":
				stack = append(stack, len(toks))
			case ")", "]", "}":
				if k := len(stack) - 1; k >= 0 && src[toks[stack[k]].start] == opener(op[0]) {
					tok.match = stack[k]
					toks[stack[k]].match = len(toks)
					stack = stack[:k]
				}
			}
			toks = append(toks, tok)
			i += n
		}
	}
	if depth == 0 && len(toks) > 0 && toks[len(toks)-1].kind != tkNewline {
		toks = append(toks, lexeme{kind: tkNewline, start: hi, end: hi, match: -1})
	}
	return toks
}

// opener returns the opening bracket of the closing bracket c.
func opener(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// operators lists the operators of more than one byte, longest first.
var operators = [...]string{
	"**=", "//=", ">>=", "<<=", "...",
	"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
}

// opLen returns the length of the operator at the start of s: the longest
// operator of Python 3.11 there, or one byte.
func opLen(s string) int {
	for _, op := range operators {
		if strings.HasPrefix(s, op) {
			return len(op)
		}
	}
	return 1
}

const (
	prefixNone = iota
	prefixString
	prefixTemplate
)

// prefixKind says whether w, followed by a quote, is a string prefix of
// Python 3.11 (r, u, b, f and their combinations, in any case) or a
// t-string prefix of Python 3.14.
func prefixKind(w string) int {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return prefixString
	case "t", "tr", "rt":
		return prefixTemplate
	}
	return prefixNone
}

// lexString scans the string literal whose opening quote is at q and
// returns the offset after it, and whether it was terminated. As in
// Parse's scan, a backslash keeps the next byte from ending the literal,
// raw or not.
func (t *translator) lexString(q, hi int) (int, bool) {
	src := t.src
	quote := src[q]
	triple := q+2 < hi && src[q+1] == quote && src[q+2] == quote
	j := q + 1
	if triple {
		j = q + 3
	}
	for j < hi {
		switch src[j] {
		case '\\':
			j += 2
		case '\n':
			if !triple {
				return j, false
			}
			j++
		case quote:
			if !triple {
				return j + 1, true
			}
			if j+2 < hi && src[j+1] == quote && src[j+2] == quote {
				return j + 3, true
			}
			j++
		default:
			j++
		}
	}
	return hi, false
}

// lexNumber scans the number literal at i, which starts with a digit or
// with '.' and a digit, as CPython 3.11's tokenizer does, and returns the
// offset after it and whether it has underscores. Misplaced underscores
// are reported with CPython's messages; other malformed literals are left
// for gpython's parser to report.
func (t *translator) lexNumber(i, hi int) (int, bool) {
	src := t.src
	under := false
	// tail scans digits (per isDig) separated by single underscores,
	// starting at a digit, and returns the offset after them.
	tail := func(j int, isDig func(byte) bool, kind string) int {
		for {
			for j < hi && isDig(src[j]) {
				j++
			}
			if j < hi && src[j] == '_' {
				under = true
				if j+1 < hi && isDig(src[j+1]) {
					j++
					continue
				}
				if (kind == "octal" || kind == "binary") && j+1 < hi && isDigit(src[j+1]) {
					t.fail(j+1, "invalid digit '%c' in %s literal", src[j+1], kind)
				}
				t.fail(j, "invalid %s literal", kind)
			}
			return j
		}
	}
	if src[i] == '0' && i+1 < hi && strings.IndexByte("xXoObB", src[i+1]) >= 0 {
		kind, isDig := "hexadecimal", isHexDigit
		switch src[i+1] | 0x20 {
		case 'o':
			kind, isDig = "octal", isOctDigit
		case 'b':
			kind, isDig = "binary", isBinDigit
		}
		j := i + 2
		if j < hi && src[j] == '_' {
			under = true
			j++
		}
		if j >= hi || !isDig(src[j]) {
			if under && kind != "hexadecimal" && j < hi && isDigit(src[j]) {
				t.fail(j, "invalid digit '%c' in %s literal", src[j], kind)
			}
			if under {
				t.fail(j, "invalid %s literal", kind)
			}
			return j, false
		}
		j = tail(j, isDig, kind)
		if under && j < hi && (isASCIIWordByte(src[j]) || src[j] >= utf8.RuneSelf) {
			if kind != "hexadecimal" && isDigit(src[j]) {
				t.fail(j, "invalid digit '%c' in %s literal", src[j], kind)
			}
			t.fail(j, "invalid %s literal", kind)
		}
		return j, under
	}

	const kind = "decimal"
	j := i
	integer := true
	if src[j] != '.' {
		j = tail(j, isDigit, kind)
	}
	if j < hi && src[j] == '.' {
		integer = false
		j++
		if j < hi && isDigit(src[j]) {
			j = tail(j, isDigit, kind)
		} else if j < hi && src[j] == '_' {
			t.fail(j, "invalid decimal literal")
		}
	}
	if j < hi && (src[j] == 'e' || src[j] == 'E') {
		k := j + 1
		if k < hi && (src[k] == '+' || src[k] == '-') {
			k++
		}
		if k < hi && isDigit(src[k]) {
			integer = false
			j = tail(k, isDigit, kind)
		} else if under || k < hi && src[k] == '_' {
			t.fail(j, "invalid decimal literal")
		}
	}
	if j < hi && (src[j] == 'j' || src[j] == 'J') {
		integer = false
		j++
	}
	if !under {
		return j, false
	}
	if j < hi && (isASCIIWordByte(src[j]) || src[j] >= utf8.RuneSelf) {
		t.fail(j, "invalid decimal literal")
	}
	if integer {
		digits := strings.ReplaceAll(src[i:j], "_", "")
		if len(digits) > 1 && digits[0] == '0' && strings.Trim(digits, "0") != "" {
			t.fail(i, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		if len(digits) > maxIntDigits {
			t.fail(i, "integer literal has %d digits, more than the limit of %d", len(digits), maxIntDigits)
		}
	}
	return j, true
}

func isHexDigit(c byte) bool {
	return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f'
}

func isOctDigit(c byte) bool { return '0' <= c && c <= '7' }

func isBinDigit(c byte) bool { return c == '0' || c == '1' }

// A translateBailout carries a SyntaxError out of the translator; translate
// recovers it.
type translateBailout struct{ serr *SyntaxError }

// fail ends the translation with a SyntaxError at offset off.
func (t *translator) fail(off int, format string, args ...any) {
	panic(translateBailout{&SyntaxError{Pos: t.posAt(off), Msg: fmt.Sprintf(format, args...)}})
}

// posAt returns the position of offset off of the translator's source.
func (t *translator) posAt(off int) Pos {
	line := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off })
	if line == 0 {
		return Pos{Line: 1, Col: off + 1}
	}
	return Pos{Line: line, Col: off - t.lines[line-1] + 1}
}
