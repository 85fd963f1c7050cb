package policy

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAccepts(t *testing.T) {
	t.Parallel()
	// allBrackets has 40 '(' inside every kind of string literal and in a
	// comment: none of them may count towards the nesting limit.
	br := strings.Repeat("(", 40)
	allBrackets := "x = ['" + br + "', \"" + br + "\", '''" + br + "\n" + br + "''', \"\"\"" + br + "\"\"\",\n" +
		"     r'\\'" + br + "', b'" + br + "', rb\"" + br + "\", BR'" + br + "', u'" + br + "', Rb'\\\\'] # " + br + "\n" +
		"y = '" + br + "\\\n" + br + "'\n"
	tests := []struct {
		name string
		src  string
		mode Mode
		lim  ParseLimits
	}{
		{"empty source", "", ModeExec, ParseLimits{}},
		{"expression", "1 + x", ModeEval, ParseLimits{}},
		{"source of exactly MaxBytes", "x = 1\n", ModeExec, ParseLimits{MaxBytes: 6}},
		{"long chains that reset at a lower precedence", "x = " + strings.Repeat("a * b * c + ", 1500) + "1\n", ModeExec, ParseLimits{}},
		{"comparisons and boolean operators end chains", "x = " + strings.Repeat("a + b < c + d and ", 1500) + "1\n", ModeExec, ParseLimits{}},
		{"2000 chained comparisons", "x = 1" + strings.Repeat(" < 1", 1000) + strings.Repeat(" in y is not z not in w", 250) + "\n", ModeExec, ParseLimits{}},
		{"comparisons separated by boolean operators", "x = " + strings.Repeat("a < b == c and ", 1500) + "1\n", ModeExec, ParseLimits{}},
		{"calls separated by operators", "x = " + strings.Repeat("f()() + ", 1500) + "1\n", ModeExec, ParseLimits{}},
		{"100 nested brackets", "x = " + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + "\n", ModeExec, ParseLimits{}},
		{"100 nested brackets of every kind", "x = " + strings.Repeat("[{(", 33) + "[1]" + strings.Repeat(")}]", 33) + "\n", ModeExec, ParseLimits{}},
		{"100 indentation levels", nestedIfs(100), ModeExec, ParseLimits{}},
		{"indentation with tabs", "if a:\n\tif b:\n\t\tpass\n", ModeExec, ParseLimits{MaxNesting: 2}},
		{"indentation inside brackets does not count", "x = [\n" + strings.Repeat(" ", 50) + "1,\n    2]\n", ModeExec, ParseLimits{MaxNesting: 1}},
		{"brackets in strings and comments do not count", allBrackets, ModeExec, ParseLimits{MaxNesting: 1}},
		{"CRLF line endings", "x = (1,\r\n     2)\r\nif x:\r\n    y = '\\\r\n'\r\n", ModeExec, ParseLimits{MaxNesting: 1}},
		{"backslash continuation", "x = 1 + \\\n        2\nif x:\n    pass\n", ModeExec, ParseLimits{MaxNesting: 1}},
		{"100 prefix operators", "x = " + strings.Repeat("-", 100) + "1\n", ModeExec, ParseLimits{}},
		{"100 powers", "x = " + strings.Repeat("2**", 100) + "2\n", ModeExec, ParseLimits{}},
		{"a long polynomial", "x = " + strings.Repeat("-3*x**2*y**-1 + ", 300) + "1\n", ModeExec, ParseLimits{}},
		{"a long condition", "x = " + strings.Repeat("not a and -b or ", 300) + "c\n", ModeExec, ParseLimits{}},
		{"many negative numbers", "x = [" + strings.Repeat("-1, ", 1000) + "]\n", ModeExec, ParseLimits{}},
		{"many conditional expressions", "x = (" + strings.Repeat("a if b else -c, ", 300) + ")\n", ModeExec, ParseLimits{}},
		{"many lambdas", "x = [" + strings.Repeat("lambda a, b=-1: -a, ", 300) + "]\n", ModeExec, ParseLimits{}},
		{"many comprehensions", "x = [" + strings.Repeat("[a for a in b if c], ", 300) + "]\n", ModeExec, ParseLimits{}},
		{"100 comprehension clauses", "x = [a " + strings.Repeat("for a, b in c if d ", 100) + "]\n", ModeExec, ParseLimits{}},
		{"dotted name of 100 parts", "import a" + strings.Repeat(".a", 99) + "\n", ModeExec, ParseLimits{}},
		{"500 adjacent string literals", "x = (" + strings.Repeat("'ab'\n", 500) + ")\n", ModeExec, ParseLimits{}},
		{"long lines of statements", strings.Repeat("x = -1; y = not x; z = x if y else -x\n", 200), ModeExec, ParseLimits{}},
		{"integer of 4300 digits", "x = " + strings.Repeat("7", 4300) + "\n", ModeExec, ParseLimits{}},
		{"hexadecimal integer of 10000 digits", "x = 0x" + strings.Repeat("f", 10000) + "\n", ModeExec, ParseLimits{}},
		{"float of 10000 digits", "x = 1." + strings.Repeat("5", 10000) + "e-3\n", ModeExec, ParseLimits{}},
		{"utf-8 cookie", "# -*- coding: utf-8 -*-\nx = 'é'\n", ModeExec, ParseLimits{}},
		{"UTF8 cookie", "# coding=UTF8\nx = 'é'\n", ModeExec, ParseLimits{}},
		{"utf_8 cookie in a vim modeline", "# vim: set fileencoding=utf_8 :\n", ModeExec, ParseLimits{}},
		{"utf-8-sig cookie", "# coding: utf-8-sig\n", ModeExec, ParseLimits{}},
		{"cookie on line 2 after a shebang", "#!/usr/bin/env python3\n# coding: utf-8\n", ModeExec, ParseLimits{}},
		{"ascii cookie on ASCII source", "# coding: ascii\nx = 1\n", ModeExec, ParseLimits{}},
		{"cookie on line 2 after code is not a cookie", "x = 1\n# coding: latin-1\n", ModeExec, ParseLimits{}},
		{"cookie on line 3 is not a cookie", "#\n#\n# coding: latin-1\n", ModeExec, ParseLimits{}},
		{"cookie outside a comment is not a cookie", "s = '# coding: latin-1'\n", ModeExec, ParseLimits{}},
		{"byte-order mark", "\xef\xbb\xbfx = 1\n", ModeExec, ParseLimits{}},
		{"byte-order mark and utf-8 cookie", "\xef\xbb\xbf# coding: utf-8\nx = 1\n", ModeExec, ParseLimits{}},
		{"non-ASCII identifiers", "café = 1\nπ = 3.14\nñame_2 = café + π\n", ModeExec, ParseLimits{}},
		{"non-ASCII text after a number", "x = [1,'é'] # 2é\n", ModeExec, ParseLimits{}},
		{"ellipsis and floats", "x = ...; y = .5 + 1. + 1.e5 + 1e-5j\n", ModeExec, ParseLimits{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src, err := Parse("t.py", []byte(tt.src), tt.mode, tt.lim)
			require.NoError(t, err)
			assert.Equal(t, "t.py", src.Filename)
			assert.Equal(t, tt.mode, src.Mode)
			require.NotNil(t, src.Mod)
			if tt.mode == ModeEval {
				assert.IsType(t, &ast.Expression{}, src.Mod)
			} else {
				assert.IsType(t, &ast.Module{}, src.Mod)
			}
		})
	}
}

// nestedIfs returns a module whose innermost statement is depth
// indentation levels deep.
func nestedIfs(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", depth) + "pass\n")
	return b.String()
}

func TestParseRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		mode    Mode
		lim     ParseLimits
		wantPos Pos
		wantMsg string // the message, or its start when it ends in "..."
	}{
		{"source larger than MaxBytes", "x = 12345\n", ModeExec, ParseLimits{MaxBytes: 9},
			Pos{}, "source is 10 bytes, more than the limit of 9"},
		{"source larger than the default", strings.Repeat("#", DefaultMaxBytes+1), ModeExec, ParseLimits{},
			Pos{}, "source is 1048577 bytes, more than the limit of 1048576"},
		{"NUL byte", "x = 1\ny = '\x00'\n", ModeExec, ParseLimits{},
			Pos{Line: 2, Col: 6}, "source contains a NUL byte"},
		{"invalid UTF-8", "x = 1\ny = 'caf\xe9'\n", ModeExec, ParseLimits{},
			Pos{Line: 2, Col: 9}, "invalid UTF-8 byte 0xe9"},
		{"truncated UTF-8 at the end", "x = '\xe2\x82", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 6}, "invalid UTF-8 byte 0xe2"},
		{"UTF-8 encoded surrogate", "# \xed\xa0\x80\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 3}, "invalid UTF-8 byte 0xed"},
		{"latin-1 cookie", "# -*- coding: latin-1 -*-\nx = 1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 15}, "source encoding 'latin-1' is not supported: source must be UTF-8"},
		{"cp1252 cookie on line 2", "#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n", ModeExec, ParseLimits{},
			Pos{Line: 2, Col: 25}, "source encoding 'cp1252' is not supported: source must be UTF-8"},
		{"cookie after a byte-order mark", "\xef\xbb\xbf# coding: latin-1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 14}, "source encoding 'latin-1' is not supported: source must be UTF-8"},
		{"ascii cookie on non-ASCII source", "# coding: ascii\nx = 'é'\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 11}, "source encoding 'ascii' is not supported: source must be UTF-8"},
		{"101 nested brackets", "x = " + strings.Repeat("(", 101) + "1" + strings.Repeat(")", 101) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 105}, "brackets nested deeper than 100 levels"},
		{"brackets over a custom limit", "x = 1\ny = [{(1,)}]\n", ModeExec, ParseLimits{MaxNesting: 2},
			Pos{Line: 2, Col: 7}, "brackets nested deeper than 2 levels"},
		{"brackets across lines", "x = [\n  [\n    [1]]]\n", ModeExec, ParseLimits{MaxNesting: 2},
			Pos{Line: 3, Col: 5}, "brackets nested deeper than 2 levels"},
		{"101 indentation levels", nestedIfs(101), ModeExec, ParseLimits{},
			Pos{Line: 102, Col: 102}, "indentation nested deeper than 100 levels"},
		{"indentation over a custom limit", "if a:\n if b:\n  if c:\n\t   pass\n", ModeExec, ParseLimits{MaxNesting: 2},
			Pos{Line: 4, Col: 5}, "indentation nested deeper than 2 levels"},
		{"101 prefix minus", "x = " + strings.Repeat("-", 101) + "1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 105}, "expression nested deeper than 100 levels"},
		{"101 prefix not", "x = " + strings.Repeat("not ", 101) + "x\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 405}, "expression nested deeper than 100 levels"},
		{"101 powers", "x = " + strings.Repeat("2**", 101) + "2\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 306}, "expression nested deeper than 100 levels"},
		{"101 lambdas", "f = " + strings.Repeat("lambda a, b: ", 101) + "0\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 1305}, "expression nested deeper than 100 levels"},
		{"51 conditional expressions", "x = " + strings.Repeat("a if b else ", 51) + "c\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 607}, "expression nested deeper than 100 levels"},
		{"101 comprehension ifs", "x = [a for a in b " + strings.Repeat("if a ", 101) + "]\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 519}, "expression nested deeper than 100 levels"},
		{"101 comprehension clauses", "x = [a " + strings.Repeat("for a, b in c ", 101) + "]\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 1408}, "more than 100 'for' clauses in one comprehension"},
		{"dotted name of 101 parts", "import a" + strings.Repeat(".a", 100) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 208}, "dotted name with more than 100 parts"},
		{"too many adjacent string literals", "x = (\n" + strings.Repeat("'abcdefgh'\n", 200) + ")\n", ModeExec, ParseLimits{MaxBytes: 4000},
			Pos{Line: 162, Col: 1}, "161 adjacent string literals of 1610 bytes in all are too costly to join; use fewer literals"},
		{"integer of 4301 digits", "x = " + strings.Repeat("7", 4301) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "integer literal has 4301 digits, more than the limit of 4300"},
		{"chain of operators longer than 20 times MaxNesting", "x = 1" + strings.Repeat(" + 1", 100) + "\n", ModeExec, ParseLimits{MaxNesting: 4},
			Pos{Line: 1, Col: 327}, "more than 80 chained operators"},
		{"chain of operators longer than the default tree depth", "x = 1" + strings.Repeat("+1", 2100) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 4006}, "more than 2000 chained operators"},
		{"chain of calls longer than the default tree depth", "x = f" + strings.Repeat("()", 2100) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 4006}, "more than 2000 calls or subscripts in a row"},
		{"chain of comparisons longer than the default tree depth", "x = 1" + strings.Repeat("<1", 2100) + "\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 4006}, "more than 2000 chained comparisons"},
		{"more tokens than a quarter of MaxBytes", strings.Repeat("x = 1\n", 100_000), ModeExec, ParseLimits{},
			Pos{Line: 87382, Col: 3}, "source has more than 262144 tokens"},
		{"identifier normalising to a keyword", "ｉｆ = 1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 1}, "identifier 'ｉｆ' normalises to the keyword 'if'"},
		{"identifier normalising to None", "x = Ｎｏｎｅ\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "identifier 'Ｎｏｎｅ' normalises to the keyword 'None'"},
		{"identifier starting with a fullwidth low line", "x.＿＿class＿＿\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 3}, "invalid character '＿' (U+FF3F)"},
		{"fullwidth parenthesis", "x = ｆ（）\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 8}, "invalid character '（' (U+FF08)"},
		{"fullwidth digit starting an identifier", "x = １\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "invalid character '１' (U+FF11)"},
		{"superscript digit in an identifier", "x = a¹\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 6}, "invalid character '¹' (U+00B9)"},
		{"currency sign", "x = €\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "invalid character '€' (U+20AC)"},
		{"no-break space", "x\u00a0= 1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 2}, "invalid non-printable character U+00A0"},
		{"zero-width space", "x = a\u200bb\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 6}, "invalid non-printable character U+200B"},
		{"right-to-left override", "x = 1 # ok\ny = a\u202e\n", ModeExec, ParseLimits{},
			Pos{Line: 2, Col: 6}, "invalid non-printable character U+202E"},
		{"identifier gpython does not support", "℘ = 1\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 1}, "identifier '℘' is not supported"},
		{"non-ASCII letter right after a number", "x = 1ｅ5\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 6}, "invalid decimal literal"},
		{"non-ASCII letter right after a float", "x = 1.ｅ5\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 7}, "invalid decimal literal"},
		{"non-ASCII string prefix", "x = ｒ'abc'\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "string prefix 'ｒ' is not ASCII"},
		{"unterminated string", "x = 'abc\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 6}, "EOL while scanning string literal"},
		{"unexpected indent", "x = 1\n  y = 2\n", ModeExec, ParseLimits{},
			Pos{Line: 2, Col: 3}, "invalid syntax"},
		{"incomplete expression", "x = 1 +\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 8}, "invalid syntax"},
		{"leading zero", "x = 08\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 5}, "illegal decimal with leading zero"},
		{"statement in eval mode", "x = 1", ModeEval, ParseLimits{},
			Pos{Line: 1, Col: 4}, "unexpected EOF while parsing"},
		{"gpython error after a normalised identifier", "ｅｘｅｃ = 'abc\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 17}, "EOL while scanning string literal"},
		{"gpython error after a byte-order mark", "\xef\xbb\xbfx = 'abc\n", ModeExec, ParseLimits{},
			Pos{Line: 1, Col: 9}, "EOL while scanning string literal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src, err := Parse("t.py", []byte(tt.src), tt.mode, tt.lim)
			assert.Nil(t, src)
			var serr *SyntaxError
			require.ErrorAs(t, err, &serr)
			assert.Equal(t, "t.py", serr.Filename)
			assert.Equal(t, tt.wantPos, serr.Pos)
			assert.Equal(t, tt.wantMsg, serr.Msg)
		})
	}
}

func TestParseRejectsDeepNestingEarly(t *testing.T) {
	// Not parallel: MemStats counts the allocations of the whole process.
	src := []byte(strings.Repeat("(", 1_000_000))
	_, err := Parse("deep.py", src, ModeExec, ParseLimits{})
	var serr *SyntaxError
	require.ErrorAs(t, err, &serr)
	assert.Equal(t, "deep.py:1:101: brackets nested deeper than 100 levels", serr.Error())

	// The scan stops at the 101st bracket and copies nothing: it allocates
	// a few kilobytes, whatever the size of the source.
	const runs = 5
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		_, _ = Parse("deep.py", src, ModeExec, ParseLimits{})
	}
	runtime.ReadMemStats(&after)
	perRun := (after.TotalAlloc - before.TotalAlloc) / runs
	assert.Less(t, perRun, uint64(len(src)/10), "bytes allocated per Parse")
}

func BenchmarkParseDeepNesting(b *testing.B) {
	src := []byte(strings.Repeat("(", 1_000_000))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("deep.py", src, ModeExec, ParseLimits{}); err == nil {
			b.Fatal("deep nesting accepted")
		}
	}
}

func TestParseNormalisesIdentifiers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"ASCII source is unchanged", "x = 'é' # ü\n", "x = 'é' # ü\n"},
		{"fullwidth letters", "ｅｘｅｃ('ｅｘｅｃ')  # ｅｘｅｃ\n", "exec('ｅｘｅｃ')  # ｅｘｅｃ\n"},
		{"strings of every kind are untouched", "x = [ｘ, r'ｘ', b'x', '''ｘ\nｘ''', \"ｘ\\\"ｘ\"]\n", "x = [x, r'ｘ', b'x', '''ｘ\nｘ''', \"ｘ\\\"ｘ\"]\n"},
		{"compatibility letters", "ℌ = ｘ + ℯ\n", "H = x + e\n"},
		{"ligature", "ﬁle = 1\n", "file = 1\n"},
		{"fullwidth low line inside a name", "x._＿class＿＿\n", "x.__class__\n"},
		{"already normal names are kept", "café = π\n", "café = π\n"},
		{"combining accent is composed", "cafe\u0301 = 1\n", "café = 1\n"},
		{"byte-order mark is dropped", "\xef\xbb\xbfｘ = 1\n", "x = 1\n"},
		{"attribute names", "ｏｂｊ.ｆｉｅｌｄ = 1\n", "obj.field = 1\n"},
		{"on every line", "ａ = 1\nif ａ:\n    ｂ = ａ\n", "a = 1\nif a:\n    b = a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src, err := Parse("t.py", []byte(tt.src), ModeExec, ParseLimits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, src.Text)
		})
	}
}

func TestSourcePositionsReferToTheSource(t *testing.T) {
	t.Parallel()
	// Line 1 has two rewrites that shrink it (3-byte letters become 1-byte
	// ones); line 2 has none; line 3 has one.
	//        src cols: ｘ 1-3, ' = ' 4-6, ｙｙ 7-12, ' + ' 13-15, z 16
	//       text cols: x 1,  ' = ' 2-4, yy 5-6,   ' + ' 7-9,   z 10
	src, err := Parse("t.py", []byte("ｘ = ｙｙ + z\nw = 1\n  \t# c\nｖ = w\n"), ModeExec, ParseLimits{})
	require.NoError(t, err)
	require.Equal(t, "x = yy + z\nw = 1\n  \t# c\nv = w\n", src.Text)
	tests := []struct {
		name string
		text Pos
		want Pos
	}{
		{"start of a rewritten identifier", Pos{Line: 1, Col: 1}, Pos{Line: 1, Col: 1}},
		{"after a rewritten identifier", Pos{Line: 1, Col: 3}, Pos{Line: 1, Col: 5}},
		{"inside a rewritten identifier", Pos{Line: 1, Col: 6}, Pos{Line: 1, Col: 7}},
		{"after two rewrites", Pos{Line: 1, Col: 10}, Pos{Line: 1, Col: 16}},
		{"line without rewrites", Pos{Line: 2, Col: 5}, Pos{Line: 2, Col: 5}},
		{"last line", Pos{Line: 4, Col: 5}, Pos{Line: 4, Col: 7}},
		{"unknown column", Pos{Line: 1}, Pos{Line: 1}},
		{"invalid position", Pos{}, Pos{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, src.srcPos(tt.text))
		})
	}
}

func TestSourceWithoutRewritesKeepsPositions(t *testing.T) {
	t.Parallel()
	var src Source
	assert.Equal(t, Pos{Line: 3, Col: 4}, src.srcPos(Pos{Line: 3, Col: 4}))
}

func TestParseInvalidArguments(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		mode Mode
		lim  ParseLimits
		want string
	}{
		{"unknown mode", Mode(7), ParseLimits{}, "policy: unknown parse mode 7"},
		{"negative MaxBytes", ModeExec, ParseLimits{MaxBytes: -1}, "policy: ParseLimits.MaxBytes is negative (-1)"},
		{"negative MaxNesting", ModeExec, ParseLimits{MaxNesting: -2}, "policy: ParseLimits.MaxNesting is negative (-2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("t.py", []byte("x"), tt.mode, tt.lim)
			require.EqualError(t, err, tt.want)
			var serr *SyntaxError
			assert.NotErrorAs(t, err, &serr)
		})
	}
}

func TestSyntaxErrorFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  SyntaxError
		want string
	}{
		{"file, line and column", SyntaxError{Filename: "a.py", Pos: Pos{Line: 3, Col: 7}, Msg: "bad"}, "a.py:3:7: bad"},
		{"file and line", SyntaxError{Filename: "a.py", Pos: Pos{Line: 3}, Msg: "bad"}, "a.py:3: bad"},
		{"file only", SyntaxError{Filename: "a.py", Msg: "bad"}, "a.py: bad"},
		{"position only", SyntaxError{Pos: Pos{Line: 3, Col: 7}, Msg: "bad"}, "3:7: bad"},
		{"message only", SyntaxError{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.err.Error())
		})
	}
}

func TestModeString(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "exec", ModeExec.String())
	assert.Equal(t, "eval", ModeEval.String())
	assert.Equal(t, "Mode(9)", Mode(9).String())
}

func FuzzParseCheck(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "check", "*.py"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(data)
	}
	for _, s := range []string{"", "(((", "x = '''", "ｅｘｅｃ(1)", "\xef\xbb\xbf# coding: utf-8\n", "if x:\n\tif y:\n  pass",
		"@a.b\ndef f(): pass", "x = -(-(-1))", "lambda: (yield)", "\\", "1ｅ5", "x = 0x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Parse("fuzz.py", data, ModeExec, ParseLimits{MaxBytes: 1 << 16})
		if err != nil {
			var serr *SyntaxError
			require.ErrorAs(t, err, &serr)
			return
		}
		require.True(t, utf8.ValidString(src.Text))
		vs := Check(src, testConfig)
		for _, v := range vs.List {
			assert.NotEqual(t, ruleInternal, v.Rule, "%v", v)
			assert.True(t, v.Pos.IsValid(), "%v", v)
		}
	})
}
