// This file defines Parse: the checks on raw source that run before
// gpython's parser sees it, the normalisation of identifiers, and the call
// to gpython's parser.

package policy

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	// py is imported only to read the position out of the *py.Exception
	// that gpython's parser returns; nothing else in policy uses it.
	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/norm"
)

// Default parse limits, used where a [ParseLimits] field is zero.
const (
	DefaultMaxBytes   = 1 << 20 // 1 MiB of source
	DefaultMaxNesting = 100     // levels of brackets, of indentation, of chained operators
)

const (
	// maxIntDigits caps decimal integer literals, as CPython 3.11 caps
	// int/str conversion: gpython converts them in quadratic time.
	maxIntDigits = 4300
	// treeDepthFactor times MaxNesting bounds the depth of the syntax
	// tree, which every later stage walks recursively.
	treeDepthFactor = 20
	// joinCostFactor times MaxBytes bounds the bytes gpython copies when
	// it joins adjacent string literals, which costs quadratic time.
	joinCostFactor = 64
	// tokenBytes: a source may have at most MaxBytes/tokenBytes tokens.
	// gpython's parser spends about 2 µs of CPU and 200 bytes per token,
	// outside any run budget, so the default 1 MiB allows 262,144 tokens:
	// about half a second of parsing.
	tokenBytes = 4
	// minTokens is the token cap of sources under 4 KiB.
	minTokens = 1024
)

// ParseLimits bounds the source [Parse] accepts. The zero value means the
// defaults; a negative field is an error.
//
// Every limit is reported as a *[SyntaxError], like CPython's "too many
// nested parentheses": the source is refused before it runs, and there is
// no usage to report.
type ParseLimits struct {
	// MaxBytes is the largest source accepted, in bytes; 0 means
	// DefaultMaxBytes. It is checked first, in constant time. It also
	// bounds the quadratic cost of joining adjacent string literals
	// ('a' 'b' ...): n literals of L bytes in all are refused when n*L
	// exceeds 64 times MaxBytes.
	MaxBytes int

	// MaxNesting bounds, each separately: the depth of open brackets; the
	// depth of indentation; the number of chained prefix, power,
	// conditional and lambda operators in one expression (gpython's
	// parser stacks them and spends kilobytes on each level); the number
	// of 'for' clauses in one comprehension and of parts in one dotted
	// name (gpython builds both in quadratic time). The depth of the
	// resulting syntax tree, which later stages walk recursively, is
	// bounded by 20 times MaxNesting. 0 means DefaultMaxNesting.
	MaxNesting int
}

// withDefaults returns l with zero fields replaced by their defaults, or an
// error if a field is negative.
func (l ParseLimits) withDefaults() (ParseLimits, error) {
	if l.MaxBytes < 0 {
		return l, fmt.Errorf("policy: ParseLimits.MaxBytes is negative (%d)", l.MaxBytes)
	}
	if l.MaxNesting < 0 {
		return l, fmt.Errorf("policy: ParseLimits.MaxNesting is negative (%d)", l.MaxNesting)
	}
	if l.MaxBytes == 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxNesting == 0 {
		l.MaxNesting = DefaultMaxNesting
	}
	return l, nil
}

// A Mode says what a source holds.
type Mode int

// The modes of [Parse]. The zero value is ModeExec.
const (
	ModeExec Mode = iota // a module: a sequence of statements (gpython's "exec")
	ModeEval             // a single expression (gpython's "eval")
)

// String returns "exec" or "eval", the names gpython and CPython's
// compile() use for the mode.
func (m Mode) String() string {
	switch m {
	case ModeExec:
		return "exec"
	case ModeEval:
		return "eval"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// A SyntaxError reports source that [Parse] refused: a limit of
// [ParseLimits] exceeded, bytes that are not UTF-8 Python, or an error from
// gpython's parser.
type SyntaxError struct {
	Filename string // as given to Parse; may be empty
	Pos      Pos    // position in the source, or invalid when there is none (size limit)
	Msg      string // lower-case description
}

// Error returns "file.py:3:7: message", leaving out the file name when it is
// empty and the position when it is invalid.
func (e *SyntaxError) Error() string {
	var b strings.Builder
	if e.Filename != "" {
		b.WriteString(e.Filename)
		b.WriteString(":")
	}
	if e.Pos.IsValid() {
		b.WriteString(e.Pos.String())
		b.WriteString(":")
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// A Source is parsed source code: the text gpython compiles and its tree.
type Source struct {
	Filename string  // as given to Parse
	Text     string  // the source gpython compiles: without a byte-order mark, identifiers in NFKC form, newer syntax translated
	Mod      ast.Mod // *ast.Module for ModeExec, *ast.Expression for ModeEval
	Mode     Mode    // the mode Parse was called with

	// shifts map columns of Text back to the source, where Parse rewrote
	// an identifier or dropped a byte-order mark. Sorted by line, then
	// textStart; nil when Text is the source.
	shifts []shift

	// trans records the translation of syntax newer than Python 3.4
	// (translate.go), applied to the text after the rewrites of shifts:
	// its own column map and the helper names it injected. Nil when
	// nothing was translated.
	trans *translation
}

// A shift records one rewrite on a line: source columns
// [srcStart, srcEnd) became Text columns [textStart, textEnd). Columns are
// 0-based byte offsets from the start of the line. srcEnd-textEnd is the
// total column difference for the rest of the line.
type shift struct {
	line               int
	textStart, textEnd int
	srcStart, srcEnd   int
}

// pos returns the position of n in the source given to Parse. Use it, not
// posOf, for anything reported to users.
func (s *Source) pos(n ast.Ast) Pos { return s.srcPos(posOf(n)) }

// srcPos maps a position in s.Text to the same place in the source given
// to Parse. A column inside a rewritten identifier maps to its start.
// Lines never change.
func (s *Source) srcPos(p Pos) Pos {
	p = s.trans.toScanned(p)
	if !p.IsValid() || p.Col <= 0 || len(s.shifts) == 0 {
		return p
	}
	col := p.Col - 1
	i := sort.Search(len(s.shifts), func(i int) bool {
		sh := s.shifts[i]
		return sh.line > p.Line || sh.line == p.Line && sh.textStart > col
	})
	if i == 0 || s.shifts[i-1].line != p.Line {
		return p
	}
	sh := s.shifts[i-1]
	if col < sh.textEnd {
		return Pos{Line: p.Line, Col: sh.srcStart + 1}
	}
	return Pos{Line: p.Line, Col: col + sh.srcEnd - sh.textEnd + 1}
}

// Parse checks src, normalises its identifiers and parses it with gpython's
// parser, in that order:
//
//   - src must be at most lim.MaxBytes long;
//   - it must be UTF-8 without NUL bytes; a leading byte-order mark is
//     dropped; a PEP 263 coding cookie must name UTF-8 (utf-8, utf8,
//     utf-8-sig and other utf-8-* names, in any case, with '-' or '_'), or
//     ASCII when every byte is ASCII;
//   - brackets, indentation and operator chains must nest at most
//     lim.MaxNesting levels, adjacent string literals must not be too
//     costly to join (see [ParseLimits]), and decimal integer literals
//     have at most 4,300 digits, as in CPython 3.11. A linear scan that
//     skips strings and comments checks this, so hostile input is refused
//     before gpython's parser spends memory or time on it;
//   - identifiers with non-ASCII characters must be valid Python
//     identifiers, and are rewritten to their NFKC form in [Source.Text]
//     as PEP 3131 requires, so ｅｘｅｃ is the name exec. An identifier
//     whose NFKC form is a keyword (ｉｆ), a string prefix before a quote,
//     or not an identifier gpython accepts, is refused. Strings and
//     comments are left as they are;
//   - syntax newer than Python 3.4 is translated into the 3.4 grammar on
//     the same lines (f-strings, underscores in numbers, PEP 448
//     unpacking, positional-only markers, annotations; see translate.go),
//     and the syntax pyfence does not support (':=', match, except*,
//     async, type statements, t-strings) is refused, naming the feature.
//     The identifiers inside f-string fields are checked and normalised
//     as above;
//   - gpython's parser must accept the text, and the tree must be at most
//     20 times lim.MaxNesting levels deep.
//
// Every failure is returned as a *[SyntaxError] with a position in src,
// except invalid arguments (unknown mode, negative limits), which return a
// plain error. Parse does not panic: a panic in gpython's parser becomes a
// SyntaxError.
//
// Positions in the tree refer to Text; a rewritten identifier or a
// translation shifts the columns after it on its line. Violations from [Check] and errors from
// Parse are mapped back to columns of src.
func Parse(filename string, src []byte, mode Mode, lim ParseLimits) (*Source, error) {
	if mode != ModeExec && mode != ModeEval {
		return nil, fmt.Errorf("policy: unknown parse mode %d", int(mode))
	}
	lim, err := lim.withDefaults()
	if err != nil {
		return nil, err
	}
	if len(src) > lim.MaxBytes {
		return nil, &SyntaxError{Filename: filename,
			Msg: fmt.Sprintf("source is %d bytes, more than the limit of %d", len(src), lim.MaxBytes)}
	}
	if serr := checkEncoding(src); serr != nil {
		serr.Filename = filename
		return nil, serr
	}

	s := newScanner(src, lim)
	if serr := s.scan(); serr != nil {
		serr.Filename = filename
		return nil, serr
	}
	source := &Source{Filename: filename, Text: s.text(), Mode: mode, shifts: s.shifts}
	text, trans, serr := translate(source.Text, mode, lim)
	if serr != nil {
		serr.Filename = filename
		serr.Pos = source.srcPos(serr.Pos)
		return nil, serr
	}
	source.Text, source.trans = text, trans

	mod, serr := parseText(source.Text, filename, mode)
	if serr == nil {
		serr = checkTreeDepth(mod, saturatingMul(lim.MaxNesting, treeDepthFactor))
	}
	if serr != nil {
		serr.Filename = filename
		serr.Pos = source.srcPos(serr.Pos)
		return nil, serr
	}
	source.Mod = mod
	return source, nil
}

// checkEncoding reports a NUL byte, invalid UTF-8 or a coding cookie that
// does not name UTF-8.
func checkEncoding(src []byte) *SyntaxError {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &SyntaxError{Pos: offsetPos(src, i), Msg: "source contains a NUL byte"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return &SyntaxError{Pos: offsetPos(src, i), Msg: fmt.Sprintf("invalid UTF-8 byte 0x%02x", src[i])}
	}
	return checkCookie(src)
}

// cookieRE is PEP 263's regular expression for a coding declaration.
// Go's \w, like Python's with re.ASCII, matches only ASCII word characters.
var cookieRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// blankRE matches a line that is blank or only a comment; only after such a
// first line is a cookie on the second line honoured (CPython's
// tokenize.detect_encoding).
var blankRE = regexp.MustCompile(`^[ \t\f]*(?:[#\r\n]|$)`)

// checkCookie applies PEP 263: a cookie on line 1, or on line 2 after a
// blank or comment line 1, must name UTF-8.
func checkCookie(src []byte) *SyntaxError {
	start := 0
	if bytes.HasPrefix(src, utf8BOM) {
		start = len(utf8BOM)
	}
	for lineNo := 1; lineNo <= 2 && start < len(src); lineNo++ {
		end := len(src)
		if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
			end = start + i
		}
		line := src[start:end]
		if m := cookieRE.FindSubmatchIndex(line); m != nil {
			name := string(line[m[2]:m[3]])
			if acceptedEncoding(name, src) {
				return nil
			}
			return &SyntaxError{Pos: offsetPos(src, start+m[2]),
				Msg: fmt.Sprintf("source encoding '%s' is not supported: source must be UTF-8", name)}
		}
		if !blankRE.Match(line) {
			return nil
		}
		start = end + 1
	}
	return nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// acceptedEncoding reports whether a coding cookie naming name declares
// src correctly: UTF-8 under any of CPython's spellings, or ASCII when src
// is all ASCII.
func acceptedEncoding(name string, src []byte) bool {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch {
	case n == "utf-8" || n == "utf8" || strings.HasPrefix(n, "utf-8-"):
		return true
	case n == "ascii" || n == "us-ascii":
		for _, c := range src {
			if c >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	return false
}

// offsetPos returns the position of byte offset off in src.
func offsetPos(src []byte, off int) Pos {
	lineStart := bytes.LastIndexByte(src[:off], '\n') + 1
	return Pos{Line: 1 + bytes.Count(src[:off], []byte{'\n'}), Col: off - lineStart + 1}
}

// saturatingMul returns a*b for non-negative a and b, or math.MaxInt when
// that overflows.
func saturatingMul(a, b int) int {
	if b != 0 && a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

// parseText runs gpython's parser on text and converts its error.
func parseText(text, filename string, mode Mode) (mod ast.Mod, serr *SyntaxError) {
	defer func() {
		// gpython's parser recovers its own panics; this is the backstop.
		if r := recover(); r != nil {
			mod, serr = nil, &SyntaxError{Msg: "invalid syntax"}
		}
	}()
	var err error
	if mode == ModeEval {
		mod, err = parser.Parse(strings.NewReader(text), filename, "eval")
	} else {
		mod, err = parser.Parse(strings.NewReader(text), filename, "exec")
	}
	if err != nil {
		return nil, convertParseError(err)
	}
	switch mod.(type) {
	case *ast.Module, *ast.Expression:
		return mod, nil
	}
	return nil, &SyntaxError{Msg: "invalid syntax"}
}

// convertParseError turns the *py.Exception gpython's parser returns into
// a SyntaxError positioned in Text. gpython records the lexer's position
// when it failed: a 1-based line and a 0-based byte offset.
func convertParseError(err error) *SyntaxError {
	serr := &SyntaxError{Msg: "invalid syntax"}
	exc, ok := err.(*py.Exception)
	if !ok {
		return serr
	}
	if exc.Base != nil && exc.Base.IsSubtype(py.SyntaxError) {
		if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
			if msg, ok := args[0].(py.String); ok && msg != "" {
				serr.Msg = lowerFirst(string(msg))
			}
		}
	}
	line, _ := exc.Dict["lineno"].(py.Int)
	offset, _ := exc.Dict["offset"].(py.Int)
	if line > 0 && line <= math.MaxInt32 && offset >= 0 && offset <= math.MaxInt32 {
		serr.Pos = Pos{Line: int(line), Col: int(offset) + 1}
	}
	return serr
}

// lowerFirst lower-cases the first letter of a message unless it starts
// an acronym ("EOL while scanning").
func lowerFirst(s string) string {
	if len(s) >= 2 && 'A' <= s[0] && s[0] <= 'Z' && !('A' <= s[1] && s[1] <= 'Z') {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// checkTreeDepth reports the first node deeper than limit levels below the
// root. Its recursion stops at the limit, so it cannot overflow the stack
// however deep the tree is.
func checkTreeDepth(mod ast.Mod, limit int) (serr *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			serr = &SyntaxError{Msg: "invalid syntax"}
		}
	}()
	w := &depthWalker{limit: limit}
	w.visit(mod)
	if w.found {
		return &SyntaxError{Pos: w.at, Msg: fmt.Sprintf("code nested deeper than %d levels", limit)}
	}
	return nil
}

type depthWalker struct {
	limit, depth int
	found        bool
	at           Pos // position of the deepest node with one on the current path
}

func (w *depthWalker) visit(n ast.Ast) {
	if w.found {
		return
	}
	saved := w.at
	if p := posOf(n); p.IsValid() {
		w.at = p
	}
	if w.depth > w.limit {
		w.found = true
		return
	}
	w.depth++
	forEachChild(n, w.visit)
	w.depth--
	if !w.found {
		w.at = saved
	}
}

// A scanner makes one linear pass over the source, skipping strings and
// comments, to check the limits of [ParseLimits] and to normalise
// identifiers. It tokenises only as far as those need: it tells operands
// from operators and counts, per bracket level, the constructs that
// gpython's parser nests.
type scanner struct {
	src     []byte
	lim     ParseLimits
	maxJoin int // joinCostFactor * MaxBytes, saturated

	line      int // current line, 1-based
	lineStart int // offset of the current line in src
	lineDelta int // source columns minus Text columns after the last rewrite on this line

	out    []byte // Text being built; nil until the first rewrite
	copied int    // src offset up to which out holds the text
	start  int    // offset after the byte-order mark
	shifts []shift

	levels  []level // levels[0] is outside brackets; one more per open bracket
	indents []int   // widths of the open indentation levels; indents[0] is 0

	prev    token // kind of the previous token
	numEnd  int   // offset just after the last number, or -1
	dotRun  int   // parts of the current dotted name after the first
	strRun  int   // adjacent string literals so far
	strSize int   // their bytes

	tokens    int // tokens so far
	maxTokens int // MaxBytes / tokenBytes
	maxChain  int // treeDepthFactor * MaxNesting, saturated
}

// A level holds the counters of one bracket level of a logical line. Each
// counts operators that gpython's parser keeps on its stack until their
// right operand is complete, and is reset by the tokens that complete it.
type level struct {
	tight        int // prefix -, + and ~, and '**'; reset by any other operator
	nots         int // prefix not; reset by and, or and the operators below
	loose        int // lambda, and the if and else of conditional expressions and comprehensions
	lambdaParams int // lambdas whose parameter list is still open
	fors         int // 'for' clauses; reset only at the end of the logical line
	// chain counts, per precedence class of binary operator (see
	// binaryClass), the operators of that class since the last one of a
	// lower precedence: gpython nests each in the left operand of the
	// next, so the tree is at least that deep. chain[trailerClass] counts
	// calls and subscripts applied one after the other, f()()()...
	chain [trailerClass + 1]int
	// compares counts the comparisons of one chain, a < b < c ...: gpython
	// compiles a long chain into jumps its 16-bit offsets cannot hold.
	compares int
}

// Precedence classes of binary operators, lowest first, and the class of
// call and subscript trailers.
const (
	classOr = iota // |
	classXor
	classAnd
	classShift
	classAdd
	classMul
	trailerClass
)

// separate resets the counters at a separator: ',', ':', '=', an
// augmented assignment, a statement keyword, or a comprehension's 'for'.
func (l *level) separate() {
	l.tight, l.nots, l.loose, l.compares = 0, 0, 0, 0
	l.chain = [trailerClass + 1]int{}
}

// binary counts a binary operator of class c, or a trailer, and reports
// whether its chain passed max. Operators of class c end the chains of
// the classes that bind tighter; any operator ends a chain of trailers.
func (l *level) binary(c, max int) bool {
	l.chain[c]++
	for k := c + 1; k < len(l.chain); k++ {
		l.chain[k] = 0
	}
	return l.chain[c] > max
}

// resetChains ends every chain of binary operators: a comparison, a
// boolean operator or a conditional expression separates them.
func (l *level) resetChains() { l.chain = [trailerClass + 1]int{} }

type token int

const (
	tokNone    token = iota // start of a logical line, or an operator
	tokOperand              // name, number, closing bracket, None, True, False, ...
	tokString
	tokDot
	tokIs // the keyword is, which makes a following not binary
)

func newScanner(src []byte, lim ParseLimits) *scanner {
	s := &scanner{
		src:     src,
		lim:     lim,
		maxJoin: saturatingMul(lim.MaxBytes, joinCostFactor),
		line:    1,

		maxTokens: max(lim.MaxBytes/tokenBytes, minTokens),
		maxChain:  saturatingMul(lim.MaxNesting, treeDepthFactor),
		numEnd:    -1,
		levels:    make([]level, 1, 8),
		indents:   make([]int, 1, 8),
	}
	if bytes.HasPrefix(src, utf8BOM) {
		// Text drops the mark; columns on line 1 keep counting its bytes.
		n := len(utf8BOM)
		s.start, s.copied, s.lineDelta = n, n, n
		s.shifts = append(s.shifts, shift{line: 1, srcEnd: n})
	}
	return s
}

// text returns the text for gpython: the source with the rewrites applied.
func (s *scanner) text() string {
	if s.out == nil {
		return string(s.src[s.start:])
	}
	return string(append(s.out, s.src[s.copied:]...))
}

// posAt returns the position of byte offset off, which must be on the
// current line.
func (s *scanner) posAt(off int) Pos { return Pos{Line: s.line, Col: off - s.lineStart + 1} }

// errorf returns a SyntaxError at byte offset off of the current line.
func (s *scanner) errorf(off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Pos: s.posAt(off), Msg: fmt.Sprintf(format, args...)}
}

// newline records that a new physical line starts after the '\n' at off.
func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off + 1
	s.lineDelta = 0
}

func (s *scanner) top() *level { return &s.levels[len(s.levels)-1] }

// scan checks the whole source and builds the rewrites.
func (s *scanner) scan() *SyntaxError {
	src := s.src
	n := len(src)
	i := s.start
	lineStart := true // at the start of a physical line that starts a logical line
	for i < n {
		if lineStart {
			lineStart = false
			var serr *SyntaxError
			if i, serr = s.indent(i); serr != nil {
				return serr
			}
			continue
		}
		c := src[i]
		if c != '\n' && c != ' ' && c != '\t' && c != '\f' && c != '\v' && c != '\r' && c != '#' && c != '\\' {
			s.tokens++
			if s.tokens > s.maxTokens {
				return s.errorf(i, "source has more than %d tokens", s.maxTokens)
			}
		}
		switch {
		case c == '\n':
			s.newline(i)
			i++
			if len(s.levels) == 1 {
				// End of a logical line.
				s.levels[0] = level{}
				s.prev = tokNone
				lineStart = true
			}
		case c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r':
			i++
		case c == '#':
			if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
				i += j
			} else {
				i = n
			}
		case c == '\\':
			switch {
			case i+1 < n && src[i+1] == '\n':
				s.newline(i + 1)
				i += 2
			case i+2 < n && src[i+1] == '\r' && src[i+2] == '\n':
				s.newline(i + 2)
				i += 3
			default:
				i++ // gpython reports a stray backslash
			}
		case c == '\'' || c == '"':
			var serr *SyntaxError
			if i, serr = s.str(i, i); serr != nil {
				return serr
			}
		case '0' <= c && c <= '9' || c == '.' && i+1 < n && '0' <= src[i+1] && src[i+1] <= '9':
			var serr *SyntaxError
			if i, serr = s.number(i); serr != nil {
				return serr
			}
		case c == '.':
			if i+2 < n && src[i+1] == '.' && src[i+2] == '.' {
				s.prev = tokOperand // Ellipsis
				i += 3
			} else {
				s.prev = tokDot
				i++
			}
		case isWordByte(c):
			var serr *SyntaxError
			if i, serr = s.word(i); serr != nil {
				return serr
			}
		case c == '(' || c == '[' || c == '{':
			if len(s.levels) > s.lim.MaxNesting {
				return s.errorf(i, "brackets nested deeper than %d levels", s.lim.MaxNesting)
			}
			if c != '{' && (s.prev == tokOperand || s.prev == tokString) && s.top().binary(trailerClass, s.maxChain) {
				return s.errorf(i, "more than %d calls or subscripts in a row", s.maxChain)
			}
			s.levels = append(s.levels, level{})
			s.prev = tokNone
			i++
		case c == ')' || c == ']' || c == '}':
			if len(s.levels) > 1 {
				s.levels = s.levels[:len(s.levels)-1]
			}
			s.prev = tokOperand
			i++
		default:
			var serr *SyntaxError
			if i, serr = s.operator(i); serr != nil {
				return serr
			}
		}
	}
	return nil
}

// indent handles the indentation of a line that starts a logical line, as
// gpython counts it (tabs to the next multiple of 8), and returns the
// offset of the first byte after it.
func (s *scanner) indent(i int) (int, *SyntaxError) {
	src := s.src
	width := 0
	j := i
	for ; j < len(src); j++ {
		if src[j] == ' ' {
			width++
		} else if src[j] == '\t' {
			width += 8 - width%8
		} else {
			break
		}
	}
	if j == len(src) || src[j] == '\n' || src[j] == '#' || src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
		return j, nil // blank or comment-only line
	}
	for len(s.indents) > 1 && s.indents[len(s.indents)-1] > width {
		s.indents = s.indents[:len(s.indents)-1]
	}
	if width > s.indents[len(s.indents)-1] {
		if len(s.indents) > s.lim.MaxNesting {
			return j, s.errorf(j, "indentation nested deeper than %d levels", s.lim.MaxNesting)
		}
		s.indents = append(s.indents, width)
	}
	return j, nil
}

// str skips the string literal whose prefix starts at start and whose
// opening quote is at q, and returns the offset after it. Escapes are
// skipped the same way with or without an r prefix: in a raw string too, a
// backslash keeps the next quote from closing it. An unterminated string
// ends at its line (or, triple-quoted, at the end of the source) and is
// left for gpython to report.
func (s *scanner) str(start, q int) (int, *SyntaxError) {
	src := s.src
	n := len(src)
	at := s.posAt(start) // before a triple-quoted string moves to later lines
	quote := src[q]
	triple := q+2 < n && src[q+1] == quote && src[q+2] == quote
	j := q + 1
	if triple {
		j = q + 3
	}
scan:
	for j < n {
		switch src[j] {
		case '\\':
			switch {
			case j+1 < n && src[j+1] == '\n':
				s.newline(j + 1)
			case j+2 < n && src[j+1] == '\r' && src[j+2] == '\n':
				s.newline(j + 2)
				j++
			}
			j += 2
		case '\n':
			if !triple {
				break scan
			}
			s.newline(j)
			j++
		case quote:
			if !triple {
				j++
				break scan
			}
			if j+2 < n && src[j+1] == quote && src[j+2] == quote {
				j += 3
				break scan
			}
			j++
		default:
			j++
		}
	}
	j = min(j, n)

	size := j - start
	if s.prev == tokString {
		s.strRun++
		s.strSize += size
		if s.strSize > s.maxJoin/s.strRun {
			return j, &SyntaxError{Pos: at, Msg: fmt.Sprintf(
				"%d adjacent string literals of %d bytes in all are too costly to join; use fewer literals",
				s.strRun, s.strSize)}
		}
	} else {
		s.strRun, s.strSize = 1, size
	}
	s.prev = tokString
	return j, nil
}

// number skips the number literal at i, which starts with a digit or with
// '.' and a digit, and returns the offset after it.
func (s *scanner) number(i int) (int, *SyntaxError) {
	src := s.src
	n := len(src)
	j := i
	if src[j] == '0' && j+1 < n && strings.IndexByte("xXoObB", src[j+1]) >= 0 {
		j += 2
		for j < n && isASCIIWordByte(src[j]) {
			j++
		}
	} else {
		for j < n && isDigit(src[j]) {
			j++
		}
		integer := j > i
		if j < n && src[j] == '.' {
			integer = false
			j++
			for j < n && isDigit(src[j]) {
				j++
			}
		}
		if j < n && (src[j] == 'e' || src[j] == 'E') {
			k := j + 1
			if k < n && (src[k] == '+' || src[k] == '-') {
				k++
			}
			if k < n && isDigit(src[k]) {
				integer = false
				j = k
				for j < n && isDigit(src[j]) {
					j++
				}
			}
		}
		if j < n && (src[j] == 'j' || src[j] == 'J') {
			integer = false
			j++
		}
		if integer && j-i > maxIntDigits {
			return j, s.errorf(i, "integer literal has %d digits, more than the limit of %d", j-i, maxIntDigits)
		}
	}
	s.numEnd = j
	s.prev = tokOperand
	return j, nil
}

// word handles the identifier, keyword or string prefix starting at i and
// returns the offset after it (after the string, for a prefix).
func (s *scanner) word(i int) (int, *SyntaxError) {
	src := s.src
	n := len(src)
	j := i
	ascii := true
	for j < n {
		c := src[j]
		if c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			j++
			continue
		}
		ascii = false
		_, size := utf8.DecodeRune(src[j:])
		j += size
	}
	quoteNext := j < n && (src[j] == '\'' || src[j] == '"')

	kw := ""
	if ascii {
		if quoteNext && isStringPrefix(src[i:j]) {
			return s.str(i, j)
		}
		kw = keyword(src[i:j])
	} else {
		if i == s.numEnd {
			return j, s.errorf(i, "invalid decimal literal")
		}
		name := string(src[i:j])
		norm, serr := s.normalize(i, name)
		if serr != nil {
			return j, serr
		}
		if quoteNext && isStringPrefix([]byte(norm)) {
			return j, s.errorf(i, "string prefix '%s' is not ASCII", name)
		}
		if norm != name {
			s.rewrite(i, j, norm)
		}
	}

	if kw == "" {
		if s.prev == tokDot {
			s.dotRun++
			if s.dotRun >= s.lim.MaxNesting {
				return j, s.errorf(i, "dotted name with more than %d parts", s.lim.MaxNesting)
			}
		} else {
			s.dotRun = 0
		}
		s.prev = tokOperand
		return j, nil
	}

	top := s.top()
	prefix := s.prev != tokOperand && s.prev != tokString
	afterIs := s.prev == tokIs
	s.prev = tokNone
	top.resetChains()
	switch kw {
	case "None", "True", "False":
		s.prev = tokOperand
	case "in":
		top.tight = 0
		if prefix {
			break // the 'in' of a for statement
		}
		return j, s.compare(i, top)
	case "is":
		top.tight = 0
		s.prev = tokIs
		return j, s.compare(i, top)
	case "not":
		top.tight = 0
		if prefix && !afterIs {
			return j, s.nest(i, &top.nots)
		}
		// Otherwise part of "not in" or "is not".
	case "and", "or":
		top.tight, top.nots, top.compares = 0, 0, 0
	case "if", "else":
		top.tight, top.nots, top.compares = 0, 0, 0
		return j, s.nest(i, &top.loose)
	case "lambda":
		top.tight, top.nots, top.compares = 0, 0, 0
		top.lambdaParams++
		return j, s.nest(i, &top.loose)
	case "for":
		top.separate()
		top.fors++
		if top.fors > s.lim.MaxNesting {
			return j, s.errorf(i, "more than %d 'for' clauses in one comprehension", s.lim.MaxNesting)
		}
	default:
		top.separate()
	}
	return j, nil
}

// nest increments the counter *n of the current level for the operator at
// i, and reports when it passes MaxNesting.
func (s *scanner) nest(i int, n *int) *SyntaxError {
	*n++
	if *n > s.lim.MaxNesting {
		return s.errorf(i, "expression nested deeper than %d levels", s.lim.MaxNesting)
	}
	return nil
}

// operator handles the operator or delimiter at i and returns the offset
// after it.
func (s *scanner) operator(i int) (int, *SyntaxError) {
	src := s.src
	op := string(src[i:min(i+3, len(src))])
	prev := s.prev
	s.prev = tokNone
	top := s.top()
	switch {
	case strings.HasPrefix(op, "**="), strings.HasPrefix(op, "//="),
		strings.HasPrefix(op, ">>="), strings.HasPrefix(op, "<<="):
		top.separate() // augmented assignment
		return i + 3, nil
	case strings.HasPrefix(op, "**"):
		return i + 2, s.nest(i, &top.tight)
	case strings.HasPrefix(op, "=="), strings.HasPrefix(op, "!="),
		strings.HasPrefix(op, "<="), strings.HasPrefix(op, ">="),
		strings.HasPrefix(op, "<>"):
		top.tight = 0
		return i + 2, s.compare(i, top)
	case strings.HasPrefix(op, "//"):
		top.tight = 0
		return i + 2, s.chain(i, top, classMul)
	case strings.HasPrefix(op, "<<"), strings.HasPrefix(op, ">>"):
		top.tight = 0
		return i + 2, s.chain(i, top, classShift)
	case strings.HasPrefix(op, "->"):
		top.separate()
		return i + 2, nil
	case len(op) >= 2 && op[1] == '=' && strings.IndexByte("+-*/%&|^", op[0]) >= 0:
		top.separate() // augmented assignment
		return i + 2, nil
	}
	switch op[0] {
	case ';':
		*top = level{}
	case '=':
		top.separate()
	case ',':
		if top.lambdaParams == 0 {
			top.separate()
		}
	case ':':
		if top.lambdaParams > 0 {
			top.lambdaParams-- // ends the parameters of a lambda
		} else {
			top.separate()
		}
	case '-', '+':
		if prev != tokOperand && prev != tokString {
			return i + 1, s.nest(i, &top.tight) // prefix
		}
		top.tight = 0
		return i + 1, s.chain(i, top, classAdd)
	case '~':
		return i + 1, s.nest(i, &top.tight)
	case '*', '/', '%', '@':
		top.tight = 0 // binary operator
		if op[0] == '*' && prev != tokOperand && prev != tokString {
			break // unpacking
		}
		return i + 1, s.chain(i, top, classMul)
	case '&':
		top.tight = 0
		return i + 1, s.chain(i, top, classAnd)
	case '^':
		top.tight = 0
		return i + 1, s.chain(i, top, classXor)
	case '|':
		top.tight = 0
		return i + 1, s.chain(i, top, classOr)
	case '<', '>':
		top.tight = 0
		return i + 1, s.compare(i, top)
	}
	return i + 1, nil
}

// compare counts the comparison operator at i on level top: it ends the
// chains of binary operators, and a chain of comparisons may not be
// longer than the syntax tree may be deep.
func (s *scanner) compare(i int, top *level) *SyntaxError {
	top.resetChains()
	top.compares++
	if top.compares > s.maxChain {
		return s.errorf(i, "more than %d chained comparisons", s.maxChain)
	}
	return nil
}

// chain counts the binary operator of class c at i on level top, and
// reports a chain longer than the syntax tree may be deep.
func (s *scanner) chain(i int, top *level, c int) *SyntaxError {
	if top.binary(c, s.maxChain) {
		return s.errorf(i, "more than %d chained operators", s.maxChain)
	}
	return nil
}

// normalize checks the non-ASCII identifier name at offset i and returns
// its NFKC form. As in CPython, the identifier as written must consist of
// identifier characters (PEP 3131's XID_Start and XID_Continue, as far as
// Go's Unicode tables give them); its NFKC form must be an identifier
// gpython's lexer accepts, and not a keyword.
func (s *scanner) normalize(i int, name string) (string, *SyntaxError) {
	for k, r := range name {
		if k == 0 && (r == '_' || isIDStart(r)) || k > 0 && isIDContinue(r) {
			continue
		}
		if unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return "", s.errorf(i+k, "invalid character '%c' (U+%04X)", r, r)
		}
		return "", s.errorf(i+k, "invalid non-printable character U+%04X", r)
	}
	nfkc := norm.NFKC.String(name)
	for k, r := range nfkc {
		if k == 0 && !isGpythonIdentifierStart(r) || k > 0 && !isGpythonIdentifierChar(r) {
			if nfkc == name {
				return "", s.errorf(i, "identifier '%s' is not supported", name)
			}
			return "", s.errorf(i, "identifier '%s' normalises to '%s', which is not supported", name, nfkc)
		}
	}
	if keyword([]byte(nfkc)) != "" {
		return "", s.errorf(i, "identifier '%s' normalises to the keyword '%s'", name, nfkc)
	}
	return nfkc, nil
}

// rewrite replaces src[i:j], on the current line, with repl in Text.
func (s *scanner) rewrite(i, j int, repl string) {
	if s.out == nil {
		s.out = make([]byte, 0, len(s.src)+len(repl))
	}
	s.out = append(s.out, s.src[s.copied:i]...)
	s.out = append(s.out, repl...)
	s.copied = j

	srcStart := i - s.lineStart
	textStart := srcStart - s.lineDelta
	s.lineDelta += (j - i) - len(repl)
	s.shifts = append(s.shifts, shift{
		line:      s.line,
		textStart: textStart,
		textEnd:   textStart + len(repl),
		srcStart:  srcStart,
		srcEnd:    srcStart + (j - i),
	})
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isWordByte reports whether c can start an identifier for the scanner:
// an ASCII letter, '_', or any non-ASCII byte (as CPython's tokenizer, which
// then validates the identifier).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

// isStringPrefix reports whether b is a string prefix of Python 3.4: r, b,
// u, br or rb in any case.
func isStringPrefix(b []byte) bool {
	lower := func(c byte) byte { return c | 0x20 }
	switch len(b) {
	case 1:
		c := lower(b[0])
		return c == 'r' || c == 'b' || c == 'u'
	case 2:
		c0, c1 := lower(b[0]), lower(b[1])
		return c0 == 'b' && c1 == 'r' || c0 == 'r' && c1 == 'b'
	}
	return false
}

// keyword returns b if it is a Python 3.4 keyword, as gpython's lexer
// recognises them, and "" otherwise.
func keyword(b []byte) string {
	switch string(b) {
	case "False", "None", "True", "and", "as", "assert", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for",
		"from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
		"not", "or", "pass", "raise", "return", "try", "while", "with", "yield":
		return string(b)
	}
	return ""
}

// isIDStart approximates Unicode's ID_Start, on which PEP 3131 builds.
func isIDStart(r rune) bool {
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// isIDContinue approximates Unicode's ID_Continue.
func isIDContinue(r rune) bool {
	return isIDStart(r) ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) &&
			!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// isGpythonIdentifierStart reports whether gpython's lexer lets r start an
// identifier (parser/lexer.go isIdentifierStart).
func isGpythonIdentifierStart(r rune) bool {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
		return true
	case r < utf8.RuneSelf:
		return false
	}
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl)
}

// isGpythonIdentifierChar reports whether gpython's lexer lets r continue
// an identifier (parser/lexer.go isIdentifierChar).
func isGpythonIdentifierChar(r rune) bool {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9', r == '_':
		return true
	case r < utf8.RuneSelf:
		return false
	}
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl,
		unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)
}
