// This file defines the rewrite of decorated functions with default
// values.
//
// gpython v0.2.0 compiles a decorated def by evaluating the defaults, then
// the decorators, then MAKE_FUNCTION, which takes its defaults from the
// top of the stack: it takes the decorators instead, and the decorated
// name is bound to the result of calling a default value
// ("'int' object is not callable" for "@classmethod def f(cls, n=0)").
// The rewrite moves the defaults out of the signature into a call that
// wraps the innermost decorator:
//
//	@d1                         @d1
//	@d2                 →       @__pf_defaults__(d2, E1, k=E2)
//	def f(a, b=E1, *, k=E2):    def f(a, b, *, k):
//
// The helper sets the function's defaults, then applies d2. CPython's
// order of evaluation is kept: the decorator expressions first, then the
// defaults, then the function, then the decorators from the innermost
// out. The moved defaults take the line of the decorator they join, so
// that every statement keeps its line.

package policy

import (
	"reflect"

	"github.com/go-python/gpython/ast"
)

// HelperDefaults names the helper that sets a function's defaults before
// applying a decorator; package builtins binds it.
const HelperDefaults = "__pf_defaults__"

// decoratedDefaults rewrites f as described above, when it has decorators
// and default values. It runs after the keyword-only parameters are in
// the order of their defaults.
func (r *rewriter) decoratedDefaults(f *ast.FunctionDef) {
	a := f.Args
	if len(f.DecoratorList) == 0 || a == nil || len(a.Defaults)+len(a.KwDefaults) == 0 {
		return
	}
	if len(a.KwDefaults) > len(a.Kwonlyargs) {
		return // malformed; gpython's compiler reports it
	}
	last := len(f.DecoratorList) - 1
	deco := f.DecoratorList[last]
	line := deco.GetLineno()
	if line == 0 {
		line = f.Lineno
	}
	call := &ast.Call{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: line, ColOffset: deco.GetColOffset()}},
		Func: &ast.Name{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: line, ColOffset: deco.GetColOffset()}},
			Id: HelperDefaults, Ctx: ast.Load},
		Args: append([]ast.Expr{deco}, a.Defaults...)}
	for i, d := range a.KwDefaults {
		call.Keywords = append(call.Keywords, &ast.Keyword{Pos: ast.Pos{Lineno: line}, Arg: a.Kwonlyargs[i].Arg, Value: d})
	}
	for _, d := range append(append([]ast.Expr(nil), a.Defaults...), a.KwDefaults...) {
		atLine(d, line)
	}
	f.DecoratorList[last] = call
	a.Defaults, a.KwDefaults = nil, nil
	r.changed = true
}

// atLine moves every node of the expression x to line: the emitter then
// writes it on that line.
func atLine(x ast.Expr, line int) {
	ast.Walk(x, func(n ast.Ast) bool {
		v := reflect.ValueOf(n)
		if v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct {
			if f := v.Elem().FieldByName("Lineno"); f.IsValid() && f.CanSet() && f.Kind() == reflect.Int {
				f.SetInt(int64(line))
			}
		}
		return true
	})
}
