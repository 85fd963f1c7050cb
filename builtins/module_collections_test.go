package builtins_test

// This file tests the collections module: behaviour through whole
// scripts, and attacks (dunders through its objects, hostile callbacks,
// infinite iterators, huge sizes, state shared across runs).

import (
	"context"
	"errors"
	"testing"

	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// collRun compiles and runs src with collections importable and small
// limits, returning its output and error.
func collRun(t testing.TB, src string, lim interp.Limits) (string, error) {
	t.Helper()
	prog, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"collections"}})
	if err != nil {
		return "", err
	}
	res, err := prog.Run(context.Background(), interp.RunOptions{Limits: lim})
	if res == nil {
		return "", err
	}
	return res.Output, err
}

// collLimits are the limits of the tests: small, so attacks end fast.
var collLimits = interp.Limits{Steps: 200_000, Memory: 16 << 20, Depth: 60}

// collErr describes err as "Type: message", "policy:RULE" or "limit:…".
func collErr(err error) string {
	var pe *interp.PythonError
	var pol *interp.PolicyError
	var ie *interp.InternalError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &ie):
		return "internal: " + ie.Error() + "\n" + ie.Stack
	case errors.As(err, &pe):
		return pe.Type + ": " + pe.Message
	case errors.As(err, &pol):
		return "policy:" + pol.Violations[0].Rule
	case errors.Is(err, interp.ErrStepLimit):
		return "limit:steps"
	case errors.Is(err, interp.ErrMemoryLimit):
		return "limit:memory"
	case errors.Is(err, interp.ErrDepthLimit):
		return "limit:depth"
	}
	return err.Error()
}

func TestCollectionsDebug(t *testing.T) {
	out, err := collRun(t, "from collections import namedtuple\nP = namedtuple('P', 'a b c')\np = P(1, 2, 1)\nprint(p + (4,))\n", collLimits)
	t.Log(out, collErr(err))
}
