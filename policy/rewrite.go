// This file defines Rewrite, the AST-to-AST stage between Check and Emit.

package policy

import (
	"github.com/go-python/gpython/ast"
)

// Names of the injected helpers the rewrites call. The checker rejects
// these names in user code (rule reserved-name), so a script can neither
// call nor shadow them.
const (
	ResultName   = "__pf_result__"     // receives the value of a module's final expression
	DictHelper   = "__pf_dict__"       // {k: v, ...} → __pf_dict__((k, v, ...))
	DictPairs    = "__pf_dict_pairs__" // {k: v for ...} → __pf_dict_pairs__(((k, v) for ...))
	SetHelper    = "__pf_set__"        // {a, ...} and {a for ...} → __pf_set__(iterable)
	KwHelper     = "__pf_kw__"         // f(**d) → f(**__pf_kw__(d))
	KwargsHelper = "__pf_kwargs__"     // **kwargs parameter → pyfence dict (applied in bytecode)
	superName    = "super"
)

// Rewrite transforms the checked tree of src in place and reports whether
// it changed anything; when it did not, the original text can be compiled
// as it is.
//
// The rewrites are those that need the tree:
//   - the value of a module's final expression statement is stored in
//     [ResultName] so the run can return it;
//   - dict and set displays and comprehensions build pyfence's own ordered
//     dict and set (gpython's take only str keys and iterate in random
//     order);
//   - f(**d) passes d through [KwHelper], since gpython's call accepts
//     only its own dict there;
//   - a zero-argument super() inside a method becomes super(C, self), as
//     gpython has no __class__ cell.
//
// Guards and step meters are not injected here but in the compiled
// bytecode (package internal/bytecode), where every attribute access and
// every instruction is visible whatever syntax produced it.
func Rewrite(src *Source, opts RewriteOptions) bool {
	r := &rewriter{opts: opts}
	switch m := src.Mod.(type) {
	case *ast.Module:
		m.Body = r.stmts(m.Body, nil)
		if len(m.Body) > 0 {
			if last, ok := m.Body[len(m.Body)-1].(*ast.ExprStmt); ok {
				if _, isYield := last.Value.(*ast.Yield); !isYield {
					target := &ast.Name{ExprBase: ast.ExprBase{Pos: last.Pos}, Id: ResultName, Ctx: ast.Store}
					m.Body[len(m.Body)-1] = &ast.Assign{StmtBase: ast.StmtBase{Pos: last.Pos}, Targets: []ast.Expr{target}, Value: last.Value}
					r.changed = true
				}
			}
		}
	case *ast.Expression:
		m.Body = r.expr(m.Body)
	case *ast.Interactive:
		m.Body = r.stmts(m.Body, nil)
	}
	return r.changed
}

// RewriteOptions select optional rewrites. The zero value does only the
// final-expression and super() rewrites.
type RewriteOptions struct {
	// Displays turns dict and set displays and comprehensions, and f(**d),
	// into calls of the dict and set helpers.
	Displays bool
}

type rewriter struct {
	opts    RewriteOptions
	changed bool
}

// method describes the function whose body is being rewritten when it is
// a method directly in a class body: super() needs both names.
type method struct {
	class string
	self  string
}

func (r *rewriter) stmts(list []ast.Stmt, m *method) []ast.Stmt {
	for i, s := range list {
		list[i] = r.stmt(s, m)
	}
	return list
}

func (r *rewriter) stmt(s ast.Stmt, m *method) ast.Stmt {
	switch n := s.(type) {
	case *ast.FunctionDef:
		r.exprs(n.DecoratorList)
		r.arguments(n.Args)
		r.decoratedDefaults(n)
		n.Returns = r.expr(n.Returns)
		n.Body = r.stmts(n.Body, nil)
	case *ast.ClassDef:
		r.exprs(n.DecoratorList)
		r.exprs(n.Bases)
		for _, k := range n.Keywords {
			k.Value = r.expr(k.Value)
		}
		n.Starargs = r.expr(n.Starargs)
		n.Kwargs = r.expr(n.Kwargs)
		for i, b := range n.Body {
			if f, ok := b.(*ast.FunctionDef); ok && len(f.Args.Args) > 0 && !isStaticMethod(f) {
				r.exprs(f.DecoratorList)
				r.arguments(f.Args)
				r.decoratedDefaults(f)
				f.Returns = r.expr(f.Returns)
				f.Body = r.stmts(f.Body, &method{class: string(n.Name), self: string(f.Args.Args[0].Arg)})
				continue
			}
			n.Body[i] = r.stmt(b, nil)
		}
	case *ast.Return:
		n.Value = r.exprIn(n.Value, m)
	case *ast.Delete:
		r.exprsIn(n.Targets, m)
	case *ast.Assign:
		r.exprsIn(n.Targets, m)
		n.Value = r.exprIn(n.Value, m)
	case *ast.AugAssign:
		n.Target = r.exprIn(n.Target, m)
		n.Value = r.exprIn(n.Value, m)
	case *ast.For:
		n.Target = r.exprIn(n.Target, m)
		n.Iter = r.exprIn(n.Iter, m)
		n.Body = r.stmts(n.Body, m)
		n.Orelse = r.stmts(n.Orelse, m)
	case *ast.While:
		n.Test = r.exprIn(n.Test, m)
		n.Body = r.stmts(n.Body, m)
		n.Orelse = r.stmts(n.Orelse, m)
	case *ast.If:
		n.Test = r.exprIn(n.Test, m)
		n.Body = r.stmts(n.Body, m)
		n.Orelse = r.stmts(n.Orelse, m)
	case *ast.With:
		for _, it := range n.Items {
			it.ContextExpr = r.exprIn(it.ContextExpr, m)
			it.OptionalVars = r.exprIn(it.OptionalVars, m)
		}
		n.Body = r.stmts(n.Body, m)
	case *ast.Raise:
		n.Exc = r.exprIn(n.Exc, m)
		n.Cause = r.exprIn(n.Cause, m)
	case *ast.Try:
		n.Body = r.stmts(n.Body, m)
		for _, h := range n.Handlers {
			h.ExprType = r.exprIn(h.ExprType, m)
			h.Body = r.stmts(h.Body, m)
		}
		n.Orelse = r.stmts(n.Orelse, m)
		n.Finalbody = r.stmts(n.Finalbody, m)
	case *ast.Assert:
		n.Test = r.exprIn(n.Test, m)
		n.Msg = r.exprIn(n.Msg, m)
	case *ast.ExprStmt:
		n.Value = r.exprIn(n.Value, m)
	}
	return s
}

func isStaticMethod(f *ast.FunctionDef) bool {
	for _, d := range f.DecoratorList {
		if n, ok := d.(*ast.Name); ok && n.Id == "staticmethod" {
			return true
		}
	}
	return false
}

func (r *rewriter) arguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	if kwOnlyDefaultsFirst(a) {
		r.changed = true
	}
	r.exprs(a.Defaults)
	r.exprs(a.KwDefaults)
	for _, arg := range a.Args {
		arg.Annotation = r.expr(arg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		arg.Annotation = r.expr(arg.Annotation)
	}
	if a.Vararg != nil {
		a.Vararg.Annotation = r.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		a.Kwarg.Annotation = r.expr(a.Kwarg.Annotation)
	}
}

func (r *rewriter) exprs(list []ast.Expr) {
	r.exprsIn(list, nil)
}

func (r *rewriter) exprsIn(list []ast.Expr, m *method) {
	for i, e := range list {
		list[i] = r.exprIn(e, m)
	}
}

func (r *rewriter) expr(e ast.Expr) ast.Expr { return r.exprIn(e, nil) }

func (r *rewriter) comprehensions(gens []ast.Comprehension, m *method) {
	for i := range gens {
		gens[i].Target = r.exprIn(gens[i].Target, m)
		gens[i].Iter = r.exprIn(gens[i].Iter, m)
		r.exprsIn(gens[i].Ifs, m)
	}
}

func (r *rewriter) slice(s ast.Slicer, m *method) {
	switch n := s.(type) {
	case *ast.Slice:
		n.Lower = r.exprIn(n.Lower, m)
		n.Upper = r.exprIn(n.Upper, m)
		n.Step = r.exprIn(n.Step, m)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			r.slice(d, m)
		}
	case *ast.Index:
		n.Value = r.exprIn(n.Value, m)
	}
}

// call builds helper(args...) at the position of at.
func (r *rewriter) call(at ast.Pos, helper string, args ...ast.Expr) ast.Expr {
	r.changed = true
	fn := &ast.Name{ExprBase: ast.ExprBase{Pos: at}, Id: ast.Identifier(helper), Ctx: ast.Load}
	return &ast.Call{ExprBase: ast.ExprBase{Pos: at}, Func: fn, Args: args}
}

func tuple(at ast.Pos, elts []ast.Expr) *ast.Tuple {
	if elts == nil {
		elts = []ast.Expr{}
	}
	return &ast.Tuple{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Load}
}

// exprIn rewrites e, found inside method m (nil outside methods), and
// returns its replacement.
func (r *rewriter) exprIn(e ast.Expr, m *method) ast.Expr {
	switch n := e.(type) {
	case nil:
		return nil
	case *ast.BoolOp:
		r.exprsIn(n.Values, m)
	case *ast.BinOp:
		n.Left = r.exprIn(n.Left, m)
		n.Right = r.exprIn(n.Right, m)
	case *ast.UnaryOp:
		n.Operand = r.exprIn(n.Operand, m)
	case *ast.Lambda:
		r.arguments(n.Args)
		n.Body = r.exprIn(n.Body, nil)
	case *ast.IfExp:
		n.Test = r.exprIn(n.Test, m)
		n.Body = r.exprIn(n.Body, m)
		n.Orelse = r.exprIn(n.Orelse, m)
	case *ast.Dict:
		if !r.opts.Displays {
			r.exprsIn(n.Keys, m)
			r.exprsIn(n.Values, m)
			return e
		}
		flat := make([]ast.Expr, 0, 2*len(n.Keys))
		for i := range n.Keys {
			flat = append(flat, r.exprIn(n.Keys[i], m), r.exprIn(n.Values[i], m))
		}
		return r.call(n.Pos, DictHelper, tuple(n.Pos, flat))
	case *ast.Set:
		r.exprsIn(n.Elts, m)
		if !r.opts.Displays {
			return e
		}
		return r.call(n.Pos, SetHelper, tuple(n.Pos, n.Elts))
	case *ast.ListComp:
		n.Elt = r.exprIn(n.Elt, m)
		r.comprehensions(n.Generators, m)
	case *ast.SetComp:
		elt := r.exprIn(n.Elt, m)
		r.comprehensions(n.Generators, m)
		if !r.opts.Displays {
			n.Elt = elt
			return e
		}
		gen := &ast.GeneratorExp{ExprBase: n.ExprBase, Elt: elt, Generators: n.Generators}
		return r.call(n.Pos, SetHelper, gen)
	case *ast.DictComp:
		if !r.opts.Displays {
			n.Key = r.exprIn(n.Key, m)
			n.Value = r.exprIn(n.Value, m)
			r.comprehensions(n.Generators, m)
			return e
		}
		pair := tuple(n.Pos, []ast.Expr{r.exprIn(n.Key, m), r.exprIn(n.Value, m)})
		r.comprehensions(n.Generators, m)
		gen := &ast.GeneratorExp{ExprBase: n.ExprBase, Elt: pair, Generators: n.Generators}
		return r.call(n.Pos, DictPairs, gen)
	case *ast.GeneratorExp:
		n.Elt = r.exprIn(n.Elt, m)
		r.comprehensions(n.Generators, m)
	case *ast.Yield:
		n.Value = r.exprIn(n.Value, m)
	case *ast.YieldFrom:
		n.Value = r.exprIn(n.Value, m)
	case *ast.Compare:
		n.Left = r.exprIn(n.Left, m)
		r.exprsIn(n.Comparators, m)
	case *ast.Call:
		n.Func = r.exprIn(n.Func, m)
		r.exprsIn(n.Args, m)
		for _, k := range n.Keywords {
			k.Value = r.exprIn(k.Value, m)
		}
		n.Starargs = r.exprIn(n.Starargs, m)
		if n.Kwargs != nil && r.opts.Displays && !isCallOf(n.Kwargs, KwHelper) {
			n.Kwargs = r.call(n.Pos, KwHelper, r.exprIn(n.Kwargs, m))
		}
		if f, ok := n.Func.(*ast.Name); ok && f.Id == superName && m != nil &&
			len(n.Args) == 0 && len(n.Keywords) == 0 && n.Starargs == nil && n.Kwargs == nil {
			r.changed = true
			n.Args = []ast.Expr{
				&ast.Name{ExprBase: ast.ExprBase{Pos: n.Pos}, Id: ast.Identifier(m.class), Ctx: ast.Load},
				&ast.Name{ExprBase: ast.ExprBase{Pos: n.Pos}, Id: ast.Identifier(m.self), Ctx: ast.Load},
			}
		}
	case *ast.Attribute:
		n.Value = r.exprIn(n.Value, m)
	case *ast.Subscript:
		n.Value = r.exprIn(n.Value, m)
		r.slice(n.Slice, m)
	case *ast.Starred:
		n.Value = r.exprIn(n.Value, m)
	case *ast.List:
		r.exprsIn(n.Elts, m)
	case *ast.Tuple:
		r.exprsIn(n.Elts, m)
	}
	return e
}

// isCallOf reports whether e is a call of the helper name.
func isCallOf(e ast.Expr, name string) bool {
	c, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	f, ok := c.Func.(*ast.Name)
	return ok && string(f.Id) == name
}

// kwOnlyOwners returns, for each keyword-only default of a, the index of
// the parameter it belongs to in the source, judged by position: a default
// belongs to the parameter that starts last before it. It returns nil when
// positions do not settle it (a default without a position, or two
// defaults claiming one parameter).
func kwOnlyOwners(a *ast.Arguments) []int {
	if len(a.KwDefaults) == 0 || len(a.KwDefaults) > len(a.Kwonlyargs) {
		return nil
	}
	before := func(l1, c1, l2, c2 int) bool { return l1 < l2 || l1 == l2 && c1 < c2 }
	owners := make([]int, len(a.KwDefaults))
	taken := make([]bool, len(a.Kwonlyargs))
	for k, d := range a.KwDefaults {
		line, col := 0, 0
		if d == nil {
			return nil
		}
		ast.Walk(d, func(n ast.Ast) bool {
			if l, c := n.GetLineno(), n.GetColOffset(); l > 0 && before(line, col, l, c) {
				line, col = l, c
			}
			return true
		})
		if line == 0 {
			return nil
		}
		owner := -1
		for i, p := range a.Kwonlyargs {
			if p == nil || p.Lineno == 0 || !before(p.Lineno, p.ColOffset, line, col) {
				continue
			}
			if owner < 0 || before(a.Kwonlyargs[owner].Lineno, a.Kwonlyargs[owner].ColOffset, p.Lineno, p.ColOffset) {
				owner = i
			}
		}
		if owner < 0 || taken[owner] {
			return nil
		}
		owners[k] = owner
		taken[owner] = true
	}
	return owners
}

// kwOnlyDefaultsFirst reorders the keyword-only parameters of a so that
// those with a default come first, in the order of their defaults.
// gpython's compiler pairs the i-th keyword-only default with the i-th
// keyword-only parameter, so "def f(*, a, b=1)" would give a the default;
// keyword-only parameters are passed only by name, so their order does
// not change what a call binds. It reports whether the order changed.
func kwOnlyDefaultsFirst(a *ast.Arguments) bool {
	owners := kwOnlyOwners(a)
	moved := false
	for k, i := range owners {
		moved = moved || i != k
	}
	if !moved {
		return false
	}
	taken := make([]bool, len(a.Kwonlyargs))
	params := make([]*ast.Arg, 0, len(a.Kwonlyargs))
	for _, i := range owners {
		params = append(params, a.Kwonlyargs[i])
		taken[i] = true
	}
	for i, p := range a.Kwonlyargs {
		if !taken[i] {
			params = append(params, p)
		}
	}
	a.Kwonlyargs = params
	return true
}
