package interp_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

func runSrc(t *testing.T, src string, lim interp.Limits) (*interp.Result, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{})
	if err != nil {
		return nil, err
	}
	return p.Run(context.Background(), interp.RunOptions{Limits: lim})
}

func TestLimitsEndRuns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src      string
		lim      interp.Limits
		kind     interp.LimitKind
		sentinel error
		line     int
	}{
		{"infinite loop", "x = 1\nwhile True:\n    pass\n", interp.Limits{Steps: 100_000}, interp.StepLimit, interp.ErrStepLimit, 2},
		{"loop swallowing every exception",
			"while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n",
			interp.Limits{Steps: 100_000}, interp.StepLimit, interp.ErrStepLimit, 0},
		{"loop in finally", "try:\n    while True: pass\nfinally:\n    while True: pass\n",
			interp.Limits{Steps: 100_000}, interp.StepLimit, interp.ErrStepLimit, 0},
		{"recursion", "def f():\n    return f()\nf()\n", interp.Limits{}, interp.DepthLimit, interp.ErrDepthLimit, 2},
		{"recursion caught", "def f():\n    try:\n        return f()\n    except BaseException:\n        return f()\nf()\n",
			interp.Limits{Steps: 10_000_000}, interp.DepthLimit, interp.ErrDepthLimit, 0},
		{"generator recursion", "def g():\n    yield from g()\nnext(g())\n", interp.Limits{}, interp.DepthLimit, interp.ErrDepthLimit, 0},
		{"recursion through __init__", "class C:\n    def __init__(self):\n        C()\nC()\n", interp.Limits{}, interp.DepthLimit, interp.ErrDepthLimit, 0},
		{"output flood", "while True:\n    print('x' * 100)\n", interp.Limits{Output: 10_000}, interp.OutputLimit, interp.ErrOutputLimit, 0},
		{"list repetition", "x = [0] * 10**10\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 1},
		{"string repetition", "x = 'a' * 10**10\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 1},
		{"replace bomb", "x = ('a' * 10**4).replace('a', 'a' * 10**6)\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 1},
		{"power", "x = 2 ** (10**9)\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 1},
		{"shift", "x = 1 << 8240476022971739124\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 1},
		{"doubling", "s = 'a'\nwhile True:\n    s = s + s\n", interp.Limits{}, interp.MemoryLimit, interp.ErrMemoryLimit, 3},
		{"cyclic compare", "a = []\na.append(a)\nb = []\nb.append(b)\nprint(a == b)\n", interp.Limits{}, interp.DepthLimit, interp.ErrDepthLimit, 5},
		{"time", "while True:\n    pass\n", interp.Limits{Steps: interp.Unlimited, Time: 50 * time.Millisecond}, interp.TimeLimit, interp.ErrTimeLimit, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runSrc(t, tt.src, tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tt.kind, le.Kind)
			assert.ErrorIs(t, err, tt.sentinel)
			if tt.line > 0 {
				assert.Equal(t, tt.line, le.Pos.Line, "%v", err)
			}
		})
	}
}

func TestContextCancelsRun(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "while True:\n    pass\n", interp.CompileOptions{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = p.Run(ctx, interp.RunOptions{Limits: interp.Limits{Steps: interp.Unlimited}})
	assert.ErrorIs(t, err, interp.ErrTimeLimit)
}

func TestStaticPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		rule string
		pos  interp.Pos
	}{
		{"import os", "x = 1\nimport os\n", "import-denied", interp.Pos{Line: 2, Col: 8}},
		{"open", "y = 2\nf = open('x')\n", "forbidden-name", interp.Pos{Line: 2, Col: 5}},
		{"dunder attribute", "x = ().__class__\n", "dunder-attr", interp.Pos{Line: 1, Col: 7}},
		{"fullwidth exec", "ｅｘｅｃ('1')\n", "forbidden-name", interp.Pos{Line: 1, Col: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := interp.Compile("t.py", tt.src, interp.CompileOptions{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
			assert.Equal(t, tt.pos, pe.Violations[0].Pos)
			assert.False(t, pe.Runtime)
		})
	}
}

func TestCompileReportsEveryViolation(t *testing.T) {
	t.Parallel()
	_, err := interp.Compile("t.py", "import os\nopen('x')\nx = ().__class__\n", interp.CompileOptions{})
	var pe *interp.PolicyError
	require.ErrorAs(t, err, &pe)
	var lines []int
	for _, v := range pe.Violations {
		lines = append(lines, v.Pos.Line)
	}
	assert.Equal(t, []int{1, 2, 3}, lines)
	assert.Contains(t, err.Error(), "(and 2 more)")
}

func TestRuntimePolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		rule string
		line int
	}{
		{"getattr with a built name", "x = 1\ny = getattr(1, '__cl' + 'ass__')\n", "dunder-attr", 2},
		{"caught and retried", "try:\n    getattr(1, '__class__')\nexcept BaseException:\n    pass\nx = 1\n", "dunder-attr", 0},
		{"hasattr probe", "hasattr(len, '__self__')\n", "dunder-attr", 1},
		{"setattr", "class C: pass\nsetattr(C(), '__dict__', 1)\n", "dunder-attr", 2},
		{"escaped name", "getattr(1, '\\x5f\\x5fclass\\x5f\\x5f')\n", "dunder-attr", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runSrc(t, tt.src, interp.Limits{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe)
			assert.True(t, pe.Runtime)
			require.Len(t, pe.Violations, 1)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
			if tt.line > 0 {
				assert.Equal(t, tt.line, pe.Violations[0].Pos.Line)
			}
		})
	}
}

// The panic repros of the gpython surface report: each ends in a value
// or an error value, and the test process survives. want is "ok", the
// limit kind, the Python exception type, or "internal" for the repros
// that still reach a recovered gpython panic (none do since pyfence has
// its own str methods, set and dict).
func TestPanicReprosAreErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"repr(ValueError())", "ok"},
		{"str(ValueError())", "ok"},
		{"print(ValueError())", "ok"},
		{"repr(ValueError(1))", "ok"},
		{"repr([ValueError()])", "ok"},
		{"raise ValueError(ValueError())", "ValueError"},
		{"raise ValueError(KeyError(1))", "ValueError"},
		{"{} is {}", "ok"},
		{"() is ()", "ok"},
		{"{b'x'}", "ok"},
		{"set().add(())", "ok"},
		{"1 << 8240476022971739124", "memory"},
		{"''.startswith('', 1)", "ok"},
		{"'abc'.find('', -1)", "ok"},
		{"type('X', ValueError('x'), {})", "TypeError"},
		{"type('X', (1,), ())", "TypeError"},
		{"list(zip())", "ok"},
		{"a = []\na.append(a)\nrepr(a)", "ok"},
		{"a = []\na.append(a)\na == [a]", "ok"},
		{"a = []\na.append(a)\nb = [b for b in [[]]]\nb[0].append(b)\na == b", "depth"},
		{"[0] * 10**10", "memory"},
		{"('a' * 10**4).replace('a', 'a' * 10**6)", "memory"},
		{"def f(): return f()\nf()", "depth"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			t.Parallel()
			_, err := runSrc(t, tt.src+"\n", interp.Limits{})
			got := "ok"
			var (
				ie *interp.InternalError
				le *interp.LimitError
				pe *interp.PythonError
			)
			switch {
			case err == nil:
			case errors.As(err, &ie):
				got = "internal"
			case errors.As(err, &le):
				got = le.Kind.String()
			case errors.As(err, &pe):
				got = pe.Type
			default:
				got = err.Error()
			}
			assert.Equal(t, tt.want, got, "%v", err)
			if err != nil {
				assert.NotPanics(t, func() { _ = err.Error() })
			}
		})
	}
}

func TestResultValueAndOutput(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "def f(x):\n    return x * 2\nprint('hi', 3)\nf(price)\n", interp.CompileOptions{})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"price": 21}})
	require.NoError(t, err)
	assert.Equal(t, int64(42), res.Value)
	assert.Equal(t, "hi 3\n", res.Output)
	assert.Greater(t, res.Steps, int64(0))
}

func TestPythonErrorTraceback(t *testing.T) {
	t.Parallel()
	_, err := runSrc(t, "def f(x):\n    return 1 // x\n\nf(0)\n", interp.Limits{})
	var pe *interp.PythonError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "ZeroDivisionError", pe.Type)
	assert.Equal(t, 2, pe.Pos().Line)
	assert.Equal(t, "Traceback (most recent call last):\n"+
		"  File \"t.py\", line 4, in <module>\n"+
		"    f(0)\n"+
		"  File \"t.py\", line 2, in f\n"+
		"    return 1 // x\n"+
		"ZeroDivisionError: "+pe.Message+"\n", pe.Traceback())
}

func TestRunsAreIsolated(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "try:\n    seen = x\nexcept NameError:\n    seen = None\nx = 1\nsetattr_ok = True\nseen\n", interp.CompileOptions{})
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		res, err := p.Run(context.Background(), interp.RunOptions{})
		require.NoError(t, err)
		assert.Nil(t, res.Value, "run %d saw a global of an earlier run", i)
	}
	// A builtin type cannot be changed for later runs.
	_, err = runSrc(t, "setattr(str, 'upper', 1)\n", interp.Limits{})
	var pe *interp.PythonError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "TypeError", pe.Type)
}

func TestConcurrentRunsShareOneProgram(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "total = 0\nfor i in range(n):\n    total += i\nprint(total)\ntotal\n", interp.CompileOptions{})
	require.NoError(t, err)
	bomb, err := interp.Compile("b.py", "while True:\n    pass\n", interp.CompileOptions{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				n := g*100 + i
				res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"n": n}})
				if !assert.NoError(t, err) {
					return
				}
				want := int64(n * (n - 1) / 2)
				assert.Equal(t, want, res.Value)
				assert.Equal(t, fmt.Sprintf("%d\n", want), res.Output)
				_, err = bomb.Run(context.Background(), interp.RunOptions{Limits: interp.Limits{Steps: 10_000}})
				assert.ErrorIs(t, err, interp.ErrStepLimit)
			}
		}()
	}
	wg.Wait()
}

func TestDeepSourceIsRejectedBeforeParsing(t *testing.T) {
	t.Parallel()
	src := strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000)
	_, err := interp.Compile("deep.py", src, interp.CompileOptions{})
	var se *interp.SyntaxError
	require.ErrorAs(t, err, &se)
}

func TestInvalidOptions(t *testing.T) {
	t.Parallel()
	_, err := interp.Compile("t.py", "1", interp.CompileOptions{AllowImport: []string{"os"}})
	assert.Error(t, err)
	p, err := interp.Compile("t.py", "1", interp.CompileOptions{})
	require.NoError(t, err)
	_, err = p.Run(context.Background(), interp.RunOptions{Limits: interp.Limits{Steps: -5}})
	assert.Error(t, err)
	_, err = p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"__builtins__": 1}})
	assert.Error(t, err)
}

func TestEval(t *testing.T) {
	t.Parallel()
	v, err := interp.Eval(context.Background(), "price * qty * (1 - discount) + tax",
		map[string]any{"price": 10.0, "qty": 3, "discount": 0.5, "tax": 1.5})
	require.NoError(t, err)
	assert.Equal(t, 16.5, v)
}

func TestResultOnError(t *testing.T) {
	t.Parallel()
	res, err := runSrc(t, "print('before')\nx = 1 // 0\n", interp.Limits{})
	var pe *interp.PythonError
	require.ErrorAs(t, err, &pe)
	require.NotNil(t, res)
	assert.Equal(t, "before\n", res.Output)
	assert.Nil(t, res.Value)
	assert.Greater(t, res.Steps, int64(0))
}

func TestOpaqueValues(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, typ, repr string }{
		{"class C:\n    def __repr__(self):\n        return 'C!'\nC()\n", "C", "C!"},
		{"len\n", "builtin_function_or_method", "<built-in function len>"},
	}
	for _, tt := range tests {
		res, err := runSrc(t, tt.src, interp.Limits{})
		require.NoError(t, err)
		assert.Equal(t, interp.Opaque{Type: tt.typ, Repr: tt.repr}, res.Value)
	}
	// A hostile __repr__ is bounded by the run's budgets.
	_, err := runSrc(t, "class C:\n    def __repr__(self):\n        while True: pass\nC()\n", interp.Limits{Steps: 10_000})
	assert.ErrorIs(t, err, interp.ErrStepLimit)
}
