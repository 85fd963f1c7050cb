package interp

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/policy"
)

// Re-exported policy types, so that embedders import only interp.
type (
	// SyntaxError reports source that does not parse, or that breaks the
	// parse limits (size, nesting, encoding).
	SyntaxError = policy.SyntaxError
	// Violation is one policy rule broken at a position.
	Violation = policy.Violation
	// Pos is a 1-based line and byte column.
	Pos = policy.Pos
)

// PolicyError reports code the policy rejects: statically, with every
// violation found, or at run time (a blocked operation), with one.
type PolicyError struct {
	Filename   string
	Violations []Violation // sorted by position; at most 100
	Truncated  int         // violations not listed
	Runtime    bool        // found while running, not by the static check
}

func (e *PolicyError) Error() string {
	if len(e.Violations) == 0 {
		return "policy violation"
	}
	v := e.Violations[0]
	s := prefix(e.Filename, v.Pos) + v.Msg + " [" + v.Rule + "]"
	if more := len(e.Violations) - 1 + e.Truncated; more > 0 {
		s += fmt.Sprintf(" (and %d more)", more)
	}
	return s
}

func prefix(file string, p Pos) string {
	switch {
	case file != "" && p.IsValid():
		return file + ":" + p.String() + ": "
	case file != "":
		return file + ": "
	case p.IsValid():
		return p.String() + ": "
	}
	return ""
}

// LimitKind names a budget.
type LimitKind = run.LimitKind

// The budgets, as reported by [LimitError.Kind].
const (
	StepLimit   = run.Steps
	TimeLimit   = run.Time
	MemoryLimit = run.Memory
	DepthLimit  = run.Depth
	OutputLimit = run.Output
	// HostCallLimit is the budget of host function calls.
	HostCallLimit = run.HostCalls
)

// Sentinels matched by a [LimitError] with errors.Is.
var (
	ErrStepLimit   = errors.New("step limit exceeded")
	ErrTimeLimit   = errors.New("time limit exceeded")
	ErrMemoryLimit = errors.New("memory limit exceeded")
	ErrDepthLimit  = errors.New("depth limit exceeded")
	ErrOutputLimit = errors.New("output limit exceeded")
	// ErrHostCallLimit matches a run that called host functions more
	// often than Limits.HostCalls allows.
	ErrHostCallLimit = errors.New("host call limit exceeded")
)

// LimitError reports a run that exceeded a budget. Limits are sticky: once
// tripped, no handler in the script can continue the run.
type LimitError struct {
	Filename string
	Kind     LimitKind
	Used     int64 // steps, nanoseconds, bytes, frames or bytes printed
	Limit    int64
	Pos      Pos // where the script was when it tripped, if known
}

func (e *LimitError) Error() string {
	var usage string
	switch e.Kind {
	case TimeLimit:
		usage = fmt.Sprintf(" (%v of %v)", time.Duration(e.Used).Round(time.Millisecond), time.Duration(e.Limit))
	default:
		usage = fmt.Sprintf(" (%d of %d)", e.Used, e.Limit)
	}
	return prefix(e.Filename, e.Pos) + e.Unwrap().Error() + usage
}

// Unwrap returns the sentinel of the limit's kind.
func (e *LimitError) Unwrap() error {
	switch e.Kind {
	case StepLimit:
		return ErrStepLimit
	case TimeLimit:
		return ErrTimeLimit
	case MemoryLimit:
		return ErrMemoryLimit
	case DepthLimit:
		return ErrDepthLimit
	case HostCallLimit:
		return ErrHostCallLimit
	}
	return ErrOutputLimit
}

// Frame is one entry of a Python traceback.
type Frame struct {
	Filename string
	Line     int
	Func     string // "<module>" at top level
	Source   string // the source line, without surrounding white space
}

// PythonError is an exception the script raised and did not catch.
type PythonError struct {
	Type    string  // exception class name, e.g. "ZeroDivisionError"
	Message string  // str() of the exception
	Frames  []Frame // outermost first, as CPython prints them
}

// Pos returns the innermost traceback position, or an invalid Pos.
func (e *PythonError) Pos() Pos {
	if len(e.Frames) == 0 {
		return Pos{}
	}
	return Pos{Line: e.Frames[len(e.Frames)-1].Line}
}

func (e *PythonError) Error() string {
	s := e.Type
	if e.Message != "" {
		s += ": " + e.Message
	}
	if len(e.Frames) > 0 {
		f := e.Frames[len(e.Frames)-1]
		return prefix(f.Filename, Pos{Line: f.Line}) + s
	}
	return s
}

// Traceback renders the exception as CPython prints an uncaught one.
func (e *PythonError) Traceback() string {
	var b strings.Builder
	if len(e.Frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, f := range e.Frames {
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.Filename, f.Line, f.Func)
			if f.Source != "" {
				fmt.Fprintf(&b, "    %s\n", f.Source)
			}
		}
	}
	b.WriteString(e.Type)
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	b.WriteString("\n")
	return b.String()
}

// InternalError reports a fault inside pyfence or gpython (a recovered Go
// panic). The run's state is discarded; the host is unaffected.
type InternalError struct {
	Value any    // the panic value, or the unexpected error
	Stack string // Go stack of the panic, for the host's logs
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error: %v", e.Value)
}

func policyError(filename string, vs policy.Violations) *PolicyError {
	return &PolicyError{Filename: filename, Violations: vs.List, Truncated: vs.Dropped}
}
