package chunked

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = `# A header comment: not a chunk.
# ---
x = 1
print(x)
# Output:
# 1
# ---
# option: --max-steps=100 --allow-import=json
# option: --var a=1
y = ().__class__      ### policy:dunder-attr "__class__"
print(10 // 0)        ### exception:ZeroDivisionError "division by zero"
# ---
# differs: gpython prints it otherwise
print('a')
print()
print('  b')

# Output:
# a
#
#   b

# ---
while True: pass   ### limit:steps ### limit:time
`

func TestParse(t *testing.T) {
	chunks, err := Parse("sample.py", []byte(sample))
	require.NoError(t, err)
	require.Len(t, chunks, 4)

	c := chunks[0]
	assert.Equal(t, 3, c.Line)
	assert.Equal(t, "\n\nx = 1\nprint(x)\n# Output:\n# 1\n", c.Source)
	assert.True(t, c.HasOutput())
	assert.Equal(t, "1\n", c.Output)
	assert.Empty(t, c.Options)
	assert.Empty(t, c.Markers)
	assert.Empty(t, c.Differs)

	c = chunks[1]
	assert.Equal(t, 8, c.Line)
	assert.Equal(t, []string{"--max-steps=100", "--allow-import=json", "--var", "a=1"}, c.Options)
	assert.False(t, c.HasOutput())
	assert.Equal(t, "", c.Output)
	require.Len(t, c.Markers, 2)
	assert.Equal(t, 10, c.Markers[0].Line)
	assert.Equal(t, Policy, c.Markers[0].Kind)
	assert.Equal(t, "dunder-attr", c.Markers[0].Detail)
	require.NotNil(t, c.Markers[0].Regexp)
	assert.Equal(t, "__class__", c.Markers[0].Regexp.String())
	assert.Equal(t, 11, c.Markers[1].Line)
	assert.Equal(t, Exception, c.Markers[1].Kind)
	assert.Equal(t, "ZeroDivisionError", c.Markers[1].Detail)
	assert.True(t, c.HasMarker(Limit, Policy))
	assert.False(t, c.HasMarker(Limit, Syntax))
	lines := strings.Split(c.Source, "\n")
	assert.Equal(t, "y = ().__class__      ### policy:dunder-attr \"__class__\"", lines[9], "source lines are file lines")

	c = chunks[2]
	assert.Equal(t, "gpython prints it otherwise", c.Differs)
	assert.Equal(t, "a\n\n  b\n", c.Output)

	c = chunks[3]
	assert.Equal(t, 24, c.Line)
	require.Len(t, c.Markers, 2)
	assert.Equal(t, "steps", c.Markers[0].Detail)
	assert.Equal(t, "time", c.Markers[1].Detail)
}

func TestParseMarkers(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string // Marker.String() of each
	}{
		{"no marker", "x = 1", nil},
		{"kind only", "x = 1 ### syntax", []string{"line 7: ### syntax"}},
		{"kind and detail", "x ### limit:depth", []string{"line 7: ### limit:depth"}},
		{"regexp with quotes and spaces", `x ### exception:KeyError "'a b' \d"`, []string{`line 7: ### exception:KeyError "'a b' \d"`}},
		{"two markers", `x ### policy:dunder-attr "a" ### policy:forbidden-name`, []string{
			`line 7: ### policy:dunder-attr "a"`, "line 7: ### policy:forbidden-name"}},
		{"whole-line marker", "### internal", []string{"line 7: ### internal"}},
		{"hashes inside a word are not a marker", "x = 'a###b'", nil},
		{"hashes in a string are not a marker", "print('x ### y')", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := parseMarkers(tt.line, 7)
			require.NoError(t, err)
			var got []string
			for _, m := range ms {
				got = append(got, m.String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
	}{
		{"unknown kind", "x ### panic\n", "unknown marker kind"},
		{"detail on syntax", "x ### syntax:foo\n", "takes no detail"},
		{"no space before regexp", "x ### exception:KeyError\"a\"\n", "malformed marker"},
		{"bad regexp", "x ### exception:KeyError \"(\"\n", "marker regexp"},
		{"code after output", "print(1)\n# Output:\n# 1\nprint(2)\n", "must be the last thing"},
		{"two output blocks", "print(1)\n# Output:\n# 1\n\n# Output:\n# 1\n", "second Output block"},
		{"output line without space", "print(1)\n# Output:\n#1\n", "an Output line"},
		{"differs without reason", "# differs:\nprint(1)\n", "needs a reason"},
		{"options without code", "# option: --max-steps=1\n", "no code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.py", []byte(tt.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.True(t, strings.HasPrefix(err.Error(), "bad.py:"), "error %q starts with the file name", err)
		})
	}
}

func TestParseEdgeCases(t *testing.T) {
	t.Run("empty file has no chunks", func(t *testing.T) {
		chunks, err := Parse("e.py", nil)
		require.NoError(t, err)
		assert.Empty(t, chunks)
	})
	t.Run("CRLF line endings", func(t *testing.T) {
		chunks, err := Parse("e.py", []byte("print(1)\r\n# Output:\r\n# 1\r\n# ---\r\nprint(2)\r\n"))
		require.NoError(t, err)
		require.Len(t, chunks, 2)
		assert.Equal(t, "1\n", chunks[0].Output)
		assert.Equal(t, 5, chunks[1].Line)
	})
	t.Run("output lines are not markers", func(t *testing.T) {
		chunks, err := Parse("e.py", []byte("print('x ### y')\n# Output:\n# x ### y\n"))
		require.NoError(t, err)
		require.Len(t, chunks, 1)
		assert.Empty(t, chunks[0].Markers)
		assert.Equal(t, "x ### y\n", chunks[0].Output)
	})
	t.Run("separator needs the whole line", func(t *testing.T) {
		chunks, err := Parse("e.py", []byte("x = 1\n# --- not a separator\n  # ---\ny = 2\n"))
		require.NoError(t, err)
		assert.Len(t, chunks, 1)
	})
}

func TestRewriteOutputs(t *testing.T) {
	src := "print(1)\n# Output:\n# old\n# ---\nprint(2)\n\n# ---\nprint(3)\n# Output:\n# 3\n\n# ---\nprint(4)\n# Output:\n# 4\n"
	got, err := RewriteOutputs("r.py", []byte(src), map[int]string{
		1:  "1\n\n",   // replace, with an empty line
		5:  "2\n",     // add a block
		8:  "",        // remove the block
		99: "ignored", // no such chunk
	})
	require.NoError(t, err)
	want := "print(1)\n# Output:\n# 1\n#\n# ---\nprint(2)\n# Output:\n# 2\n\n# ---\nprint(3)\n\n# ---\nprint(4)\n# Output:\n# 4\n"
	assert.Equal(t, want, string(got))

	chunks, err := Parse("r.py", got)
	require.NoError(t, err)
	require.Len(t, chunks, 4)
	assert.Equal(t, "1\n\n", chunks[0].Output)
	assert.Equal(t, "2\n", chunks[1].Output)
	assert.False(t, chunks[2].HasOutput())
	assert.Equal(t, "4\n", chunks[3].Output)

	t.Run("unchanged without edits", func(t *testing.T) {
		same, err := RewriteOutputs("r.py", []byte(src), nil)
		require.NoError(t, err)
		assert.Equal(t, src, string(same))
	})
	t.Run("is idempotent", func(t *testing.T) {
		again, err := RewriteOutputs("r.py", got, map[int]string{1: "1\n\n", 5: "2\n", 8: ""})
		require.NoError(t, err)
		assert.Equal(t, string(got), string(again))
	})
	t.Run("keeps line numbers of later chunks when sizes match", func(t *testing.T) {
		chunks, err := Parse("r.py", got)
		require.NoError(t, err)
		assert.Equal(t, []int{1, 6, 11, 14}, []int{chunks[0].Line, chunks[1].Line, chunks[2].Line, chunks[3].Line})
	})
	t.Run("refuses a separator in the output", func(t *testing.T) {
		_, err := RewriteOutputs("r.py", []byte(src), map[int]string{1: "---\n"})
		assert.ErrorContains(t, err, "cannot be written")
	})
}
