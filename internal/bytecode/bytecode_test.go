package bytecode

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/builtin"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testContext is a bare py.Context with gpython's own builtins module.
type testContext struct {
	store *py.ModuleStore
}

func newTestContext() *testContext {
	c := &testContext{store: py.NewModuleStore()}
	impl := py.GetModuleImpl("builtins")
	mod, err := c.store.NewModule(c, impl)
	if err != nil {
		panic(err)
	}
	c.store.Builtins = mod
	return c
}

func (c *testContext) ResolveAndCompile(string, py.CompileOpts) (py.CompileOut, error) {
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "no imports")
}
func (c *testContext) ModuleInit(*py.ModuleImpl) (*py.Module, error) {
	return nil, py.ExceptionNewf(py.ImportError, "no imports")
}
func (c *testContext) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return vm.EvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}
func (c *testContext) GetModule(name string) (*py.Module, error) { return c.store.GetModule(name) }
func (c *testContext) Store() *py.ModuleStore                    { return c.store }
func (c *testContext) Close() error                              { return nil }
func (c *testContext) Done() <-chan struct{}                     { return nil }

// fn is a Go callable for test resolvers.
type fn func(args py.Tuple) (py.Object, error)

func (f fn) Type() *py.Type { return py.MethodType }
func (f fn) M__call__(args py.Tuple, _ py.StringDict) (py.Object, error) {
	return f(args)
}

// passThrough resolves every slot to the plain operation, counting steps
// and guard calls.
type passThrough struct {
	steps  int64
	guards int64
}

func (p *passThrough) Resolve(s *Slot) py.Object {
	switch s.Kind {
	case SlotStep:
		n := int64(s.N)
		return fn(func(py.Tuple) (py.Object, error) { p.steps += n; return py.None, nil })
	case SlotGetAttr:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.GetAttrString(a[0], s.Name) })
	case SlotSlice:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.GetItem(a[0], a[1]) })
	case SlotSetAttr:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.SetAttrString(a[1], s.Name, a[0]) })
	case SlotDelAttr:
		return fn(func(a py.Tuple) (py.Object, error) {
			p.guards++
			return py.None, py.DeleteAttrString(a[0], s.Name)
		})
	case SlotBinary:
		return fn(func(a py.Tuple) (py.Object, error) {
			p.guards++
			switch s.Op {
			case vm.BINARY_MULTIPLY:
				return py.Mul(a[0], a[1])
			case vm.INPLACE_MULTIPLY:
				return py.IMul(a[0], a[1])
			case vm.BINARY_POWER:
				return py.Pow(a[0], a[1], py.None)
			case vm.INPLACE_POWER:
				return py.IPow(a[0], a[1], py.None)
			case vm.BINARY_LSHIFT:
				return py.Lshift(a[0], a[1])
			case vm.INPLACE_LSHIFT:
				return py.ILshift(a[0], a[1])
			case vm.BINARY_ADD:
				return py.Add(a[0], a[1])
			case vm.INPLACE_ADD:
				return py.IAdd(a[0], a[1])
			case vm.BINARY_MODULO:
				return py.Mod(a[0], a[1])
			case vm.INPLACE_MODULO:
				return py.IMod(a[0], a[1])
			case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
				return py.Sub(a[0], a[1])
			case vm.BINARY_TRUE_DIVIDE, vm.INPLACE_TRUE_DIVIDE:
				return py.TrueDiv(a[0], a[1])
			case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
				return py.FloorDiv(a[0], a[1])
			case vm.BINARY_RSHIFT, vm.INPLACE_RSHIFT:
				return py.Rshift(a[0], a[1])
			case vm.BINARY_AND, vm.INPLACE_AND:
				return py.And(a[0], a[1])
			case vm.BINARY_OR, vm.INPLACE_OR:
				return py.Or(a[0], a[1])
			case vm.BINARY_XOR, vm.INPLACE_XOR:
				return py.Xor(a[0], a[1])
			}
			panic("op")
		})
	case SlotUnary:
		return fn(func(a py.Tuple) (py.Object, error) {
			p.guards++
			switch s.Op {
			case vm.UNARY_NEGATIVE:
				return py.Neg(a[0])
			case vm.UNARY_POSITIVE:
				return py.Pos(a[0])
			case vm.UNARY_INVERT:
				return py.Invert(a[0])
			}
			return py.Not(a[0])
		})
	case SlotTruth:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.MakeBool(a[0]) })
	case SlotGetIter:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.Iter(a[0]) })
	case SlotSubscr:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.GetItem(a[0], a[1]) })
	case SlotStoreSubscr:
		return fn(func(a py.Tuple) (py.Object, error) {
			p.guards++
			t := a[0].(py.Tuple)
			return py.SetItem(t[1], t[2], t[0])
		})
	case SlotUnpackEx:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return a[0], nil })
	case SlotHandler:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return a[1].Type(), nil })
	case SlotDelSubscr:
		return fn(func(a py.Tuple) (py.Object, error) { p.guards++; return py.DelItem(a[0], a[1]) })
	case SlotHelper:
		return fn(func(a py.Tuple) (py.Object, error) {
			return py.Tuple{py.String(s.Name), a[0]}, nil
		})
	case SlotCompare:
		return fn(func(a py.Tuple) (py.Object, error) {
			p.guards++
			x, y := a[0], a[1]
			switch int32(s.N) {
			case vm.PyCmp_LT:
				return py.Lt(x, y)
			case vm.PyCmp_LE:
				return py.Le(x, y)
			case vm.PyCmp_EQ:
				return py.Eq(x, y)
			case vm.PyCmp_NE:
				return py.Ne(x, y)
			case vm.PyCmp_GT:
				return py.Gt(x, y)
			case vm.PyCmp_GE:
				return py.Ge(x, y)
			case vm.PyCmp_IN:
				in, err := py.SequenceContains(y, x)
				return py.NewBool(in), err
			case vm.PyCmp_NOT_IN:
				in, err := py.SequenceContains(y, x)
				return py.NewBool(!in), err
			case vm.PyCmp_IS:
				return py.NewBool(x == y), nil
			case vm.PyCmp_IS_NOT:
				return py.NewBool(x != y), nil
			}
			panic("cmp")
		})
	}
	return py.None
}

// outcome runs code and describes how it ended.
func outcome(t *testing.T, code *py.Code) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "panic"
		}
	}()
	ctx := newTestContext()
	g := py.StringDict{"__name__": py.String("__main__")}
	_, err := ctx.RunCode(code, g, g, nil)
	if err != nil {
		// Lines are not compared: gpython reports the line of the
		// instruction after the failing one, instrumented code the right
		// one (see TestLinesSurviveInstrumentation).
		if ei, ok := err.(py.ExceptionInfo); ok {
			if e, ok := ei.Value.(*py.Exception); ok {
				return "error " + e.Base.Name
			}
		}
		return "error"
	}
	return "ok"
}

func gpythonDir(t *testing.T) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-python/gpython").Output()
	if err != nil {
		t.Skipf("cannot locate gpython: %v", err)
	}
	return strings.TrimSpace(string(out))
}

func TestInstrumentKeepsBehaviour(t *testing.T) {
	dir := gpythonDir(t)
	var files []string
	for _, pat := range []string{"vm/tests/*.py", "py/tests/*.py", "stdlib/builtin/tests/*.py", "stdlib/math/tests/*.py"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	require.Greater(t, len(files), 30)
	checked := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		if strings.Contains(string(src), "import") {
			continue
		}
		code, err := compile.Compile(string(src), f, py.ExecMode, 0, true)
		if err != nil {
			continue
		}
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			want := outcome(t, code)
			inst, st, err := Instrument(code, Options{})
			require.NoError(t, err)
			assert.Greater(t, st.Probes, 0)
			p := &passThrough{}
			got := outcome(t, Bind(inst, p))
			assert.Equal(t, want, got)
			assert.Greater(t, p.steps, int64(0))
		})
		checked++
	}
	t.Logf("checked %d files", checked)
	assert.Greater(t, checked, 20)
}

func run(t *testing.T, src string) (*passThrough, string) {
	t.Helper()
	code, err := compile.Compile(src, "t.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	inst, _, err := Instrument(code, Options{})
	require.NoError(t, err)
	p := &passThrough{}
	return p, outcome(t, Bind(inst, p))
}

func TestStepsCountInstructions(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		steps int64
	}{
		// LOAD_CONST, STORE_NAME, LOAD_CONST None, RETURN_VALUE
		{"one assignment", "x = 1\n", 4},
		// SETUP_LOOP, LOAD_NAME, LOAD_CONST, CALL_FUNCTION, GET_ITER (5);
		// FOR_ITER, STORE_NAME, JUMP_ABSOLUTE (3) per iteration; the last
		// FOR_ITER; POP_BLOCK, LOAD_CONST None, RETURN_VALUE (3).
		{"loop of ten", "for i in range(10): pass\n", 5 + 3*10 + 1 + 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, res := run(t, tt.src)
			require.Equal(t, "ok", res)
			assert.Equal(t, tt.steps, p.steps)
		})
	}
}

func TestLinesSurviveInstrumentation(t *testing.T) {
	// The failing LOAD_ATTR is the last instruction of line 4; raw gpython
	// would report line 5.
	src := "x = 1\ny = [1]\n\nz = y.nope\nw = 2\n"
	code, err := compile.Compile(src, "t.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	inst, _, err := Instrument(code, Options{})
	require.NoError(t, err)
	ctx := newTestContext()
	g := py.StringDict{}
	_, err = ctx.RunCode(Bind(inst, &passThrough{}), g, g, nil)
	ei, ok := err.(py.ExceptionInfo)
	require.True(t, ok, "%v", err)
	assert.Equal(t, int32(4), ei.Traceback.Lineno)
}

func TestGuardsSeeEveryAttributeAccess(t *testing.T) {
	p, res := run(t, "class C:\n  pass\nc = C()\nc.a = 1\nc.a += 2\nb = c.a\ndel c.a\n")
	require.Equal(t, "ok", res)
	// store, load + add + store (augmented), load, delete
	assert.Equal(t, int64(6), p.guards)
}

func TestLongCodeNeedsExtendedArgs(t *testing.T) {
	var b strings.Builder
	// 4,000 guarded additions are 40 KB of bytecode before and more than
	// 64 KB after instrumentation: forward jumps need EXTENDED_ARG.
	b.WriteString("n = 0\nm = 0\nwhile n < 3:\n")
	for i := 0; i < 4000; i++ {
		b.WriteString("    n = n + m\n")
	}
	b.WriteString("    n += 1\n")
	p, res := run(t, b.String())
	require.Equal(t, "ok", res)
	assert.Greater(t, p.steps, int64(3*4000*4))
	// n + m 4,000 times per pass, plus n < 3 and n += 1, for 3 passes and
	// the final test.
	assert.Equal(t, int64(3*4002+1), p.guards)
}

func TestKwargsPrologue(t *testing.T) {
	tests := []struct{ name, src string }{
		{"local", "def f(a, *args, b=1, **kw):\n    return kw\nr = f(1, x=2)\n"},
		{"captured by a closure", "def f(**kw):\n    return (lambda: kw)()\nr = f(x=2)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := compile.Compile(tt.src, "t.py", py.ExecMode, 0, true)
			require.NoError(t, err)
			inst, _, err := Instrument(code, Options{KwargsHelper: "__pf_kwargs__"})
			require.NoError(t, err)
			ctx := newTestContext()
			g := py.StringDict{}
			_, err = ctx.RunCode(Bind(inst, &passThrough{}), g, g, nil)
			require.NoError(t, err)
			r, ok := g["r"].(py.Tuple)
			require.True(t, ok, "%#v", g["r"])
			assert.Equal(t, py.String("__pf_kwargs__"), r[0])
			assert.Equal(t, py.StringDict{"x": py.Int(2)}, r[1])
		})
	}
}

// gpython v0.2.0 leaves the cells of captured parameters empty; the
// instrumented code fills them on entry.
func TestClosuresOverParameters(t *testing.T) {
	srcs := []string{
		"def f(x):\n    return (lambda: x)()\nr = f(2)\n",
		"def f(*a):\n    return (lambda: a[0])()\nr = f(2)\n",
		"def f(*, k):\n    return (lambda: k)()\nr = f(k=2)\n",
		"def f(x):\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g()\nr = f(1)\n",
		"def f(x):\n    yield (lambda: x)()\nr = next(f(2))\n",
	}
	for _, src := range srcs {
		code, err := compile.Compile(src, "t.py", py.ExecMode, 0, true)
		require.NoError(t, err)
		inst, _, err := Instrument(code, Options{})
		require.NoError(t, err)
		ctx := newTestContext()
		g := py.StringDict{}
		_, err = ctx.RunCode(Bind(inst, &passThrough{}), g, g, nil)
		require.NoError(t, err, src)
		assert.Equal(t, py.Int(2), g["r"], src)
	}
}
