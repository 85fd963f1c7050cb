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

// runMath runs src with the math module importable and returns what it
// printed and the error.
func runMath(t *testing.T, src string, lim interp.Limits) (string, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"math"}})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if res == nil {
		return "", err
	}
	return res.Output, err
}

func TestMathValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"constants", "print(math.pi, math.e, math.tau, math.inf, math.nan)", "3.141592653589793 2.718281828459045 6.283185307179586 inf nan"},
		{"sqrt of big int", "print(math.sqrt(10**300))", "1e+150"},
		{"floor returns int", "print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(1e20))", "-3 3 -2 100000000000000000000"},
		{"factorial", "print(math.factorial(25))", "15511210043330985984000000"},
		{"comb symmetric", "print([math.comb(6, k) for k in range(7)])", "[1, 6, 15, 20, 15, 6, 1]"},
		{"comb of big n", "print(math.comb(10**20, 3))", "166666666666666666661666666666666666666700000000000000000000"},
		{"comb large k side", "print(math.comb(100, 98), math.comb(10**20, 10**20 - 2))", "4950 4999999999999999999950000000000000000000"},
		{"perm", "print(math.perm(10, 3), math.perm(5), math.perm(3, 5), math.perm(2**64, 2))", "720 120 0 340282366920938463444927863358058659840"},
		{"isqrt exact", "n = (10**40 + 7)**2\nprint(math.isqrt(n) == 10**40 + 7, math.isqrt(n - 1) == 10**40 + 6)", "True True"},
		{"gcd and lcm n-ary", "print(math.gcd(), math.gcd(12, -18, 27), math.lcm(), math.lcm(4, 6, 10), math.lcm(3, 0, 5))", "0 3 1 60 0"},
		{"fsum exact", "print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))", "1.0 1.0"},
		{"fsum half-even across partials", "print(math.fsum([2.0**53, -0.5, -2.0**-54]))", "9007199254740991.0"},
		{"hypot n-ary", "print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())", "5.0 3.0 0.0"},
		{"dist", "print(math.dist((0, 0), (3, 4)))", "5.0"},
		{"log of huge int", "print(math.log(10**400), math.log2(2**3000))", "921.0340371976182 3000.0"},
		{"isclose", "print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))", "True True"},
		{"prod start", "print(math.prod([1, 2, 3], start=10), math.prod([]))", "60 1"},
		{"ulp and nextafter", "print(math.ulp(1.0), math.nextafter(1, 2))", "2.220446049250313e-16 1.0000000000000002"},
		{"modf signed zero", "print(math.modf(-2.0))", "(-0.0, -2.0)"},
		{"remainder ties to even", "print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-4, 2))", "1.0 -1.0 -0.0"},
		{"domain error", "try:\n    math.sqrt(-1)\nexcept ValueError as e:\n    print(e)", "math domain error"},
		{"range error", "try:\n    math.exp(1000)\nexcept OverflowError as e:\n    print(e)", "math range error"},
		{"factorial negative", "try:\n    math.factorial(-1)\nexcept ValueError as e:\n    print(e)", "factorial() not defined for negative values"},
		{"isqrt negative", "try:\n    math.isqrt(-1)\nexcept ValueError as e:\n    print(e)", "isqrt() argument must be nonnegative"},
		{"comb negative", "try:\n    math.comb(-1, 2)\nexcept ValueError as e:\n    print(e)", "n must be a non-negative integer"},
		{"type error", "try:\n    math.sin('a')\nexcept TypeError as e:\n    print(e)", "must be real number, not str"},
		{"dir has no private names", "print([n for n in dir(math) if n.startswith('_')], len(dir(math)))", "[] 60"},
		{"user __float__", "class F:\n    def __float__(self):\n        return 4.0\nprint(math.sqrt(F()))", "2.0"},
		{"user __index__", "class I:\n    def __index__(self):\n        return 5\nprint(math.factorial(I()))", "120"},
		{"user __floor__", "class R:\n    def __floor__(self):\n        return 'f'\nprint(math.floor(R()))", "f"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runMath(t, "import math\n"+tt.src+"\n", interp.Limits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want+"\n", out)
		})
	}
}

func TestMathHostileCallbacks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		wantErr string
	}{
		{"__float__ raises", "class F:\n    def __float__(self):\n        raise KeyError('boom')\nmath.sqrt(F())", "KeyError"},
		{"__index__ raises", "class I:\n    def __index__(self):\n        raise KeyError('boom')\nmath.gcd(4, I())", "KeyError"},
		{"iterator raises in fsum", "def g():\n    yield 1.0\n    raise KeyError('boom')\nmath.fsum(g())", "KeyError"},
		{"__rmul__ raises in prod", "class M:\n    def __rmul__(self, o):\n        raise KeyError('boom')\nmath.prod([M(), 2])", "KeyError"},
		{"__float__ returns non-float", "class F:\n    def __float__(self):\n        return 1\nmath.sqrt(F())", "returned non-float"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runMath(t, "import math\n"+tt.src+"\n", interp.Limits{})
			var pe *interp.PythonError
			require.ErrorAs(t, err, &pe)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestMathLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src      string
		lim      interp.Limits
		sentinel error
	}{
		{"factorial past the int cap", "math.factorial(10**7)", interp.Limits{}, interp.ErrMemoryLimit},
		{"factorial past int64", "math.factorial(10**18)", interp.Limits{}, interp.ErrMemoryLimit},
		{"factorial within the cap is work", "math.factorial(10**6)", interp.Limits{Time: time.Minute}, interp.ErrStepLimit},
		{"factorial over a small memory budget", "math.factorial(200000)", interp.Limits{Memory: 100_000}, interp.ErrMemoryLimit},
		{"perm of n", "math.perm(10**7)", interp.Limits{}, interp.ErrMemoryLimit},
		{"perm of big n", "math.perm(10**100, 10**6)", interp.Limits{}, interp.ErrMemoryLimit},
		{"comb bomb", "math.comb(10**7, 5 * 10**6)", interp.Limits{}, interp.ErrMemoryLimit},
		{"comb of huge n", "math.comb(2**(2**20), 100)", interp.Limits{}, interp.ErrMemoryLimit},
		{"comb is work", "math.comb(2 * 10**6, 10**6)", interp.Limits{Time: time.Minute}, interp.ErrStepLimit},
		{"isqrt of a huge int", "math.isqrt(3**(10**6) * 7**(10**6))", interp.Limits{Time: time.Minute}, interp.ErrStepLimit},
		{"gcd of huge ints", "a = 3**(10**6)\nb = 7**(10**6)\nmath.gcd(a, b)", interp.Limits{Time: time.Minute}, interp.ErrStepLimit},
		{"lcm growing", "math.lcm(*range(1, 10**5))", interp.Limits{Steps: 1_000_000}, interp.ErrStepLimit},
		{"fsum of an infinite iterator", "def g():\n    while True:\n        yield 0.5\nmath.fsum(g())", interp.Limits{Steps: 100_000}, interp.ErrStepLimit},
		{"prod of an infinite iterator", "def g():\n    while True:\n        yield 1\nmath.prod(g())", interp.Limits{Steps: 100_000}, interp.ErrStepLimit},
		{"prod growing past the int cap", "math.prod([2**(2**24)] * 4)", interp.Limits{}, interp.ErrMemoryLimit},
		{"hypot of many", "math.hypot(*range(10**6))", interp.Limits{Steps: 100_000}, interp.ErrStepLimit},
		{"dist of infinite", "def g():\n    while True:\n        yield 1\nmath.dist(g(), g())", interp.Limits{Steps: 100_000}, interp.ErrStepLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			_, err := runMath(t, "import math\n"+tt.src+"\n", tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.Less(t, time.Since(start), 30*time.Second)
		})
	}
}

func TestMathLimitIsNotCatchable(t *testing.T) {
	t.Parallel()
	src := "import math\ntry:\n    math.factorial(10**7)\nexcept BaseException:\n    pass\nprint('survived')\n"
	out, err := runMath(t, src, interp.Limits{})
	assert.ErrorIs(t, err, interp.ErrMemoryLimit)
	assert.NotContains(t, out, "survived")
}

func TestMathPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		rule string
	}{
		{"assign constant", "math.pi = 3", "readonly-attr"},
		{"assign function", "math.sqrt = abs", "readonly-attr"},
		{"delete attribute", "del math.sqrt", "readonly-attr"},
		{"setattr", "setattr(math, 'pi', 3)", "readonly-attr"},
		{"module dict", "print(math.__dict__)", "dunder-attr"},
		{"module loader", "print(math.__loader__)", "dunder-attr"},
		{"getattr dunder", "getattr(math, '__' + 'dict__')", "dunder-attr"},
		{"function globals", "getattr(math.sqrt, '__' + 'globals__')", "dunder-attr"},
		{"function self", "getattr(math.sqrt, '__' + 'self__')", "dunder-attr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := interp.Compile("t.py", "import math\n"+tt.src+"\n", interp.CompileOptions{AllowImport: []string{"math"}})
			if err == nil {
				_, err = p.Run(context.Background(), interp.RunOptions{})
			}
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
		})
	}
}

func TestMathRunsAreIsolated(t *testing.T) {
	t.Parallel()
	// A run that tries to change math cannot affect the next run of the
	// same program, nor of another program.
	src := "import math\nprint(math.pi)\ntry:\n    math.pi = 3\nexcept BaseException:\n    pass\n"
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"math"}})
	if err != nil {
		// The assignment is rejected statically: check a second program.
		var pe *interp.PolicyError
		require.ErrorAs(t, err, &pe)
	} else {
		for i := 0; i < 2; i++ {
			res, err := p.Run(context.Background(), interp.RunOptions{})
			var pe *interp.PolicyError
			require.True(t, errors.As(err, &pe), "%v", err)
			assert.True(t, strings.HasPrefix(res.Output, "3.141592653589793\n"))
		}
	}
	out, err := runMath(t, "import math\nprint(math.pi, math.sqrt(4))\n", interp.Limits{})
	require.NoError(t, err)
	assert.Equal(t, "3.141592653589793 2.0\n", out)
}
