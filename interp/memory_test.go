package interp_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// TestMemoryAccounting checks what the memory budget counts: containers
// the VM builds, results of amplifying operations, and that garbage does
// not add up to a trip.
func TestMemoryAccounting(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		lim     interp.Limits
		minMem  int64 // accounted bytes at least, for runs that succeed
		wantErr error
	}{
		{"list comprehension is accounted", "xs = [i for i in range(10**4)]\n", interp.Limits{}, 16 * 10_000, nil},
		{"list display is accounted", "for i in range(1000):\n    xs = [i, i, i]\n", interp.Limits{}, 1000 * 3 * 16, nil},
		{"repetition result is accounted", "s = 'x' * 10**5\n", interp.Limits{}, 100_000, nil},
		{"join result is accounted", "s = ','.join(['ab'] * 10**4)\n", interp.Limits{}, 30_000, nil},
		{"list growth is accounted", "xs = []\nfor i in range(10**4):\n    xs.append(i)\n", interp.Limits{}, 16 * 10_000, nil},
		{"comprehension past the budget trips", "xs = [i for i in range(10**7)]\n",
			interp.Limits{Memory: 8 << 20, Steps: interp.Unlimited, Time: time.Minute}, 0, interp.ErrMemoryLimit},
		{"garbage in a loop does not trip", "for i in range(200):\n    s = 'x' * 10**6\n",
			interp.Limits{Memory: 64 << 20, Steps: interp.Unlimited, Time: time.Minute}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := interp.Compile("m.py", tt.src, interp.CompileOptions{})
			require.NoError(t, err)
			res, err := p.Run(context.Background(), interp.RunOptions{Limits: tt.lim})
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.GreaterOrEqual(t, res.Memory, tt.minMem)
		})
	}
}

// TestDepthCappedByMemory: the Go stack is bounded through the depth, one
// frame per 16 KiB of the memory budget.
func TestDepthCappedByMemory(t *testing.T) {
	p, err := interp.Compile("d.py", "def f(n):\n    return f(n + 1)\nf(0)\n", interp.CompileOptions{})
	require.NoError(t, err)
	_, err = p.Run(context.Background(), interp.RunOptions{Limits: interp.Limits{Memory: 16 << 20, Depth: interp.Unlimited}})
	var le *interp.LimitError
	require.True(t, errors.As(err, &le), "got %v", err)
	assert.Equal(t, interp.DepthLimit, le.Kind)
	assert.LessOrEqual(t, le.Limit, int64(1024))
}
