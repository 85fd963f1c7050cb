// This file defines how results and errors are reported: exit codes, plain
// diagnostics with source snippets, and the --json object.

package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pyfence/pyfence/interp"
)

// Exit codes of the pyfence command. 0 to 4 are the contract in DESIGN.md;
// ExitInternal follows BSD sysexits' EX_SOFTWARE.
const (
	ExitOK        = 0  // success
	ExitException = 1  // uncaught Python exception, or SyntaxError
	ExitUsage     = 2  // bad command, flag, file or --var
	ExitPolicy    = 3  // policy violation, static or at run time
	ExitLimit     = 4  // resource limit: steps, time, memory, depth, output
	ExitInternal  = 70 // internal error in pyfence or gpython
)

// Error kinds of the --json error object.
const (
	kindSyntax    = "syntax"
	kindPolicy    = "policy"
	kindLimit     = "limit"
	kindException = "exception"
	kindInternal  = "internal"
)

// exitCode returns the exit code for an error from Compile or Run.
// Untyped errors from Compile are rejected options (an unknown module in
// --allow-import): usage errors. Untyped errors from Run cannot come from
// options the CLI validated, so they are reported as internal.
func exitCode(err error, compiling bool) int {
	var (
		syn *interp.SyntaxError
		pol *interp.PolicyError
		lim *interp.LimitError
		pye *interp.PythonError
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &syn), errors.As(err, &pye):
		return ExitException
	case errors.As(err, &pol):
		return ExitPolicy
	case errors.As(err, &lim):
		return ExitLimit
	case isInternal(err):
		return ExitInternal
	case compiling:
		return ExitUsage
	}
	return ExitInternal
}

func isInternal(err error) bool {
	var ie *interp.InternalError
	return errors.As(err, &ie)
}

// snippetWidth caps the source line shown under a diagnostic, in bytes.
const snippetWidth = 120

// diag is one diagnostic line and where it points.
type diag struct {
	file string
	pos  interp.Pos
	msg  string
}

// writeDiag prints "FILE:LINE:COL: msg" and, when the line is in src, the
// line and a caret under the column, as cel and expr print errors.
func writeDiag(w io.Writer, d diag, src string) {
	fmt.Fprintf(w, "%s%s\n", posPrefix(d.file, d.pos), d.msg)
	line, ok := sourceLine(src, d.pos.Line)
	if !ok || strings.TrimSpace(line) == "" {
		return
	}
	text, pad := snippet(line, d.pos.Col)
	fmt.Fprintf(w, "    %s\n", text)
	if d.pos.Col > 0 {
		fmt.Fprintf(w, "    %s^\n", pad)
	}
}

// posPrefix returns "file:line:col: ", leaving out what is unknown.
func posPrefix(file string, p interp.Pos) string {
	var b strings.Builder
	b.WriteString(file)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + ": "
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src string, n int) (string, bool) {
	if n <= 0 {
		return "", false
	}
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return "", false
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r"), true
}

// snippet returns the part of line to show, at most snippetWidth bytes
// around the 1-based byte column col, and the padding that puts a caret
// under col. Tabs are kept in the padding so the
// caret lines up however the terminal expands them.
func snippet(line string, col int) (text, pad string) {
	start, end := 0, len(line)
	idx := col - 1 // byte offset of the caret
	if idx > len(line) {
		idx = len(line)
	}
	if len(line) > snippetWidth {
		if idx >= 0 {
			start = max(0, idx-snippetWidth/2)
		}
		end = min(len(line), start+snippetWidth)
		for start > 0 && !utf8.RuneStart(line[start]) {
			start++
		}
		for end < len(line) && !utf8.RuneStart(line[end]) {
			end--
		}
	}
	text = line[start:end]
	lead := ""
	if start > 0 {
		lead = "..."
		text = lead + text
	}
	if end < len(line) {
		text += "..."
	}
	if col <= 0 {
		return text, ""
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", len(lead)))
	for _, r := range line[start:max(start, idx)] {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return text, b.String()
}

// writeError prints err from Compile or Run in plain form: diagnostics with
// snippets for syntax and policy errors, the traceback for exceptions, one
// line otherwise.
func writeError(w io.Writer, err error, filename, src string) {
	var (
		syn *interp.SyntaxError
		pol *interp.PolicyError
		lim *interp.LimitError
		pye *interp.PythonError
	)
	switch {
	case errors.As(err, &syn):
		file := syn.Filename
		if file == "" {
			file = filename
		}
		writeDiag(w, diag{file, syn.Pos, syn.Msg}, src)
	case errors.As(err, &pol):
		writeViolations(w, pol, filename, src)
	case errors.As(err, &lim):
		fmt.Fprintln(w, lim.Error())
	case errors.As(err, &pye):
		io.WriteString(w, pye.Traceback())
	default: // *InternalError, or an error from Run the CLI did not expect
		fmt.Fprintf(w, "pyfence: %v\n", err)
	}
}

// writeViolations prints every violation, one diagnostic each, like
// go/scanner.PrintError.
func writeViolations(w io.Writer, pol *interp.PolicyError, filename, src string) {
	file := pol.Filename
	if file == "" {
		file = filename
	}
	for _, v := range pol.Violations {
		writeDiag(w, diag{file, v.Pos, v.Msg + " [" + v.Rule + "]"}, src)
	}
	if pol.Truncated > 0 {
		fmt.Fprintf(w, "%s: and %d more violations\n", file, pol.Truncated)
	}
	if len(pol.Violations) == 0 && pol.Truncated == 0 {
		fmt.Fprintf(w, "%s: %v\n", file, pol)
	}
}

// jsonResult is the object `--json` prints.
type jsonResult struct {
	OK     bool            `json:"ok"`
	Value  json.RawMessage `json:"value"`
	Output string          `json:"output"`
	Steps  int64           `json:"steps"`
	Error  *jsonError      `json:"error"`
	Limits jsonLimits      `json:"limits"`
}

// jsonError is the error object of --json.
type jsonError struct {
	Kind       string          `json:"kind"`
	Type       string          `json:"type"`
	Message    string          `json:"message"`
	Line       int             `json:"line"`
	Col        int             `json:"col"`
	Violations []jsonViolation `json:"violations"`
	Truncated  int             `json:"truncated,omitempty"` // policy: violations not listed
	Runtime    bool            `json:"runtime,omitempty"`   // policy: blocked while running
	Used       int64           `json:"used,omitempty"`      // limit: usage, in the units of LimitError
	Limit      int64           `json:"limit,omitempty"`     // limit: budget
	Traceback  string          `json:"traceback,omitempty"` // exception: CPython's rendering
}

type jsonViolation struct {
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// jsonLimits are the budgets the run had; null means unlimited.
type jsonLimits struct {
	Steps   *int64  `json:"steps"`
	Timeout *string `json:"timeout"` // a Go duration, as --timeout takes
	Memory  *int64  `json:"memory"`  // bytes
	Depth   *int64  `json:"depth"`
	Output  *int64  `json:"output"` // bytes
}

// effectiveLimits applies interp's defaults to l, as Run does.
func effectiveLimits(l interp.Limits) jsonLimits {
	num := func(v, def int64) *int64 {
		switch v {
		case 0:
			v = def
		case interp.Unlimited:
			return nil
		}
		return &v
	}
	var jl jsonLimits
	jl.Steps = num(l.Steps, interp.DefaultSteps)
	jl.Memory = num(l.Memory, interp.DefaultMemory)
	jl.Output = num(l.Output, int64(interp.DefaultOutput))
	// Depth is never unlimited: interp caps it.
	d := int64(l.Depth)
	if d == 0 {
		d = interp.DefaultDepth
	}
	if d == interp.Unlimited || d > interp.MaxDepth {
		d = interp.MaxDepth
	}
	jl.Depth = &d
	if t := num(int64(l.Time), int64(interp.DefaultTime)); t != nil {
		s := time.Duration(*t).String()
		jl.Timeout = &s
	}
	return jl
}

// jsonErrorOf converts an error from Compile or Run.
func jsonErrorOf(err error) *jsonError {
	var (
		syn *interp.SyntaxError
		pol *interp.PolicyError
		lim *interp.LimitError
		pye *interp.PythonError
	)
	je := &jsonError{Violations: []jsonViolation{}}
	switch {
	case errors.As(err, &syn):
		je.Kind, je.Type, je.Message = kindSyntax, "SyntaxError", syn.Msg
		je.Line, je.Col = syn.Pos.Line, syn.Pos.Col
	case errors.As(err, &pol):
		je.Kind, je.Message = kindPolicy, pol.Error()
		je.Truncated, je.Runtime = pol.Truncated, pol.Runtime
		for _, v := range pol.Violations {
			je.Violations = append(je.Violations, jsonViolation{v.Pos.Line, v.Pos.Col, v.Rule, v.Msg})
		}
		if len(pol.Violations) > 0 {
			v := pol.Violations[0]
			je.Type, je.Message, je.Line, je.Col = v.Rule, v.Msg, v.Pos.Line, v.Pos.Col
		}
	case errors.As(err, &lim):
		je.Kind, je.Type, je.Message = kindLimit, lim.Kind.String(), lim.Unwrap().Error()
		je.Line, je.Col = lim.Pos.Line, lim.Pos.Col
		je.Used, je.Limit = lim.Used, lim.Limit
	case errors.As(err, &pye):
		je.Kind, je.Type, je.Message = kindException, pye.Type, pye.Message
		p := pye.Pos()
		je.Line, je.Col = p.Line, p.Col
		je.Traceback = pye.Traceback()
	default:
		je.Kind, je.Type, je.Message = kindInternal, "InternalError", err.Error()
	}
	return je
}

// writeJSONResult prints the --json object for a run's result or error.
func writeJSONResult(w io.Writer, res *interp.Result, err error, limits interp.Limits) {
	out := jsonResult{OK: err == nil, Value: json.RawMessage("null"), Limits: effectiveLimits(limits)}
	if res != nil {
		out.Value = jsonValue(res.Value)
		out.Output = res.Output
		out.Steps = res.Steps
	}
	if err != nil {
		out.Error = jsonErrorOf(err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if encErr := enc.Encode(out); encErr != nil {
		// Only an invalid RawMessage can fail; report rather than stay silent.
		fmt.Fprintf(w, `{"ok":false,"value":null,"output":"","steps":0,"error":{"kind":"internal","type":"InternalError","message":%s,"line":0,"col":0,"violations":[]}}`+"\n",
			jsonString(encErr.Error()))
	}
}
