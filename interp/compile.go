package interp

import (
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/bytecode"
	"github.com/pyfence/pyfence/policy"
)

// CompileOptions configure [Compile]. The zero value is the secure default:
// no imports, default parse limits.
type CompileOptions struct {
	// AllowImport lists the modules the script may import. Empty: none.
	AllowImport []string
	// MaxSourceBytes caps the source size; 0 means 1 MiB.
	MaxSourceBytes int
	// MaxNesting caps bracket and indentation depth; 0 means 100.
	MaxNesting int
	// Functions are host functions every run of the program can call,
	// as builtins under their names (a script may shadow them with its
	// own variables). See [Func] and [RawFunc].
	Functions []*Function
}

// Modules returns the sorted names of the safe standard modules a
// program may be allowed to import with [CompileOptions.AllowImport].
func Modules() []string { return builtins.ModuleNames() }

func (o CompileOptions) validate() error {
	if o.MaxSourceBytes < 0 || o.MaxNesting < 0 {
		return fmt.Errorf("interp: negative parse limit")
	}
	seen := map[string]bool{}
	for _, f := range o.Functions {
		switch {
		case f == nil:
			return fmt.Errorf("interp: Functions: nil function")
		case seen[f.name]:
			return fmt.Errorf("interp: Functions: two functions named %q", f.name)
		case slices.Contains(policy.DefaultForbiddenNames(), f.name):
			return fmt.Errorf("interp: Functions: %q is a name scripts may not use", f.name)
		}
		seen[f.name] = true
	}
	for _, m := range o.AllowImport {
		if !slices.Contains(builtins.ModuleNames(), m) {
			return fmt.Errorf("interp: AllowImport: no module %q is available to scripts", m)
		}
	}
	return nil
}

// Compile parses, checks and compiles a script (a module: statements; the
// value of a final expression statement becomes [Result.Value]). filename
// is used only in errors and tracebacks.
//
// It returns a *[SyntaxError] when the source does not parse or breaks the
// parse limits, a *[PolicyError] holding every violation when the policy
// rejects it, and an *[InternalError] if anything inside panics. The
// returned Program is immutable and may be run from many goroutines.
func Compile(filename string, src string, opts CompileOptions) (p *Program, err error) {
	return compileMode(filename, src, opts, policy.ModeExec)
}

// CompileExpr is [Compile] for a single expression, whose value becomes
// [Result.Value].
func CompileExpr(filename string, expr string, opts CompileOptions) (*Program, error) {
	return compileMode(filename, expr, opts, policy.ModeEval)
}

func compileMode(filename, src string, opts CompileOptions, mode policy.Mode) (p *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, &InternalError{Value: r, Stack: string(debug.Stack())}
		}
	}()
	installHooks()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	source, err := policy.Parse(filename, []byte(src), mode, policy.ParseLimits{MaxBytes: opts.MaxSourceBytes, MaxNesting: opts.MaxNesting})
	if err != nil {
		return nil, err
	}
	vs := policy.Check(source, policy.Config{AllowImport: opts.AllowImport})
	if err := vs.Err(); err != nil {
		return nil, policyError(filename, vs)
	}
	resultLine := finalExprLine(source.Mod)
	text := source.Text
	if policy.Rewrite(source, policy.RewriteOptions{Displays: true}) {
		text, err = policy.Emit(source.Mod)
		if err != nil {
			return nil, &InternalError{Value: fmt.Errorf("emit: %w", err)}
		}
	}
	cmode := py.ExecMode
	if mode == policy.ModeEval {
		cmode = py.EvalMode
	}
	code, err := compile.Compile(text+"\n", filename, cmode, 0, true)
	if err != nil {
		return nil, compileError(filename, err)
	}
	inst, stats, err := bytecode.Instrument(code, bytecode.Options{KwargsHelper: policy.KwargsHelper})
	if err != nil {
		return nil, &InternalError{Value: err}
	}
	p = &Program{filename: filename, code: inst, eval: mode == policy.ModeEval, opts: opts, lines: strings.Split(src, "\n"), resultLine: resultLine}
	if p.eval {
		p.fast = compileFast(source.Mod, inst, stats)
	}
	p.pool.New = func() any { return p.newRunner() }
	return p, nil
}

// finalExprLine returns the line of the module's final expression
// statement, whose value a run returns, or 0 if there is none.
// Expressions (eval mode) report no line, as their fast path does.
func finalExprLine(mod ast.Mod) int {
	if m, ok := mod.(*ast.Module); ok && len(m.Body) > 0 {
		if last, ok := m.Body[len(m.Body)-1].(*ast.ExprStmt); ok {
			return last.Lineno
		}
	}
	return 0
}

// compileError converts gpython's compile-time exception into a
// *SyntaxError with its position.
func compileError(filename string, err error) error {
	e := &SyntaxError{Filename: filename, Msg: err.Error()}
	if exc, ok := err.(*py.Exception); ok {
		if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
			if m, ok := args[0].(py.String); ok {
				e.Msg = string(m)
			}
			if len(args) > 1 {
				if loc, ok := args[1].(py.Tuple); ok && len(loc) >= 3 {
					if l, ok := loc[1].(py.Int); ok {
						e.Pos.Line = int(l)
					}
					if c, ok := loc[2].(py.Int); ok && c > 0 {
						e.Pos.Col = int(c)
					}
				}
			}
		}
	}
	return e
}

// BuiltinNames returns the sorted names of the builtins scripts can use.
func BuiltinNames() []string { return builtins.Names() }
