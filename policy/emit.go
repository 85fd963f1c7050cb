package policy

// This file defines Emit, which turns a gpython AST back into Python source
// whose statements and expressions sit on the lines they came from, so that
// line numbers in tracebacks and violations still point into the user's file
// after a rewrite.

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// Emit renders mod (an *ast.Module, *ast.Expression or *ast.Interactive from
// github.com/go-python/gpython/ast) back to Python 3.4 source that gpython's
// parser accepts, such that every statement and expression node that carries
// a line number lands on that same line in the output. Parse the result with
// parser.ParseString in "exec" mode for a Module, "eval" for an Expression and
// "single" for an Interactive.
//
// For a tree produced by gpython's parser, parsing the output gives a tree
// with the same [ast.Dump] and the same line numbers. Column offsets are not
// kept. Statements that shared a line are joined with "; ", a block whose
// statements followed its header on the same line stays there, blank lines
// pad the gaps, and an expression that continues on a later line is broken
// with a newline inside brackets or with a backslash continuation outside
// them. Comments are not part of the tree and are dropped.
//
// Line numbers that gpython's parser itself gets wrong are passed through as
// well as the grammar allows: a Call with arguments has line 0, an elif's If
// carries a leftover position from an earlier token, and a decorator's Call
// with empty parentheses does too. Emit places such nodes by their children.
//
// Trees built by hand are emitted as faithfully as the grammar allows but may
// not round-trip: a negative Num is written as a negative literal, which
// parses back as a UnaryOp, and a Num whose value is NaN has no literal form
// and is an error.
//
// Emit returns an error, never panics, for a node type it does not know (the
// message names the Go type), for a Suite, and for trees the grammar cannot
// express, such as an empty block, a decorator that is not a dotted name or a
// call of one, or a string that is not valid UTF-8.
//
// Emit does not modify mod and is safe to call concurrently.
func Emit(mod ast.Mod) (src string, err error) {
	e := &emitter{line: 1, bol: true}
	defer func() {
		if r := recover(); r != nil {
			src = ""
			if b, ok := r.(emitBailout); ok {
				err = b.err
				return
			}
			err = fmt.Errorf("emit: internal error: %v", r)
		}
	}()
	switch m := mod.(type) {
	case *ast.Module:
		if m == nil {
			e.failf("nil module")
		}
		e.stmts(m.Body)
	case *ast.Interactive:
		if m == nil {
			e.failf("nil module")
		}
		e.interactive(m.Body)
	case *ast.Expression:
		if m == nil {
			e.failf("nil module")
		}
		e.expression(m.Body)
	case nil:
		e.failf("nil module")
	default:
		e.failf("unsupported module node %T", mod)
	}
	if !e.bol {
		e.newline()
	}
	return string(e.b), nil
}

// emitBailout carries an error out of the emitter. Emit recovers it.
type emitBailout struct{ err error }

// Precedence levels, loosest first. An expression is parenthesized when its
// level is below the level its context requires.
const (
	precYield  = iota // yield expression: a statement or assignment value
	precTuple         // bare tuple: testlist contexts
	precLambda        // test: lambda and conditional expressions allowed
	precIfExp
	precOr
	precAnd
	precNot
	precCmp
	precBitOr // expr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precFactor // unary +, -, ~
	precPower
	precAtom // atoms and trailers
)

// emitIndent is one level of block indentation.
const emitIndent = "    "

// emitter accumulates output and tracks where it is.
type emitter struct {
	b      []byte
	floor  int  // where trailing spaces may be trimmed from: after indentation
	line   int  // 1-based number of the line being written
	bol    bool // nothing written on the current line yet
	cont   bool // current line continues a statement: indent before the next token
	indent int  // block depth of the statement being written
	nest   int  // brackets open in the statement being written
}

func (e *emitter) failf(format string, args ...any) {
	panic(emitBailout{fmt.Errorf("emit: "+format, args...)})
}

// write appends s, which holds no newline.
func (e *emitter) write(s string) {
	if e.cont {
		e.b = append(e.b, strings.Repeat(emitIndent, e.indent+1)...)
		e.floor = len(e.b)
		e.cont = false
	}
	e.b = append(e.b, s...)
	e.bol = false
}

func (e *emitter) newline() {
	e.b = append(e.b, '\n')
	e.floor = len(e.b)
	e.line++
	e.bol = true
	e.cont = false
}

// advance moves the statement being written down to line l, if it is above
// l: implicit line joining inside brackets, a backslash continuation outside.
func (e *emitter) advance(l int) {
	for e.line < l {
		// Drop the space after a separator: the line ends here. Only
		// separators end in spaces; literals end in a quote or a digit.
		e.b = append(e.b[:e.floor], bytes.TrimRight(e.b[e.floor:], " ")...)
		if e.nest == 0 {
			if len(e.b) == e.floor {
				// Nothing but indentation yet: a space here would
				// count as indentation.
				e.b = append(e.b, '\\')
			} else {
				e.b = append(e.b, " \\"...)
			}
		}
		e.newline()
		e.cont = true
	}
}

// startStmt begins a statement at the start of a fresh line, line l if the
// output has not passed it yet, and writes the block indentation.
func (e *emitter) startStmt(l int) {
	if !e.bol {
		e.newline()
	}
	for e.line < l {
		e.newline()
	}
	e.b = append(e.b, strings.Repeat(emitIndent, e.indent)...)
	e.floor = len(e.b)
	e.bol = false
	e.nest = 0
}

// ------------------------------------------------------------
// Statements
// ------------------------------------------------------------

// isSimpleStmt reports whether s is a simple statement, one that may share a
// line with others separated by semicolons.
func isSimpleStmt(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.FunctionDef, *ast.ClassDef, *ast.For, *ast.While, *ast.If, *ast.With, *ast.Try:
		return false
	}
	return true
}

func allSimpleStmts(body []ast.Stmt) bool {
	for _, s := range body {
		if !isSimpleStmt(s) {
			return false
		}
	}
	return true
}

func stmtLine(s ast.Stmt) int {
	if s == nil {
		return 0
	}
	return s.GetLineno()
}

// headLine returns the line a statement's text starts on: that of its first
// decorator, if it has one, for gpython puts a def or class at its keyword.
func headLine(s ast.Stmt) int {
	var decorators []ast.Expr
	switch s := s.(type) {
	case *ast.FunctionDef:
		decorators = s.DecoratorList
	case *ast.ClassDef:
		decorators = s.DecoratorList
	}
	if len(decorators) > 0 {
		if l := mustLine(decorators[0]); l > 0 {
			return l
		}
	}
	return stmtLine(s)
}

// stmts writes a block's statements, each on its own line unless a simple
// statement shares the line of the simple statement before it.
func (e *emitter) stmts(body []ast.Stmt) {
	for i, s := range body {
		if s == nil {
			e.failf("nil statement")
		}
		if i > 0 && isSimpleStmt(s) && isSimpleStmt(body[i-1]) && s.GetLineno() <= e.line {
			e.write("; ")
			e.simpleStmt(s)
			continue
		}
		e.stmt(s)
	}
}

// stmt writes s starting on a fresh line.
func (e *emitter) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		e.decorators(s.DecoratorList)
		e.startStmt(s.Lineno)
		e.write("def " + string(s.Name) + "(")
		e.nest++
		e.arguments(s.Args, false)
		e.nest--
		e.write(")")
		if s.Returns != nil {
			e.write(" -> ")
			e.expr(s.Returns, precLambda)
		}
		e.write(":")
		e.suite(s.Body)
	case *ast.ClassDef:
		e.decorators(s.DecoratorList)
		e.startStmt(s.Lineno)
		e.write("class " + string(s.Name))
		if len(s.Bases) > 0 || len(s.Keywords) > 0 || s.Starargs != nil || s.Kwargs != nil {
			e.callArgs(s.Bases, s.Keywords, s.Starargs, s.Kwargs)
		}
		e.write(":")
		e.suite(s.Body)
	case *ast.For:
		e.startStmt(s.Lineno)
		e.write("for ")
		e.target(s.Target)
		e.write(" in ")
		e.expr(s.Iter, precTuple)
		e.write(":")
		e.suite(s.Body)
		e.clause("else", nil, s.Orelse)
	case *ast.While:
		e.startStmt(s.Lineno)
		e.write("while ")
		e.expr(s.Test, precLambda)
		e.write(":")
		e.suite(s.Body)
		e.clause("else", nil, s.Orelse)
	case *ast.If:
		e.startStmt(s.Lineno)
		e.ifChain(s, "if ")
	case *ast.With:
		e.startStmt(s.Lineno)
		e.write("with ")
		if len(s.Items) == 0 {
			e.failf("with statement without items")
		}
		for i, item := range s.Items {
			if i > 0 {
				e.write(", ")
			}
			if item == nil {
				e.failf("nil with item")
			}
			e.advance(item.Lineno)
			e.first(item.ContextExpr, precLambda, item.Lineno)
			if item.OptionalVars != nil {
				e.write(" as ")
				e.expr(item.OptionalVars, precBitOr)
			}
		}
		e.write(":")
		e.suite(s.Body)
	case *ast.Try:
		e.startStmt(s.Lineno)
		e.write("try:")
		e.suite(s.Body)
		for _, h := range s.Handlers {
			if h == nil {
				e.failf("nil except handler")
			}
			e.clause("except", h, h.Body)
		}
		e.clause("else", nil, s.Orelse)
		e.clause("finally", nil, s.Finalbody)
	default:
		e.startStmt(stmtLine(s))
		e.simpleStmt(s)
	}
}

// decorators writes one decorator line each, at the line of its name.
func (e *emitter) decorators(list []ast.Expr) {
	for _, d := range list {
		e.startStmt(mustLine(d))
		e.write("@")
		switch d := d.(type) {
		case *ast.Call:
			if d == nil {
				e.failf("nil decorator")
			}
			e.write(e.dottedName(d.Func))
			e.callArgs(d.Args, d.Keywords, d.Starargs, d.Kwargs)
		default:
			e.write(e.dottedName(d))
		}
	}
}

// dottedName returns the decorator name x spells: gpython parses @a.b as
// Name(id='a.b'), and an Attribute chain of Names is accepted too.
func (e *emitter) dottedName(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Name:
		if x != nil && x.Id != "" {
			return string(x.Id)
		}
	case *ast.Attribute:
		if x != nil {
			return e.dottedName(x.Value) + "." + string(x.Attr)
		}
	}
	e.failf("decorator %T is not a dotted name or a call of one", x)
	return ""
}

// suite writes a compound statement's body after its colon: on the header's
// line if it is all simple statements that started there, else as a block.
func (e *emitter) suite(body []ast.Stmt) {
	if len(body) == 0 {
		e.failf("empty block")
	}
	if body[0] == nil {
		e.failf("nil statement")
	}
	if allSimpleStmts(body) && body[0].GetLineno() <= e.line {
		e.write(" ")
		e.simpleLine(body)
		return
	}
	e.indent++
	e.stmts(body)
	e.indent--
}

// simpleLine writes simple statements as one logical line, continuing it
// with backslashes to reach later lines.
func (e *emitter) simpleLine(body []ast.Stmt) {
	for i, s := range body {
		if s == nil {
			e.failf("nil statement")
		}
		if !isSimpleStmt(s) {
			e.failf("compound statement %T on a line of simple statements", s)
		}
		if i > 0 {
			e.write("; ")
			e.advance(s.GetLineno())
		}
		e.simpleStmt(s)
	}
}

// ifChain writes an if statement from its keyword on, and its elif and else
// clauses. An If that is the whole else branch is written as elif unless
// there is room for an "else:" line above it: gpython gives an elif's If the
// position of an earlier token, at or above the end of the body before it,
// while an If inside "else:" is at least two lines below that body's end.
func (e *emitter) ifChain(s *ast.If, keyword string) {
	if s == nil {
		e.failf("nil if statement")
	}
	e.write(keyword)
	e.expr(s.Test, precLambda)
	e.write(":")
	e.suite(s.Body)
	if len(s.Orelse) == 1 {
		if n, ok := s.Orelse[0].(*ast.If); ok && n != nil && n.Lineno < e.line+2 {
			e.startStmt(max(e.line+1, mustLine(n.Test)))
			e.ifChain(n, "elif ")
			return
		}
	}
	e.clause("else", nil, s.Orelse)
}

// clause writes an else, finally or except clause (h is nil except for
// except) and its body. Its header goes on the line just above a block body
// or, failing room, on the body's line.
func (e *emitter) clause(keyword string, h *ast.ExceptHandler, body []ast.Stmt) {
	if len(body) == 0 {
		if h != nil {
			e.failf("empty block")
		}
		return
	}
	head := e.line + 1
	var content int
	if h != nil && h.ExprType != nil {
		content = mustLine(h.ExprType)
	}
	if content > head {
		head = content
	} else if content == 0 && headLine(body[0])-1 > head {
		head = headLine(body[0]) - 1
	}
	e.startStmt(head)
	e.write(keyword)
	if h != nil && h.ExprType != nil {
		e.write(" ")
		e.expr(h.ExprType, precLambda)
		if h.Name != "" {
			e.write(" as " + string(h.Name))
		}
	} else if h != nil && h.Name != "" {
		e.failf("except clause with a name but no type")
	}
	e.write(":")
	e.suite(body)
}

// simpleStmt writes a simple statement from the current position.
func (e *emitter) simpleStmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		e.starTuple(s.Value, precYield, s.Lineno)
	case *ast.Assign:
		if len(s.Targets) == 0 {
			e.failf("assignment without targets")
		}
		for i, t := range s.Targets {
			if i == 0 {
				e.starTuple(t, precTuple, s.Lineno)
			} else {
				e.starTuple(t, precTuple, 0)
			}
			e.write(" = ")
		}
		e.starTuple(s.Value, precYield, 0)
	case *ast.AugAssign:
		e.first(s.Target, precTuple, s.Lineno)
		e.write(" " + binOpSymbol(e, s.Op) + "= ")
		e.expr(s.Value, precYield)
	case *ast.Return:
		e.write("return")
		if s.Value != nil {
			e.write(" ")
			e.expr(s.Value, precTuple)
		}
	case *ast.Delete:
		e.write("del ")
		if len(s.Targets) == 0 {
			e.failf("del without targets")
		}
		e.exprList(s.Targets, precBitOr)
	case *ast.Pass:
		e.write("pass")
	case *ast.Break:
		e.write("break")
	case *ast.Continue:
		e.write("continue")
	case *ast.Raise:
		e.write("raise")
		if s.Exc != nil {
			e.write(" ")
			e.expr(s.Exc, precLambda)
			if s.Cause != nil {
				e.write(" from ")
				e.expr(s.Cause, precLambda)
			}
		} else if s.Cause != nil {
			e.failf("raise with a cause but no exception")
		}
	case *ast.Assert:
		e.write("assert ")
		e.expr(s.Test, precLambda)
		if s.Msg != nil {
			e.write(", ")
			e.expr(s.Msg, precLambda)
		}
	case *ast.Import:
		e.write("import ")
		e.aliases(s.Names)
	case *ast.ImportFrom:
		if s.Level < 0 {
			e.failf("import level %d", s.Level)
		}
		e.write("from " + strings.Repeat(".", s.Level) + string(s.Module))
		if s.Level == 0 && s.Module == "" {
			e.failf("import from without a module")
		}
		e.write(" import ")
		e.aliases(s.Names)
	case *ast.Global:
		e.write("global ")
		e.names(s.Names)
	case *ast.Nonlocal:
		e.write("nonlocal ")
		e.names(s.Names)
	case nil:
		e.failf("nil statement")
	default:
		e.failf("unsupported statement node %T", s)
	}
}

func (e *emitter) aliases(list []*ast.Alias) {
	if len(list) == 0 {
		e.failf("import without names")
	}
	for i, a := range list {
		if a == nil {
			e.failf("nil alias")
		}
		if i > 0 {
			e.write(", ")
		}
		e.advance(a.Lineno)
		e.write(string(a.Name))
		if a.AsName != "" {
			e.write(" as " + string(a.AsName))
		}
	}
}

func (e *emitter) names(list []ast.Identifier) {
	if len(list) == 0 {
		e.failf("global or nonlocal without names")
	}
	for i, n := range list {
		if i > 0 {
			e.write(", ")
		}
		e.write(string(n))
	}
}

// interactive writes the body of an Interactive: one logical line of simple
// statements, or one compound statement and the blank line that ends it.
func (e *emitter) interactive(body []ast.Stmt) {
	if len(body) == 0 {
		e.failf("empty interactive statement")
	}
	if len(body) == 1 && body[0] != nil && !isSimpleStmt(body[0]) {
		e.stmt(body[0])
		e.newline()
		e.newline() // the blank line that ends a compound statement
		return
	}
	e.startStmt(stmtLine(body[0]))
	e.simpleLine(body)
}

// expression writes the body of an Expression.
func (e *emitter) expression(x ast.Expr) {
	for e.line < mustLine(x) {
		e.newline()
	}
	e.expr(x, precTuple)
}

// ------------------------------------------------------------
// Function arguments and call arguments
// ------------------------------------------------------------

// arguments writes a parameter list without its parentheses. Positional
// defaults belong to the last parameters; keyword-only defaults are placed
// by kwOnlyDefaults.
func (e *emitter) arguments(a *ast.Arguments, lambda bool) {
	if a == nil {
		return
	}
	n := 0
	sep := func() {
		if n > 0 {
			e.write(", ")
		}
		n++
	}
	firstDefault := len(a.Args) - len(a.Defaults)
	if firstDefault < 0 {
		e.failf("more defaults than parameters")
	}
	for i, arg := range a.Args {
		sep()
		var def ast.Expr
		if i >= firstDefault {
			def = a.Defaults[i-firstDefault]
		}
		e.param(arg, def, lambda)
	}
	if a.Vararg != nil {
		sep()
		e.write("*")
		e.param(a.Vararg, nil, lambda)
	} else if len(a.Kwonlyargs) > 0 {
		sep()
		e.write("*")
	}
	if len(a.KwDefaults) > len(a.Kwonlyargs) {
		e.failf("more keyword-only defaults than keyword-only parameters")
	}
	kwDefaults := kwOnlyDefaults(a)
	for i, arg := range a.Kwonlyargs {
		sep()
		e.param(arg, kwDefaults[i], lambda)
	}
	if a.Kwarg != nil {
		sep()
		e.write("**")
		e.param(a.Kwarg, nil, lambda)
	}
}

// kwOnlyDefaults returns the default of each keyword-only parameter, nil for
// none. CPython's tree has one entry per parameter, nil for none. gpython's
// has only the defaults given, in order, and does not say whose they are
// (its compiler pairs them with the first parameters, so "def f(*, a, b=1)"
// gives a the default). Any placement in order parses back to the same
// tree; the defaults go to the last parameters, except that a default moves
// up past parameters that start on a line below it.
//
// A tree whose defaulted parameters come first (as Rewrite leaves it, see
// kwOnlyDefaultsFirst) keeps that placement, so that rewriting the output
// again changes nothing.
func kwOnlyDefaults(a *ast.Arguments) []ast.Expr {
	n, m := len(a.Kwonlyargs), len(a.KwDefaults)
	slots := make([]ast.Expr, n)
	if m == n || defaultsLead(a) {
		copy(slots, a.KwDefaults)
		return slots
	}
	next := n // the slots from next on are taken
	for k := m - 1; k >= 0; k-- {
		d := a.KwDefaults[k]
		l := mustLine(d)
		i := next - 1
		for i > k && l > 0 && a.Kwonlyargs[i] != nil && a.Kwonlyargs[i].Lineno > l {
			i--
		}
		slots[i] = d
		next = i
	}
	return slots
}

// defaultsLead reports whether, by position, the i-th keyword-only default
// belongs to the i-th keyword-only parameter.
func defaultsLead(a *ast.Arguments) bool {
	owners := kwOnlyOwners(a)
	for k, i := range owners {
		if i != k {
			return false
		}
	}
	return owners != nil
}

// param writes one parameter with its annotation and default.
func (e *emitter) param(a *ast.Arg, def ast.Expr, lambda bool) {
	if a == nil {
		e.failf("nil parameter")
	}
	e.advance(a.Lineno)
	e.write(string(a.Arg))
	if a.Annotation != nil {
		if lambda {
			e.failf("lambda parameter %s has an annotation", a.Arg)
		}
		e.write(": ")
		e.expr(a.Annotation, precLambda)
		if def != nil {
			e.write(" = ")
			e.expr(def, precLambda)
		}
		return
	}
	if def != nil {
		e.write("=")
		e.expr(def, precLambda)
	}
}

// callArgs writes a parenthesized argument list. The tree keeps positional
// and keyword arguments apart, so their order is recovered from their lines:
// a keyword goes before a positional argument or *args (gpython's grammar
// accepts both) only if that argument reaches below the keyword's line.
func (e *emitter) callArgs(args []ast.Expr, keywords []*ast.Keyword, starargs, kwargs ast.Expr) {
	e.write("(")
	e.nest++
	defer func() {
		e.nest--
		e.write(")")
	}()
	if len(args) == 1 && len(keywords) == 0 && starargs == nil && kwargs == nil {
		if g, ok := args[0].(*ast.GeneratorExp); ok && g != nil && mustLine(g.Elt) <= g.Lineno {
			// The sole argument: a generator expression without its own
			// parentheses, positioned at its element.
			e.advance(g.Lineno)
			e.first(g.Elt, precLambda, g.Lineno)
			e.comprehensions(g.Generators)
			return
		}
	}
	n := 0
	sep := func() {
		if n > 0 {
			e.write(", ")
		}
		n++
	}
	// A keyword goes first if x reaches below the keyword's line, which
	// it could not do if it went first.
	before := func(k *ast.Keyword, x ast.Expr) bool {
		if k == nil {
			e.failf("nil keyword")
		}
		return k.Lineno > 0 && exprMaxLine(x) > k.Lineno
	}
	j := 0
	for _, a := range args {
		for j < len(keywords) && before(keywords[j], a) {
			sep()
			e.keyword(keywords[j])
			j++
		}
		sep()
		e.expr(a, precLambda)
	}
	if starargs != nil {
		for j < len(keywords) && before(keywords[j], starargs) {
			sep()
			e.keyword(keywords[j])
			j++
		}
		sep()
		e.write("*")
		e.expr(starargs, precLambda)
	}
	for ; j < len(keywords); j++ {
		sep()
		e.keyword(keywords[j])
	}
	if kwargs != nil {
		sep()
		e.write("**")
		e.expr(kwargs, precLambda)
	}
}

func (e *emitter) keyword(k *ast.Keyword) {
	if k == nil {
		e.failf("nil keyword")
	}
	if k.Arg == "" {
		e.failf("keyword argument without a name")
	}
	e.advance(k.Lineno)
	e.write(string(k.Arg) + "=")
	e.expr(k.Value, precLambda)
}

// ------------------------------------------------------------
// Expressions
// ------------------------------------------------------------

// mustLine returns the line the first token of x has to be on for x to keep
// its line number, or 0 if that token may go on any earlier line. gpython
// places an Attribute, Subscript or Call at its trailer's token ('.', '[' or
// '(', or nowhere for a call with arguments) and a non-empty dict or set
// display at its first element, not at its opening token.
func mustLine(x ast.Expr) int {
	switch x := x.(type) {
	case nil:
		return 0
	case *ast.Attribute:
		return mustLine(x.Value)
	case *ast.Subscript:
		return mustLine(x.Value)
	case *ast.Call:
		return mustLine(x.Func)
	case *ast.Dict:
		if len(x.Keys) > 0 {
			return 0
		}
		return x.Lineno
	case *ast.Set, *ast.SetComp, *ast.DictComp:
		return 0
	}
	return x.GetLineno()
}

// exprMaxLine returns the largest line number in x.
func exprMaxLine(x ast.Expr) int {
	l := 0
	if x == nil {
		return 0
	}
	ast.Walk(x, func(n ast.Ast) bool {
		if n.GetLineno() > l {
			l = n.GetLineno()
		}
		return true
	})
	return l
}

// exprPrec returns the precedence level of x as written.
func exprPrec(x ast.Expr) int {
	switch x := x.(type) {
	case *ast.Yield, *ast.YieldFrom:
		return precYield
	case *ast.Lambda:
		return precLambda
	case *ast.IfExp:
		return precIfExp
	case *ast.BoolOp:
		if x.Op == ast.And {
			return precAnd
		}
		return precOr
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			return precNot
		}
		return precFactor
	case *ast.Compare:
		return precCmp
	case *ast.BinOp:
		_, p := binOpInfo(x.Op)
		return p
	case *ast.Num:
		_, p := reprNum(nil, x.N)
		return p
	}
	return precAtom
}

// binOpInfo returns the symbol and precedence level of a binary operator, or ""
// for an unknown one.
func binOpInfo(op ast.OperatorNumber) (string, int) {
	switch op {
	case ast.BitOr:
		return "|", precBitOr
	case ast.BitXor:
		return "^", precBitXor
	case ast.BitAnd:
		return "&", precBitAnd
	case ast.LShift:
		return "<<", precShift
	case ast.RShift:
		return ">>", precShift
	case ast.Add:
		return "+", precArith
	case ast.Sub:
		return "-", precArith
	case ast.Mult:
		return "*", precTerm
	case ast.Div:
		return "/", precTerm
	case ast.Modulo:
		return "%", precTerm
	case ast.FloorDiv:
		return "//", precTerm
	case ast.Pow:
		return "**", precPower
	}
	return "", precAtom
}

// binOpSymbol returns the symbol of a binary operator.
func binOpSymbol(e *emitter, op ast.OperatorNumber) string {
	sym, _ := binOpInfo(op)
	if sym == "" {
		e.failf("unknown binary operator %d", int(op))
	}
	return sym
}

func cmpOpSymbol(e *emitter, op ast.CmpOp) string {
	switch op {
	case ast.Eq:
		return "=="
	case ast.NotEq:
		return "!="
	case ast.Lt:
		return "<"
	case ast.LtE:
		return "<="
	case ast.Gt:
		return ">"
	case ast.GtE:
		return ">="
	case ast.Is:
		return "is"
	case ast.IsNot:
		return "is not"
	case ast.In:
		return "in"
	case ast.NotIn:
		return "not in"
	}
	e.failf("unknown comparison operator %d", int(op))
	return ""
}

// expr writes x in a context that requires precedence level req.
func (e *emitter) expr(x ast.Expr, req int) {
	e.exprWrap(x, req, false)
}

// first writes x, the first child of a node on line parent whose position is
// that of its first token. If x cannot start on the current line, it is
// wrapped in parentheses opened here so that the parent keeps its line.
func (e *emitter) first(x ast.Expr, req int, parent int) {
	e.exprWrap(x, req, parent > 0 && mustLine(x) > e.line)
}

func (e *emitter) exprWrap(x ast.Expr, req int, wrap bool) {
	if x == nil {
		e.failf("missing expression")
	}
	if _, ok := x.(*ast.Starred); ok {
		wrap = false // parentheses cannot hold a starred expression
	}
	if t, ok := x.(*ast.Tuple); ok && !wrap && req <= precTuple && !tupleHasStarred(t) {
		e.tuple(t, true)
		return
	}
	if wrap || exprPrec(x) < req {
		e.write("(")
		e.nest++
		e.exprInner(x)
		e.nest--
		e.write(")")
		return
	}
	e.exprInner(x)
}

// starTuple writes x, the first child of a statement on line parent, where
// the grammar takes a testlist_star_expr: a bare tuple there may hold
// starred elements.
func (e *emitter) starTuple(x ast.Expr, req int, parent int) {
	if t, ok := x.(*ast.Tuple); ok && t != nil && !(parent > 0 && mustLine(t) > e.line) {
		e.tuple(t, true)
		return
	}
	e.first(x, req, parent)
}

// tupleHasStarred reports whether a tuple holds a starred element, which a bare
// tuple may only do where the grammar takes a testlist_star_expr.
func tupleHasStarred(t *ast.Tuple) bool {
	for _, el := range t.Elts {
		if _, ok := el.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// exprList writes comma-separated expressions.
func (e *emitter) exprList(list []ast.Expr, req int) {
	for i, x := range list {
		if i > 0 {
			e.write(", ")
		}
		e.expr(x, req)
	}
}

func (e *emitter) exprInner(x ast.Expr) {
	switch x := x.(type) {
	case *ast.BoolOp:
		if len(x.Values) < 2 {
			e.failf("boolean operation with %d operands", len(x.Values))
		}
		op, p := " or ", precOr
		switch x.Op {
		case ast.And:
			op, p = " and ", precAnd
		case ast.Or:
		default:
			e.failf("unknown boolean operator %d", int(x.Op))
		}
		e.advance(x.Lineno)
		for i, v := range x.Values {
			if i == 0 {
				e.first(v, p+1, x.Lineno)
				continue
			}
			e.write(op)
			e.expr(v, p+1)
		}
	case *ast.BinOp:
		e.advance(x.Lineno)
		sym, p := binOpSymbol(e, x.Op), exprPrec(x)
		if x.Op == ast.Pow {
			// power: atom trailer* ['**' factor]
			e.first(x.Left, precAtom, x.Lineno)
			e.write(" ** ")
			e.expr(x.Right, precFactor)
			return
		}
		e.first(x.Left, p, x.Lineno)
		e.write(" " + sym + " ")
		e.expr(x.Right, p+1)
	case *ast.UnaryOp:
		e.advance(x.Lineno)
		switch x.Op {
		case ast.Not:
			e.write("not ")
			e.expr(x.Operand, precNot)
			return
		case ast.Invert:
			e.write("~")
		case ast.UAdd:
			e.write("+")
		case ast.USub:
			e.write("-")
		default:
			e.failf("unknown unary operator %d", int(x.Op))
		}
		e.expr(x.Operand, precFactor)
	case *ast.Lambda:
		e.advance(x.Lineno)
		e.write("lambda")
		if a := x.Args; a != nil && (len(a.Args) > 0 || a.Vararg != nil || len(a.Kwonlyargs) > 0 || a.Kwarg != nil) {
			e.write(" ")
			e.arguments(a, true)
		}
		e.write(": ")
		e.expr(x.Body, precLambda)
	case *ast.IfExp:
		e.advance(x.Lineno)
		e.first(x.Body, precOr, x.Lineno)
		e.write(" if ")
		e.expr(x.Test, precOr)
		e.write(" else ")
		e.expr(x.Orelse, precLambda)
	case *ast.Dict:
		if len(x.Keys) != len(x.Values) {
			e.failf("dict with %d keys and %d values", len(x.Keys), len(x.Values))
		}
		if len(x.Keys) == 0 {
			e.advance(x.Lineno)
			e.write("{}")
			return
		}
		e.write("{")
		e.nest++
		e.advance(x.Lineno)
		for i := range x.Keys {
			if i == 0 {
				e.first(x.Keys[i], precLambda, x.Lineno)
			} else {
				e.write(", ")
				e.expr(x.Keys[i], precLambda)
			}
			e.write(": ")
			e.expr(x.Values[i], precLambda)
		}
		e.nest--
		e.write("}")
	case *ast.Set:
		if len(x.Elts) == 0 {
			e.failf("empty set display")
		}
		e.write("{")
		e.nest++
		e.advance(x.Lineno)
		e.first(x.Elts[0], precLambda, x.Lineno)
		for _, el := range x.Elts[1:] {
			e.write(", ")
			e.expr(el, precLambda)
		}
		e.nest--
		e.write("}")
	case *ast.ListComp:
		e.advance(x.Lineno)
		e.write("[")
		e.nest++
		e.expr(x.Elt, precLambda)
		e.comprehensions(x.Generators)
		e.nest--
		e.write("]")
	case *ast.SetComp:
		e.write("{")
		e.nest++
		e.advance(x.Lineno)
		e.first(x.Elt, precLambda, x.Lineno)
		e.comprehensions(x.Generators)
		e.nest--
		e.write("}")
	case *ast.DictComp:
		e.write("{")
		e.nest++
		e.advance(x.Lineno)
		e.first(x.Key, precLambda, x.Lineno)
		e.write(": ")
		e.expr(x.Value, precLambda)
		e.comprehensions(x.Generators)
		e.nest--
		e.write("}")
	case *ast.GeneratorExp:
		e.advance(x.Lineno)
		e.write("(")
		e.nest++
		e.expr(x.Elt, precLambda)
		e.comprehensions(x.Generators)
		e.nest--
		e.write(")")
	case *ast.Yield:
		e.advance(x.Lineno)
		e.write("yield")
		if x.Value != nil {
			e.write(" ")
			e.expr(x.Value, precTuple)
		}
	case *ast.YieldFrom:
		e.advance(x.Lineno)
		e.write("yield from ")
		e.expr(x.Value, precLambda)
	case *ast.Compare:
		if len(x.Ops) == 0 || len(x.Ops) != len(x.Comparators) {
			e.failf("comparison with %d operators and %d operands", len(x.Ops), len(x.Comparators))
		}
		e.advance(x.Lineno)
		e.first(x.Left, precBitOr, x.Lineno)
		for i, op := range x.Ops {
			e.write(" " + cmpOpSymbol(e, op) + " ")
			e.expr(x.Comparators[i], precBitOr)
		}
	case *ast.Call:
		e.expr(x.Func, precAtom)
		e.advance(x.Lineno)
		e.callArgs(x.Args, x.Keywords, x.Starargs, x.Kwargs)
	case *ast.Num:
		e.advance(x.Lineno)
		lit, _ := reprNum(e, x.N)
		e.write(lit)
	case *ast.Str:
		e.advance(x.Lineno)
		e.write(reprStr(e, string(x.S)))
	case *ast.Bytes:
		e.advance(x.Lineno)
		e.write(reprBytes([]byte(x.S)))
	case *ast.NameConstant:
		e.advance(x.Lineno)
		switch x.Value {
		case py.None:
			e.write("None")
		case py.True:
			e.write("True")
		case py.False:
			e.write("False")
		default:
			e.failf("unknown name constant %T", x.Value)
		}
	case *ast.Ellipsis:
		e.advance(x.Lineno)
		e.write("...")
	case *ast.Attribute:
		// "1.real" would lex as the float "1." and a name.
		_, isNum := x.Value.(*ast.Num)
		e.exprWrap(x.Value, precAtom, isNum)
		e.advance(x.Lineno)
		e.write("." + string(x.Attr))
	case *ast.Subscript:
		e.expr(x.Value, precAtom)
		e.advance(x.Lineno)
		e.write("[")
		e.nest++
		e.slice(x.Slice, true)
		e.nest--
		e.write("]")
	case *ast.Starred:
		e.advance(x.Lineno)
		e.write("*")
		e.expr(x.Value, precBitOr)
	case *ast.Name:
		e.advance(x.Lineno)
		if x.Id == "" {
			e.failf("name without an identifier")
		}
		e.write(string(x.Id))
	case *ast.List:
		e.advance(x.Lineno)
		e.write("[")
		e.nest++
		e.exprList(x.Elts, precLambda)
		e.nest--
		e.write("]")
	case *ast.Tuple:
		e.tuple(x, false)
	default:
		e.failf("unsupported expression node %T", x)
	}
}

// tuple writes t in parentheses or, if bare and gpython would give the bare
// form the same line (that of its first element), without them.
func (e *emitter) tuple(t *ast.Tuple, bare bool) {
	if bare && len(t.Elts) > 0 && mustLine(t.Elts[0]) <= t.Lineno {
		e.advance(t.Lineno)
		e.first(t.Elts[0], precLambda, t.Lineno)
		for _, el := range t.Elts[1:] {
			e.write(", ")
			e.expr(el, precLambda)
		}
		if len(t.Elts) == 1 {
			e.write(",")
		}
		return
	}
	e.advance(t.Lineno)
	e.write("(")
	e.nest++
	e.exprList(t.Elts, precLambda)
	if len(t.Elts) == 1 {
		e.write(",")
	}
	e.nest--
	e.write(")")
}

// target writes the target list of a for statement or comprehension. A bare
// tuple there takes the line of the "for" keyword, which is where the caller
// has put us.
func (e *emitter) target(x ast.Expr) {
	if t, ok := x.(*ast.Tuple); ok && t != nil && len(t.Elts) > 0 && t.Lineno <= e.line {
		e.exprList(t.Elts, precBitOr)
		if len(t.Elts) == 1 {
			e.write(",")
		}
		return
	}
	e.expr(x, precBitOr)
}

func (e *emitter) comprehensions(gens []ast.Comprehension) {
	if len(gens) == 0 {
		e.failf("comprehension without a for clause")
	}
	for _, c := range gens {
		if t, ok := c.Target.(*ast.Tuple); ok && t != nil {
			e.advance(t.Lineno)
		}
		e.write(" for ")
		e.target(c.Target)
		e.write(" in ")
		e.expr(c.Iter, precOr)
		for _, cond := range c.Ifs {
			e.write(" if ")
			e.expr(cond, precOr)
		}
	}
}

// slice writes a subscript. top is false for the dimensions of an ExtSlice,
// where a tuple index needs its own parentheses.
func (e *emitter) slice(s ast.Slicer, top bool) {
	switch s := s.(type) {
	case *ast.Index:
		if t, ok := s.Value.(*ast.Tuple); ok && top && t != nil {
			e.tuple(t, true)
			return
		}
		e.expr(s.Value, precLambda)
	case *ast.Slice:
		if s.Lower != nil {
			e.expr(s.Lower, precLambda)
		}
		e.write(":")
		if s.Upper != nil {
			e.expr(s.Upper, precLambda)
		}
		if s.Step != nil {
			e.write(":")
			e.expr(s.Step, precLambda)
		}
	case *ast.ExtSlice:
		if !top {
			e.failf("nested extended slice")
		}
		if len(s.Dims) == 0 {
			e.failf("extended slice without dimensions")
		}
		for i, d := range s.Dims {
			if i > 0 {
				e.write(", ")
			}
			e.slice(d, false)
		}
		if len(s.Dims) == 1 {
			e.write(",")
		}
	case nil:
		e.failf("missing subscript")
	default:
		e.failf("unsupported slice node %T", s)
	}
}

// ------------------------------------------------------------
// Literals
// ------------------------------------------------------------

// reprNum returns the literal for a Num value and its precedence: an atom,
// or a unary or binary expression for values no literal spells (negative
// numbers and complex numbers with a real part), which gpython parses back
// as operations. e is nil when only the precedence is wanted.
func reprNum(e *emitter, n ast.Object) (string, int) {
	fail := func(format string, args ...any) (string, int) {
		if e != nil {
			e.failf(format, args...)
		}
		return "", precAtom
	}
	signed := func(s string) (string, int) {
		if strings.HasPrefix(s, "-") {
			return s, precFactor
		}
		return s, precAtom
	}
	switch v := n.(type) {
	case py.Int:
		return signed(strconv.FormatInt(int64(v), 10))
	case *py.BigInt:
		if v == nil {
			return fail("nil big int")
		}
		return signed((*big.Int)(v).String())
	case py.Float:
		if math.IsNaN(float64(v)) {
			return fail("float nan has no literal")
		}
		return signed(reprFloat(float64(v)))
	case py.Complex:
		re, im := real(v), imag(v)
		if math.IsNaN(re) || math.IsNaN(im) {
			return fail("complex nan has no literal")
		}
		imLit := reprImag(im)
		if re == 0 && !math.Signbit(re) {
			return signed(imLit)
		}
		if strings.HasPrefix(imLit, "-") {
			return reprFloat(re) + " - " + imLit[1:], precArith
		}
		return reprFloat(re) + " + " + imLit, precArith
	}
	return fail("unsupported number %T", n)
}

// reprFloat returns the shortest literal gpython reads back as exactly f.
// Infinity is written as 1e999, which gpython's lexer (like CPython's)
// reads as inf.
func reprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "1e999"
	case math.IsInf(f, -1):
		return "-1e999"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func reprImag(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "1e999j"
	case math.IsInf(f, -1):
		return "-1e999j"
	}
	return strconv.FormatFloat(f, 'g', -1, 64) + "j"
}

// reprStr quotes s the way Python's repr does, escaping what is not
// printable so the literal stays on one line.
func reprStr(e *emitter, s string) string {
	if !utf8.ValidString(s) {
		e.failf("string constant is not valid UTF-8: %q", s)
	}
	q := quoteChar(s)
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
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
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// reprBytes quotes s as a bytes literal of printable ASCII and escapes.
func reprBytes(s []byte) string {
	q := quoteChar(string(s))
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// quoteChar picks the quote character as repr does: single quotes unless the
// text has single quotes and no double quotes.
func quoteChar(s string) byte {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return '"'
	}
	return '\''
}
