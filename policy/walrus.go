// This file checks assignment expressions (NAME := VALUE), which the
// translation turns into ((VALUE) is __pf_walrus_NAME__) and the
// instrumenter into a store of NAME in the scope gpython's compiler gives
// the code (see internal/bytecode/walrus.go). Where that scope is not the
// one CPython binds NAME in, the expression is refused instead of being
// run differently.

package policy

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// Scope kinds, for assignment expressions.
const (
	scopeModule = iota
	scopeClass
	scopeFunction
	scopeLambda
	scopeComprehension
)

// wscope is what one scope binds and uses, as far as assignment
// expressions care.
type wscope struct {
	kind      int
	bound     map[string]bool // parameters and names bound other than by ':='
	declared  map[string]bool // global and nonlocal names
	usedBelow map[string]bool // names appearing in nested scopes
	targets   []walrusTarget
}

type walrusTarget struct {
	name string
	pos  Pos
}

// walrusMarkerTarget returns the target of an assignment expression's
// marker comparison, or "".
func (c *checker) walrusMarkerTarget(n *ast.Compare) string {
	if len(n.Ops) != 1 || n.Ops[0] != ast.Is || len(n.Comparators) != 1 {
		return ""
	}
	m, ok := n.Comparators[0].(*ast.Name)
	if !ok || !c.src.injectedName(m) {
		return ""
	}
	id := string(m.Id)
	if !strings.HasPrefix(id, walrusPrefix) || !strings.HasSuffix(id, "__") || len(id) <= len(walrusPrefix)+2 {
		return ""
	}
	return id[len(walrusPrefix) : len(id)-2]
}

// walrus checks every assignment expression of the module: its target as
// any bound name, and its scope.
func (c *checker) walrus(mod ast.Mod) {
	if c.src.trans == nil {
		return // nothing was translated: no ':=' in the source
	}
	c.walrusScope(mod, scopeModule, nil)
}

// walrusScope collects the scope of node n (a module, class, function,
// lambda or comprehension), checks its assignment expressions, and
// returns the names used anywhere in it, for the enclosing scope.
func (c *checker) walrusScope(n ast.Ast, kind int, params []string) map[string]bool {
	s := &wscope{kind: kind, bound: map[string]bool{}, declared: map[string]bool{}, usedBelow: map[string]bool{}}
	for _, p := range params {
		s.bound[p] = true
	}
	used := map[string]bool{}
	ast.Walk(n, func(x ast.Ast) bool {
		if x == n {
			return true
		}
		var below map[string]bool
		switch x := x.(type) {
		case *ast.FunctionDef:
			s.bound[string(x.Name)] = true
			below = c.walrusScope(x, scopeFunction, argNames(x.Args))
		case *ast.ClassDef:
			s.bound[string(x.Name)] = true
			below = c.walrusScope(x, scopeClass, nil)
		case *ast.Lambda:
			below = c.walrusScope(x, scopeLambda, argNames(x.Args))
		case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			below = c.walrusScope(x, scopeComprehension, nil)
		case *ast.Name:
			used[string(x.Id)] = true
			if x.Ctx == ast.Store || x.Ctx == ast.Del {
				s.bound[string(x.Id)] = true
			}
			return true
		case *ast.Global:
			for _, id := range x.Names {
				s.declared[string(id)] = true
			}
			return true
		case *ast.Nonlocal:
			for _, id := range x.Names {
				s.declared[string(id)] = true
			}
			return true
		case *ast.Alias:
			name := string(x.AsName)
			if name == "" {
				name, _, _ = strings.Cut(string(x.Name), ".")
			}
			s.bound[name] = true
			return true
		case *ast.ExceptHandler:
			if x.Name != "" {
				s.bound[string(x.Name)] = true
			}
			return true
		case *ast.Compare:
			if t := c.walrusMarkerTarget(x); t != "" {
				s.targets = append(s.targets, walrusTarget{name: t, pos: c.src.pos(x)})
			}
			return true
		default:
			return true
		}
		for id := range below {
			s.usedBelow[id] = true
			used[id] = true
		}
		return false
	})
	for _, t := range s.targets {
		c.name(t.pos, t.name)
		switch {
		case s.kind == scopeComprehension || s.kind == scopeLambda:
			c.vs.Add(t.pos, ruleUnsupported, "assignment expressions (:=) inside a comprehension or lambda are not supported")
		case s.kind == scopeFunction && s.declared[t.name]:
			c.vs.Add(t.pos, ruleUnsupported, "assignment expression (:=) to '%s', declared global or nonlocal, is not supported", t.name)
		case s.kind == scopeFunction && !s.bound[t.name] && s.usedBelow[t.name]:
			c.vs.Add(t.pos, ruleUnsupported,
				"'%s' is bound only by ':=' but used in a nested function or comprehension, which is not supported: bind it with '=' first", t.name)
		}
	}
	return used
}

// argNames returns the parameter names of a function or lambda.
func argNames(a *ast.Arguments) []string {
	if a == nil {
		return nil
	}
	var names []string
	for _, list := range [][]*ast.Arg{a.Args, a.Kwonlyargs} {
		for _, p := range list {
			names = append(names, string(p.Arg))
		}
	}
	for _, p := range []*ast.Arg{a.Vararg, a.Kwarg} {
		if p != nil {
			names = append(names, string(p.Arg))
		}
	}
	return names
}
