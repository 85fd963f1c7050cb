package builtins_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// syntaxRun compiles and runs src as a script with the limits lim.
func syntaxRun(t *testing.T, src string, lim interp.Limits) (*interp.Result, error) {
	t.Helper()
	prog, err := interp.Compile("modern.py", src, interp.CompileOptions{})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return prog.Run(ctx, interp.RunOptions{Limits: lim})
}

// TestSyntaxHelpers runs the translations of PEP 448 unpacking end to end;
// the expected outputs are CPython 3.11's.
func TestSyntaxHelpers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"list", "a = [1, 2]\nprint([*a, *'xy', 3, *range(2), *()])", "[1, 2, 'x', 'y', 3, 0, 1]\n"},
		{"tuple", "a = [1]\nprint((*a, *a), (*a,), (0, *a))\nt = *a, 2\nprint(t)", "(1, 1) (1,) (0, 1)\n(1, 2)\n"},
		{"set", "print(sorted({*[3, 1], *(1, 2), 0}))", "[0, 1, 2, 3]\n"},
		{"dict keeps the first position of a key", "a = {'x': 1, 'y': 2}\nprint({**a, 'x': 0, **{'z': 3}})", "{'x': 0, 'y': 2, 'z': 3}\n"},
		{"dict with any keys", "print({**dict(a=1), 1: 'i', (1, 2): 't', 1.0: 'f'})", "{'a': 1, 1: 'f', (1, 2): 't'}\n"},
		{"dict from a mapping class", "class M:\n    def keys(self):\n        return 'ab'\n    def __getitem__(self, k):\n        return k.upper()\nprint({**M()})", "{'a': 'A', 'b': 'B'}\n"},
		{"iterators and generators", "def g():\n    yield 1\n    yield 2\nprint([*g(), *iter([3]), *map(abs, [-4])])", "[1, 2, 3, 4]\n"},
		{"call", "def f(*a, **k):\n    return a, sorted(k.items())\nprint(f(0, *[1], 2, *(3,), k=4, **{'m': 5}, **{'n': 6}, z=7))",
			"((0, 1, 2, 3), [('k', 4), ('m', 5), ('n', 6), ('z', 7)])\n"},
		{"builtin call", "print(*[1, 2], *'ab', sep='-')\nprint(max(*[1], *[5, 2]))", "1-2-a-b\n5\n"},
		{"method call", "print('a-b'.replace(*'-', *'+'))", "a+b\n"},
		{"super call", "class A:\n    def __init__(self, *a):\n        self.a = a\nclass B(A):\n    def __init__(self):\n        super().__init__(*[1], *[2])\nprint(B().a)", "(1, 2)\n"},
		{"keyword only parameters", "def f(*, a, b):\n    return a - b\nprint(f(**{'a': 5}, **{'b': 2}))", "3\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := syntaxRun(t, tt.src, interp.Limits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, res.Output)
		})
	}
}

func TestSyntaxHelpersErrors(t *testing.T) {
	t.Parallel()
	const f = "def f(*a, **k):\n    pass\n"
	tests := []struct {
		name     string
		src      string
		wantType string
		wantMsg  string
		wantLine int
	}{
		{"list of a non-iterable", "x = [*[1], *2]", "TypeError", "Value after * must be an iterable, not int", 1},
		{"tuple of None", "x = 1, *None", "TypeError", "Value after * must be an iterable, not NoneType", 1},
		{"set of a non-iterable", "x = {*[1], *3}", "TypeError", "'int' object is not iterable", 1},
		{"dict of a non-mapping", "x = {**{}, **1}", "TypeError", "'int' object is not a mapping", 1},
		{"dict of a list", "x = {**{}, **[(1, 2)]}", "TypeError", "'list' object is not a mapping", 1},
		{"dict with an unhashable key", "x = {**{}, []: 1}", "TypeError", "unhashable type: 'list'", 1},
		{"call with a non-iterable", f + "f(*[], *1)", "TypeError", "Value after * must be an iterable, not int", 3},
		{"call with a non-mapping", f + "f(**{}, **1)", "TypeError", "__main__.f() argument after ** must be a mapping, not int", 3},
		{"call with a repeated keyword", f + "f(**{'a': 1}, **{'a': 2})", "TypeError", "__main__.f() got multiple values for keyword argument 'a'", 3},
		{"call with a keyword and a repeat", f + "f(**{'a': 1}, a=2)", "TypeError", "__main__.f() got multiple values for keyword argument 'a'", 3},
		{"call with a non-str key", f + "f(**{}, **dict([(1, 2)]))", "TypeError", "keywords must be strings", 3},
		{"method with a repeated keyword", "class C:\n    def m(self, **k):\n        pass\nC().m(**{'a': 1}, **{'a': 1})",
			"TypeError", "__main__.C.m() got multiple values for keyword argument 'a'", 4},
		{"builtin with a repeated keyword", "print(**{'sep': 1}, **{'sep': 2})", "TypeError", "print() got multiple values for keyword argument 'sep'", 1},
		{"call of a non-callable", "x = 1\nx(*[], *[])", "TypeError", "'int' object is not callable", 2},
		{"error in keys()", "class M:\n    def keys(self):\n        raise ValueError('no')\nx = {**M()}", "ValueError", "no", 3},
		{"error in a generator", "def g():\n    yield 1\n    raise KeyError('k')\nx = [*g()]", "KeyError", "'k'", 3},
		{"error in an f-string field on its line", "x = 0\ns = f'''a\n{x}\n{1 / x}'''", "ZeroDivisionError", "division by zero", 4},
		{"error in a translated call on its line", "def f(*a):\n    return 1 / 0\nx = [1,\n     *f(*[], *[])]", "ZeroDivisionError", "division by zero", 2},
		{"error in an argument of a translated call", "def f(*a):\n    pass\nx = f(*[],\n      *[1 / 0])", "ZeroDivisionError", "division by zero", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := syntaxRun(t, tt.src, interp.Limits{})
			var pe *interp.PythonError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.wantType, pe.Type)
			assert.Equal(t, tt.wantMsg, pe.Message)
			assert.Equal(t, tt.wantLine, pe.Pos().Line)
		})
	}
}

// TestSyntaxHelpersLimits checks that hostile unpackings end at a limit,
// before they allocate past the memory budget.
func TestSyntaxHelpersLimits(t *testing.T) {
	t.Parallel()
	const forever = "def forever():\n    while True:\n        yield 1\n"
	tests := []struct {
		name string
		src  string
		lim  interp.Limits
		want interp.LimitKind
	}{
		{"huge list: steps", "x = [*range(10**9)]", interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"huge list: memory first", "x = [*range(10**8)]", interp.Limits{Memory: 1 << 20, Steps: interp.Unlimited}, interp.MemoryLimit},
		{"huge tuple: memory", "x = (*range(10**8), 1)", interp.Limits{Memory: 1 << 20, Steps: interp.Unlimited}, interp.MemoryLimit},
		{"huge set", "x = {*range(10**9)}", interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"huge call", "def f(*a):\n    pass\nf(*range(10**9), *[])", interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"endless generator: steps", forever + "x = [*forever()]", interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"endless generator: time", forever + "x = [1, *forever()]", interp.Limits{Steps: interp.Unlimited, Memory: interp.Unlimited, Time: 200 * time.Millisecond}, interp.TimeLimit},
		{"endless keys", forever + "class M:\n    def keys(self):\n        return forever()\n    def __getitem__(self, k):\n        return k\nx = {**M()}",
			interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"huge keys", "class M:\n    def keys(self):\n        return range(10**9)\n    def __getitem__(self, k):\n        return k\nx = {**{}, **M()}",
			interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"recursive calls", "def f(*a):\n    return f(*a, *[])\nf(1)", interp.Limits{}, interp.DepthLimit},
		{"arguments doubling at each call", "def f(*a):\n    return f(*a, *a)\nf(1)", interp.Limits{Memory: 1 << 20}, interp.MemoryLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := syntaxRun(t, tt.src, tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			assert.Equal(t, tt.want, le.Kind)
		})
	}
}

func TestSyntaxHelpersChargeSteps(t *testing.T) {
	t.Parallel()
	small, err := syntaxRun(t, "x = [*range(10)]", interp.Limits{})
	require.NoError(t, err)
	large, err := syntaxRun(t, "x = [*range(10_010)]", interp.Limits{})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, large.Steps-small.Steps, int64(10_000))
}

func TestSyntaxHelpersSelfReferentialData(t *testing.T) {
	t.Parallel()
	src := "a = [1]\na.append(a)\nb = [*a, *a]\nd = {}\nd['d'] = d\ne = {**d, **{'e': d}}\n" +
		"def f(*x, **k):\n    return len(x), sorted(k)\n" +
		"print(len(b), b[1] is a, e['d'] is d, f(*b, *a, **e, **{'z': e}))"
	res, err := syntaxRun(t, src, interp.Limits{})
	require.NoError(t, err)
	assert.Equal(t, "4 True True (6, ['d', 'e', 'z'])\n", res.Output)
}

// TestSyntaxHelpersPolicy checks that the translated syntax reaches
// nothing the policy forbids.
func TestSyntaxHelpersPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		rule    string
		runtime bool
		line    int
	}{
		{"dunder in an f-string", "x = 1\ny = f'{x.__class__}'", "dunder-attr", false, 2},
		{"dunder in a format spec", "x = 1\ny = f'{x:{x.__class__}}'", "dunder-attr", false, 2},
		{"dunder on line 3 of an f-string", "y = f'''\n\n{().__class__}'''", "dunder-attr", false, 3},
		{"dunder in a nested f-string", `y = f'{f"{().__class__}"}'`, "dunder-attr", false, 1},
		{"helper written by the user", "y = f'{__pf_fstr__}'", "reserved-name", false, 1},
		{"helper called by the user", "__pf_call__(print, 0, 1)", "reserved-name", false, 1},
		{"helper as an unpacked value", "x = [*__pf_list__]", "reserved-name", false, 1},
		{"dunder in an annotation", "x: __import__('os') = 1", "dunder-name", false, 1},
		{"forbidden name in an annotation", "def f(a: open):\n    pass", "forbidden-name", false, 1},
		{"dunder unpacked", "x = [*().__class__.__mro__]", "dunder-attr", false, 1},
		{"computed dunder in an f-string", "n = '__cla' + 'ss__'\nx = f'{getattr(1, n)}'", "dunder-attr", true, 2},
		{"computed dunder in a translated call", "n = '__cla' + 'ss__'\nx = getattr(*[1], *[n])", "dunder-attr", true, 2},
		{"computed dunder through keys()", "class M:\n    def keys(self):\n        return [getattr(1, '__cla' + 'ss__')]\nx = {**M()}", "dunder-attr", true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := syntaxRun(t, tt.src, interp.Limits{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.runtime, pe.Runtime)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
			assert.Equal(t, tt.line, pe.Violations[0].Pos.Line)
		})
	}
}

// TestSyntaxHelpersBoundedSources checks sources that stress the
// translation: they compile or fail with a syntax error, never panic.
func TestSyntaxHelpersBoundedSources(t *testing.T) {
	t.Parallel()
	nested := "x = " + strings.Repeat("f'{", 1) + strings.Repeat(`f"{`, 1) + "1" + `}"` + "}'"
	tests := []struct {
		name string
		src  string
		ok   bool
	}{
		{"1 MB f-string", "x = f'" + strings.Repeat("abcd", 250_000) + "{1}'\nprint(len(x))", true},
		{"nested f-strings", nested, true},
		{"spec nested too deeply", "x = f'{1:{2:{3}}}'", false},
		{"deep brackets in a field", "x = f'{" + strings.Repeat("[", 500) + strings.Repeat("]", 500) + "}'", false},
		{"many unpackings", "x = [" + strings.Repeat("*[1], ", 20_000) + "]\nprint(len(x))", true},
		{"a call with 300 arguments", "print(" + strings.Repeat("1, ", 300) + ")", true},
		{"deeply nested unpackings", "x = " + strings.Repeat("[*", 90) + "[1]" + strings.Repeat("]", 90), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := syntaxRun(t, tt.src, interp.Limits{})
			if tt.ok {
				require.NoError(t, err)
				assert.NotNil(t, res)
				return
			}
			var se *interp.SyntaxError
			assert.True(t, errors.As(err, &se), "%v", err)
		})
	}
}
