package builtins_test

// This file runs Python snippets through the pipeline interp uses (policy,
// compile, bytecode instrumentation, per-run builtins and helpers), with
// the rewrites of dict and set displays and of **kwargs turned on, which
// interp does not do yet.

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/bytecode"
	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/policy"
)

// dsContext is a minimal py.Context: no files, no modules.
type dsContext struct {
	store *py.ModuleStore
	done  chan struct{}
}

func (c *dsContext) ResolveAndCompile(string, py.CompileOpts) (py.CompileOut, error) {
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "no modules")
}
func (c *dsContext) ModuleInit(*py.ModuleImpl) (*py.Module, error) {
	return nil, py.ExceptionNewf(py.ImportError, "no modules")
}
func (c *dsContext) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return py.VmEvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}
func (c *dsContext) GetModule(name string) (*py.Module, error) { return c.store.GetModule(name) }
func (c *dsContext) Store() *py.ModuleStore                    { return c.store }
func (c *dsContext) Close() error                              { return nil }
func (c *dsContext) Done() <-chan struct{}                     { return c.done }

// dsResult is how a snippet ended.
type dsResult struct {
	out string // what it printed
	err string // "" on success, else "Type: message", "limit:KIND" or "policy:RULE"
}

var dsLimits = run.Limits{Steps: 2_000_000, Memory: 64 << 20, Depth: 100, Output: 1 << 20}

// runDS runs src with the limits lim.
func runDS(t testing.TB, src string, lim run.Limits) (res dsResult) {
	t.Helper()
	source, err := policy.Parse("t.py", []byte(src), policy.ModeExec, policy.ParseLimits{})
	require.NoError(t, err)
	if vs := policy.Check(source, policy.Config{}); vs.Err() != nil {
		return dsResult{err: "policy:" + vs.List[0].Rule}
	}
	text := source.Text
	if policy.Rewrite(source, policy.RewriteOptions{Displays: true}) {
		text, err = policy.Emit(source.Mod)
		require.NoError(t, err)
	}
	code, err := compile.Compile(text+"\n", "t.py", py.ExecMode, 0, true)
	require.NoError(t, err, text)
	inst, _, err := bytecode.Instrument(code, bytecode.Options{KwargsHelper: policy.KwargsHelper})
	require.NoError(t, err)

	st := run.New()
	ctx := &dsContext{store: py.NewModuleStore(), done: make(chan struct{})}
	close(ctx.done)
	st.Py = ctx
	mod := &py.Module{Context: ctx, Globals: py.StringDict{}}
	builtins.Install(st, mod, nil)
	mod.Globals["__name__"] = py.String("builtins")
	ctx.store.Builtins = mod
	bound := bytecode.Bind(inst, builtins.NewHooks(st, builtins.Helpers(st)))

	st.Reset(context.Background(), lim)
	globals := py.StringDict{"__name__": py.String("__main__")}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("Go panic: %v\n%s", r, debug.Stack())
			res = dsResult{err: "panic"}
		}
	}()
	_, runErr := ctx.RunCode(bound, globals, globals, nil)
	res.out = string(st.Output())
	switch {
	case st.Blocked() != nil:
		res.err = "policy:" + st.Blocked().Rule
	case st.Tripped() != nil:
		res.err = "limit:" + st.Tripped().Kind.String()
	case runErr != nil:
		res.err = dsErrText(runErr)
	}
	return res
}

func dsErrText(err error) string {
	var exc *py.Exception
	switch e := err.(type) {
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.Exception:
		exc = e
	}
	if exc == nil {
		return fmt.Sprintf("non-exception error %v", err)
	}
	st := run.New()
	st.Reset(context.Background(), run.Limits{Steps: 100_000, Memory: 1 << 20, Depth: 50})
	msg, ferr := builtins.Repr(st, exc.Args)
	if ferr != nil {
		msg = "?"
	}
	if args, ok := exc.Args.(py.Tuple); ok && len(args) == 1 {
		if s, ok := args[0].(py.String); ok && exc.Base != py.KeyError {
			msg = string(s)
		} else if r, err := builtins.Repr(st, args[0]); err == nil {
			msg = r
		}
	}
	return exc.Base.Name + ": " + msg
}

// dsCase is one snippet and how it must end.
type dsCase struct {
	name    string
	src     string
	want    string     // stdout
	wantErr string     // "" for success
	lim     run.Limits // zero: dsLimits
}

func runDSCases(t *testing.T, cases []dsCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src := strings.TrimLeft(tt.src, "\n")
			lim := tt.lim
			if lim == (run.Limits{}) {
				lim = dsLimits
			}
			got := runDS(t, src, lim)
			if got.out != tt.want || got.err != tt.wantErr {
				t.Errorf("got output %q, error %q\nwant output %q, error %q", got.out, got.err, tt.want, tt.wantErr)
			}
		})
	}
}
