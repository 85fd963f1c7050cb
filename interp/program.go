package interp

import (
	"slices"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/bytecode"
	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/policy"
)

// Program is a compiled, checked and instrumented script. It is immutable
// and safe for concurrent use: every [Program.Run] gets its own state.
type Program struct {
	filename string
	code     *py.Code // instrumented template; bound per runner
	eval     bool
	opts     CompileOptions
	lines    []string  // source lines, for tracebacks
	fast     *fastExpr // the formula fast path, or nil
	// resultLine is the line of the final expression, where a limit
	// tripped while converting the run's value is reported; 0 if none.
	resultLine int

	// pool holds runners (a run state with its context, builtins and bound
	// code) between runs. A runner is reset before each run, and nothing a
	// script can reach survives it: globals are fresh per run and the
	// builtins module is not reachable from scripts.
	pool sync.Pool
}

// Filename returns the name the program was compiled with.
func (p *Program) Filename() string { return p.filename }

// runner is one reusable execution environment of a program.
type runner struct {
	st       *run.State
	ctx      *pyContext
	code     *py.Code
	builtins py.StringDict // the run's builtins module's members
	inputs   []namedObject // the converted inputs of a fast-path run
	fast     fastRun       // reused state of the fast path
}

// namedObject is one converted input of a fast-path run.
type namedObject struct {
	name string
	obj  py.Object
}

// release ends a run of r: nothing of the run stays reachable from the
// pooled runner.
func (r *runner) release() {
	clear(r.inputs)
	r.inputs = r.inputs[:0]
	r.fast = fastRun{}
	r.st.Release()
}

func (p *Program) newRunner() *runner {
	st := run.New()
	ctx := newPyContext(st)
	st.Py = ctx
	mod := &py.Module{Context: ctx, Globals: py.StringDict{}}
	builtins.Install(st, mod, p.importer(st))
	for _, f := range p.opts.Functions {
		mod.Globals[f.name] = &hostFunc{st: st, f: f}
	}
	mod.Globals["__name__"] = py.String("builtins")
	ctx.store.Builtins = mod
	hooks := builtins.NewHooks(st, builtins.Helpers(st))
	r := &runner{st: st, ctx: ctx, builtins: mod.Globals}
	r.code = bytecode.Bind(p.code, hooks)
	_ = policy.ResultName
	return r
}

// importer returns the import function of a runner: it builds the modules
// the program may import, per run, and blocks any other name. The static
// check has already refused other imports; this is the second line.
func (p *Program) importer(st *run.State) builtins.Importer {
	if len(p.opts.AllowImport) == 0 {
		return nil
	}
	allowed := slices.Clone(p.opts.AllowImport)
	return func(name string) (py.Object, error) {
		if !slices.Contains(allowed, name) {
			return nil, st.Deny("import-denied", "import of module '%s'", name)
		}
		return builtins.Import(st, name)
	}
}
