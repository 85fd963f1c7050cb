// This file defines Check, the default-deny checker, and the walk over
// gpython's syntax tree that it and Parse share.

package policy

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"golang.org/x/text/unicode/norm"
)

// Rule IDs reported by Check. They are stable: tests and tools match them,
// not the messages.
const (
	ruleDunderAttr    = "dunder-attr"        // x.__y__
	ruleDunderName    = "dunder-name"        // a name of the form __y__
	ruleSpecialMethod = "special-method"     // def __getattr__ in a class body
	ruleForbiddenName = "forbidden-name"     // open, exec, eval, ...
	ruleImportDenied  = "import-denied"      // a module not on Config.AllowImport, or a relative import
	ruleImportStar    = "import-star"        // from m import *
	ruleReservedName  = "reserved-name"      // __pf_*__, the names of injected helpers
	ruleUnsupported   = "unsupported-syntax" // a node kind the checker does not know, class keywords
	ruleInternal      = "internal-error"     // the checker failed; the code is rejected
)

// reservedPrefix starts the names of the helpers later stages inject,
// __pf_<what>__.
const reservedPrefix = "__pf_"

// Config says what [Check] allows. The zero value allows no imports and
// uses the default name lists. Check does not modify it.
type Config struct {
	// AllowImport lists the modules that may be imported, by exact name:
	// "import a.b" needs "a.b", and "from a.b import c" needs "a.b".
	AllowImport []string

	// ForbiddenNames lists names code may not use as variables,
	// parameters, functions, classes or import aliases. Nil means
	// DefaultForbiddenNames(); an empty non-nil slice forbids none.
	ForbiddenNames []string

	// SpecialMethods lists the dunder methods a class body may define,
	// and reach through super(). Nil means DefaultSpecialMethods(); an
	// empty non-nil slice allows none.
	SpecialMethods []string
}

// DefaultForbiddenNames returns the names forbidden when
// Config.ForbiddenNames is nil: builtins that reach files, the terminal,
// the interpreter's namespaces or its compiler, whose very mention is
// rejected. Builtins that the runtime guards instead (getattr, setattr,
// type, ...) are not on the list. The caller may modify the slice.
func DefaultForbiddenNames() []string {
	return []string{
		"open", "exec", "eval", "compile", "__import__",
		"globals", "locals", "vars",
		"input", "breakpoint", "help", "exit", "quit",
		"copyright", "credits", "license", // site helpers; license() reads a file
		"memoryview",
	}
}

// DefaultSpecialMethods returns the special methods a class body may define
// when Config.SpecialMethods is nil: construction, representation,
// comparison, hashing, truth, containers, iteration, calls, context
// managers and the numeric protocols. The caller may modify the slice.
//
// Left out on purpose: hooks that change attribute lookup or object
// creation (__getattr__, __getattribute__, __setattr__, __delattr__,
// __dir__, __new__, __init_subclass__, __class_getitem__, descriptors'
// __get__, __set__, __delete__, __set_name__), finalisers (__del__),
// pickling and copying (__reduce__, __reduce_ex__, __getstate__,
// __setstate__, __copy__, __deepcopy__), metaclass hooks
// (__instancecheck__, __subclasscheck__, __subclasshook__, __prepare__),
// __format__ (run by str.format on a caller's format spec), __missing__
// (pyfence's dict does not call it, so defining it would silently do
// nothing) and hooks of later Pythons (__matmul__, __await__, ...).
func DefaultSpecialMethods() []string {
	return []string{
		"__init__", "__repr__", "__str__",
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__",
		"__len__", "__iter__", "__next__", "__reversed__", "__contains__",
		"__getitem__", "__setitem__", "__delitem__",
		"__call__", "__enter__", "__exit__",
		"__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__",
		"__mul__", "__rmul__", "__imul__", "__truediv__", "__rtruediv__", "__itruediv__",
		"__floordiv__", "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__", "__imod__",
		"__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__ipow__",
		"__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__",
		"__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__",
		"__xor__", "__rxor__", "__ixor__",
		"__neg__", "__pos__", "__abs__", "__invert__",
		"__index__", "__int__", "__float__", "__round__", "__trunc__", "__floor__", "__ceil__",
	}
}

// Check walks the tree of src and returns every policy violation in it,
// sorted by position (at most [MaxViolations] kept, the rest counted).
// It is default-deny: a node kind it does not know is reported as
// unsupported-syntax, and its children are not trusted either.
//
// The rules, by ID:
//
//   - dunder-attr: an attribute named __x__ (starting and ending with two
//     underscores, at least four characters), read, written or deleted, or
//     imported with "from m import __x__". Allowed: super().M with no
//     arguments to super, where M is in Config.SpecialMethods. Each part
//     of a dotted decorator (@a.__b__) is checked too, although gpython
//     parses it as one name.
//   - dunder-name: a dunder used as a name, parameter, keyword argument,
//     function or class name, import alias, except-as target, global or
//     nonlocal.
//   - special-method: a def directly in a class body whose dunder name is
//     not in Config.SpecialMethods. Allowed ones are not dunder-name.
//   - forbidden-name: a name in Config.ForbiddenNames used as a name,
//     parameter, function or class name, import alias, except-as target,
//     global or nonlocal. Methods (defs directly in a class body) may have
//     such names, since they bind an attribute, not a variable; keyword
//     argument names and attributes are not checked.
//   - import-denied: importing a module not in Config.AllowImport, or any
//     relative import.
//   - import-star: from m import *, even from an allowed module.
//   - reserved-name: a name or attribute of the form __pf_*__, reserved for
//     injected helpers; reported instead of dunder-name or dunder-attr.
//   - unsupported-syntax: a node kind the checker does not know, and class
//     headers with keyword arguments (metaclass=...), *args or **kwargs.
//   - internal-error: the checker itself failed; the code is rejected.
//
// Identifiers are compared in NFKC form, as [Parse] produces them.
// Positions are those of the offending node (an attribute at its '.');
// for a name gpython records no position of (def, class, global,
// except-as, import alias), the name is looked up on the statement's line,
// falling back to the statement.
//
// Check does not modify src and is safe for concurrent use; it never
// panics.
func Check(src *Source, cfg Config) (vs Violations) {
	if src == nil || src.Mod == nil {
		vs.Add(Pos{}, ruleUnsupported, "no syntax tree to check")
		return vs
	}
	c := newChecker(src, cfg)
	defer func() {
		if r := recover(); r != nil {
			c.vs.Add(c.at, ruleInternal, "the checker failed on this code")
		}
		c.vs.Sort()
		vs = c.vs
	}()
	c.visit(src.Mod)
	c.walrus(src.Mod)
	return vs
}

// A checker holds the state of one Check.
type checker struct {
	src       *Source
	allowed   []string        // sorted Config.AllowImport
	forbidden map[string]bool // Config.ForbiddenNames
	special   map[string]bool // Config.SpecialMethods
	methods   map[*ast.FunctionDef]bool
	visitFn   func(ast.Ast) // c.visit, bound once
	at        Pos           // position of the innermost node being visited that has one
	lines     []int         // offsets of the line starts in src.Text, built on first use
	vs        Violations
}

func newChecker(src *Source, cfg Config) *checker {
	forbidden, special := cfg.ForbiddenNames, cfg.SpecialMethods
	if forbidden == nil {
		forbidden = DefaultForbiddenNames()
	}
	if special == nil {
		special = DefaultSpecialMethods()
	}
	c := &checker{
		src:       src,
		allowed:   slices.Sorted(slices.Values(cfg.AllowImport)),
		forbidden: make(map[string]bool, len(forbidden)),
		special:   make(map[string]bool, len(special)),
		methods:   make(map[*ast.FunctionDef]bool),
	}
	for _, name := range forbidden {
		c.forbidden[name] = true
	}
	for _, name := range special {
		c.special[name] = true
	}
	c.visitFn = c.visit
	return c
}

// visit checks n and, unless its kind is unknown, its children. It is the
// one function the walk goes through: the type switch lists every node
// kind of gpython's ast package, and its default rejects anything else.
func (c *checker) visit(n ast.Ast) {
	saved := c.at
	if p := c.src.pos(n); p.IsValid() {
		c.at = p
	}
	switch n := n.(type) {
	// Modules. Interactive and Suite are never produced by Parse.
	case *ast.Module, *ast.Expression:

	// Statements.
	case *ast.FunctionDef:
		c.def(n)
	case *ast.ClassDef:
		c.class(n)
	case *ast.Import:
		c.importModules(n)
	case *ast.ImportFrom:
		c.importFrom(n)
	case *ast.Global:
		c.names(n, n.Names)
	case *ast.Nonlocal:
		c.names(n, n.Names)
	case *ast.Return, *ast.Delete, *ast.Assign, *ast.AugAssign, *ast.For, *ast.While,
		*ast.If, *ast.With, *ast.Raise, *ast.Try, *ast.Assert, *ast.ExprStmt,
		*ast.Pass, *ast.Break, *ast.Continue:

	// Expressions.
	case *ast.Name:
		if c.src.injectedName(n) && isReserved(string(n.Id)) {
			break // a helper the translation injected (translate.go)
		}
		if strings.Contains(string(n.Id), ".") {
			c.dotted(n)
		} else {
			c.name(c.at, string(n.Id))
		}
	case *ast.Attribute:
		c.attribute(n)
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp, *ast.Lambda, *ast.IfExp, *ast.Dict, *ast.Set,
		*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp, *ast.Yield, *ast.YieldFrom,
		*ast.Compare, *ast.Call, *ast.Num, *ast.Str, *ast.Bytes, *ast.NameConstant, *ast.Ellipsis,
		*ast.Subscript, *ast.Starred, *ast.List, *ast.Tuple:

	// Slices.
	case *ast.Slice, *ast.ExtSlice, *ast.Index:

	// Other nodes.
	case *ast.ExceptHandler:
		if n.Name != "" {
			c.name(c.findName(n.ExprType, string(n.Name)), string(n.Name))
		}
	case *ast.Arg:
		c.name(c.at, string(n.Arg))
	case *ast.Keyword:
		c.keywordArg(n)
	case *ast.Alias:
		// Checked by its Import or ImportFrom, which know the module.
	case *ast.Arguments, *ast.WithItem:

	default:
		c.vs.Add(c.at, ruleUnsupported, "unsupported syntax: %s", strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast."))
		c.at = saved
		return
	}
	forEachChild(n, c.visitFn)
	c.at = saved
}

// name checks an identifier that names a variable: a name, a parameter,
// a function or class name, an import alias, an except-as target, a
// global or nonlocal.
func (c *checker) name(pos Pos, id string) {
	id = nfkc(id)
	switch {
	case isReserved(id):
		c.vs.Add(pos, ruleReservedName, "name '%s' is reserved for pyfence", id)
	case isDunder(id):
		c.vs.Add(pos, ruleDunderName, "use of dunder name '%s' is not allowed", id)
	case c.forbidden[id]:
		c.vs.Add(pos, ruleForbiddenName, "use of '%s' is not allowed", id)
	}
}

// dotted checks the name gpython's parser builds for a dotted decorator:
// it parses @a.b.c as Name(id='a.b.c'), which gpython compiles as a lookup
// of the one variable "a.b.c". Checking a as a name and b and c as
// attributes keeps the check sound if a later stage or a fixed gpython
// turns it into the attribute access it spells. Each part is reported at
// its own position.
func (c *checker) dotted(n *ast.Name) {
	from := posOf(n)
	for i, part := range strings.Split(string(n.Id), ".") {
		pos, next := c.find(from, part)
		if i == 0 {
			c.name(pos, part)
		} else {
			c.member(pos, part)
		}
		from = next
	}
}

// member checks the name of an attribute, or of a module member imported
// with "from m import name"; it reports whether it found a violation.
func (c *checker) member(pos Pos, id string) bool {
	id = nfkc(id)
	switch {
	case isReserved(id):
		c.vs.Add(pos, ruleReservedName, "name '%s' is reserved for pyfence", id)
	case isDunder(id):
		c.vs.Add(pos, ruleDunderAttr, "access to dunder attribute '%s' is not allowed", id)
	default:
		return false
	}
	return true
}

// attribute checks x.attr, allowing super().M for the special methods M.
func (c *checker) attribute(n *ast.Attribute) {
	attr := nfkc(string(n.Attr))
	if isDunder(attr) && !isReserved(attr) && n.Ctx == ast.Load && c.special[attr] && isBareSuper(n.Value) {
		return
	}
	c.member(c.at, attr)
}

// isBareSuper reports whether e is the call super() without arguments.
func isBareSuper(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) > 0 || len(call.Keywords) > 0 || call.Starargs != nil || call.Kwargs != nil {
		return false
	}
	fn, ok := call.Func.(*ast.Name)
	return ok && nfkc(string(fn.Id)) == "super"
}

// keywordArg checks the name of a keyword argument, f(name=value). It is
// not a variable, so forbidden names are allowed: dict(open=1).
func (c *checker) keywordArg(n *ast.Keyword) {
	id := nfkc(string(n.Arg))
	switch {
	case isReserved(id):
		c.vs.Add(c.at, ruleReservedName, "name '%s' is reserved for pyfence", id)
	case isDunder(id):
		c.vs.Add(c.at, ruleDunderName, "use of dunder name '%s' is not allowed", id)
	}
}

// def checks the name of a function. A method, directly in a class body,
// may be a special method on the list, and may have a forbidden name.
func (c *checker) def(n *ast.FunctionDef) {
	id := nfkc(string(n.Name))
	pos := c.findName(n, id)
	if !c.methods[n] {
		c.name(pos, id)
		return
	}
	switch {
	case isReserved(id):
		c.vs.Add(pos, ruleReservedName, "name '%s' is reserved for pyfence", id)
	case isDunder(id) && !c.special[id]:
		c.vs.Add(pos, ruleSpecialMethod, "defining %s is not allowed", id)
	}
}

// class checks a class header and marks the defs directly in its body as
// methods.
func (c *checker) class(n *ast.ClassDef) {
	c.name(c.findName(n, string(n.Name)), string(n.Name))
	for _, k := range n.Keywords {
		if k != nil {
			c.vs.Add(c.posOr(k), ruleUnsupported, "class keyword argument '%s' is not supported", nfkc(string(k.Arg)))
		}
	}
	if n.Starargs != nil {
		c.vs.Add(c.posOr(n.Starargs), ruleUnsupported, "*args in a class header is not supported")
	}
	if n.Kwargs != nil {
		c.vs.Add(c.posOr(n.Kwargs), ruleUnsupported, "**kwargs in a class header is not supported")
	}
	for _, s := range n.Body {
		if fd, ok := s.(*ast.FunctionDef); ok {
			c.methods[fd] = true
		}
	}
}

// importModules checks "import a.b as c, d".
func (c *checker) importModules(n *ast.Import) {
	for _, a := range n.Names {
		if a == nil {
			continue
		}
		pos := c.posOr(a)
		c.module(pos, nfkc(string(a.Name)))
		if a.AsName != "" {
			c.name(c.findNameAfter(a, string(a.Name), string(a.AsName)), string(a.AsName))
		}
	}
}

// importFrom checks "from m import x as y, z" and "from m import *".
func (c *checker) importFrom(n *ast.ImportFrom) {
	module := nfkc(string(n.Module))
	if n.Level > 0 {
		c.vs.Add(c.at, ruleImportDenied, "relative import of '%s%s' is not allowed", strings.Repeat(".", n.Level), module)
	} else {
		c.module(c.findName(n, module), module)
	}
	for _, a := range n.Names {
		if a == nil {
			continue
		}
		pos := c.posOr(a)
		name := string(a.Name)
		switch {
		case name == "*":
			c.vs.Add(pos, ruleImportStar, "'from %s import *' is not allowed", module)
		case a.AsName == "":
			// The member is both read from the module and bound.
			if !c.member(pos, name) {
				c.name(pos, name)
			}
		default:
			c.member(pos, name)
			c.name(c.findNameAfter(a, name, string(a.AsName)), string(a.AsName))
		}
	}
}

// module checks that module may be imported.
func (c *checker) module(pos Pos, module string) {
	if _, ok := slices.BinarySearch(c.allowed, module); ok {
		return
	}
	if len(c.allowed) == 0 {
		c.vs.Add(pos, ruleImportDenied, "import of module '%s' is not allowed: no modules may be imported", module)
		return
	}
	c.vs.Add(pos, ruleImportDenied, "import of module '%s' is not allowed: allowed modules are %s",
		module, strings.Join(c.allowed, ", "))
}

// names checks the names of a global or nonlocal statement.
func (c *checker) names(stmt ast.Ast, names []ast.Identifier) {
	from := posOf(stmt)
	for _, id := range names {
		pos, next := c.find(from, string(id))
		c.name(pos, string(id))
		from = next
	}
}

// posOr returns the position of n, or of the node being visited when n has
// none.
func (c *checker) posOr(n ast.Ast) Pos {
	if p := c.src.pos(n); p.IsValid() {
		return p
	}
	return c.at
}

// findName returns the position of the identifier id on the line of n, at
// or after n's position: gpython records none for the names in def, class,
// global, nonlocal, except-as and import statements. If id is not there
// (the statement continues on another line), it returns n's position.
func (c *checker) findName(n ast.Ast, id string) Pos {
	pos, _ := c.find(posOf(n), id)
	return pos
}

// findNameAfter is findName for the alias of "name as id", searching after
// name.
func (c *checker) findNameAfter(n ast.Ast, name, id string) Pos {
	from := posOf(n)
	if from.IsValid() && from.Col > 0 {
		from.Col += len(name)
	}
	pos, _ := c.find(from, id)
	return pos
}

// find looks for id as a whole word on the line of from (a position in
// Text), at or after it. It returns the position of id in the source and
// the Text position just after it; when id is not found, the fallback
// position and from.
func (c *checker) find(from Pos, id string) (pos, next Pos) {
	fallback := c.src.srcPos(from)
	if !fallback.IsValid() {
		fallback = c.at
	}
	if !from.IsValid() || from.Col <= 0 || id == "" {
		return fallback, from
	}
	if c.lines == nil {
		c.lines = lineStarts(c.src.Text)
	}
	if from.Line > len(c.lines) {
		return fallback, from
	}
	text := c.src.Text
	start := c.lines[from.Line-1]
	end := len(text)
	if from.Line < len(c.lines) {
		end = c.lines[from.Line]
	}
	line := text[start:end]
	for k := from.Col - 1; k >= 0 && k < len(line); {
		i := strings.Index(line[k:], id)
		if i < 0 {
			break
		}
		i += k
		j := i + len(id)
		if (i == 0 || !isIdentByteBefore(line, i)) && (j == len(line) || !isIdentByteAt(line, j)) {
			at := Pos{Line: from.Line, Col: i + 1}
			return c.src.srcPos(at), Pos{Line: from.Line, Col: j + 1}
		}
		k = i + 1
	}
	return fallback, from
}

// lineStarts returns the offsets at which the lines of text start.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// isIdentByteAt reports whether an identifier character starts at s[i].
func isIdentByteAt(s string, i int) bool {
	c := s[i]
	return isASCIIWordByte(c) || c >= utf8.RuneSelf
}

// isIdentByteBefore reports whether an identifier character ends just
// before s[i].
func isIdentByteBefore(s string, i int) bool {
	c := s[i-1]
	return isASCIIWordByte(c) || c >= utf8.RuneSelf
}

// isDunder reports whether id has the form __x__: it starts and ends with
// two underscores and is at least four characters long, so "____" is one
// and "__private" is not.
func isDunder(id string) bool {
	return len(id) >= 4 && strings.HasPrefix(id, "__") && strings.HasSuffix(id, "__")
}

// isReserved reports whether id has the form __pf_*__.
func isReserved(id string) bool {
	return len(id) >= len(reservedPrefix)+2 && strings.HasPrefix(id, reservedPrefix) && strings.HasSuffix(id, "__")
}

// nfkc returns id in NFKC form. Parse already normalises identifiers; this
// keeps Check sound for trees built some other way.
func nfkc(id string) string {
	for i := 0; i < len(id); i++ {
		if id[i] >= utf8.RuneSelf {
			return norm.NFKC.String(id)
		}
	}
	return id
}

// forEachChild calls f on each child node of n, in source order. It knows
// every node kind of gpython's ast package; for any other it calls nothing
// (the checker reports such nodes before asking for their children).
// Comprehensions, which are not nodes, are flattened into their parent.
func forEachChild(n ast.Ast, f func(ast.Ast)) {
	expr := func(e ast.Expr) {
		if e != nil {
			f(e)
		}
	}
	exprs := func(es []ast.Expr) {
		for _, e := range es {
			expr(e)
		}
	}
	stmts := func(ss []ast.Stmt) {
		for _, s := range ss {
			if s != nil {
				f(s)
			}
		}
	}
	generators := func(gs []ast.Comprehension) {
		for _, g := range gs {
			expr(g.Target)
			expr(g.Iter)
			exprs(g.Ifs)
		}
	}
	args := func(a *ast.Arguments) {
		if a != nil {
			f(a)
		}
	}
	arg := func(a *ast.Arg) {
		if a != nil {
			f(a)
		}
	}
	keywords := func(ks []*ast.Keyword) {
		for _, k := range ks {
			if k != nil {
				f(k)
			}
		}
	}

	switch n := n.(type) {
	// Modules.
	case *ast.Module:
		stmts(n.Body)
	case *ast.Interactive:
		stmts(n.Body)
	case *ast.Expression:
		expr(n.Body)
	case *ast.Suite:
		stmts(n.Body)

	// Statements.
	case *ast.FunctionDef:
		exprs(n.DecoratorList)
		args(n.Args)
		expr(n.Returns)
		stmts(n.Body)
	case *ast.ClassDef:
		exprs(n.DecoratorList)
		exprs(n.Bases)
		keywords(n.Keywords)
		expr(n.Starargs)
		expr(n.Kwargs)
		stmts(n.Body)
	case *ast.Return:
		expr(n.Value)
	case *ast.Delete:
		exprs(n.Targets)
	case *ast.Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *ast.AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *ast.For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *ast.While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *ast.If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *ast.With:
		for _, item := range n.Items {
			if item != nil {
				f(item)
			}
		}
		stmts(n.Body)
	case *ast.Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *ast.Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			if h != nil {
				f(h)
			}
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *ast.Assert:
		expr(n.Test)
		expr(n.Msg)
	case *ast.Import:
		for _, a := range n.Names {
			if a != nil {
				f(a)
			}
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a != nil {
				f(a)
			}
		}
	case *ast.Global, *ast.Nonlocal, *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.ExprStmt:
		expr(n.Value)

	// Expressions.
	case *ast.BoolOp:
		exprs(n.Values)
	case *ast.BinOp:
		expr(n.Left)
		expr(n.Right)
	case *ast.UnaryOp:
		expr(n.Operand)
	case *ast.Lambda:
		args(n.Args)
		expr(n.Body)
	case *ast.IfExp:
		expr(n.Body)
		expr(n.Test)
		expr(n.Orelse)
	case *ast.Dict:
		for i := 0; i < max(len(n.Keys), len(n.Values)); i++ {
			if i < len(n.Keys) {
				expr(n.Keys[i])
			}
			if i < len(n.Values) {
				expr(n.Values[i])
			}
		}
	case *ast.Set:
		exprs(n.Elts)
	case *ast.ListComp:
		expr(n.Elt)
		generators(n.Generators)
	case *ast.SetComp:
		expr(n.Elt)
		generators(n.Generators)
	case *ast.DictComp:
		expr(n.Key)
		expr(n.Value)
		generators(n.Generators)
	case *ast.GeneratorExp:
		expr(n.Elt)
		generators(n.Generators)
	case *ast.Yield:
		expr(n.Value)
	case *ast.YieldFrom:
		expr(n.Value)
	case *ast.Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *ast.Call:
		expr(n.Func)
		exprs(n.Args)
		keywords(n.Keywords)
		expr(n.Starargs)
		expr(n.Kwargs)
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.NameConstant, *ast.Ellipsis, *ast.Name:
	case *ast.Attribute:
		expr(n.Value)
	case *ast.Subscript:
		expr(n.Value)
		if n.Slice != nil {
			f(n.Slice)
		}
	case *ast.Starred:
		expr(n.Value)
	case *ast.List:
		exprs(n.Elts)
	case *ast.Tuple:
		exprs(n.Elts)

	// Slices.
	case *ast.Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			if d != nil {
				f(d)
			}
		}
	case *ast.Index:
		expr(n.Value)

	// Other nodes.
	case *ast.ExceptHandler:
		expr(n.ExprType)
		stmts(n.Body)
	case *ast.Arguments:
		for _, a := range n.Args {
			arg(a)
		}
		exprs(n.Defaults)
		arg(n.Vararg)
		for _, a := range n.Kwonlyargs {
			arg(a)
		}
		exprs(n.KwDefaults)
		arg(n.Kwarg)
	case *ast.Arg:
		expr(n.Annotation)
	case *ast.Keyword:
		expr(n.Value)
	case *ast.Alias:
	case *ast.WithItem:
		expr(n.ContextExpr)
		expr(n.OptionalVars)
	}
}
