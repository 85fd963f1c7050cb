package interp

import (
	"fmt"
	"time"

	"github.com/pyfence/pyfence/internal/run"
)

// Unlimited disables one budget when set as its value in [Limits]. It must
// be spelled out: a zero field means the default.
const Unlimited = -1

// Default budgets, used for every zero field of [Limits].
const (
	DefaultSteps  = 10_000_000
	DefaultTime   = 5 * time.Second
	DefaultMemory = 256 << 20
	DefaultDepth  = 200
	DefaultOutput = 1 << 20
	// DefaultHostCalls caps calls of host functions (see [Func]) per run.
	DefaultHostCalls = 10_000
)

// Limits are the budgets of one run. The zero value means the defaults,
// never "unlimited"; use [Unlimited] to disable a budget.
//
// A step is one bytecode instruction as gpython compiled the program:
// each straight-line block charges its instruction count when it is
// entered, and Go builtins charge for the elements they process. Memory
// counts the bytes the run allocates (results of amplifying operations,
// containers, list growth), checked before they are allocated; the count
// is cumulative and is reconciled with the live Go heap when it reaches
// the budget, so garbage does not add up to a trip (doc/limits.md gives
// the details, and the caveat for concurrent runs). Depth counts nested
// Python calls, and the nesting of data that repr and comparisons descend
// into; it is capped at [MaxDepth], and at one frame per 16 KiB of the
// memory budget (at least the default depth), since the Go stack is not
// accounted as memory. Output counts printed bytes.
type Limits struct {
	Steps  int64         // executed instructions; default 10,000,000
	Time   time.Duration // wall clock, also ended by ctx; default 5s
	Memory int64         // bytes; default 256 MiB
	Depth  int           // call depth; default 200
	Output int64         // printed bytes; default 1 MiB
	// HostCalls caps calls of host functions; default 10,000.
	HostCalls int64
}

func (l Limits) resolve() (run.Limits, error) {
	if l == (Limits{}) {
		return defaultLimits, nil
	}
	r := run.Limits{Steps: l.Steps, Time: l.Time, Memory: l.Memory, Depth: l.Depth, Output: l.Output, HostCalls: l.HostCalls}
	check := func(name string, v int64, def int64, set func(int64)) error {
		switch {
		case v == 0:
			set(def)
		case v == Unlimited:
			set(0)
		case v < 0:
			return fmt.Errorf("interp: invalid limit %s=%d: must be positive, 0 for the default or Unlimited", name, v)
		}
		return nil
	}
	errs := []error{
		check("Steps", l.Steps, DefaultSteps, func(v int64) { r.Steps = v }),
		check("Time", int64(l.Time), int64(DefaultTime), func(v int64) { r.Time = time.Duration(v) }),
		check("Memory", l.Memory, DefaultMemory, func(v int64) { r.Memory = v }),
		check("Depth", int64(l.Depth), DefaultDepth, func(v int64) { r.Depth = int(v) }),
		check("Output", l.Output, DefaultOutput, func(v int64) { r.Output = v }),
		check("HostCalls", l.HostCalls, DefaultHostCalls, func(v int64) { r.HostCalls = v }),
	}
	for _, err := range errs {
		if err != nil {
			return run.Limits{}, err
		}
	}
	// Go recursion per Python frame is a few KB; keep far from the 1 GB
	// goroutine stack limit whatever the embedder asks for.
	if r.Depth == 0 || r.Depth > MaxDepth {
		r.Depth = MaxDepth
	}
	// The Go stack is not accounted as memory: bound the depth by the
	// memory budget instead, so that deep recursion stays within it.
	if r.Memory > 0 {
		if byMemory := max(r.Memory/frameStackBytes, DefaultDepth); int64(r.Depth) > byMemory {
			r.Depth = int(byMemory)
		}
	}
	return r, nil
}

// frameStackBytes is the Go stack a Python frame may take (5 to 12 KiB
// measured, for calls through builtins such as sorted and repr), rounded
// up: the depth is capped at one frame per frameStackBytes of the memory
// budget, at least DefaultDepth.
const frameStackBytes = 16 << 10

// defaultLimits are the resolved zero Limits.
var defaultLimits = run.Limits{Steps: DefaultSteps, Time: DefaultTime, Memory: DefaultMemory,
	Depth: DefaultDepth, Output: DefaultOutput, HostCalls: DefaultHostCalls}

// MaxDepth is the hard cap on call depth, even with Depth: Unlimited: a Go
// stack overflow would kill the host process.
const MaxDepth = 20_000
