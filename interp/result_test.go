package interp_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// TestResultDictWithTupleKey: a dict whose keys have no Go map key
// equivalent is returned as an Opaque, not an internal error (FuzzRun
// finding fa7e8cfde05f4102).
func TestResultDictWithTupleKey(t *testing.T) {
	p, err := interp.Compile("r.py", "({(): 0, (1, 'a'): [2]})\n", interp.CompileOptions{})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, interp.Opaque{Type: "dict", Repr: "{(): 0, (1, 'a'): [2]}"}, res.Value)
}
