package run

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newState(lim Limits) *State {
	s := New()
	s.Reset(context.Background(), lim)
	return s
}

func TestStepLimitIsSticky(t *testing.T) {
	s := newState(Limits{Steps: 10})
	require.NoError(t, s.Charge(10))
	assert.Error(t, s.Charge(1))
	// Every later meter call fails again.
	assert.Error(t, s.Charge(0))
	assert.Error(t, s.Enter())
	assert.Error(t, s.Write("x"))
	assert.Error(t, s.Alloc(1))
	require.NotNil(t, s.Tripped())
	assert.Equal(t, Steps, s.Tripped().Kind)
}

func TestFirstFailureWins(t *testing.T) {
	s := newState(Limits{Steps: 100, Memory: 10})
	require.Error(t, s.Alloc(11))
	require.Error(t, s.Deny("dunder-attr", "x"))
	assert.Equal(t, Memory, s.Tripped().Kind)
	assert.Nil(t, s.Blocked())
}

func TestDepth(t *testing.T) {
	s := newState(Limits{Depth: 2})
	require.NoError(t, s.Enter())
	require.NoError(t, s.Enter())
	assert.Error(t, s.Enter())
	assert.Equal(t, Depth, s.Tripped().Kind)
}

func TestOutputKeepsWhatFits(t *testing.T) {
	s := newState(Limits{Output: 5})
	require.NoError(t, s.Write("abc"))
	assert.Error(t, s.Write("defg"))
	assert.Equal(t, "abcde", string(s.Output()))
	assert.Equal(t, Output, s.Tripped().Kind)
}

func TestCancelledContextTripsTime(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := New()
	s.Reset(ctx, Limits{Time: time.Hour})
	assert.Error(t, s.Poll())
	assert.Equal(t, Time, s.Tripped().Kind)
}

func TestDeadlineTripsTime(t *testing.T) {
	s := newState(Limits{Time: time.Nanosecond})
	for i := 0; i < 1000 && s.Tripped() == nil; i++ {
		_ = s.Poll()
	}
	require.NotNil(t, s.Tripped())
	assert.Equal(t, Time, s.Tripped().Kind)
}

func TestResetClearsEverything(t *testing.T) {
	s := newState(Limits{Steps: 5, Output: 100})
	_ = s.Write("secret")
	_ = s.Charge(10)
	s.Reset(context.Background(), Limits{Steps: 5, Output: 100})
	assert.Nil(t, s.Tripped())
	assert.Nil(t, s.Blocked())
	assert.Empty(t, s.Output())
	assert.Zero(t, s.Steps())
	assert.Zero(t, s.Memory())
	assert.Zero(t, s.Depth())
}

func TestAllocAccounts(t *testing.T) {
	s := newState(Limits{Memory: 100})
	require.NoError(t, s.Alloc(60))
	require.NoError(t, s.CheckAlloc(40))
	assert.Equal(t, int64(60), s.Memory())
	assert.Error(t, s.Alloc(101), "more than the whole budget")
}

// sink keeps allocations of the tests below reachable.
var sink [][]byte

func TestAllocForgetsGarbage(t *testing.T) {
	s := newState(Limits{Memory: 8 << 20})
	for i := 0; i < 100; i++ {
		require.NoError(t, s.Alloc(1<<20), "iteration %d", i)
		sink = [][]byte{make([]byte, 1<<20)} // the previous one is garbage
	}
	sink = nil
	assert.Positive(t, s.Collections())
	assert.LessOrEqual(t, s.Memory(), int64(8<<20))
}

func TestAllocTripsOnLiveMemory(t *testing.T) {
	s := newState(Limits{Memory: 8 << 20})
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		if err = s.Alloc(1 << 20); err == nil {
			sink = append(sink, make([]byte, 1<<20))
		}
	}
	sink = nil
	require.Error(t, err)
	require.NotNil(t, s.Tripped())
	assert.Equal(t, Memory, s.Tripped().Kind)
}

func BenchmarkCharge(b *testing.B) {
	s := newState(Limits{Steps: 1 << 62, Time: time.Hour, Memory: 1 << 30})
	for b.Loop() {
		_ = s.Charge(3)
	}
}

func BenchmarkHeapRead(b *testing.B) {
	s := newState(Limits{})
	for b.Loop() {
		s.heap()
	}
}
