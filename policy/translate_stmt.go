// This file defines the statement and expression walk of the translation:
// it finds the contexts (targets or values) of displays and calls, and
// translates PEP 448 unpacking, positional-only markers, variable
// annotations and number literals, and refuses the statements pyfence
// does not support.

package policy

import (
	"strings"
)

// A translator holds the state of one translate call.
type translator struct {
	src   string
	mode  Mode
	lim   ParseLimits
	lines []int // offsets of the line starts of src
	em    editor
	toks  []lexeme // the tokens being walked: the module's or an f-string expression's
	fnest int      // f-strings being translated, one inside another's expression
}

// run translates the whole source, recovering the bailout of a
// SyntaxError.
func (t *translator) run() (serr *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(translateBailout); ok {
				serr = b.serr
				return
			}
			// A bug in the translator must not crash the host: refuse the
			// source instead.
			serr = &SyntaxError{Msg: "invalid syntax (pyfence could not translate this source)"}
		}
	}()
	t.toks = t.lex(0, len(t.src), 0)
	a := 0
	for i, tok := range t.toks {
		if tok.kind != tkNewline {
			continue
		}
		if t.mode == ModeEval {
			t.exprList(a, i, true)
		} else {
			t.stmts(a, i)
		}
		a = i + 1
	}
	return nil
}

// Token predicates.

func (t *translator) text(i int) string { return t.src[t.toks[i].start:t.toks[i].end] }

func (t *translator) isOp(i int, op string) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tkOp && t.text(i) == op
}

func (t *translator) isName(i int, name string) bool {
	return i >= 0 && i < len(t.toks) && t.toks[i].kind == tkName && t.text(i) == name
}

// isOpener reports whether token i is an opening bracket with a partner.
func (t *translator) isOpener(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tkOp || t.toks[i].match < i {
		return false
	}
	c := t.src[t.toks[i].start]
	return c == '(' || c == '[' || c == '{'
}

// next returns the token after token i at i's level: after the partner of
// an opening bracket.
func (t *translator) next(i int) int {
	if t.isOpener(i) {
		return t.toks[i].match + 1
	}
	return i + 1
}

// isOperand reports whether token i ends an operand, so that a bracket
// after it opens a call or a subscript rather than a display.
func (t *translator) isOperand(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	switch t.toks[i].kind {
	case tkNumber, tkString:
		return true
	case tkName:
		s := t.text(i)
		return !isKeyword311(s) || s == "None" || s == "True" || s == "False"
	case tkOp:
		s := t.text(i)
		return s == ")" || s == "]" || s == "}"
	}
	return false
}

// isKeyword311 reports whether s is a keyword of Python 3.11.
func isKeyword311(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// isAugAssign reports whether token i is an augmented assignment.
func (t *translator) isAugAssign(i int) bool {
	if t.toks[i].kind != tkOp {
		return false
	}
	switch t.text(i) {
	case "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=":
		return true
	}
	return false
}

// Walking tokens at one bracket level. A lambda's parameters, up to its
// ':', are skipped by the searches below: their commas, '=' and ':' are
// not the ones looked for.

// levelScan calls f for each token at the level of a in [a, b), with
// whether it is outside a lambda's parameters, until f returns true. It
// returns the index f stopped at, or -1.
func (t *translator) levelScan(a, b int, f func(i int, free bool) bool) int {
	lambdas := 0
	for i := a; i < b; i = t.next(i) {
		if t.isName(i, "lambda") {
			lambdas++
			continue
		}
		if lambdas > 0 && t.isOp(i, ":") {
			lambdas--
			continue
		}
		if f(i, lambdas == 0) {
			return i
		}
	}
	return -1
}

// find returns the first token in [a, b) at a's level, outside lambda
// parameters, that is the operator or keyword s, or -1.
func (t *translator) find(a, b int, s string) int {
	return t.levelScan(a, b, func(i int, free bool) bool {
		return free && t.text(i) == s && (t.toks[i].kind == tkOp || t.toks[i].kind == tkName)
	})
}

// split returns the ranges of the elements of [a, b) separated by commas
// at a's level, outside lambda parameters. A trailing comma gives a final
// empty range; an empty [a, b) gives one empty range.
func (t *translator) split(a, b int) [][2]int {
	var elems [][2]int
	start := a
	t.levelScan(a, b, func(i int, free bool) bool {
		if free && t.isOp(i, ",") {
			elems = append(elems, [2]int{start, i})
			start = i + 1
		}
		return false
	})
	return append(elems, [2]int{start, b})
}

// hasStar reports whether an element starts with '*'.
func (t *translator) hasStar(elems [][2]int) bool {
	for _, e := range elems {
		if e[0] < e[1] && t.isOp(e[0], "*") {
			return true
		}
	}
	return false
}

// Statements.

// stmts handles the statements of [a, b), separated by ';'.
func (t *translator) stmts(a, b int) {
	start := a
	for i := a; i < b; i = t.next(i) {
		if t.isOp(i, ";") {
			t.stmt(start, i)
			start = i + 1
		}
	}
	t.stmt(start, b)
}

// headerColon returns the ':' that ends a compound statement's header
// starting at a, or b if there is none.
func (t *translator) headerColon(a, b int) int {
	if c := t.find(a, b, ":"); c >= 0 {
		return c
	}
	return b
}

// stmt handles one statement, [a, b).
func (t *translator) stmt(a, b int) {
	if a >= b {
		return
	}
	if t.toks[a].kind == tkOp {
		if t.isOp(a, "@") {
			t.walk(a+1, b, false) // decorator
			return
		}
		t.simpleStmt(a, b)
		return
	}
	if t.toks[a].kind != tkName {
		t.simpleStmt(a, b)
		return
	}
	switch t.text(a) {
	case "if", "elif", "while":
		c := t.headerColon(a+1, b)
		t.walk(a+1, c, false)
		t.stmts(c+1, b)
	case "else", "try", "finally":
		c := t.headerColon(a+1, b)
		t.walk(a+1, c, false)
		t.stmts(c+1, b)
	case "except":
		if t.isOp(a+1, "*") || t.isOp(a+1, "**") {
			t.fail(t.toks[a+1].start, "except* is not supported")
		}
		c := t.headerColon(a+1, b)
		t.walk(a+1, c, false)
		t.stmts(c+1, b)
	case "for":
		in := t.find(a+1, b, "in")
		if in < 0 {
			t.walk(a+1, b, false)
			return
		}
		c := t.headerColon(in+1, b)
		t.walk(a+1, in, true)
		t.exprList(in+1, c, true)
		t.stmts(c+1, b)
	case "with":
		c := t.headerColon(a+1, b)
		for _, e := range t.split(a+1, c) {
			if as := t.find(e[0], e[1], "as"); as >= 0 {
				t.walk(e[0], as, false)
				t.walk(as+1, e[1], true)
			} else {
				t.walk(e[0], e[1], false)
			}
		}
		t.stmts(c+1, b)
	case "def":
		i := a + 2
		if t.isOp(i, "(") && t.isOpener(i) {
			m := t.toks[i].match
			t.params(i+1, m)
			i = m + 1
		}
		c := t.headerColon(i, b)
		if t.isOp(i, "->") {
			t.annotation(i+1, c)
		} else {
			t.walk(i, c, false)
		}
		t.stmts(c+1, b)
	case "class":
		i := a + 2
		if t.isOp(i, "(") && t.isOpener(i) {
			m := t.toks[i].match
			t.walk(i+1, m, false)
			i = m + 1
		}
		c := t.headerColon(i, b)
		t.walk(i, c, false)
		t.stmts(c+1, b)
	case "return":
		t.exprList(a+1, b, true)
	case "yield":
		t.exprList(a, b, true)
	case "del":
		t.walk(a+1, b, true)
	case "import", "from", "global", "nonlocal", "pass", "break", "continue", "raise", "assert":
		t.walk(a+1, b, false)
	case "match":
		if t.isMatch(a, b) {
			t.fail(t.toks[a].start, "match statements are not supported")
		}
		t.simpleStmt(a, b)
	case "type":
		if a+2 < b && t.toks[a+1].kind == tkName && !isKeyword311(t.text(a+1)) &&
			(t.isOp(a+2, "=") || t.isOp(a+2, "[")) {
			t.fail(t.toks[a].start, "type statements are not supported")
		}
		t.simpleStmt(a, b)
	default:
		t.simpleStmt(a, b)
	}
}

// isMatch reports whether the statement [a, b), which starts with the soft
// keyword match, is a match statement: "match subject:", where no
// expression statement or assignment can end with ':'.
func (t *translator) isMatch(a, b int) bool {
	if b-a < 3 || !t.isOp(b-1, ":") {
		return false
	}
	if t.toks[a+1].kind == tkOp {
		switch t.text(a + 1) {
		case "=", ".", ":", ",", ";", ")", "]", "}":
			return false
		}
		if t.isAugAssign(a + 1) {
			return false
		}
	}
	return t.find(a+1, b, "=") < 0
}

// simpleStmt handles an expression statement, an assignment, an augmented
// assignment or an annotated assignment.
func (t *translator) simpleStmt(a, b int) {
	var eqs []int
	aug, colon := -1, -1
	t.levelScan(a, b, func(i int, free bool) bool {
		switch {
		case !free:
		case t.isOp(i, "="):
			eqs = append(eqs, i)
		case aug < 0 && t.isAugAssign(i):
			aug = i
		case colon < 0 && len(eqs) == 0 && aug < 0 && t.isOp(i, ":"):
			colon = i
		}
		return false
	})
	first := t.toks[a]
	if colon >= 0 && !(first.kind == tkName && isKeyword311(t.text(a))) && t.annotated(a, colon, b) {
		return
	}
	// An assignment expression is no statement, nor the value of an
	// assignment, unless parenthesized.
	for _, e := range append([]int{a - 1}, eqs...) {
		if e+2 < b && t.toks[e+1].kind == tkName && t.isOp(e+2, ":=") {
			t.fail(t.toks[e+2].start, "invalid syntax")
			return
		}
	}
	switch {
	case len(eqs) > 0:
		prev := a
		for _, e := range eqs {
			t.walk(prev, e, true)
			prev = e + 1
		}
		t.exprList(prev, b, true)
	case aug >= 0:
		t.walk(a, aug, true)
		t.exprList(aug+1, b, true)
	default:
		t.exprList(a, b, true)
	}
}

// annotated translates the annotated assignment [a, b) whose annotation
// starts after the ':' at c, and reports whether it did. The annotation
// stays in the text, where the checker sees it, but is never evaluated:
//
//	T: A = V   →   T = (None and (A)) or (V)
//	T: A       →   None and (T, A)
//
// A malformed one (a tuple or call as target, a missing part) is left for
// gpython's parser to reject.
func (t *translator) annotated(a, c, b int) bool {
	if !t.singleTarget(a, c) || c+1 >= b {
		return false
	}
	eq := t.find(c+1, b, "=")
	annEnd := b
	if eq >= 0 {
		annEnd = eq
	}
	if eq == c+1 || eq == b-1 || t.find(c+1, annEnd, ",") >= 0 ||
		t.isOp(c+1, "*") || t.isOp(c+1, "**") || t.isName(c+1, "yield") {
		return false
	}
	if eq >= 0 {
		t.walk(a, c, true)
		t.em.replace(t.toks[c].start, t.toks[c].end, "= (None and (")
		t.walk(c+1, eq, false)
		t.em.replace(t.toks[eq].start, t.toks[eq].end, ")) or (")
		t.exprList(eq+1, b, true)
		t.em.insertAt(t.toks[b-1].end, ")")
		return true
	}
	t.em.insertAt(t.toks[a].start, "None and (")
	t.walk(a, c, false)
	t.em.replace(t.toks[c].start, t.toks[c].end, ",")
	t.walk(c+1, b, false)
	t.em.insertAt(t.toks[b-1].end, ")")
	return true
}

// singleTarget reports whether [a, b) is a target CPython lets be
// annotated: a name, an attribute or a subscription, possibly in
// parentheses.
func (t *translator) singleTarget(a, b int) bool {
	if a >= b {
		return false
	}
	if t.isOp(a, "(") && t.isOpener(a) && t.toks[a].match == b-1 {
		return t.singleTarget(a+1, b-1)
	}
	if t.toks[a].kind != tkName || isKeyword311(t.text(a)) {
		return false
	}
	last := ""
	for i := a + 1; i < b; {
		switch {
		case t.isOp(i, ".") && i+1 < b && t.toks[i+1].kind == tkName:
			last = "."
			i += 2
		case (t.isOp(i, "(") || t.isOp(i, "[")) && t.isOpener(i) && t.toks[i].match < b:
			last = t.text(i)
			i = t.toks[i].match + 1
		default:
			return false
		}
	}
	return last != "("
}

// exprList handles an expression list in a value context: with allowStar,
// a tuple with starred elements, "*a, b", becomes a __pf_tuple__ call.
func (t *translator) exprList(a, b int, allowStar bool) {
	if a >= b {
		return
	}
	if t.isName(a, "yield") {
		if t.isName(a+1, "from") {
			t.walk(a+2, b, false)
			return
		}
		t.exprList(a+1, b, allowStar)
		return
	}
	if allowStar {
		if elems := t.split(a, b); len(elems) > 1 && t.hasStar(elems) {
			t.em.insertAt(t.toks[a].start, "")
			t.em.inject(helperTuple)
			t.em.insert("((")
			t.elements(elems)
			t.em.insertAt(t.toks[b-1].end, "))")
			return
		}
	}
	t.walk(a, b, false)
}

// elements emits the elements of a translated list, tuple or set display
// as the (tag, value) pairs of the helper's one tuple argument: 0 and an
// item, 1 and an iterable to unpack. A single tuple, not one argument per
// value, because gpython's calls take at most 255 arguments.
func (t *translator) elements(elems [][2]int) {
	for _, e := range elems {
		if e[0] >= e[1] {
			continue
		}
		if t.isOp(e[0], "*") {
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "1, ")
			t.walk(e[0]+1, e[1], false)
			continue
		}
		t.em.insertAt(t.toks[e[0]].start, "0, ")
		t.walk(e[0], e[1], false)
	}
}

// params handles the parameters of a def or lambda, [a, b): it drops a
// valid positional-only marker '/' with its comma, and walks annotations
// and defaults.
func (t *translator) params(a, b int) {
	elems := t.split(a, b)
	slash := -1
	for k, e := range elems {
		if e[1]-e[0] == 1 && t.isOp(e[0], "/") {
			if slash >= 0 || k == 0 {
				slash = -2 // misplaced: left for gpython's parser
			} else if slash == -1 {
				slash = k
			}
		}
		if slash == -1 && e[0] < e[1] && (t.isOp(e[0], "*") || t.isOp(e[0], "**")) {
			slash = -3 // a '/' after '*' is misplaced
		}
	}
	for k, e := range elems {
		if k == slash {
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "")
			if e[1] < b && t.isOp(e[1], ",") {
				t.em.replace(t.toks[e[1]].start, t.toks[e[1]].end, "")
			}
			continue
		}
		j := e[0]
		if j < e[1] && (t.isOp(j, "*") || t.isOp(j, "**")) {
			j++
		}
		if j < e[1] && t.toks[j].kind == tkName {
			j++
		}
		if j+1 < e[1] && t.isOp(j, ":") {
			end := e[1]
			if eq := t.find(j+1, e[1], "="); eq >= 0 {
				end = eq
			}
			t.annotation(j+1, end)
			j = end
		}
		t.walk(j, e[1], false)
	}
}

// annotation handles the annotation [a, b) of a parameter or a return
// value. Python 3.11 evaluates it when the def runs, but pyfence never
// does, as under PEP 563 and in Python 3.14: it becomes
// (None and (annotation)), so that the checker still sees it while
// list[int] or int | None, which gpython cannot evaluate, cost nothing.
func (t *translator) annotation(a, b int) {
	if a >= b {
		return
	}
	t.em.insertAt(t.toks[a].start, "(None and (")
	t.walk(a, b, false)
	t.em.insertAt(t.toks[b-1].end, "))")
}

// walk handles the tokens of [a, b) at a's level: store says whether they
// are an assignment target, where starred displays stay as they are.
func (t *translator) walk(a, b int, store bool) {
	for i := a; i < b; {
		tok := t.toks[i]
		switch tok.kind {
		case tkName:
			switch s := t.text(i); {
			case s == "lambda":
				c := t.find(i+1, b, ":")
				if c < 0 {
					t.walk(i+1, b, false)
					return
				}
				t.params(i+1, c)
				i = c + 1
			case s == "for":
				in := t.find(i+1, b, "in")
				if in < 0 {
					i++
					continue
				}
				t.walk(i+1, in, true)
				i = in + 1
				store = false
			case isKeyword311(s) && s != "None" && s != "True" && s != "False":
				i++
			case i+1 < b && t.isOp(i+1, ":=") && !isKeyword311(s):
				i = t.walrus(i, b)
			default:
				i = t.primary(i, b, store)
			}
		case tkNumber, tkString:
			i = t.primary(i, b, store)
		case tkOp:
			if t.isOp(i, ":=") {
				t.fail(t.toks[i].start, "cannot use assignment expressions with %s", t.walrusTarget(i))
				return
			}
			if !t.isOpener(i) {
				i++
				continue
			}
			if t.isOperand(i - 1) {
				// A trailer of an operand outside [a, b).
				t.walk(i+1, tok.match, false)
				i = tok.match + 1
				continue
			}
			i = t.primary(i, b, store)
		default:
			i++
		}
	}
}

// primary handles the atom at i and the trailers after it (.name, calls,
// subscripts), and returns the index after them. A call whose arguments
// need translating becomes a call of __pf_call__, inserted before the
// atom.
func (t *translator) primary(i, b int, store bool) int {
	atomEnd := i + 1
	switch {
	case t.toks[i].kind == tkString:
		for atomEnd < b && t.toks[atomEnd].kind == tkString {
			atomEnd++
		}
	case t.isOpener(i):
		atomEnd = t.toks[i].match + 1
	}
	end := atomEnd
	var calls []int
	for end < b {
		switch {
		case t.isOp(end, ".") && end+1 < b && t.toks[end+1].kind == tkName:
			end += 2
			continue
		case t.isOp(end, "(") && t.isOpener(end):
			if t.callNeedsTranslation(end) {
				calls = append(calls, end)
			}
			end = t.toks[end].match + 1
			continue
		case t.isOp(end, "[") && t.isOpener(end):
			end = t.toks[end].match + 1
			continue
		}
		break
	}
	if len(calls) > 0 {
		t.em.insertAt(t.toks[i].start, "")
		if t.isOp(i-1, "@") {
			// gpython positions a decorator's name at its '@'.
			at := t.toks[i-1].start
			t.em.injected = append(t.em.injected, t.posAt(at))
		}
		for range calls {
			t.em.inject(helperCall)
			t.em.insert("(")
		}
	}

	switch {
	case t.toks[i].kind == tkString:
		t.stringRun(i, atomEnd)
	case t.toks[i].kind == tkNumber:
		t.number(i)
	case t.isOpener(i):
		t.display(i, store && atomEnd == end)
	}
	for k := atomEnd; k < end; {
		switch {
		case t.isOp(k, "."):
			k += 2
		case t.isOp(k, "("):
			m := t.toks[k].match
			if len(calls) > 0 && calls[0] == k {
				calls = calls[1:]
				t.translatedCall(k, m)
			} else {
				t.walk(k+1, m, false)
			}
			k = m + 1
		default: // '['
			m := t.toks[k].match
			t.walk(k+1, m, false)
			k = m + 1
		}
	}
	return end
}

// number drops the underscores of the number literal i.
func (t *translator) number(i int) {
	tok := t.toks[i]
	if tok.flags&flagUnderscore != 0 {
		t.em.replace(tok.start, tok.end, strings.ReplaceAll(t.text(i), "_", ""))
	}
}

// Argument kinds of a call.
const (
	argPositional = iota
	argStar
	argKeyword
	argDoubleStar
)

// argKind returns the kind of the call argument [a, b), and whether it is
// a generator expression.
func (t *translator) argKind(a, b int) (int, bool) {
	gen := t.find(a, b, "for") >= 0
	switch {
	case t.isOp(a, "*"):
		return argStar, gen
	case t.isOp(a, "**"):
		return argDoubleStar, gen
	case t.toks[a].kind == tkName && !isKeyword311(t.text(a)) && t.isOp(a+1, "="):
		return argKeyword, gen
	}
	return argPositional, gen
}

// callNeedsTranslation reports whether the arguments of the call whose '('
// is token k are valid in Python 3.11 but not in 3.4: several *iterables
// or **mappings, a positional argument after a *iterable, a keyword
// argument after a **mapping.
func (t *translator) callNeedsTranslation(k int) bool {
	m := t.toks[k].match
	phase := 0 // 0: positional and *; 1: keyword and *; 2: keyword and **
	valid311, valid34 := true, true
	stars, dstars := 0, 0
	seenKw := false
	args := 0
	for _, e := range t.split(k+1, m) {
		if e[0] >= e[1] {
			continue
		}
		args++
		kind, gen := t.argKind(e[0], e[1])
		if gen {
			return false
		}
		switch kind {
		case argPositional:
			if phase > 0 {
				valid311 = false
			}
			if stars > 0 || seenKw || dstars > 0 {
				valid34 = false
			}
		case argStar:
			if phase == 2 {
				valid311 = false
			}
			stars++
			if stars > 1 || dstars > 0 {
				valid34 = false
			}
		case argKeyword:
			if phase == 0 {
				phase = 1
			}
			seenKw = true
			if dstars > 0 {
				valid34 = false
			}
		case argDoubleStar:
			phase = 2
			dstars++
			if dstars > 1 {
				valid34 = false
			}
		}
	}
	// gpython encodes at most 255 positional arguments in a call; Python
	// 3.7 lifted that limit of 3.4.
	return valid311 && (!valid34 || args > maxCallArgs)
}

// maxCallArgs is the most arguments a call of Python 3.4 may have.
const maxCallArgs = 255

// translatedCall emits the arguments of the call k..m as the second
// argument of __pf_call__, after the callee: a tuple of (tag, value)
// pairs, tag 0 for a positional argument, 1 for *iterable, 2 for
// **mapping and the name, as a str, for a keyword argument.
func (t *translator) translatedCall(k, m int) {
	elems := t.split(k+1, m)
	seen := map[string]bool{}
	for _, e := range elems {
		if e[0] >= e[1] {
			continue
		}
		if kind, _ := t.argKind(e[0], e[1]); kind == argKeyword {
			name := nfkc(t.text(e[0]))
			if seen[name] {
				t.fail(t.toks[e[0]].start, "keyword argument repeated: %s", name)
			}
			seen[name] = true
		}
	}
	t.em.replace(t.toks[k].start, t.toks[k].end, ", (")
	for _, e := range elems {
		if e[0] >= e[1] {
			continue
		}
		kind, _ := t.argKind(e[0], e[1])
		switch kind {
		case argStar:
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "1, ")
			t.walk(e[0]+1, e[1], false)
		case argDoubleStar:
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "2, ")
			t.walk(e[0]+1, e[1], false)
		case argKeyword:
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "'"+nfkc(t.text(e[0]))+"'")
			t.em.replace(t.toks[e[0]+1].start, t.toks[e[0]+1].end, ",")
			t.walk(e[0]+2, e[1], false)
		default:
			t.em.insertAt(t.toks[e[0]].start, "0, ")
			t.walk(e[0], e[1], false)
		}
	}
	t.em.replace(t.toks[m].start, t.toks[m].end, "))")
}

// display handles the display whose opening bracket is token i.
func (t *translator) display(i int, store bool) {
	m := t.toks[i].match
	comp := t.find(i+1, m, "for") >= 0
	if comp {
		t.walk(i+1, m, false)
		return
	}
	elems := t.split(i+1, m)
	switch t.src[t.toks[i].start] {
	case '(':
		if store || len(elems) < 2 || !t.hasStar(elems) {
			t.walk(i+1, m, store)
			return
		}
		t.open(i, helperTuple)
		t.elements(elems)
		t.em.replace(t.toks[m].start, t.toks[m].end, "))")
	case '[':
		if store || !t.hasStar(elems) {
			t.walk(i+1, m, store)
			return
		}
		t.open(i, helperList)
		t.elements(elems)
		t.em.replace(t.toks[m].start, t.toks[m].end, "))")
	default:
		first := elems[0]
		isDict := first[0] < first[1] && (t.isOp(first[0], "**") || t.find(first[0], first[1], ":") >= 0)
		switch {
		case isDict && t.hasDoubleStar(elems) && t.dictElementsValid(elems):
			t.open(i, helperDictMerge)
			t.dictElements(elems)
			t.em.replace(t.toks[m].start, t.toks[m].end, "))")
		case !isDict && t.hasStar(elems):
			t.open(i, helperSet, helperChain)
			t.elements(elems)
			t.em.replace(t.toks[m].start, t.toks[m].end, ")))")
		default:
			t.walk(i+1, m, false)
		}
	}
}

// open replaces the opening bracket i by calls of the helpers names, one
// inside the other, and the opening parenthesis of the tuple of arguments
// the innermost takes.
func (t *translator) open(i int, names ...string) {
	t.em.replace(t.toks[i].start, t.toks[i].end, "")
	for _, n := range names {
		t.em.inject(n)
		t.em.insert("(")
	}
	t.em.insert("(")
}

func (t *translator) hasDoubleStar(elems [][2]int) bool {
	for _, e := range elems {
		if e[0] < e[1] && t.isOp(e[0], "**") {
			return true
		}
	}
	return false
}

// dictElementsValid reports whether every element of a dict display is
// **mapping or key: value, so that the translation of an invalid display
// cannot become valid code.
func (t *translator) dictElementsValid(elems [][2]int) bool {
	for _, e := range elems {
		if e[0] < e[1] && !t.isOp(e[0], "**") && t.find(e[0], e[1], ":") < 0 {
			return false
		}
	}
	return true
}

// dictElements emits the elements of a translated dict display in the
// tuple argument of __pf_dict_merge__: 1 and a mapping to unpack, or 0, a
// key and a value.
func (t *translator) dictElements(elems [][2]int) {
	for _, e := range elems {
		if e[0] >= e[1] {
			continue
		}
		if t.isOp(e[0], "**") {
			t.em.replace(t.toks[e[0]].start, t.toks[e[0]].end, "1, ")
			t.walk(e[0]+1, e[1], false)
			continue
		}
		c := t.find(e[0], e[1], ":")
		t.em.insertAt(t.toks[e[0]].start, "0, ")
		t.walk(e[0], c, false)
		t.em.replace(t.toks[c].start, t.toks[c].end, ",")
		t.walk(c+1, e[1], false)
	}
}

// walrusPrefix starts the marker names of assignment expressions.
const walrusPrefix = "__pf_walrus_"

// walrus translates the assignment expression whose target is the name at
// i, and returns the index after its value. The value extends to the next
// ',', ':', ';', '=' or 'for' at its level, as ':=' binds looser than any
// other operator:
//
//	NAME := VALUE   →   ((VALUE) is __pf_walrus_NAME__)
//
// The comparison with the injected marker never runs: the instrumenter
// (internal/bytecode) replaces the marker's load and the 'is' by a copy of
// the value stored to NAME in the scope the compiler chose, and the
// checker (walrus.go) refuses the scopes where that would differ from
// CPython.
func (t *translator) walrus(i, b int) int {
	name := t.text(i)
	end := t.levelScan(i+2, b, func(k int, free bool) bool {
		if !free {
			return false
		}
		switch {
		case t.isOp(k, ","), t.isOp(k, ":"), t.isOp(k, ";"), t.isOp(k, "="), t.isName(k, "for"),
			t.toks[k].kind == tkNewline:
			return true
		}
		return false
	})
	if end < 0 {
		end = b
	}
	if end == i+2 {
		t.fail(t.toks[i+1].end, "invalid syntax")
		return b
	}
	t.em.replace(t.toks[i].start, t.toks[i+1].end, "((")
	t.walk(i+2, end, false)
	t.em.insertAt(t.toks[end-1].end, ") is ")
	t.em.inject(walrusPrefix + name + "__")
	t.em.insert(")")
	return end
}

// walrusTarget names what precedes the ':=' at i when it is no name, as
// CPython's error message does.
func (t *translator) walrusTarget(i int) string {
	switch {
	case i > 0 && t.toks[i-1].kind == tkName && isKeyword311(t.text(i-1)):
		return t.text(i - 1)
	case i > 1 && t.toks[i-1].kind == tkName && t.isOp(i-2, "."):
		return "attribute"
	case i > 0 && t.isOp(i-1, "]"):
		return "subscript"
	}
	return "expression"
}
