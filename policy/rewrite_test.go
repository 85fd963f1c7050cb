package policy

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/rewrite")

// lineSeq returns the line of every positioned node of mod, in walk order.
func lineSeq(mod ast.Ast) []int {
	var lines []int
	ast.Walk(mod, func(n ast.Ast) bool {
		if p, ok := n.(interface{ GetLineno() int }); ok {
			lines = append(lines, p.GetLineno())
		}
		return true
	})
	return lines
}

// TestRewriteGolden rewrites testdata/rewrite/NAME.input.py and compares
// the emitted source with NAME.golden.py. The golden source must parse,
// keep every statement of the input on its line, and be a fixed point of
// rewriting again.
func TestRewriteGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/rewrite/*.input.py")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input.py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			s, err := Parse(in, src, ModeExec, ParseLimits{})
			require.NoError(t, err)
			before := map[int]bool{}
			for _, st := range s.Mod.(*ast.Module).Body {
				before[st.GetLineno()] = true
			}
			require.True(t, Rewrite(s, RewriteOptions{Displays: true}))
			got, err := Emit(s.Mod)
			require.NoError(t, err)
			golden := filepath.Join("testdata/rewrite", name+".golden.py")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)

			mod, err := parser.ParseString(got, "exec")
			require.NoError(t, err, "golden source must parse")
			for _, st := range mod.(*ast.Module).Body {
				assert.True(t, before[st.GetLineno()], "statement moved to line %d", st.GetLineno())
			}
			again, err := Parse(golden, []byte(got), ModeExec, ParseLimits{})
			require.NoError(t, err)
			assert.False(t, Rewrite(again, RewriteOptions{Displays: true}), "rewriting is a fixed point")
			twice, err := Emit(again.Mod)
			require.NoError(t, err)
			assert.Equal(t, got, twice)
			assert.Equal(t, lineSeq(mod), lineSeq(again.Mod))
		})
	}
}

func TestRewriteWithoutChangesReportsNone(t *testing.T) {
	s, err := Parse("t.py", []byte("x = 1\ny = [x]\n"), ModeExec, ParseLimits{})
	require.NoError(t, err)
	assert.False(t, Rewrite(s, RewriteOptions{Displays: true}))
}
