// This file defines Rewrite, the AST-to-AST stage between Check and Emit.

package policy

import (
	"github.com/go-python/gpython/ast"
)

// ResultName is the injected global that receives the value of a module's
// final expression statement.
const ResultName = "__pf_result__"

// Rewrite transforms the checked tree of src in place and reports whether
// it changed anything; when it did not, the original text can be compiled
// as it is.
//
// Rewrites done here are those that need the tree: the value of a module's
// final expression statement is stored in [ResultName] so the run can
// return it. Guards and step meters are not injected here but in the
// compiled bytecode (package internal/bytecode), where every attribute
// access and every instruction is visible whatever syntax produced it.
func Rewrite(src *Source) bool {
	m, ok := src.Mod.(*ast.Module)
	if !ok || len(m.Body) == 0 {
		return false
	}
	last, ok := m.Body[len(m.Body)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	if _, isYield := last.Value.(*ast.Yield); isYield {
		return false
	}
	target := &ast.Name{ExprBase: ast.ExprBase{Pos: last.Pos}, Id: ResultName, Ctx: ast.Store}
	assign := &ast.Assign{StmtBase: ast.StmtBase{Pos: last.Pos}, Targets: []ast.Expr{target}, Value: last.Value}
	m.Body[len(m.Body)-1] = assign
	return true
}
