package interp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroLimitsShortcut checks the precomputed defaults against the
// field-by-field resolution.
func TestZeroLimitsShortcut(t *testing.T) {
	t.Parallel()
	zero, err := Limits{}.resolve()
	require.NoError(t, err)
	explicit, err := Limits{Steps: DefaultSteps, Time: DefaultTime, Memory: DefaultMemory, Depth: DefaultDepth,
		Output: DefaultOutput, HostCalls: DefaultHostCalls}.resolve()
	require.NoError(t, err)
	assert.Equal(t, explicit, zero)
}
