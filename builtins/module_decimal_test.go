package builtins_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/interp"
)

// runDecimal runs src with the decimal module importable and returns
// what it printed and the value of its final expression.
func runDecimal(t *testing.T, src string, lim interp.Limits) (interp.Result, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"decimal"}})
	if err != nil {
		return interp.Result{}, err
	}
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if err != nil {
		return interp.Result{}, err
	}
	return *res, nil
}

func TestDecimalBasics(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, src, want string
	}{
		{"repr and str", `print(repr(D('1.10')), D('1.10'), D('-0'), D('1e5'), D('1E-7'))`, "Decimal('1.10') 1.10 -0 1E+5 1E-7"},
		{"exact float", `print(D(0.1))`, "0.1000000000000000055511151231257827021181583404541015625"},
		{"division", `print(D(1) / D(3), D(10) / 4, D('1.00') / D('0.5'))`, "0.3333333333333333333333333333 2.5 2.0"},
		{"ints both sides", `print(1 + D('0.5'), D(7) // 2, 7 % D(2), 2 ** D(3), 2 / D(8))`, "1.5 3 1 8 0.25"},
		{"hash like int and float", `print(hash(D(1)) == hash(1), hash(D('1.5')) == hash(1.5), {D(1): 'a', 1: 'b', 1.0: 'c'})`, "True True {Decimal('1'): 'c'}"},
		{"conversions", `print(int(D('-3.9')), float(D('0.1')), round(D('2.5')), round(D('1.2345'), 2), bool(D('0.0')))`, "-3 0.1 2 1.23 False"},
		{"format", `print(format(D('1234.5678'), ',.2f'), f"{D('3.14159'):.3f}", format(D('1E+5')))`, "1,234.57 3.142 1E+5"},
		{"quantize", `print(D('7.325').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP))`, "7.33"},
		{"as_tuple", `print(D('-3.14').as_tuple())`, "DecimalTuple(sign=1, digits=(3, 1, 4), exponent=-2)"},
		{"context prec", `decimal.getcontext().prec = 5
print(D(1) / 7)`, "0.14286"},
		{"localcontext restores", `with decimal.localcontext() as c:
    c.prec = 2
    print(D(1) / 3)
print(D(1) / 3)`, "0.33\n0.3333333333333333333333333333"},
		{"division by zero", `try:
    D(1) / 0
except ZeroDivisionError as e:
    print(type(e), e)`, "<class 'decimal.DivisionByZero'> [<class 'decimal.DivisionByZero'>]"},
		{"invalid operation", `try:
    D(0) / 0
except decimal.InvalidOperation as e:
    print(e)`, "[<class 'decimal.DivisionUndefined'>]"},
		{"float mixing", `try:
    D(1) + 1.5
except TypeError as e:
    print(e)`, "unsupported operand type(s) for +: 'decimal.Decimal' and 'float'"},
		{"float compare exact", `print(D(0.1) == 0.1, D('0.1') == 0.1, D('1.5') < 2.0)`, "True False True"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := runDecimal(t, "import decimal\nD = decimal.Decimal\n"+tt.src+"\n", interp.Limits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want+"\n", res.Output)
		})
	}
}

func TestDecimalValue(t *testing.T) {
	t.Parallel()
	st := dsState(dsLimits)
	m, err := builtins.Import(st, "decimal")
	require.NoError(t, err)
	ctor, err := builtins.GetAttr(st, m, "Decimal")
	require.NoError(t, err)
	d, err := py.Call(ctor, py.Tuple{py.String("-12.50")}, nil)
	require.NoError(t, err)
	v, ok := builtins.DecimalValue(d)
	require.True(t, ok)
	assert.Equal(t, "-12.50", v.String())
	want, _, err := apd.NewFromString("-12.5")
	require.NoError(t, err)
	assert.Equal(t, 0, v.Cmp(want))
	v.Negative = false // a copy: the script's value is unchanged
	again, _ := builtins.DecimalValue(d)
	assert.True(t, again.Negative)
	_, ok = builtins.DecimalValue(py.Int(5))
	assert.False(t, ok)
	// A final Decimal reaches the host as an *apd.Decimal.
	res, err := runDecimal(t, "import decimal\ndecimal.Decimal('12.50')\n", interp.Limits{})
	require.NoError(t, err)
	got, ok := res.Value.(*apd.Decimal)
	require.True(t, ok, "%T", res.Value)
	assert.Equal(t, "12.50", got.String())
}

// TestDecimalContextPerRun runs one program twice: the precision and the
// flags the first run sets must not reach the second.
func TestDecimalContextPerRun(t *testing.T) {
	t.Parallel()
	src := `import decimal
c = decimal.getcontext()
print(c.prec, c.flags[decimal.Inexact], decimal.DefaultContext.prec, decimal.Decimal(1) / 3)
c.prec = 5
decimal.DefaultContext.prec = 3
decimal.BasicContext.traps[decimal.Inexact] = True
decimal.setcontext(decimal.Context(prec=2))
`
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"decimal"}})
	require.NoError(t, err)
	for i := 0; i < 2; i++ {
		res, err := p.Run(context.Background(), interp.RunOptions{})
		require.NoError(t, err)
		assert.Equal(t, "28 False 28 0.3333333333333333333333333333\n", res.Output, "run %d", i)
	}
}

func TestDecimalAttacks(t *testing.T) {
	t.Parallel()
	small := interp.Limits{Steps: 2_000_000, Memory: 16 << 20, Time: 10 * time.Second}
	for _, tt := range []struct {
		name string
		src  string
		lim  interp.Limits
		want string // a limit kind, "policy:<rule>" or "exception:<type>"
	}{
		{"huge precision division", "decimal.getcontext().prec = 10**9\nD(1) / D(3)", interp.Limits{}, "memory"},
		{"huge precision unlimited memory", "decimal.getcontext().prec = 10**9\nD(1) / D(3)", interp.Limits{Memory: interp.Unlimited}, "memory"},
		{"large precision division", "decimal.getcontext().prec = 5_000_000\nD(1) / D(3)", interp.Limits{}, "steps"},
		{"large precision exp", "decimal.getcontext().prec = 100_000\nD(1).exp()", interp.Limits{}, "steps"},
		{"large precision ln unlimited steps", "decimal.getcontext().prec = 1_000_000\nD(2).ln()", interp.Limits{Steps: interp.Unlimited}, "steps"},
		{"large precision sqrt in a loop", "decimal.getcontext().prec = 20_000\nwhile True:\n    D(2).sqrt()", small, "steps"},
		{"huge exponent power", "D('1e999999999') ** D('1e999999999')", interp.Limits{}, "exception:decimal.Overflow"},
		{"huge power", "D(7) ** (10**18)", interp.Limits{}, "exception:decimal.Overflow"},
		{"one to a huge power", "D(1) ** D('1e99999')", interp.Limits{}, "steps"},
		{"huge exponent int", "int(D('1e999999999'))", interp.Limits{}, "memory"},
		{"huge exponent integer ratio", "D('1e999999999').as_integer_ratio()", interp.Limits{}, "memory"},
		{"huge fixed format", "format(D('1e999999999'), 'f')", small, "memory"},
		{"huge format width", "format(D(1), '999999999999')", small, "memory"},
		{"huge format precision", "format(D(1), '.99999999f')", small, "memory"},
		{"huge quantize", "D('1e99999').quantize(D('1e-99999'))", interp.Limits{}, "exception:decimal.InvalidOperation"},
		{"huge string", "D('1' * 10**8)", small, "memory"},
		{"dunder of a Decimal", "D(1).__class__", interp.Limits{}, "policy:dunder-attr"},
		{"dunder through getattr", "getattr(D(1), '__add__')", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of a context", "decimal.getcontext().__init__", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of the localcontext manager", "decimal.localcontext().__exit__", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of a signal dict", "decimal.getcontext().traps.__class__", interp.Limits{}, "policy:dunder-attr"},
		{"dunder of a signal class", "decimal.Inexact.__subclasses__", interp.Limits{}, "policy:dunder-attr"},
		{"set a context dunder", "decimal.getcontext().__dict__ = {}", interp.Limits{}, "policy:dunder-attr"},
		{"write a module attribute", "decimal.Decimal = int", interp.Limits{}, "policy:readonly-attr"},
		{"write a Decimal attribute", "D(1).real = 5", interp.Limits{}, "exception:AttributeError"},
		{"write a signal class attribute", "decimal.Inexact.x = 1", interp.Limits{}, "exception:TypeError"},
		{"setcontext to a non-context", "decimal.setcontext(object())", interp.Limits{}, "exception:TypeError"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			_, err := runDecimal(t, "import decimal\nD = decimal.Decimal\n"+tt.src+"\n", tt.lim)
			require.Error(t, err)
			assert.Less(t, time.Since(start), 8*time.Second, "refused too slowly")
			var ie *interp.InternalError
			require.False(t, errors.As(err, &ie), "internal error: %v", err)
			switch {
			case strings.HasPrefix(tt.want, "policy:"):
				var pe *interp.PolicyError
				require.ErrorAs(t, err, &pe, "%v", err)
				require.NotEmpty(t, pe.Violations)
				assert.Equal(t, strings.TrimPrefix(tt.want, "policy:"), pe.Violations[0].Rule)
			case strings.HasPrefix(tt.want, "exception:"):
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe, "%v", err)
				assert.Equal(t, strings.TrimPrefix(tt.want, "exception:"), pe.Type)
			default:
				var le *interp.LimitError
				require.ErrorAs(t, err, &le, "%v", err)
				assert.Equal(t, tt.want, le.Kind.String())
			}
		})
	}
}

// TestDecimalHostileValues feeds every method odd arguments: nothing may
// panic (an internal error) whatever the outcome.
func TestDecimalHostileValues(t *testing.T) {
	t.Parallel()
	src := `import decimal
D = decimal.Decimal
vals = [D(0), D('-0'), D('1.5'), D('NaN'), D('-sNaN3'), D('Infinity'), D('-Infinity'), D('1e-99999'), D('9e99999'), 3, -2]
names = ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_value', 'to_integral_exact', 'adjusted', 'as_tuple',
         'copy_abs', 'copy_negate', 'is_nan', 'is_zero', 'is_signed', 'is_normal', 'is_subnormal', 'to_eng_string']
binary = ['compare', 'max', 'min', 'quantize', 'copy_sign', 'scaleb', 'same_quantum', 'compare_total']
n = 0
for a in vals:
    if not isinstance(a, D):
        continue
    for name in names:
        try:
            getattr(a, name)()
        except (ArithmeticError, ValueError, TypeError, OverflowError):
            n += 1
    for b in vals:
        for name in binary:
            try:
                getattr(a, name)(b)
            except (ArithmeticError, ValueError, TypeError, OverflowError):
                n += 1
        for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b,
                   lambda: a ** b, lambda: a < b, lambda: a == b, lambda: hash(a), lambda: int(a), lambda: float(a),
                   lambda: round(a), lambda: round(a, 2), lambda: format(a, '.3f'), lambda: format(a, ',.2e'), lambda: str(a),
                   lambda: a.fma(b, b), lambda: divmod(a, b), lambda: a.as_integer_ratio()]:
            try:
                op()
            except (ArithmeticError, ValueError, TypeError, OverflowError):
                n += 1
print(n > 0)
`
	res, err := runDecimal(t, src, interp.Limits{Steps: 50_000_000})
	require.NoError(t, err)
	assert.Equal(t, "True\n", res.Output)
}

// TestDecimalConcurrentRuns runs one program in parallel: each run's
// context is its own, whatever the others set.
func TestDecimalConcurrentRuns(t *testing.T) {
	t.Parallel()
	src := `import decimal
c = decimal.getcontext()
assert c.prec == 28, c.prec
c.prec = n
r = decimal.Decimal(1) / 7
assert len(str(r)) == n + 2, r
with decimal.localcontext(prec=3):
    assert str(decimal.Decimal(2) / 3) == '0.667'
str(decimal.Decimal(1) / 7)
`
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"decimal"}})
	require.NoError(t, err)
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func(n int) {
			res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"n": n}})
			if s, _ := res.Value.(string); err == nil && (len(s) != n+2 || !strings.HasPrefix(s, "0.1428")) {
				err = fmt.Errorf("run with prec %d: got %v", n, res.Value)
			}
			errs <- err
		}(5 + i)
	}
	for i := 0; i < 8; i++ {
		assert.NoError(t, <-errs)
	}
}
