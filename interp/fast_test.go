package interp

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFastPathMatchesVM runs every expression on the fast path and in the
// VM and requires the same value, repr, steps and error.
func TestFastPathMatchesVM(t *testing.T) {
	t.Parallel()
	inputs := map[string]any{"price": 9.5, "qty": 3, "discount": 0.1, "tax": 2.25, "name": "ann",
		"zero": 0, "big": 1 << 62, "flag": true, "xs": []any{1, 2, 3}, "f": MustFunc("f", func(a int) int { return a * 2 })}
	tests := []struct {
		expr string
		fast bool
	}{
		{"price * qty * (1 - discount) + tax", true},
		{"price > 10", true},
		{"-price + +qty - ~qty", true},
		{"not flag", true},
		{"qty // 2, qty % 2", false}, // a tuple display: VM
		{"qty ** 2 / 4", true},
		{"big * big * big", true},
		{"qty << 3 | 1 ^ 7 & 5 >> 1", true},
		{"name + '!' * qty", true},
		{"max(price, 10) + min(qty, 1) + abs(-tax) + round(price * 1.15, 2)", true},
		{"len(xs) == 3", true},
		{"f(qty) + 1", true},
		{"qty / zero", true},
		{"price + name", true},
		{"undefined + 1", true},
		{"round(price, 'x')", true},
		{"2 ** 10 ** 10", true},
		{"1 < qty < 5", false},
		{"qty if flag else 0", false},
		{"flag and qty", false},
		{"qty in xs", false},
		{"[x for x in xs]", false},
		{"f'{qty}'", false},
		{"{'a': qty}", false},
		{"xs[0]", false},
		{"name.upper()", false},
		{"(price *\n qty +\n undefined)", true},
		{"price.__class__", false},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			p, err := CompileExpr("f.py", tt.expr, CompileOptions{})
			if err != nil {
				var pe *PolicyError
				require.ErrorAs(t, err, &pe)
				assert.False(t, tt.fast)
				return
			}
			require.Equal(t, tt.fast, p.fast != nil, "fast path taken")
			slow := &Program{filename: p.filename, code: p.code, eval: p.eval, opts: p.opts, lines: p.lines}
			slow.pool.New = func() any { return slow.newRunner() }
			for _, lim := range []Limits{{}, {Steps: 3}, {Memory: 1 << 10}} {
				opts := RunOptions{Inputs: inputs, Repr: true, Limits: lim}
				r1, err1 := p.Run(context.Background(), opts)
				r2, err2 := slow.Run(context.Background(), opts)
				assert.Equal(t, fmt.Sprint(err2), fmt.Sprint(err1), "error, limits %+v", lim)
				assert.IsType(t, err2, err1)
				if pe, ok := err1.(*PythonError); ok {
					assert.Equal(t, err2.(*PythonError).Frames, pe.Frames)
				}
				require.NotNil(t, r1)
				assert.Equal(t, r2.Value, r1.Value)
				assert.Equal(t, r2.Repr, r1.Repr)
				assert.Equal(t, r2.Steps, r1.Steps, "steps, limits %+v", lim)
			}
		})
	}
}

// TestFastPathInputErrors checks that inputs are converted and validated
// as on the VM path, used or not.
func TestFastPathInputErrors(t *testing.T) {
	t.Parallel()
	p, err := CompileExpr("f.py", "a + 1", CompileOptions{})
	require.NoError(t, err)
	require.NotNil(t, p.fast)
	_, err = p.Run(context.Background(), RunOptions{Inputs: map[string]any{"a": 1, "b": make(chan int)}})
	assert.ErrorContains(t, err, `interp: input "b"`)
	res, err := p.Run(context.Background(), RunOptions{Inputs: map[string]any{"a": 1}})
	require.NoError(t, err)
	assert.Equal(t, int64(2), res.Value)
	_, err = p.Run(context.Background(), RunOptions{Inputs: map[string]any{"b": 1}})
	assert.EqualError(t, err, "f.py:1: NameError: name 'a' is not defined", "no input survives a run")
}

// FuzzFastPath compares the fast path with the VM on arbitrary
// expressions: whenever an expression takes the fast path, both must give
// the same value, repr, steps and error.
func FuzzFastPath(f *testing.F) {
	for _, s := range []string{"price * qty * (1 - discount) + tax", "a // b % 3", "-a ** 2", "max(a, b) < 3",
		"not a == b", "round(a / 3, 2)", "abs(b - a) >= 1.5", "a << b", "'x' * a", "len('abc') + a"} {
		f.Add(s, int64(3), 0.5)
	}
	f.Fuzz(func(t *testing.T, expr string, a int64, b float64) {
		p, err := CompileExpr("f.py", expr, CompileOptions{})
		if err != nil || p.fast == nil {
			return
		}
		slow := &Program{filename: p.filename, code: p.code, eval: p.eval, opts: p.opts, lines: p.lines}
		slow.pool.New = func() any { return slow.newRunner() }
		opts := RunOptions{Inputs: map[string]any{"a": a, "b": b, "price": 9.5, "qty": 3, "discount": 0.1, "tax": 2.25},
			Repr: true, Limits: Limits{Steps: 10_000, Memory: 1 << 20, Time: time.Second}}
		r1, err1 := p.Run(context.Background(), opts)
		r2, err2 := slow.Run(context.Background(), opts)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("%q: fast error %v, VM error %v", expr, err1, err2)
		}
		if r1 == nil || r2 == nil {
			return
		}
		if r1.Repr != r2.Repr || r1.Steps != r2.Steps {
			t.Fatalf("%q: fast %s (%d steps), VM %s (%d steps)", expr, r1.Repr, r1.Steps, r2.Repr, r2.Steps)
		}
	})
}
