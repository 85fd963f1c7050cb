package interp

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/policy"
)

// RunOptions configure one [Program.Run]. The zero value runs with the
// default limits and no inputs.
type RunOptions struct {
	Limits Limits
	// Repr asks for the repr of the final value, computed inside the run
	// (as Python prints it, e.g. for a REPL or the CLI's eval), in
	// Result.Repr.
	Repr bool
	// Inputs become the script's global variables. Keys must be Python
	// identifiers that are not dunder names; values are converted as
	// described in convert.go (nil, bool, integers, floats, strings,
	// []byte, slices and maps of those).
	Inputs map[string]any
	// Seed seeds the random module's generator, so that a run's random
	// numbers are reproducible: the same seed gives the same numbers.
	// The zero value is a fixed seed, 0.
	Seed int64
	// Clock, when set, is the time source of datetime's now(), today()
	// and utcnow(). Without it the run has no clock and those functions
	// raise an error: a script cannot observe the time unless the
	// embedder grants it.
	Clock func() time.Time
}

// Result is what a run produced. Run returns a Result whenever the script
// started, also together with an error: Output and Steps then tell what
// the script printed and did before it failed, and Value is nil.
type Result struct {
	// Value is the value of the final expression: the expression of
	// CompileExpr, or a script's last statement when it is an expression
	// statement (nil otherwise), converted to Go as described in
	// convert.go. A value with no Go equivalent (a function, a class, an
	// instance of a script class) becomes an [Opaque] holding its repr.
	Value    any
	Output   string        // what the script printed
	Steps    int64         // steps charged
	Repr     string        // repr of the final value, when RunOptions.Repr is set ("None" for no value)
	Memory   int64         // bytes accounted against the memory budget
	Duration time.Duration // wall time of the run
}

// Run executes the program once with fresh globals and a fresh meter. ctx
// cancels the run: it is polled by the meter, like the time budget.
//
// Errors: *[LimitError] when a budget is exceeded, *[PolicyError] (Runtime
// true) when the script attempted a blocked operation, *[PythonError] for
// an uncaught exception, *[InternalError] for a recovered panic, and a
// plain error for invalid options or inputs.
func (p *Program) Run(ctx context.Context, opts RunOptions) (res *Result, err error) {
	if ctx == nil {
		return nil, errors.New("interp: nil context")
	}
	lim, err := opts.Limits.resolve()
	if err != nil {
		return nil, err
	}
	for name := range opts.Inputs {
		if err := checkInputName(name); err != nil {
			return nil, err
		}
	}

	r := p.pool.Get().(*runner)
	defer func() {
		if rec := recover(); rec != nil {
			// The runner may be half-way through anything: drop it.
			res, err = nil, &InternalError{Value: rec, Stack: string(debug.Stack())}
		}
	}()
	r.st.Reset(ctx, lim)
	r.st.Host = run.Host{Clock: opts.Clock, Seed: opts.Seed}
	var globals py.StringDict
	if p.fast == nil {
		globals = py.NewStringDictSized(len(opts.Inputs) + 2)
	}
	for name, v := range opts.Inputs {
		o, err := toPython(r.st, v, 0)
		if err != nil {
			r.release()
			p.pool.Put(r)
			return nil, fmt.Errorf("interp: input %q: %w", name, err)
		}
		if globals != nil {
			globals[name] = o
		} else {
			r.inputs = append(r.inputs, namedObject{name, o})
		}
	}
	var out py.Object
	var runErr error
	if p.fast != nil {
		out, runErr = p.fast.run(p, r)
	} else {
		globals["__name__"] = py.String("__main__")
		out, runErr = r.ctx.RunCode(r.code, globals, globals, nil)
	}
	res, err = p.finish(r, globals, out, runErr, opts.Repr)
	if res == nil {
		res = &Result{Output: string(r.st.Output()), Steps: r.st.Steps(), Memory: r.st.Memory(), Duration: r.st.Elapsed()}
	}
	r.release()
	p.pool.Put(r)
	return res, err
}

func (p *Program) finish(r *runner, globals py.StringDict, out py.Object, runErr error, wantRepr bool) (*Result, error) {
	st := r.st
	line := 0
	if runErr != nil {
		line = innermostLine(runErr)
	}
	if err := st.Aborted(); err != nil {
		return nil, err
	}
	if b := st.Blocked(); b != nil {
		if b.Line > 0 {
			line = b.Line
		}
		return nil, &PolicyError{Filename: p.filename, Runtime: true, Violations: []Violation{{
			Pos: Pos{Line: line}, Rule: b.Rule, Msg: b.Msg + " is not allowed"}}}
	}
	if t := st.Tripped(); t != nil {
		if t.Line > 0 {
			line = t.Line
		}
		used := t.Used
		if t.Kind == run.Time {
			used = int64(st.Elapsed())
		}
		return nil, &LimitError{Filename: p.filename, Kind: t.Kind, Used: used, Limit: t.Limit, Pos: Pos{Line: line}}
	}
	if runErr != nil {
		return nil, pythonError(runErr, p.lines, st)
	}
	if !p.eval {
		out = globals[policy.ResultName]
	}
	res := &Result{Output: string(st.Output()), Steps: st.Steps(), Memory: st.Memory(), Duration: st.Elapsed()}
	if wantRepr {
		var obj py.Object = py.None
		if out != nil {
			obj = out
		}
		repr, err := builtins.Repr(st, obj)
		if err != nil {
			if !st.Failed() {
				return res, pythonError(err, p.lines, st)
			}
			return res, p.resultError(st, err)
		}
		res.Repr = repr
	}
	if out != nil {
		v, ok, err := plainValue(st, out, 0)
		switch {
		case err != nil:
		case ok:
		case wantRepr:
			// The repr is the whole of an Opaque: computed once.
			v = Opaque{Type: out.Type().Name, Repr: res.Repr}
		default:
			v, err = opaque(st, out)
		}
		if err != nil {
			return res, p.resultError(st, err)
		}
		res.Value = v
	}
	return res, nil
}

func checkInputName(name string) error {
	if name == "" || builtins.IsDunder(name) {
		return fmt.Errorf("interp: input name %q is not allowed", name)
	}
	for i, c := range name {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return fmt.Errorf("interp: input name %q is not a Python identifier", name)
		}
	}
	return nil
}

func excInfo(err error) (*py.Exception, *py.Traceback) {
	switch e := err.(type) {
	case py.ExceptionInfo:
		exc, _ := e.Value.(*py.Exception)
		return exc, e.Traceback
	case *py.ExceptionInfo:
		exc, _ := e.Value.(*py.Exception)
		return exc, e.Traceback
	case *py.Exception:
		return e, nil
	}
	return nil, nil
}

func innermostLine(err error) int {
	_, tb := excInfo(err)
	line := 0
	for ; tb != nil; tb = tb.Next {
		line = int(tb.Lineno)
	}
	return line
}

// pythonError converts an uncaught gpython exception to a *PythonError,
// formatting its message with pyfence's own safe str (gpython's panics on
// some exception arguments), within the budget of the run st, as a
// script's __str__ may run.
func pythonError(err error, lines []string, st *run.State) error {
	exc, tb := excInfo(err)
	if exc == nil {
		return &InternalError{Value: err}
	}
	builtins.FixException(exc, tb)
	msg, ferr := builtins.Str(st, exc)
	if ferr != nil {
		msg = "<exception str() failed>"
	}
	pe := &PythonError{Type: exc.Base.Name, Message: msg}
	for ; tb != nil; tb = tb.Next {
		f := Frame{Line: int(tb.Lineno), Func: "?"}
		if tb.Frame != nil && tb.Frame.Code != nil {
			f.Filename = tb.Frame.Code.Filename
			f.Func = tb.Frame.Code.Name
		}
		if f.Line > 0 && f.Line <= len(lines) {
			f.Source = strings.TrimSpace(lines[f.Line-1])
		}
		pe.Frames = append(pe.Frames, f)
	}
	return pe
}

// Eval compiles and runs one expression with the given inputs. It is the
// one-shot convenience: to evaluate the same expression many times, compile
// it once with [CompileExpr] and call [Program.Run].
func Eval(ctx context.Context, expr string, inputs map[string]any) (any, error) {
	p, err := CompileExpr("<expr>", expr, CompileOptions{})
	if err != nil {
		return nil, err
	}
	res, err := p.Run(ctx, RunOptions{Inputs: inputs})
	if err != nil {
		return nil, err
	}
	return res.Value, nil
}

// resultError converts a failure to convert the final value: a limit or
// policy block tripped while converting (repr of a huge or hostile value)
// is reported as such; anything else is an InternalError.
func (p *Program) resultError(st *run.State, err error) error {
	if b := st.Blocked(); b != nil {
		return &PolicyError{Filename: p.filename, Runtime: true, Violations: []Violation{{Rule: b.Rule, Msg: b.Msg + " is not allowed"}}}
	}
	if t := st.Tripped(); t != nil {
		line := t.Line
		if line == 0 {
			line = p.resultLine
		}
		return &LimitError{Filename: p.filename, Kind: t.Kind, Used: t.Used, Limit: t.Limit, Pos: Pos{Line: line}}
	}
	return &InternalError{Value: fmt.Errorf("result: %w", err)}
}
