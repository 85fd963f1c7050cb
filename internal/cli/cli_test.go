package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// result is what one Main call produced.
type result struct {
	code           int
	stdout, stderr string
}

// runMain calls Main with stdin and in-memory outputs.
func runMain(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// writeScript writes src to a file in a fresh temporary directory.
func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(src), 0o600))
	return path
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // exact, when wantStdout or wantCode is ExitOK
		wantStderr string // substring
	}{
		{name: "run prints the script's output", args: []string{"run", "-"}, stdin: "print('hi')\nprint(1, 2)\n", wantCode: ExitOK, wantStdout: "hi\n1 2\n"},
		{name: "run does not print the final value", args: []string{"run", "-"}, stdin: "x = 2\nx + 1\n", wantCode: ExitOK},
		{name: "run uses vars", args: []string{"run", "--var", "n=4", "-"}, stdin: "print(n * 2)\n", wantCode: ExitOK, wantStdout: "8\n"},
		{name: "eval prints the repr", args: []string{"eval", "'a' + 'b'"}, wantCode: ExitOK, wantStdout: "'ab'\n"},
		{name: "eval with flags after the expression", args: []string{"eval", "n + 1", "--var", "n=41"}, wantCode: ExitOK, wantStdout: "42\n"},
		{name: "eval of None", args: []string{"eval", "None"}, wantCode: ExitOK, wantStdout: "None\n"},
		{name: "check of a clean file prints nothing", args: []string{"check", "-"}, stdin: "x = 1\nprint(x)\n", wantCode: ExitOK},

		{name: "uncaught exception", args: []string{"run", "-"}, stdin: "x = 1\nprint(x // 0)\n", wantCode: ExitException,
			wantStderr: "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n    print(x // 0)\nZeroDivisionError"},
		{name: "raised exception", args: []string{"run", "-"}, stdin: "raise ValueError('bad input')\n", wantCode: ExitException, wantStderr: "ValueError: bad input\n"},
		{name: "syntax error in run", args: []string{"run", "-"}, stdin: "x = 1\ny = )\n", wantCode: ExitException, wantStderr: "<stdin>:2:"},
		{name: "syntax error in eval", args: []string{"eval", "1 +"}, wantCode: ExitException, wantStderr: "<expr>:1"},
		{name: "syntax error in check", args: []string{"check", "-"}, stdin: "def f(:\n", wantCode: ExitException},

		{name: "no command", args: nil, wantCode: ExitUsage, wantStderr: "Usage:"},
		{name: "help", args: []string{"help"}, wantCode: ExitUsage, wantStderr: "Exit codes:"},
		{name: "-h", args: []string{"-h"}, wantCode: ExitUsage, wantStderr: "Usage:"},
		{name: "--help", args: []string{"--help"}, wantCode: ExitUsage, wantStderr: "Usage:"},
		{name: "run --help", args: []string{"run", "--help"}, wantCode: ExitUsage, wantStderr: "Usage:"},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: ExitUsage, wantStderr: `unknown command "frobnicate"`},
		{name: "unknown flag", args: []string{"run", "--no-such-flag", "-"}, wantCode: ExitUsage, wantStderr: "no-such-flag"},
		{name: "run without a file", args: []string{"run"}, wantCode: ExitUsage, wantStderr: "want exactly one FILE"},
		{name: "run with two files", args: []string{"run", "a.py", "b.py"}, wantCode: ExitUsage},
		{name: "missing file", args: []string{"run", "/nonexistent/pyfence/x.py"}, wantCode: ExitUsage, wantStderr: "no such file"},
		{name: "check of a missing file", args: []string{"check", "/nonexistent/pyfence/x.py"}, wantCode: ExitUsage},
		{name: "eval without an expression", args: []string{"eval"}, wantCode: ExitUsage},
		{name: "bad --var JSON", args: []string{"eval", "--var", "x={", "x"}, wantCode: ExitUsage, wantStderr: "invalid JSON"},
		{name: "negative --max-steps", args: []string{"run", "--max-steps", "-5", "-"}, wantCode: ExitUsage},
		{name: "bad --timeout", args: []string{"run", "--timeout", "5", "-"}, wantCode: ExitUsage},
		{name: "bad --max-memory", args: []string{"run", "--max-memory", "12XB", "-"}, wantCode: ExitUsage},
		{name: "unknown module in --allow-import", args: []string{"run", "--allow-import", "no_such_module", "-"}, stdin: "1\n", wantCode: ExitUsage},
		{name: "version with an argument", args: []string{"version", "x"}, wantCode: ExitUsage},

		{name: "import denied", args: []string{"run", "-"}, stdin: "import os\n", wantCode: ExitPolicy, wantStderr: "<stdin>:1:8: import of module 'os' is not allowed"},
		{name: "dunder attribute", args: []string{"eval", "().__class__"}, wantCode: ExitPolicy},
		{name: "computed dunder blocked at run time", args: []string{"run", "-"}, stdin: "x = 1\ngetattr(1, '__cl' + 'ass__')\n", wantCode: ExitPolicy, wantStderr: "<stdin>:2: "},
		{name: "check lists violations", args: []string{"check", "-"}, stdin: "import os\n", wantCode: ExitPolicy},

		{name: "step limit", args: []string{"run", "--max-steps", "1000", "-"}, stdin: "while True:\n    pass\n", wantCode: ExitLimit, wantStderr: "step limit exceeded"},
		{name: "depth limit", args: []string{"run", "-"}, stdin: "def f():\n    return f()\nf()\n", wantCode: ExitLimit, wantStderr: "depth limit exceeded"},
		{name: "output limit", args: []string{"run", "--max-output", "10", "-"}, stdin: "for i in range(100):\n    print(i)\n", wantCode: ExitLimit, wantStderr: "output limit exceeded"},
		{name: "time limit", args: []string{"run", "--timeout", "50ms", "--max-steps", "unlimited", "-"}, stdin: "while True:\n    pass\n", wantCode: ExitLimit, wantStderr: "time limit exceeded"},
		{name: "memory limit", args: []string{"eval", "--max-memory", "1KiB", "'x' * 100000"}, wantCode: ExitLimit, wantStderr: "memory limit exceeded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := runMain(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.wantCode, got.code, "stdout: %s\nstderr: %s", got.stdout, got.stderr)
			if tt.wantCode == ExitOK || tt.wantStdout != "" {
				assert.Equal(t, tt.wantStdout, got.stdout)
			}
			if tt.wantCode == ExitOK {
				assert.Empty(t, got.stderr)
			}
			assert.Contains(t, got.stderr, tt.wantStderr)
		})
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	got := runMain(t, "", "version")
	assert.Equal(t, ExitOK, got.code)
	assert.True(t, strings.HasPrefix(got.stdout, "pyfence "), got.stdout)
}

func TestMainRecoversPanics(t *testing.T) {
	t.Parallel()
	var errOut bytes.Buffer
	// A nil stdout makes the first write panic, inside Main.
	code := Main(context.Background(), []string{"version"}, nil, nil, &errOut)
	assert.Equal(t, ExitInternal, code)
	assert.Contains(t, errOut.String(), "pyfence: internal error")
}

func TestCheckListsEveryViolation(t *testing.T) {
	t.Parallel()
	path := writeScript(t, "bad.py", "import os\nopen('x')\nx = ().__class__\n")
	got := runMain(t, "", "check", path)
	require.Equal(t, ExitPolicy, got.code, "stderr: %s", got.stderr)
	assert.Empty(t, got.stderr)

	// FILE:LINE:COL: message [rule], then the source line and a caret.
	diag := regexp.MustCompile(`^` + regexp.QuoteMeta(path) + `:(\d+):(\d+): .+ \[[a-z-]+\]$`)
	lines := strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n")
	var positions []string
	for i, l := range lines {
		m := diag.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		positions = append(positions, m[1]+":"+m[2])
		require.Less(t, i+2, len(lines)+0, "snippet after %q", l)
	}
	assert.Equal(t, []string{"1:8", "2:1", "3:7"}, positions, got.stdout)
	assert.Contains(t, got.stdout, "[import-denied]\n    import os\n           ^\n")
	assert.Contains(t, got.stdout, "[forbidden-name]\n    open('x')\n    ^\n")
	assert.Contains(t, got.stdout, "[dunder-attr]\n    x = ().__class__\n          ^\n")
}

// decodeJSON decodes the one JSON object of stdout, keeping numbers exact.
func decodeJSON(t *testing.T, stdout string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.UseNumber()
	var m map[string]any
	require.NoError(t, dec.Decode(&m), "stdout: %s", stdout)
	assert.False(t, dec.More(), "more than one JSON value: %s", stdout)
	return m
}

func TestJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		wantKind  string // "" for success
		wantType  string
		wantLine  int
		wantValue string // JSON text of value, on success
		wantOut   string
	}{
		{name: "success", args: []string{"run", "--json", "-"}, stdin: "print('hi')\n1 + 2\n", wantCode: ExitOK, wantValue: "3", wantOut: "hi\n"},
		{name: "no final value", args: []string{"run", "--json", "-"}, stdin: "x = 1\n", wantCode: ExitOK, wantValue: "null"},
		{name: "eval list", args: []string{"eval", "--json", "[1, 'a', None, True, 2.0]"}, wantCode: ExitOK, wantValue: `[1,"a",null,true,2]`},
		{name: "eval big int stays exact", args: []string{"eval", "--json", "2 ** 100"}, wantCode: ExitOK, wantValue: "1267650600228229401496703205376"},
		{name: "syntax", args: []string{"run", "--json", "-"}, stdin: "x = 1\ny = )\n", wantCode: ExitException, wantKind: "syntax", wantType: "SyntaxError", wantLine: 2},
		{name: "static policy", args: []string{"run", "--json", "-"}, stdin: "x = 1\nimport os\n", wantCode: ExitPolicy, wantKind: "policy", wantType: "import-denied", wantLine: 2},
		{name: "runtime policy", args: []string{"run", "--json", "-"}, stdin: "getattr(1, '__cl' + 'ass__')\n", wantCode: ExitPolicy, wantKind: "policy", wantLine: 1},
		{name: "step limit", args: []string{"run", "--json", "--max-steps", "1000", "-"}, stdin: "x = 0\nwhile True:\n    x += 1\n", wantCode: ExitLimit, wantKind: "limit", wantType: "steps"},
		{name: "depth limit", args: []string{"run", "--json", "-"}, stdin: "def f():\n    return f()\nf()\n", wantCode: ExitLimit, wantKind: "limit", wantType: "depth", wantLine: 2},
		{name: "exception", args: []string{"run", "--json", "-"}, stdin: "def f(d):\n    return d['k']\nf({})\n", wantCode: ExitException, wantKind: "exception", wantType: "KeyError", wantLine: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := runMain(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.wantCode, got.code, "stderr: %s", got.stderr)
			assert.Empty(t, got.stderr)
			m := decodeJSON(t, got.stdout)
			for _, key := range []string{"ok", "value", "output", "steps", "error", "limits"} {
				assert.Contains(t, m, key)
			}
			assert.Equal(t, tt.wantKind == "", m["ok"])
			if tt.wantKind == "" {
				assert.Nil(t, m["error"])
				raw, err := json.Marshal(m["value"])
				require.NoError(t, err)
				assert.JSONEq(t, tt.wantValue, string(raw))
				assert.Equal(t, tt.wantOut, m["output"])
				assert.NotEqual(t, json.Number("0"), m["steps"])
				return
			}
			e, ok := m["error"].(map[string]any)
			require.True(t, ok, "error object: %v", m["error"])
			assert.Equal(t, tt.wantKind, e["kind"])
			if tt.wantType != "" {
				assert.Equal(t, tt.wantType, e["type"])
			}
			assert.NotEmpty(t, e["message"])
			if tt.wantLine != 0 {
				assert.Equal(t, json.Number(itoa(tt.wantLine)), e["line"])
			}
			assert.Contains(t, e, "col")
			vs, ok := e["violations"].([]any)
			require.True(t, ok, "violations is an array: %v", e["violations"])
			if tt.wantKind == "policy" {
				require.NotEmpty(t, vs)
				v0 := vs[0].(map[string]any)
				assert.Equal(t, e["type"], v0["rule"])
				assert.Equal(t, e["line"], v0["line"])
			} else {
				assert.Empty(t, vs)
			}
		})
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func TestJSONLimits(t *testing.T) {
	t.Parallel()
	got := runMain(t, "", "eval", "--json", "--max-steps", "500", "--timeout", "unlimited", "--max-memory", "1MiB", "1")
	require.Equal(t, ExitOK, got.code, got.stderr)
	m := decodeJSON(t, got.stdout)
	assert.Equal(t, map[string]any{
		"steps":   json.Number("500"),
		"timeout": nil,
		"memory":  json.Number("1048576"),
		"depth":   json.Number("200"),
		"output":  json.Number("1048576"),
	}, m["limits"])
}

func TestVars(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		vars []string
		expr string
		want string // repr printed by eval
	}{
		{"int", []string{"n=3"}, "n + 1", "4"},
		{"int stays int", []string{"n=3"}, "n // 2", "1"},
		{"negative int", []string{"n=-7"}, "n", "-7"},
		{"big int", []string{"n=123456789012345678901234567890"}, "n + 1", "123456789012345678901234567891"},
		{"float", []string{"x=1.5"}, "x * 2", "3.0"},
		{"float with exponent", []string{"x=1e3"}, "x", "1000.0"},
		{"string", []string{`s="hi"`}, "s + '!'", "'hi!'"},
		{"bool and null", []string{"a=true", "b=null"}, "[a, b]", "[True, None]"},
		{"list", []string{"xs=[1, 2.5, \"a\"]"}, "xs", "[1, 2.5, 'a']"},
		{"object", []string{`d={"b": [1], "a": {"c": 2}}`}, "d['a']['c'] + d['b'][0]", "3"},
		{"last value wins", []string{"n=1", "n=2"}, "n", "2"},
		{"equals in the value", []string{`s="a=b"`}, "s", "'a=b'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := []string{"eval"}
			for _, v := range tt.vars {
				args = append(args, "--var", v)
			}
			got := runMain(t, "", append(args, tt.expr)...)
			assert.Equal(t, ExitOK, got.code, got.stderr)
			assert.Equal(t, tt.want+"\n", got.stdout)
		})
	}
}

func TestBadVars(t *testing.T) {
	t.Parallel()
	for _, v := range []string{"x={", "x=", "x", "=1", "1x=1", "__x__=1", "x=1 2", "x=[1,]", "x=1e999", "x-y=1", "x=NaN"} {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			got := runMain(t, "", "eval", "--var", v, "1")
			assert.Equal(t, ExitUsage, got.code, "stdout: %s", got.stdout)
			assert.Contains(t, got.stderr, "pyfence eval:")
		})
	}
}

func TestParseJSONValue(t *testing.T) {
	t.Parallel()
	v, err := ParseJSONValue(`{"i": 1, "f": 1.0, "e": 2E2, "big": -99999999999999999999, "l": [0, -0.5]}`)
	require.NoError(t, err)
	big, ok := new(big.Int).SetString("-99999999999999999999", 10)
	require.True(t, ok)
	assert.Equal(t, map[string]any{
		"i":   int64(1),
		"f":   1.0,
		"e":   200.0,
		"big": big,
		"l":   []any{int64(0), -0.5},
	}, v)
}

func TestStdin(t *testing.T) {
	t.Parallel()
	got := runMain(t, "print('from stdin')\n", "run", "-")
	assert.Equal(t, ExitOK, got.code, got.stderr)
	assert.Equal(t, "from stdin\n", got.stdout)

	got = runMain(t, "raise KeyError('k')\n", "run", "-")
	assert.Equal(t, ExitException, got.code)
	assert.Contains(t, got.stderr, `File "<stdin>", line 1, in <module>`)
}

func TestRunFile(t *testing.T) {
	t.Parallel()
	path := writeScript(t, "rule.py", "def total(xs):\n    return sum(xs)\nprint(total([1, 2, 3]))\n")
	got := runMain(t, "", "run", path)
	assert.Equal(t, ExitOK, got.code, got.stderr)
	assert.Equal(t, "6\n", got.stdout)

	path = writeScript(t, "fail.py", "def f(x):\n    return 1 // x\nf(0)\n")
	got = runMain(t, "", "run", path)
	assert.Equal(t, ExitException, got.code)
	assert.Contains(t, got.stderr, "File \""+path+"\", line 3, in <module>\n    f(0)\n  File \""+path+"\", line 2, in f\n    return 1 // x\n")
}

func TestExampleHello(t *testing.T) {
	t.Parallel()
	// The output of python3 testdata/examples/hello.py (CPython 3.11).
	const want = `PEN-01    120 x    1.25  -15%  =    127.50
PAD-A4     12 x    3.80  - 5%  =     43.32
INK-BLK     2 x   24.50  - 0%  =     49.00
coupon WELCOME10: -10%
total: 197.84 EUR for 3 lines
`
	got := runMain(t, "", "run", filepath.Join("..", "..", "testdata", "examples", "hello.py"))
	assert.Equal(t, ExitOK, got.code, got.stderr)
	assert.Equal(t, want, got.stdout)
}

func TestParseRunFlags(t *testing.T) {
	t.Parallel()
	rf, pos, err := ParseRunFlags([]string{
		"--json", "--max-steps=1000", "--timeout", "1.5s", "--max-memory", "64KiB", "--max-depth", "50",
		"--max-output", "2KB", "--allow-import=json,math", "--allow-import", "re", "--var", "n=1", "file.py",
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"file.py"}, pos)
	assert.Equal(t, RunFlags{
		Limits:      interp.Limits{Steps: 1000, Time: 1500 * time.Millisecond, Memory: 64 << 10, Depth: 50, Output: 2000},
		AllowImport: []string{"json", "math", "re"},
		Vars:        map[string]any{"n": int64(1)},
		JSON:        true,
	}, rf)

	rf, pos, err = ParseRunFlags([]string{"--max-steps=unlimited", "--timeout=unlimited", "--max-memory=unlimited", "--max-depth=unlimited", "--max-output=unlimited"})
	require.NoError(t, err)
	assert.Empty(t, pos)
	u := int64(interp.Unlimited)
	assert.Equal(t, interp.Limits{Steps: u, Time: time.Duration(u), Memory: u, Depth: int(u), Output: u}, rf.Limits)

	rf, _, err = ParseRunFlags([]string{"--max-steps=0", "--timeout=0s"})
	require.NoError(t, err)
	assert.Equal(t, interp.Limits{}, rf.Limits, "0 means the default")

	for _, bad := range [][]string{{"--max-steps=-1"}, {"--max-steps=1e3"}, {"--max-depth=x"}, {"--timeout=-1s"}, {"--timeout=10"}, {"--max-memory=-1"}, {"--var=x"}} {
		_, _, err := ParseRunFlags(bad)
		assert.Error(t, err, "%v", bad)
	}
}

func TestParseSize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{in: "0", want: 0},
		{in: "512", want: 512},
		{in: "512B", want: 512},
		{in: "1KiB", want: 1024},
		{in: "64KiB", want: 64 << 10},
		{in: "3MiB", want: 3 << 20},
		{in: "2GiB", want: 2 << 30},
		{in: "1KB", want: 1000},
		{in: "5MB", want: 5_000_000},
		{in: "1GB", want: 1_000_000_000},
		{in: "10mib", want: 10 << 20},
		{in: "1 MB", want: 1_000_000},
		{in: "", wantErr: true},
		{in: "KiB", wantErr: true},
		{in: "1.5MiB", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "1K", wantErr: true},
		{in: "1TB", wantErr: true},
		{in: "1  MB", wantErr: true},
		{in: "99999999999GiB", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseSize(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestScalarReprs checks the reprs --json uses for floats, strs and bytes.
func TestScalarReprs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		got  string
		want string // as CPython 3.11 prints repr()
	}{
		{"float integral", FloatRepr(1.0), "1.0"},
		{"float zero", FloatRepr(0.0), "0.0"},
		{"float negative zero", FloatRepr(math.Copysign(0, -1)), "-0.0"},
		{"float fraction", FloatRepr(0.1), "0.1"},
		{"float sum", FloatRepr(func() float64 { a, b := 0.1, 0.2; return a + b }()), "0.30000000000000004"},
		{"float 1e15", FloatRepr(1e15), "1000000000000000.0"},
		{"float 1e16", FloatRepr(1e16), "1e+16"},
		{"float 1.5e16", FloatRepr(1.5e16), "1.5e+16"},
		{"float 123456789012345680", FloatRepr(123456789012345678.0), "1.2345678901234568e+17"},
		{"float 1e-4", FloatRepr(1e-4), "0.0001"},
		{"float 1e-5", FloatRepr(1e-5), "1e-05"},
		{"float 1.5e-7", FloatRepr(-1.5e-7), "-1.5e-07"},
		{"float 1e300", FloatRepr(1e300), "1e+300"},
		{"float max", FloatRepr(math.MaxFloat64), "1.7976931348623157e+308"},
		{"float smallest", FloatRepr(5e-324), "5e-324"},
		{"float 123.456", FloatRepr(123.456), "123.456"},
		{"inf", FloatRepr(math.Inf(1)), "inf"},
		{"-inf", FloatRepr(math.Inf(-1)), "-inf"},
		{"nan", FloatRepr(math.NaN()), "nan"},
		{"str", StrRepr("abc"), "'abc'"},
		{"str empty", StrRepr(""), "''"},
		{"str with single quote", StrRepr("it's"), `"it's"`},
		{"str with both quotes", StrRepr(`it's "x"`), `'it\'s "x"'`},
		{"str escapes", StrRepr("a\\b\n\t\r\x00\x7f"), `'a\\b\n\t\r\x00\x7f'`},
		{"str unicode", StrRepr("é€😀"), "'é€😀'"},
		{"str non-printable", StrRepr("\u00a0\u200b\U000e0001"), `'\xa0\u200b\U000e0001'`},
		{"bytes", bytesRepr([]byte("a'\x00\xff")), `b"a'\x00\xff"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

func TestJSONValue(t *testing.T) {
	t.Parallel()
	big, _ := new(big.Int).SetString("1267650600228229401496703205376", 10)
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"null", nil, "null"},
		{"big int exact", big, "1267650600228229401496703205376"},
		{"float keeps its point", 2.0, "2.0"},
		{"float exponent", 1e-7, "1e-07"},
		{"inf is null", math.Inf(1), "null"},
		{"html is not escaped", "<a&b>", `"<a&b>"`},
		{"bytes as repr", []byte("x"), `"b'x'"`},
		{"nested", map[string]any{"z": []any{true, int64(1)}, "a": "s"}, `{"a":"s","z":[true,1]}`},
		{"dict with other keys", map[any]any{int64(1): "a", 2.5: nil, true: int64(0), nil: "n"},
			`{"1":"a","2.5":null,"None":"n","True":0}`},
		{"opaque as its repr", interp.Opaque{Type: "function", Repr: "<function f>"}, `"<function f>"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := jsonValue(tt.in)
			assert.Equal(t, tt.want, string(got))
			assert.True(t, json.Valid(got))
		})
	}
}

func TestSnippet(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a", 200) + "BAD" + strings.Repeat("b", 200)
	tests := []struct {
		name     string
		line     string
		col      int
		wantText string
		wantPad  string
	}{
		{"short line", "x = ().__class__", 5, "x = ().__class__", "    "},
		{"first column", "import os", 1, "import os", ""},
		{"unknown column", "import os", 0, "import os", ""},
		{"column past the end", "x = (", 9, "x = (", "     "},
		{"tabs are kept", "\tif x:\t y", 8, "\tif x:\t y", "\t     \t"},
		{"long line is cut around the column", long, 201,
			"..." + strings.Repeat("a", 60) + "BAD" + strings.Repeat("b", 57) + "...", strings.Repeat(" ", 63)},
		{"long line from the start", long, 1, strings.Repeat("a", 120) + "...", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			text, pad := snippet(tt.line, tt.col)
			assert.Equal(t, tt.wantText, text)
			assert.Equal(t, tt.wantPad, pad)
		})
	}
}

func TestSnippetKeepsRunes(t *testing.T) {
	t.Parallel()
	line := strings.Repeat("é", 150) // 300 bytes
	text, pad := snippet(line, 201)
	assert.True(t, strings.HasPrefix(text, "..."))
	assert.True(t, strings.HasSuffix(text, "..."))
	assert.True(t, json.Valid([]byte(jsonString(text))))
	for _, r := range strings.Trim(text, ".") {
		assert.Equal(t, 'é', r)
	}
	// The caret sits under the rune at byte 200: rune 100 of the line.
	assert.Len(t, pad, 3+len([]rune(line[140:200])))
}

func TestSeedAndClock(t *testing.T) {
	t.Parallel()
	src := "import random\nprint(random.random())\n"
	a := runMain(t, src, "run", "--allow-import=random", "-")
	b := runMain(t, src, "run", "--allow-import=random", "-")
	c := runMain(t, src, "run", "--allow-import=random", "--seed=42", "-")
	require.Equal(t, 0, a.code, a.stderr)
	assert.Equal(t, a.stdout, b.stdout, "the same seed gives the same numbers")
	assert.Equal(t, "0.6394267984578837\n", c.stdout, "CPython's random.seed(42); random.random()")

	src = "import datetime\nprint(datetime.date.today().year > 2000)\n"
	noClock := runMain(t, src, "run", "--allow-import=datetime", "-")
	assert.Equal(t, 1, noClock.code)
	assert.Contains(t, noClock.stderr, "needs a clock")
	clock := runMain(t, src, "run", "--allow-import=datetime", "--clock", "-")
	assert.Equal(t, 0, clock.code, clock.stderr)
	assert.Equal(t, "True\n", clock.stdout)
}
