// Package bench compares pyfence with the engines its users weigh it
// against: plain gpython (what pyfence's safety costs), starlark-go (a
// sandboxed Python-like language in Go), and the expression languages
// expr and cel-go. Every engine does the same work in each benchmark, so
// one run of
//
//	go test -run '^$' -bench . -benchmem ./...
//
// gives every ratio. It is a module of its own, so that the library does
// not depend on its peers.
package bench

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/builtin" // gpython's builtins module, for the raw baseline
	gpvm "github.com/go-python/gpython/vm"
	"github.com/google/cel-go/cel"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyfence/pyfence/interp"
)

// formula is the rules-engine and formula-evaluator case: one expression
// evaluated with fresh inputs each time.
const formula = "price * qty * (1 - discount) + tax"

// inputs are the fresh inputs of evaluation i.
func inputs(i int) (price float64, qty int, discount, tax float64) {
	return 9.5 + float64(i%7), i % 13, 0.1, 2.25
}

// want is the formula's value for evaluation i, to check every engine.
func want(i int) float64 {
	p, q, d, t := inputs(i)
	return p*float64(q)*(1-d) + t
}

func check(b *testing.B, i int, got float64) {
	if got != want(i) {
		b.Fatalf("evaluation %d: got %v, want %v", i, got, want(i))
	}
}

func BenchmarkFormula(b *testing.B) {
	ctx := context.Background()
	b.Run("pyfence", func(b *testing.B) {
		p, err := interp.CompileExpr("formula.py", formula, interp.CompileOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			price, qty, discount, tax := inputs(i)
			res, err := p.Run(ctx, interp.RunOptions{Inputs: map[string]any{
				"price": price, "qty": qty, "discount": discount, "tax": tax}})
			if err != nil {
				b.Fatal(err)
			}
			check(b, i, res.Value.(float64))
			i++
		}
	})
	b.Run("gpython", func(b *testing.B) {
		code, err := compile.Compile(formula, "formula.py", py.EvalMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		c := newRawContext(b)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			price, qty, discount, tax := inputs(i)
			g := py.StringDict{"price": py.Float(price), "qty": py.Int(qty), "discount": py.Float(discount), "tax": py.Float(tax)}
			v, err := c.RunCode(code, g, g, nil)
			if err != nil {
				b.Fatal(err)
			}
			check(b, i, float64(v.(py.Float)))
			i++
		}
	})
	b.Run("starlark", func(b *testing.B) {
		isPredeclared := func(name string) bool { return true }
		_, prog, err := starlark.SourceProgramOptions(&syntax.FileOptions{}, "formula.star", "result = "+formula, isPredeclared)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			price, qty, discount, tax := inputs(i)
			thread := &starlark.Thread{Name: "formula"}
			g, err := prog.Init(thread, starlark.StringDict{"price": starlark.Float(price), "qty": starlark.MakeInt(qty),
				"discount": starlark.Float(discount), "tax": starlark.Float(tax)})
			if err != nil {
				b.Fatal(err)
			}
			check(b, i, float64(g["result"].(starlark.Float)))
			i++
		}
	})
	b.Run("expr", func(b *testing.B) {
		prog, err := expr.Compile(formula, expr.Env(map[string]any{"price": 0.0, "qty": 0, "discount": 0.0, "tax": 0.0}))
		if err != nil {
			b.Fatal(err)
		}
		var machine vm.VM
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			price, qty, discount, tax := inputs(i)
			v, err := machine.Run(prog, map[string]any{"price": price, "qty": qty, "discount": discount, "tax": tax})
			if err != nil {
				b.Fatal(err)
			}
			check(b, i, v.(float64))
			i++
		}
	})
	b.Run("celgo", func(b *testing.B) {
		// CEL has no implicit int-to-double conversion: qty is declared
		// and passed as a double.
		env, err := cel.NewEnv(cel.Variable("price", cel.DoubleType), cel.Variable("qty", cel.DoubleType),
			cel.Variable("discount", cel.DoubleType), cel.Variable("tax", cel.DoubleType))
		if err != nil {
			b.Fatal(err)
		}
		// Nor mixed int and double arithmetic: the literal 1 is written 1.0.
		ast, iss := env.Compile(strings.Replace(formula, "(1 -", "(1.0 -", 1))
		if iss.Err() != nil {
			b.Fatal(iss.Err())
		}
		prg, err := env.Program(ast)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			price, qty, discount, tax := inputs(i)
			v, _, err := prg.Eval(map[string]any{"price": price, "qty": float64(qty), "discount": discount, "tax": tax})
			if err != nil {
				b.Fatal(err)
			}
			check(b, i, v.Value().(float64))
			i++
		}
	})
}

// BenchmarkStart measures a compiled trivial script from call to result:
// the fixed cost of one run.
func BenchmarkStart(b *testing.B) {
	const src = "x = 1\n"
	ctx := context.Background()
	b.Run("pyfence", func(b *testing.B) {
		p, err := interp.Compile("start.py", src, interp.CompileOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := p.Run(ctx, interp.RunOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gpython", func(b *testing.B) {
		code, err := compile.Compile(src, "start.py", py.ExecMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		c := newRawContext(b)
		b.ReportAllocs()
		for b.Loop() {
			g := py.StringDict{}
			if _, err := c.RunCode(code, g, g, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("starlark", func(b *testing.B) {
		_, prog, err := starlark.SourceProgramOptions(&syntax.FileOptions{}, "start.star", src, func(string) bool { return false })
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := prog.Init(&starlark.Thread{Name: "start"}, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// scripts are the whole-program workloads in testdata, with the value of
// their global result.
var scripts = []struct {
	name   string
	result int64
}{{"fib", 2584}, {"loop", 133313333}, {"strings", 12889}, {"dicts", 12497500}}

// BenchmarkScript runs small programs: recursion, a counting loop, string
// building and dictionary updates. pyfence meters every step and guards
// every operator; starlark counts steps too.
func BenchmarkScript(b *testing.B) {
	ctx := context.Background()
	for _, s := range scripts {
		src, err := os.ReadFile("testdata/" + s.name + ".py")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(s.name+"/pyfence", func(b *testing.B) {
			p, err := interp.Compile(s.name+".py", string(src)+"\nresult\n", interp.CompileOptions{})
			if err != nil {
				b.Fatal(err)
			}
			var steps int64
			for b.Loop() {
				res, err := p.Run(ctx, interp.RunOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if res.Value != s.result {
					b.Fatalf("result %v, want %d", res.Value, s.result)
				}
				steps = res.Steps
			}
			b.ReportMetric(float64(steps), "steps/op")
		})
		b.Run(s.name+"/gpython", func(b *testing.B) {
			if s.name == "strings" {
				b.Skip("gpython v0.2.0 has no str.upper or str.replace")
			}
			code, err := compile.Compile(string(src), s.name+".py", py.ExecMode, 0, true)
			if err != nil {
				b.Fatal(err)
			}
			c := newRawContext(b)
			for b.Loop() {
				g := py.StringDict{}
				if _, err := c.RunCode(code, g, g, nil); err != nil {
					b.Fatal(err)
				}
				if got := fmt.Sprint(g["result"]); got != fmt.Sprint(s.result) {
					b.Fatalf("result %s, want %d", got, s.result)
				}
			}
		})
		b.Run(s.name+"/starlark", func(b *testing.B) {
			opts := &syntax.FileOptions{Recursion: true, While: true, TopLevelControl: true, GlobalReassign: true}
			_, prog, err := starlark.SourceProgramOptions(opts, s.name+".star", src, func(string) bool { return false })
			if err != nil {
				b.Fatal(err)
			}
			var steps uint64
			for b.Loop() {
				thread := &starlark.Thread{Name: s.name}
				g, err := prog.Init(thread, nil)
				if err != nil {
					b.Fatal(err)
				}
				if got := g["result"].String(); got != fmt.Sprint(s.result) {
					b.Fatalf("result %s, want %d", got, s.result)
				}
				steps = thread.ExecutionSteps()
			}
			b.ReportMetric(float64(steps), "steps/op")
		})
	}
}

// rawContext runs code in plain gpython: no policy, no meter, gpython's
// own builtins. It is the baseline of pyfence's overhead.
type rawContext struct{ store *py.ModuleStore }

func newRawContext(b *testing.B) *rawContext {
	c := &rawContext{store: py.NewModuleStore()}
	mod, err := c.store.NewModule(c, py.GetModuleImpl("builtins"))
	if err != nil {
		b.Fatal(err)
	}
	c.store.Builtins = mod
	return c
}

func (c *rawContext) ResolveAndCompile(string, py.CompileOpts) (py.CompileOut, error) {
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "no imports")
}
func (c *rawContext) ModuleInit(*py.ModuleImpl) (*py.Module, error) {
	return nil, py.ExceptionNewf(py.ImportError, "no imports")
}
func (c *rawContext) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return gpvm.EvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}
func (c *rawContext) GetModule(name string) (*py.Module, error) { return c.store.GetModule(name) }
func (c *rawContext) Store() *py.ModuleStore                    { return c.store }
func (c *rawContext) Close() error                              { return nil }
func (c *rawContext) Done() <-chan struct{}                     { return nil }
