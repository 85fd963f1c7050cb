package interp_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/builtin"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/interp"
)

// rawContext runs code in plain gpython, for the overhead ratios: no
// policy, no meter, gpython's own builtins.
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
	return vm.EvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}
func (c *rawContext) GetModule(name string) (*py.Module, error) { return c.store.GetModule(name) }
func (c *rawContext) Store() *py.ModuleStore                    { return c.store }
func (c *rawContext) Close() error                              { return nil }
func (c *rawContext) Done() <-chan struct{}                     { return nil }

func workload(b *testing.B, name string) string {
	src, err := os.ReadFile("../testdata/bench/" + name + ".py")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

func formulaInputs(i int) map[string]any {
	return map[string]any{"price": 9.5 + float64(i%7), "qty": i % 13, "discount": 0.1, "tax": 2.25}
}

// BenchmarkFormula evaluates one formula with fresh inputs each time: the
// rules-engine and formula-evaluator case.
func BenchmarkFormula(b *testing.B) {
	src := workload(b, "formula")
	b.Run("pyfence", func(b *testing.B) {
		p, err := interp.CompileExpr("formula.py", src, interp.CompileOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, err := p.Run(ctx, interp.RunOptions{Inputs: formulaInputs(i)}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("gpython", func(b *testing.B) {
		code, err := compile.Compile(src, "formula.py", py.EvalMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		c := newRawContext(b)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			in := formulaInputs(i)
			g := py.NewStringDictSized(4)
			g["price"] = py.Float(in["price"].(float64))
			g["qty"] = py.Int(in["qty"].(int))
			g["discount"] = py.Float(in["discount"].(float64))
			g["tax"] = py.Float(in["tax"].(float64))
			if _, err := c.RunCode(code, g, g, nil); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkStart measures a compiled trivial script from call to result.
func BenchmarkStart(b *testing.B) {
	src := workload(b, "start")
	b.Run("pyfence", func(b *testing.B) {
		p, err := interp.Compile("start.py", src, interp.CompileOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
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
		b.ReportAllocs()
		for b.Loop() {
			c := newRawContext(b) // a fresh context: gpython's own isolation unit
			g := py.StringDict{}
			if _, err := c.RunCode(code, g, g, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoop runs a loop-heavy script: the metering overhead.
func BenchmarkLoop(b *testing.B) {
	src := workload(b, "loop")
	b.Run("pyfence", func(b *testing.B) {
		p, err := interp.Compile("loop.py", src, interp.CompileOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		var steps int64
		for b.Loop() {
			res, err := p.Run(ctx, interp.RunOptions{})
			if err != nil {
				b.Fatal(err)
			}
			steps = res.Steps
		}
		b.ReportMetric(float64(steps), "steps/op")
	})
	b.Run("gpython", func(b *testing.B) {
		code, err := compile.Compile(src, "loop.py", py.ExecMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		c := newRawContext(b)
		for b.Loop() {
			g := py.StringDict{}
			if _, err := c.RunCode(code, g, g, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCompile measures the whole pipeline for a 20-line script.
func BenchmarkCompile(b *testing.B) {
	src := workload(b, "script20")
	b.Run("pyfence", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := interp.Compile("script20.py", src, interp.CompileOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gpython", func(b *testing.B) {
		// gpython parses Python 3.4: the f-string becomes %-formatting.
		src := strings.Replace(src, `f"{result['total']:.2f}"`, `"%.2f" % result['total']`, 1)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := compile.Compile(src, "script20.py", py.ExecMode, 0, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEval is the one-shot convenience, compile included.
func BenchmarkEval(b *testing.B) {
	src := workload(b, "formula")
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := interp.Eval(ctx, src, formulaInputs(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
