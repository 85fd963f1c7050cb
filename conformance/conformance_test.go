// Package conformance runs the .py corpora in conformance/<suite>/ against
// pyfence: one subtest per chunk, named "suite/file.py:LINE". The corpus
// format is described in package internal/chunked and in STYLE.md section 11.
//
// Expected output comes from CPython 3.11: `go test ./conformance -update`
// rewrites the Output blocks by running python3 on every chunk that has no
// syntax, policy, limit or internal marker and no "# differs:" line. The
// outputs are committed, so a plain `go test` never needs python3.
package conformance

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/internal/chunked"
	"github.com/pyfence/pyfence/internal/cli"
	"github.com/pyfence/pyfence/interp"
)

var update = flag.Bool("update", false, "rewrite the Output blocks of the corpora from CPython (python3 3.11)")

// suites are the corpus directories, in the order they run.
var suites = []string{"semantics", "modern", "modules", "policy", "escapes", "limits"}

// options is what a chunk's "# option:" lines configure.
type options struct {
	compile interp.CompileOptions
	run     interp.RunOptions
}

// parseOptions turns the arguments of a chunk's "# option:" lines into
// options, with the CLI's own flag parser so that a chunk runs exactly as
// `pyfence run <options> file` would.
func parseOptions(args []string) (options, error) {
	rf, rest, err := cli.ParseRunFlags(args)
	if err != nil {
		return options{}, err
	}
	if len(rest) > 0 {
		return options{}, fmt.Errorf("unexpected arguments %q", rest)
	}
	return options{
		compile: interp.CompileOptions{AllowImport: rf.AllowImport},
		run:     interp.RunOptions{Limits: rf.Limits, Inputs: rf.Vars, Seed: rf.Seed},
	}, nil
}

func TestConformance(t *testing.T) {
	if *update {
		checkPython(t)
	}
	for _, suite := range suites {
		files, err := filepath.Glob(filepath.Join(suite, "*.py"))
		require.NoError(t, err)
		if len(files) == 0 {
			continue
		}
		t.Run(suite, func(t *testing.T) {
			t.Parallel()
			for _, file := range files {
				runFile(t, file)
			}
		})
	}
}

// runFile starts one parallel subtest per chunk of file. With -update, the
// file's Output blocks are rewritten once all of them have finished.
func runFile(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	chunks, err := chunked.Parse(file, data)
	require.NoError(t, err)
	name := filepath.ToSlash(file) // "suite/file.py", also the script's filename

	var mu sync.Mutex
	outputs := map[int]string{}
	if *update {
		t.Cleanup(func() {
			if len(outputs) == 0 {
				return
			}
			newData, err := chunked.RewriteOutputs(file, data, outputs)
			if err != nil {
				t.Errorf("update %s: %v", file, err)
				return
			}
			if !bytes.Equal(newData, data) {
				if err := os.WriteFile(file, newData, 0o644); err != nil {
					t.Errorf("update %s: %v", file, err)
				}
				t.Logf("updated %s", file)
			}
		})
	}

	for _, c := range chunks {
		t.Run(fmt.Sprintf("%s:%d", filepath.Base(file), c.Line), func(t *testing.T) {
			t.Parallel()
			if *update && updatable(&c) {
				out, ok := cpythonOutput(t, &c)
				if ok {
					mu.Lock()
					outputs[c.Line] = out
					mu.Unlock()
					c.Output = out
				}
			}
			if c.XFail != "" {
				runXFail(t, name, &c)
				return
			}
			runChunk(t, name, &c)
		})
	}
}

// updatable reports whether -update takes the chunk's output from CPython:
// not when pyfence must reject or stop it (CPython would run it), and not
// when the chunk documents a difference.
func updatable(c *chunked.Chunk) bool {
	return c.Differs == "" && !c.HasMarker(chunked.Syntax, chunked.Policy, chunked.Limit, chunked.Internal)
}

// gotError is one error pyfence reported, in the terms of markers.
type gotError struct {
	kind, detail string
	line         int
	checkLine    bool // false when the error has no meaningful line
	msg          string
}

func (g gotError) String() string {
	s := g.kind
	if g.detail != "" {
		s += ":" + g.detail
	}
	return fmt.Sprintf("line %d: %s %q", g.line, s, g.msg)
}

// runChunk compiles and runs one chunk and checks its errors and output.
func runChunk(t testing.TB, filename string, c *chunked.Chunk) {
	opts, err := parseOptions(c.Options)
	require.NoError(t, err, "# option: line")
	if strings.HasPrefix(filename, "modules/") && opts.compile.AllowImport == nil {
		// The modules suite may import every safe module unless a
		// chunk's options say otherwise.
		opts.compile.AllowImport = interp.Modules()
	}

	res, err, ok := compileAndRun(t, filename, c.Source, opts)
	if !ok {
		return
	}
	var got []gotError
	if err != nil {
		got = classify(t, filename, err)
	}
	checkMarkers(t, c.Markers, got)

	// Output is compared for successful runs only: interp returns no
	// Result, hence no output, when the run ends in an error, so what a
	// failing chunk printed before its error is not checked here (with
	// -update, CPython's output before the exception is still recorded in
	// the chunk's Output block, for readers and for the day interp returns
	// it).
	if err == nil {
		require.NotNil(t, res)
		assert.Equal(t, c.Output, res.Output, "stdout")
	}
}

// watchdog bounds the time one chunk may take. A run that does not honour
// its budgets (a builtin implemented in Go that never consults the meter,
// say) would otherwise hang the whole test binary until go test kills it.
const watchdog = time.Minute

// compileAndRun compiles and runs src in a goroutine of its own, and
// reports whether it ended within the watchdog's time without an escaped
// panic. A run that does not end is reported and abandoned: its goroutine
// lives on until the test binary exits.
func compileAndRun(t testing.TB, filename, src string, opts options) (*interp.Result, error, bool) {
	type outcome struct {
		res   *interp.Result
		err   error
		panic any
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{panic: p}
			}
		}()
		prog, err := interp.Compile(filename, src, opts.compile)
		if err != nil {
			done <- outcome{err: err}
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), watchdog)
		defer cancel()
		res, err := prog.Run(ctx, opts.run)
		done <- outcome{res: res, err: err}
	}()
	select {
	case o := <-done:
		if o.panic != nil {
			t.Errorf("panic escaped interp (it would kill the host): %v", o.panic)
			return nil, nil, false
		}
		return o.res, o.err, true
	case <-time.After(watchdog):
		t.Errorf("the run did not end within %v: a budget is not enforced (the run is abandoned, still running)", watchdog)
		return nil, nil, false
	}
}

// classify converts an error from Compile or Run into the errors markers
// describe.
func classify(t testing.TB, filename string, err error) []gotError {
	// Embedders log errors: formatting one must not panic, whatever the
	// script raised (gpython's own Exception.Error panics on some
	// arguments).
	if text := err.Error(); text == "" {
		t.Errorf("error %T has an empty Error()", err)
	}
	var (
		syn  *interp.SyntaxError
		pol  *interp.PolicyError
		lim  *interp.LimitError
		pyE  *interp.PythonError
		intE *interp.InternalError
	)
	switch {
	case errors.As(err, &syn):
		return []gotError{{kind: chunked.Syntax, line: syn.Pos.Line, checkLine: true, msg: syn.Msg}}
	case errors.As(err, &pol):
		var got []gotError
		for _, v := range pol.Violations {
			got = append(got, gotError{kind: chunked.Policy, detail: v.Rule, line: v.Pos.Line, checkLine: true, msg: v.Msg})
		}
		if pol.Truncated > 0 {
			t.Errorf("%d policy violations not listed", pol.Truncated)
		}
		if len(got) == 0 {
			t.Errorf("policy error without violations: %v", err)
		}
		return got
	case errors.As(err, &lim):
		k := lim.Kind.String()
		// Where a time, memory or output budget runs out depends on
		// timing and on how allocation is checked; only steps and depth
		// are reported at a line the test can rely on.
		check := k == "steps" || k == "depth"
		return []gotError{{kind: chunked.Limit, detail: k, line: lim.Pos.Line, checkLine: check, msg: lim.Error()}}
	case errors.As(err, &pyE):
		// An exception is reported at the innermost traceback line in
		// the chunk's file.
		line := pyE.Pos().Line
		for i := len(pyE.Frames) - 1; i >= 0; i-- {
			if pyE.Frames[i].Filename == filename {
				line = pyE.Frames[i].Line
				break
			}
		}
		return []gotError{{kind: chunked.Exception, detail: pyE.Type, line: line, checkLine: true, msg: pyE.Message}}
	case errors.As(err, &intE):
		t.Logf("internal error (a bug): %v\n%s", intE.Value, intE.Stack)
		return []gotError{{kind: chunked.Internal, msg: fmt.Sprint(intE.Value)}}
	}
	t.Fatalf("error of unexpected type %T: %v", err, err)
	return nil
}

// checkMarkers checks that every error is marked and that every marker
// matches an error (chunkedfile's GotError and Done).
func checkMarkers(t testing.TB, markers []chunked.Marker, got []gotError) {
	used := make([]bool, len(markers))
	for _, g := range got {
		matched := false
		for i, m := range markers {
			if matches(m, g) {
				used[i], matched = true, true
			}
		}
		if !matched {
			t.Errorf("unexpected error: %s", g)
		}
	}
	for i, m := range markers {
		if !used[i] {
			t.Errorf("expected error did not occur: %s; got %v", m, got)
		}
	}
}

func matches(m chunked.Marker, g gotError) bool {
	if m.Kind != g.kind || m.Detail != "" && m.Detail != g.detail {
		return false
	}
	if g.checkLine && m.Line != g.line {
		return false
	}
	return m.Regexp == nil || m.Regexp.MatchString(g.msg)
}

// cpythonOutput runs the chunk with python3 (CPython 3.11) and returns its
// stdout. A chunk marked with an exception must raise it; any other chunk
// must succeed.
func cpythonOutput(t *testing.T, c *chunked.Chunk) (string, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "python3", "-I", "-c", c.Source)
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err != nil && !errors.As(err, &exit):
		t.Errorf("python3: %v", err)
		return "", false
	case c.HasMarker(chunked.Exception):
		if err == nil {
			// pyfence deliberately raises where CPython does not (a
			// missing str method, say): the Output block is written by
			// hand.
			t.Logf("CPython raises no exception here; Output block kept as written")
			return "", false
		}
		last := lastLine(stderr.String())
		if !slices.ContainsFunc(c.Markers, func(m chunked.Marker) bool {
			return m.Kind == chunked.Exception && (m.Detail == "" || strings.HasPrefix(last, m.Detail))
		}) {
			t.Errorf("CPython raised %q, not the exception the chunk expects", last)
			return "", false
		}
	case err != nil:
		t.Errorf("CPython failed: %v\n%s", err, stderr.String())
		return "", false
	}
	return stdout.String(), true
}

// checkPython fails the test unless python3 is CPython 3.11, the reference.
func checkPython(t *testing.T) {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])").Output()
	require.NoError(t, err, "-update needs python3")
	require.Equal(t, "cpython 3 11", strings.TrimSpace(string(out)), "-update needs CPython 3.11 as python3")
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestDeepParens compiles a source of a million "(": the parser limits must
// turn it into a syntax error before gpython's parser spends seconds and
// hundreds of megabytes on it.
func TestDeepParens(t *testing.T) {
	t.Parallel()
	src := strings.Repeat("(", 1_000_000)
	_, err := interp.Compile("parens.py", src, interp.CompileOptions{})
	var syn *interp.SyntaxError
	require.ErrorAs(t, err, &syn)

	t.Run("balanced", func(t *testing.T) {
		t.Parallel()
		src := strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000)
		_, err := interp.Compile("parens.py", src, interp.CompileOptions{})
		var syn *interp.SyntaxError
		require.ErrorAs(t, err, &syn)
	})
}

// xfailT records the failures of a chunk marked "# xfail:" instead of
// failing the test; FailNow stops the chunk with a panic that runXFail
// recovers.
type xfailT struct {
	testing.TB
	failures []string
}

type xfailStop struct{}

func (x *xfailT) Errorf(format string, args ...any) {
	x.failures = append(x.failures, fmt.Sprintf(format, args...))
}
func (x *xfailT) Error(args ...any)                 { x.failures = append(x.failures, fmt.Sprint(args...)) }
func (x *xfailT) Fail()                             { x.failures = append(x.failures, "failed") }
func (x *xfailT) FailNow()                          { x.Fail(); panic(xfailStop{}) }
func (x *xfailT) Fatalf(format string, args ...any) { x.Errorf(format, args...); panic(xfailStop{}) }
func (x *xfailT) Fatal(args ...any)                 { x.Error(args...); panic(xfailStop{}) }
func (x *xfailT) Failed() bool                      { return len(x.failures) > 0 }

// runXFail runs a chunk that documents a known bug: it must still fail,
// and the test fails when it passes, so that the marker goes with the fix.
func runXFail(t *testing.T, filename string, c *chunked.Chunk) {
	x := &xfailT{TB: t}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(xfailStop); !ok {
					panic(r)
				}
			}
		}()
		runChunk(x, filename, c)
	}()
	if !x.Failed() {
		t.Errorf("chunk marked '# xfail: %s' passes now: remove the marker", c.XFail)
		return
	}
	t.Logf("known failure (%s): %s", c.XFail, strings.Join(x.failures, "; "))
}
