// This file defines the parser of the re module: it reads a Python regular
// expression (the syntax of CPython 3.11's re._parser) into a small tree,
// with CPython's error messages and positions, and refuses the constructs
// Go's RE2-based regexp cannot run (backreferences, look-around, atomic
// groups, possessive repeats, conditionals) with a clear re.error.

package builtins

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Flag values of the re module, as CPython's re.RegexFlag.
const (
	reFlagTemplate   = 1
	reFlagIgnoreCase = 2
	reFlagLocale     = 4
	reFlagMultiline  = 8
	reFlagDotAll     = 16
	reFlagUnicode    = 32
	reFlagVerbose    = 64
	reFlagDebug      = 128
	reFlagASCII      = 256

	// rxFlagBytes marks the nodes of a bytes pattern, which follow ASCII
	// rules; it is not a Python flag.
	rxFlagBytes = 1 << 20
)

// rxASCII reports whether flags call for ASCII classes and case rules.
func rxASCII(flags int) bool { return flags&(reFlagASCII|rxFlagBytes) != 0 }

// reMaxRepeat is the largest repetition count RE2 accepts.
const reMaxRepeat = 1000

// rxMaxNesting bounds the nesting of groups, which RE2 and the
// recursive passes over a parsed pattern need.
const rxMaxNesting = 200

// reMaxPattern bounds the length of a pattern, in characters.
const reMaxPattern = 100_000

// rxOp is the kind of a node of a parsed pattern.
type rxOp uint8

// The kinds of node.
const (
	rxLit      rxOp = iota // one character, r
	rxSet                  // a character set
	rxAny                  // .
	rxBegin                // \A, or ^ without MULTILINE
	rxBOL                  // ^ with MULTILINE
	rxEOL                  // $ with MULTILINE
	rxDollar               // $ without MULTILINE: at the end or before a final newline
	rxEndZ                 // \Z
	rxWordB                // \b
	rxNotWordB             // \B
	rxGroup                // a group; cap > 0 captures
	rxConcat               // sub in sequence
	rxAlt                  // sub as alternatives
	rxRepeat               // sub[0] repeated min..max (max -1: no limit)
	rxEmpty                // matches the empty string
	rxFail                 // never matches
)

// rxNode is one node of a parsed pattern. flags are the flags in effect
// where the node appears.
type rxNode struct {
	op    rxOp
	r     rune
	set   *rxCharSet
	flags int
	cap   int
	min   int
	max   int
	lazy  bool
	sub   []*rxNode
}

// rxCharSet is a character set: ranges of characters (pairs lo, hi) and
// class escapes (d, D, s, S, w, W), optionally negated.
type rxCharSet struct {
	neg     bool
	ranges  []rune
	classes []byte
}

// rxError is a pattern error: CPython's message and the position (in
// characters) it reports, or -1.
type rxError struct {
	msg string
	pos int
}

// Error returns the message without the position.
func (e *rxError) Error() string { return e.msg }

// unsupported returns the error for a construct RE2 cannot run.
func rxUnsupported(what string, pos int) *rxError {
	return &rxError{msg: what + " is not supported by pyfence's re (RE2)", pos: pos}
}

// rxParsed is the result of parsing a pattern.
type rxParsed struct {
	root   *rxNode
	flags  int // the final flags, UNICODE added for str patterns
	groups int
	names  []string // names[i] is the name of group i+1, or ""
}

// rxParser reads one pattern.
type rxParser struct {
	src    []rune
	pos    int
	flags  int
	groups int
	names  []string
	open   []bool // open[i] reports whether group i+1 is still open
	bytes  bool
}

// rxParse parses pattern with flags, as re._parser.parse does.
func rxParse(pattern string, flags int, isBytes bool) (*rxParsed, error) {
	p := &rxParser{src: []rune(pattern), flags: flags, bytes: isBytes}
	if isBytes {
		p.flags |= rxFlagBytes
	}
	if len(p.src) > reMaxPattern {
		return nil, &rxError{msg: fmt.Sprintf("pattern longer than pyfence's limit of %d characters", reMaxPattern), pos: -1}
	}
	root, err := p.parseAlt(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.src) {
		return nil, &rxError{msg: "unbalanced parenthesis", pos: p.pos}
	}
	f := p.flags &^ rxFlagBytes
	if isBytes {
		if f&reFlagUnicode != 0 {
			return nil, &rxError{msg: "cannot use UNICODE flag with a bytes pattern", pos: -2}
		}
		if f&reFlagLocale != 0 && f&reFlagASCII != 0 {
			return nil, &rxError{msg: "ASCII and LOCALE flags are incompatible", pos: -2}
		}
	} else {
		if f&reFlagLocale != 0 {
			return nil, &rxError{msg: "cannot use LOCALE flag with a str pattern", pos: -2}
		}
		if f&reFlagASCII == 0 {
			f |= reFlagUnicode
		} else if f&reFlagUnicode != 0 {
			return nil, &rxError{msg: "ASCII and UNICODE flags are incompatible", pos: -2}
		}
	}
	if f&reFlagLocale != 0 {
		return nil, &rxError{msg: "re.LOCALE is not supported by pyfence's re", pos: -2}
	}
	return &rxParsed{root: root, flags: f, groups: p.groups, names: p.names}, nil
}

// token returns the token at the cursor (a character, or a backslash and
// the next character) without consuming it; "" at the end.
func (p *rxParser) token() (string, error) {
	if p.pos >= len(p.src) {
		return "", nil
	}
	if p.src[p.pos] == '\\' {
		if p.pos+1 >= len(p.src) {
			return "", &rxError{msg: "bad escape (end of pattern)", pos: len(p.src) - 1}
		}
		return string(p.src[p.pos : p.pos+2]), nil
	}
	return string(p.src[p.pos]), nil
}

// next consumes and returns the next token.
func (p *rxParser) next() (string, error) {
	t, err := p.token()
	if err != nil {
		return "", err
	}
	p.pos += len([]rune(t))
	return t, nil
}

// match consumes c if it is the next character.
func (p *rxParser) match(c rune) bool {
	if p.pos < len(p.src) && p.src[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// peek returns the next character, or -1 at the end.
func (p *rxParser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return -1
}

// parseAlt parses alternatives up to a ")" or the end.
func (p *rxParser) parseAlt(nested int) (*rxNode, error) {
	var items []*rxNode
	for {
		item, err := p.parseSeq(nested, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		if !p.match('|') {
			break
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return &rxNode{op: rxAlt, sub: items}, nil
}

// isRxRepeatable reports whether n may take a repeat: assertions may not.
func isRxRepeatable(n *rxNode) bool {
	switch n.op {
	case rxBegin, rxBOL, rxEOL, rxDollar, rxEndZ, rxWordB, rxNotWordB:
		return false
	}
	return true
}

// parseSeq parses one alternative.
func (p *rxParser) parseSeq(nested int, first bool) (*rxNode, error) {
	var seq []*rxNode
	for {
		if p.pos >= len(p.src) {
			break
		}
		start := p.pos
		this, err := p.next()
		if err != nil {
			return nil, err
		}
		if this == "|" || this == ")" {
			p.pos = start
			break
		}
		verbose := p.flags&reFlagVerbose != 0
		if verbose {
			if strings.ContainsAny(this, " \t\n\r\v\f") && len(this) == 1 {
				continue
			}
			if this == "#" {
				for p.pos < len(p.src) && p.src[p.pos] != '\n' {
					p.pos++
				}
				p.match('\n')
				continue
			}
		}
		fl := p.flags
		switch {
		case this[0] == '\\':
			n, err := p.escape(this, start)
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
		case this == "[":
			set, err := p.parseSet(start)
			if err != nil {
				return nil, err
			}
			seq = append(seq, &rxNode{op: rxSet, set: set, flags: fl})
		case this == ".":
			seq = append(seq, &rxNode{op: rxAny, flags: fl})
		case this == "^":
			if fl&reFlagMultiline != 0 {
				seq = append(seq, &rxNode{op: rxBOL, flags: fl})
			} else {
				seq = append(seq, &rxNode{op: rxBegin, flags: fl})
			}
		case this == "$":
			if fl&reFlagMultiline != 0 {
				seq = append(seq, &rxNode{op: rxEOL, flags: fl})
			} else {
				seq = append(seq, &rxNode{op: rxDollar, flags: fl})
			}
		case this == "*" || this == "+" || this == "?" || this == "{":
			min, max := 0, -1
			switch this {
			case "?":
				max = 1
			case "+":
				min = 1
			case "{":
				ok, lo, hi, err := p.braces(start)
				if err != nil {
					return nil, err
				}
				if !ok {
					seq = append(seq, &rxNode{op: rxLit, r: '{', flags: fl})
					continue
				}
				min, max = lo, hi
			}
			if len(seq) == 0 || !isRxRepeatable(seq[len(seq)-1]) {
				return nil, &rxError{msg: "nothing to repeat", pos: start}
			}
			item := seq[len(seq)-1]
			if item.op == rxRepeat {
				return nil, &rxError{msg: "multiple repeat", pos: start}
			}
			if min > reMaxRepeat || max > reMaxRepeat {
				return nil, &rxError{msg: fmt.Sprintf("repetition count above %d is not supported by pyfence's re (RE2)", reMaxRepeat), pos: start}
			}
			if (max < 0 || max > 1) && rxCanEmpty(item) && rxHasCapture(item) {
				// sre and RE2 disagree on what such groups capture on
				// the last, empty, iteration.
				return nil, rxUnsupported("a repeated group that can match the empty string", start)
			}
			n := &rxNode{op: rxRepeat, min: min, max: max, sub: []*rxNode{item}, flags: fl}
			if p.match('?') {
				n.lazy = true
			} else if p.peek() == '+' {
				return nil, rxUnsupported("possessive repeat", start)
			}
			seq[len(seq)-1] = n
		case this == "(":
			n, skip, err := p.parseGroup(start, nested, first && len(seq) == 0)
			if err != nil {
				return nil, err
			}
			if !skip {
				seq = append(seq, n)
			}
		default:
			r := []rune(this)[0]
			seq = append(seq, &rxNode{op: rxLit, r: r, flags: fl})
		}
	}
	switch len(seq) {
	case 0:
		return &rxNode{op: rxEmpty}, nil
	case 1:
		return seq[0], nil
	}
	return &rxNode{op: rxConcat, sub: seq}, nil
}

// braces parses the rest of a {m,n} repeat; ok is false (and nothing is
// consumed) when the brace is a literal.
func (p *rxParser) braces(start int) (ok bool, lo, hi int, err error) {
	here := p.pos
	if p.peek() == '}' {
		return false, 0, 0, nil
	}
	digits := func() string {
		s := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		return string(p.src[s:p.pos])
	}
	los := digits()
	his := los
	if p.match(',') {
		his = digits()
	}
	if !p.match('}') {
		p.pos = here
		return false, 0, 0, nil
	}
	lo, hi = 0, -1
	big := func(s string) (int, error) {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v >= 4294967295 {
			return 0, &rxError{msg: "the repetition number is too large", pos: -3}
		}
		if v > reMaxRepeat {
			return 0, &rxError{msg: fmt.Sprintf("repetition count above %d is not supported by pyfence's re (RE2)", reMaxRepeat), pos: start}
		}
		return int(v), nil
	}
	if los != "" {
		if lo, err = big(los); err != nil {
			return false, 0, 0, err
		}
	}
	if his != "" {
		if hi, err = big(his); err != nil {
			return false, 0, 0, err
		}
		if hi < lo {
			return false, 0, 0, &rxError{msg: "min repeat greater than max repeat", pos: here}
		}
	}
	return true, lo, hi, nil
}

// getUntil reads a name up to term, as the tokenizer's getuntil.
func (p *rxParser) getUntil(term rune, what string) (string, error) {
	start := p.pos
	for {
		if p.pos >= len(p.src) {
			if p.pos == start {
				return "", &rxError{msg: "missing " + what, pos: p.pos}
			}
			return "", &rxError{msg: fmt.Sprintf("missing %c, unterminated name", term), pos: start}
		}
		c := p.src[p.pos]
		p.pos++
		if c == term {
			if p.pos-1 == start {
				return "", &rxError{msg: "missing " + what, pos: start}
			}
			return string(p.src[start : p.pos-1]), nil
		}
		if c == '\\' && p.pos < len(p.src) {
			p.pos++
		}
	}
}

// isRxIdentifier reports whether s is a Python identifier.
func isRxIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r))) {
			continue
		}
		return false
	}
	return s != ""
}

// parseGroup parses what follows "(". skip reports that the group adds
// nothing (a comment or global flags).
func (p *rxParser) parseGroup(start, nested int, first bool) (n *rxNode, skip bool, err error) {
	if nested >= rxMaxNesting {
		return nil, false, &rxError{msg: fmt.Sprintf("groups nested deeper than pyfence's limit of %d", rxMaxNesting), pos: start}
	}
	capture := true
	name := ""
	saved := p.flags
	addFlags, delFlags := 0, 0
	if p.match('?') {
		if p.pos >= len(p.src) {
			return nil, false, &rxError{msg: "unexpected end of pattern", pos: p.pos}
		}
		c := p.src[p.pos]
		p.pos++
		switch {
		case c == 'P':
			switch {
			case p.match('<'):
				name, err = p.getUntil('>', "group name")
				if err != nil {
					return nil, false, err
				}
				if !isRxIdentifier(name) {
					return nil, false, &rxError{msg: fmt.Sprintf("bad character in group name %s", pyQuote(name)), pos: p.pos - len([]rune(name)) - 1}
				}
			case p.match('='):
				nstart := p.pos
				name, err = p.getUntil(')', "group name")
				if err != nil {
					return nil, false, err
				}
				if !isRxIdentifier(name) {
					return nil, false, &rxError{msg: fmt.Sprintf("bad character in group name %s", pyQuote(name)), pos: nstart}
				}
				if p.groupIndex(name) == 0 {
					return nil, false, &rxError{msg: fmt.Sprintf("unknown group name %s", pyQuote(name)), pos: nstart}
				}
				return nil, false, rxUnsupported("backreference (?P="+name+")", start)
			default:
				if p.pos >= len(p.src) {
					return nil, false, &rxError{msg: "unexpected end of pattern", pos: p.pos}
				}
				c2 := p.src[p.pos]
				p.pos++
				return nil, false, &rxError{msg: "unknown extension ?P" + string(c2), pos: start + 1}
			}
		case c == ':':
			capture = false
		case c == '#':
			for {
				if p.pos >= len(p.src) {
					return nil, false, &rxError{msg: "missing ), unterminated comment", pos: start}
				}
				p.pos++
				if p.src[p.pos-1] == ')' {
					return nil, true, nil
				}
			}
		case c == '=':
			return nil, false, rxUnsupported("look-ahead", start)
		case c == '!':
			return nil, false, rxUnsupported("negative look-ahead", start)
		case c == '<':
			if p.pos >= len(p.src) {
				return nil, false, &rxError{msg: "unexpected end of pattern", pos: p.pos}
			}
			c2 := p.src[p.pos]
			p.pos++
			switch c2 {
			case '=':
				return nil, false, rxUnsupported("look-behind", start)
			case '!':
				return nil, false, rxUnsupported("negative look-behind", start)
			}
			return nil, false, &rxError{msg: "unknown extension ?<" + string(c2), pos: start + 1}
		case c == '(':
			return nil, false, rxUnsupported("conditional group (?(...)...)", start)
		case c == '>':
			return nil, false, rxUnsupported("atomic group (?>...)", start)
		case strings.ContainsRune("iLmsxatu-", c):
			global, add, del, err := p.parseFlags(c)
			if err != nil {
				return nil, false, err
			}
			if global {
				if !first {
					return nil, false, &rxError{msg: "global flags not at the start of the expression", pos: start}
				}
				p.flags |= add
				return nil, true, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return nil, false, &rxError{msg: "unknown extension ?" + string(c), pos: start + 1}
		}
	}
	gid := 0
	if capture {
		if name != "" {
			if old := p.groupIndex(name); old != 0 {
				return nil, false, &rxError{msg: fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), p.groups+1, old), pos: p.pos - len([]rune(name)) - 1}
			}
		}
		p.groups++
		gid = p.groups
		p.names = append(p.names, name)
		p.open = append(p.open, true)
	}
	if addFlags != 0 || delFlags != 0 {
		f := p.flags | addFlags
		f &^= delFlags
		if addFlags&(reFlagASCII|reFlagUnicode) != 0 {
			f &^= reFlagASCII | reFlagUnicode
			f |= addFlags & (reFlagASCII | reFlagUnicode)
		}
		p.flags = f
	}
	sub, err := p.parseAlt(nested + 1)
	p.flags = saved
	if err != nil {
		return nil, false, err
	}
	if !p.match(')') {
		return nil, false, &rxError{msg: "missing ), unterminated subpattern", pos: start}
	}
	if gid > 0 {
		p.open[gid-1] = false
	}
	return &rxNode{op: rxGroup, cap: gid, sub: []*rxNode{sub}}, false, nil
}

// groupIndex returns the number of the group called name, or 0.
func (p *rxParser) groupIndex(name string) int {
	for i, n := range p.names {
		if n == name {
			return i + 1
		}
	}
	return 0
}

// rxFlagLetter returns the flag of an inline flag letter.
func rxFlagLetter(c rune) (int, bool) {
	switch c {
	case 'i':
		return reFlagIgnoreCase, true
	case 'L':
		return reFlagLocale, true
	case 'm':
		return reFlagMultiline, true
	case 's':
		return reFlagDotAll, true
	case 'x':
		return reFlagVerbose, true
	case 'a':
		return reFlagASCII, true
	case 't':
		return reFlagTemplate, true
	case 'u':
		return reFlagUnicode, true
	}
	return 0, false
}

// rxTypeFlags are the flags that choose the rules of classes and case.
const rxTypeFlags = reFlagASCII | reFlagLocale | reFlagUnicode

// parseFlags parses inline flags after "(?" whose first letter is c, as
// re._parser._parse_flags. global reports "(?flags)".
func (p *rxParser) parseFlags(c rune) (global bool, add, del int, err error) {
	errAt := func(msg string, pos int) (bool, int, int, error) {
		return false, 0, 0, &rxError{msg: msg, pos: pos}
	}
	if c != '-' {
		for {
			flag, _ := rxFlagLetter(c)
			if c == 'L' && !p.bytes {
				return errAt("bad inline flags: cannot use 'L' flag with a str pattern", p.pos)
			}
			if c == 'u' && p.bytes {
				return errAt("bad inline flags: cannot use 'u' flag with a bytes pattern", p.pos)
			}
			add |= flag
			if flag&rxTypeFlags != 0 && add&rxTypeFlags != flag {
				return errAt("bad inline flags: flags 'a', 'u' and 'L' are incompatible", p.pos)
			}
			if p.pos >= len(p.src) {
				return errAt("missing -, : or )", p.pos)
			}
			c = p.src[p.pos]
			p.pos++
			if c == ')' || c == '-' || c == ':' {
				break
			}
			if _, ok := rxFlagLetter(c); !ok {
				if unicode.IsLetter(c) {
					return errAt("unknown flag", p.pos-1)
				}
				return errAt("missing -, : or )", p.pos-1)
			}
		}
	}
	if c == ')' {
		return true, add, 0, nil
	}
	if add&reFlagTemplate != 0 {
		return errAt("bad inline flags: cannot turn on global flag", p.pos-1)
	}
	if c == '-' {
		if p.pos >= len(p.src) {
			return errAt("missing flag", p.pos)
		}
		c = p.src[p.pos]
		p.pos++
		if _, ok := rxFlagLetter(c); !ok {
			if unicode.IsLetter(c) {
				return errAt("unknown flag", p.pos-1)
			}
			return errAt("missing flag", p.pos-1)
		}
		for {
			flag, _ := rxFlagLetter(c)
			if flag&rxTypeFlags != 0 {
				return errAt("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", p.pos)
			}
			del |= flag
			if p.pos >= len(p.src) {
				return errAt("missing :", p.pos)
			}
			c = p.src[p.pos]
			p.pos++
			if c == ':' {
				break
			}
			if _, ok := rxFlagLetter(c); !ok {
				if unicode.IsLetter(c) {
					return errAt("unknown flag", p.pos-1)
				}
				return errAt("missing :", p.pos-1)
			}
		}
	}
	if del&reFlagTemplate != 0 {
		return errAt("bad inline flags: cannot turn off global flag", p.pos-1)
	}
	if add&del != 0 {
		return errAt("bad inline flags: flag turned on and off", p.pos-1)
	}
	return false, add, del, nil
}

// rxSimpleEscape returns the character of the escapes \a \b \f \n \r \t
// \v and \\.
func rxSimpleEscape(c rune) (rune, bool) {
	switch c {
	case 'a':
		return 7, true
	case 'b':
		return 8, true
	case 'f':
		return 12, true
	case 'n':
		return 10, true
	case 'r':
		return 13, true
	case 't':
		return 9, true
	case 'v':
		return 11, true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// escapeValue reads the character a numeric or named escape stands for
// (\x, \u, \U, \N, octal); ok is false when this is not such an escape.
func (p *rxParser) hexEscape(this string, start int) (rune, bool, error) {
	c := this[1]
	n := 0
	switch c {
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	case 'N':
		if p.bytes {
			return 0, false, nil
		}
		return 0, false, &rxError{msg: "named character escapes \\N{...} are not supported by pyfence's re", pos: start}
	default:
		return 0, false, nil
	}
	if p.bytes && c != 'x' {
		return 0, false, nil
	}
	digits := ""
	for len(digits) < n && p.pos < len(p.src) && strings.ContainsRune("0123456789abcdefABCDEF", p.src[p.pos]) {
		digits += string(p.src[p.pos])
		p.pos++
	}
	if len(digits) != n {
		return 0, false, &rxError{msg: "incomplete escape " + this + digits, pos: start}
	}
	v, _ := strconv.ParseUint(digits, 16, 32)
	if v > unicode.MaxRune {
		return 0, false, &rxError{msg: "bad escape " + this + digits, pos: start}
	}
	return rune(v), true, nil
}

// isOctal reports whether r is an octal digit.
func isOctal(r rune) bool { return r >= '0' && r <= '7' }

// escape parses an escape outside a set, as re._parser._escape.
func (p *rxParser) escape(this string, start int) (*rxNode, error) {
	fl := p.flags
	c := this[1]
	switch c {
	case 'A':
		return &rxNode{op: rxBegin, flags: fl}, nil
	case 'Z':
		return &rxNode{op: rxEndZ, flags: fl}, nil
	case 'b':
		return &rxNode{op: rxWordB, flags: fl}, nil
	case 'B':
		return &rxNode{op: rxNotWordB, flags: fl}, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		return &rxNode{op: rxSet, set: &rxCharSet{classes: []byte{c}}, flags: fl}, nil
	}
	if len(this) == 2 && c < 0x80 {
		if r, ok := rxSimpleEscape(rune(c)); ok {
			return &rxNode{op: rxLit, r: r, flags: fl}, nil
		}
	}
	lit := func(r rune) (*rxNode, error) { return &rxNode{op: rxLit, r: r, flags: fl}, nil }
	if r, ok, err := p.hexEscape(this, start); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return lit(r)
	}
	switch {
	case c == '0':
		v := rune(0)
		for i := 0; i < 2 && p.pos < len(p.src) && isOctal(p.src[p.pos]); i++ {
			v = v*8 + p.src[p.pos] - '0'
			p.pos++
		}
		return lit(v)
	case c >= '1' && c <= '9':
		digits := string(c)
		if p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			digits += string(p.src[p.pos])
			p.pos++
			if isOctal(rune(digits[0])) && isOctal(rune(digits[1])) && p.pos < len(p.src) && isOctal(p.src[p.pos]) {
				digits += string(p.src[p.pos])
				p.pos++
				v, _ := strconv.ParseUint(digits, 8, 32)
				if v > 0o377 {
					return nil, &rxError{msg: "octal escape value \\" + digits + " outside of range 0-0o377", pos: start}
				}
				return lit(rune(v))
			}
		}
		g, _ := strconv.Atoi(digits)
		if g > p.groups {
			return nil, &rxError{msg: fmt.Sprintf("invalid group reference %d", g), pos: start + 1}
		}
		if p.open[g-1] {
			return nil, &rxError{msg: "cannot refer to an open group", pos: start}
		}
		return nil, rxUnsupported("backreference \\"+digits, start)
	}
	r := []rune(this)[1]
	if r < 0x80 && unicode.IsLetter(r) {
		return nil, &rxError{msg: "bad escape " + this, pos: start}
	}
	return lit(r)
}

// classEscape parses an escape inside a set, as re._parser._class_escape.
// class is the class letter for \d, \w, \s and their negations.
func (p *rxParser) classEscape(this string, start int) (r rune, class byte, err error) {
	c := this[1]
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		return 0, c, nil
	}
	if r, ok := rxSimpleEscape(rune(c)); ok && len(this) == 2 {
		return r, 0, nil
	}
	if r, ok, err := p.hexEscape(this, start); err != nil || ok {
		return r, 0, err
	}
	if isOctal(rune(c)) {
		v := rune(c - '0')
		for i := 0; i < 2 && p.pos < len(p.src) && isOctal(p.src[p.pos]); i++ {
			v = v*8 + p.src[p.pos] - '0'
			p.pos++
		}
		if v > 0o377 {
			return 0, 0, &rxError{msg: "octal escape value \\" + string(p.src[start+1:p.pos]) + " outside of range 0-0o377", pos: start}
		}
		return v, 0, nil
	}
	rr := []rune(this)[1]
	if (rr >= '0' && rr <= '9') || (rr < 0x80 && unicode.IsLetter(rr)) {
		return 0, 0, &rxError{msg: "bad escape " + this, pos: start}
	}
	return rr, 0, nil
}

// parseSet parses a character set after "[".
func (p *rxParser) parseSet(start int) (*rxCharSet, error) {
	set := &rxCharSet{}
	set.neg = p.match('^')
	empty := true
	for {
		itemStart := p.pos
		this, err := p.next()
		if err != nil {
			return nil, err
		}
		if this == "" {
			return nil, &rxError{msg: "unterminated character set", pos: start}
		}
		if this == "]" && !empty {
			return set, nil
		}
		empty = false
		var lo rune
		var cls byte
		if this[0] == '\\' {
			if lo, cls, err = p.classEscape(this, itemStart); err != nil {
				return nil, err
			}
		} else {
			lo = []rune(this)[0]
		}
		if p.peek() == '-' {
			p.pos++
			thatStart := p.pos
			that, err := p.next()
			if err != nil {
				return nil, err
			}
			if that == "" {
				return nil, &rxError{msg: "unterminated character set", pos: start}
			}
			if that == "]" {
				set.add(lo, cls)
				set.add('-', 0)
				return set, nil
			}
			var hi rune
			var cls2 byte
			if that[0] == '\\' {
				if hi, cls2, err = p.classEscape(that, thatStart); err != nil {
					return nil, err
				}
			} else {
				hi = []rune(that)[0]
			}
			if cls != 0 || cls2 != 0 || hi < lo {
				return nil, &rxError{msg: "bad character range " + this + "-" + that, pos: itemStart}
			}
			set.ranges = append(set.ranges, lo, hi)
			continue
		}
		set.add(lo, cls)
	}
}

// add adds a character, or the class escape cls when it is not 0.
func (s *rxCharSet) add(r rune, cls byte) {
	if cls != 0 {
		s.classes = append(s.classes, cls)
		return
	}
	s.ranges = append(s.ranges, r, r)
}

// rxHasCapture reports whether n contains a capturing group.
func rxHasCapture(n *rxNode) bool {
	if n.op == rxGroup && n.cap > 0 {
		return true
	}
	for _, c := range n.sub {
		if rxHasCapture(c) {
			return true
		}
	}
	return false
}
