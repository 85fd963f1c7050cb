// Package run holds the state of one execution of a pyfence program: its
// meter (steps, time, depth, output, memory), its output buffer, its gpython
// context and the first limit or policy block it tripped.
//
// A State belongs to exactly one Run at a time. It is never shared between
// goroutines while a run is in progress, and [State.Reset] clears every field
// a script could influence before the state is reused.
package run

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"time"

	"github.com/go-python/gpython/py"
)

// LimitKind names one budget of a run.
type LimitKind int

// The budgets a run is metered against.
const (
	Steps     LimitKind = iota + 1 // executed bytecode instructions, plus work done inside builtins
	Time                           // wall-clock time, and cancellation of the run's context
	Memory                         // bytes allocated, reconciled with the live heap at the budget
	Depth                          // Python call depth, and depth of Go recursion on nested data
	Output                         // bytes printed
	HostCalls                      // calls of host (Go) functions
)

// String returns the name used in errors, the CLI and conformance markers.
func (k LimitKind) String() string {
	switch k {
	case Steps:
		return "steps"
	case Time:
		return "time"
	case Memory:
		return "memory"
	case Depth:
		return "depth"
	case Output:
		return "output"
	case HostCalls:
		return "host-calls"
	}
	return fmt.Sprintf("LimitKind(%d)", int(k))
}

// Limits are the resolved budgets of one run. Every field is positive; a
// value of [Unlimited] disables that budget. Defaults are applied by the
// caller (package interp), never here.
type Limits struct {
	Steps  int64         // instructions
	Time   time.Duration // wall clock
	Memory int64         // bytes
	Depth  int           // frames
	Output int64         // bytes
	// HostCalls caps calls of host functions; 0 means no cap.
	HostCalls int64
}

// Unlimited is the value of a budget that is not enforced.
const Unlimited = -1

// Trip records the limit a run exceeded.
type Trip struct {
	Kind  LimitKind
	Used  int64 // what the run had used when it tripped (steps, ns, bytes, frames)
	Limit int64 // the budget
	Line  int   // line of the script where it tripped, 0 if unknown
}

// Block records an operation the policy forbids, found while running
// (for example getattr with a computed dunder name).
type Block struct {
	Rule string // policy rule ID, as in package policy
	Msg  string // what was blocked
	Line int    // line of the script, 0 if unknown
}

// checkEvery is how many steps may pass between two looks at the clock and
// at the run's context.
const checkEvery = 1024

// State is the per-run state. Its zero value is not usable: create one with
// [New] and prepare each run with [State.Reset].
type State struct {
	ctx      context.Context
	done     <-chan struct{}
	start    time.Time
	deadline time.Time
	limits   Limits

	steps     int64
	nextCheck int64
	depth     int
	maxDepth  int
	memory    int64
	out       []byte

	trip  *Trip
	block *Block
	abort error // a fault outside the script (a host function panicked)

	hostCalls  int64
	hostCtx    context.Context
	hostCancel context.CancelFunc
	pending    error // an exception a for loop's iterator raised, see SetPending

	heapSample []metrics.Sample // the Go heap, for the memory backstop
	heapStart  uint64
	polls      int
	liveBase   uint64 // live heap when the run first accounted memory; see reconcile
	liveSet    bool   // whether liveBase was read
	gcs        int    // collections forced by reconcile
	sinceGC    int64  // bytes accounted since the last reconcile

	// Py is the gpython context this state runs code in; it is set once by
	// the package that creates the state.
	Py py.Context
	// Lineno reports the line being executed, for positions of trips and
	// blocks. It may be nil.
	Lineno func() int

	// Host is what the embedder grants the run; the package that runs
	// the state sets it before each run.
	Host Host
	// Modules caches the modules the run imported, by name: a module is
	// built at its first import in a run and never outlives the run.
	Modules map[string]py.Object
}

// Host holds the capabilities an embedder grants a run.
type Host struct {
	// Clock returns the current time for datetime's now() and today();
	// nil means the run has no clock.
	Clock func() time.Time
	// Seed seeds the random module's generator at the start of the run.
	Seed int64
}

// New returns a state ready for [State.Reset].
func New() *State {
	return &State{}
}

// Reset prepares the state for a new run and clears everything the previous
// run left behind.
func (s *State) Reset(ctx context.Context, lim Limits) {
	s.ctx = ctx
	s.done = ctx.Done()
	s.start = time.Now()
	s.limits = lim
	s.deadline = time.Time{}
	if lim.Time > 0 {
		s.deadline = s.start.Add(lim.Time)
	}
	if d, ok := ctx.Deadline(); ok && (s.deadline.IsZero() || d.Before(s.deadline)) {
		s.deadline = d
	}
	s.steps = 0
	s.nextCheck = checkEvery
	s.depth = 0
	s.maxDepth = 0
	s.memory = 0
	s.out = s.out[:0]
	s.trip = nil
	s.block = nil
	s.abort = nil
	s.hostCalls = 0
	s.pending = nil
	clear(s.Modules)
	s.polls = 0
	s.heapStart = 0 // read at the first poll: short runs never pay for it
	s.liveSet = false
	s.gcs = 0
	s.sinceGC = 0
}

// heapMetric is the runtime metric of bytes in live and not yet swept
// heap objects; liveMetric is the heap the last garbage collection found
// live.
const (
	heapMetric = "/memory/classes/heap/objects:bytes"
	liveMetric = "/gc/heap/live:bytes"
)

func (s *State) readMetric(i int) uint64 {
	if s.heapSample == nil {
		s.heapSample = []metrics.Sample{{Name: heapMetric}, {Name: liveMetric}}
	}
	metrics.Read(s.heapSample[i : i+1])
	if s.heapSample[i].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s.heapSample[i].Value.Uint64()
}

func (s *State) heap() uint64 { return s.readMetric(0) }

// noteLiveBase records the live heap of the process as of the last
// collection, the first time the run accounts memory.
func (s *State) noteLiveBase() {
	if !s.liveSet {
		s.liveBase = s.readMetric(1)
		s.liveSet = true
	}
}

// reconcile is called when the accounted bytes plus n would pass the
// budget. Accounting is cumulative: it counts every allocation of the run,
// garbage included, so a loop that rebuilds a small list would
// eventually reach any budget. reconcile collects garbage and lowers the
// accounted bytes to the growth of the process's live heap since the run
// started, when that is lower; the budget then trips only if the run's
// live memory (as far as the heap can tell) plus n does not fit. Both
// measures must exceed the budget for the limit to trip: accounting keeps
// other runs' allocations from counting against this one, and the live
// heap keeps this run's garbage from counting. See doc/limits.md.
func (s *State) reconcile(n int64) error {
	s.noteLiveBase()
	runtime.GC()
	s.gcs++
	s.sinceGC = 0
	live := s.readMetric(1)
	if live < s.liveBase {
		// The base counted data that died since (another run's, in the
		// same process): it was too high. Re-basing here forgets what this
		// run holds now, at most one budget, once per shrink of the heap.
		s.liveBase = live
	}
	growth := int64(live - s.liveBase)
	if growth < s.memory {
		s.memory = growth
	}
	if n > s.limits.Memory-s.memory {
		return s.Fail(Memory, s.memory+n, s.limits.Memory)
	}
	return nil
}

// Collections returns how many garbage collections the run forced to
// reconcile its accounted memory with the live heap.
func (s *State) Collections() int { return s.gcs }

// backstopSlack is the heap growth tolerated beyond four times the memory
// budget before the backstop trips: garbage not yet collected and the
// allocations of other runs in the same process are counted too, so the
// backstop is only a last resort against runaway growth.
const backstopSlack = 512 << 20

// heapBackstop trips the memory limit when the Go heap grew, since the run
// started, by more than four times the budget plus backstopSlack. It catches
// allocations that pre-checks and accounting do not see (lists built by
// the VM, for instance); it is coarse because the heap is shared with the
// rest of the process.
func (s *State) heapBackstop() error {
	if s.limits.Memory <= 0 {
		return nil
	}
	now := s.heap()
	if s.heapStart == 0 {
		s.heapStart = now
		return nil
	}
	if now > s.heapStart && now-s.heapStart > uint64(4*s.limits.Memory)+backstopSlack {
		return s.Fail(Memory, int64(now-s.heapStart), s.limits.Memory)
	}
	// Garbage counts in now: when the heap, garbage included, grew past
	// the budget while this run allocated a quarter of it, collect early,
	// so that the process's footprint stays near the budget rather than
	// twice it (the garbage collector lets the heap reach twice the live
	// data). Runs that do not allocate never force a collection.
	if s.liveSet && s.sinceGC >= s.limits.Memory/4 && now > s.liveBase && now-s.liveBase > uint64(s.limits.Memory) {
		return s.reconcile(0)
	}
	return nil
}

// Release drops references to the run's inputs so a pooled state keeps
// nothing of the previous run alive.
func (s *State) Release() {
	if s.hostCancel != nil {
		s.hostCancel()
		s.hostCtx, s.hostCancel = nil, nil
	}
	s.ctx = nil
	s.done = nil
	if cap(s.out) > 64<<10 {
		s.out = nil
	} else {
		s.out = s.out[:0]
	}
}

// Context returns the context of the current run.
func (s *State) Context() context.Context { return s.ctx }

// Steps returns the steps charged so far.
func (s *State) Steps() int64 { return s.steps }

// Elapsed returns the wall time since the run started.
func (s *State) Elapsed() time.Duration { return time.Since(s.start) }

// Output returns what the run printed so far. The slice is reused by the
// next run: copy it.
func (s *State) Output() []byte { return s.out }

// Memory returns the bytes accounted so far.
func (s *State) Memory() int64 { return s.memory }

// MaxDepth returns the deepest call depth reached.
func (s *State) MaxDepth() int { return s.maxDepth }

// Tripped returns the limit the run exceeded, or nil.
func (s *State) Tripped() *Trip { return s.trip }

// Blocked returns the policy block the run hit, or nil.
func (s *State) Blocked() *Block { return s.block }

// Failed reports whether the run tripped a limit or hit a policy block;
// from then on every meter call fails again.
func (s *State) Failed() bool { return s.trip != nil || s.block != nil || s.abort != nil }

// Abort ends the run because of a fault outside the script, such as a
// panic in a host function: err is reported to the host as the run's
// error, and the script cannot catch the exception Abort returns.
func (s *State) Abort(err error) error {
	if !s.Failed() {
		s.abort = err
	}
	return s.stickyErr()
}

// Aborted returns the error given to [State.Abort], or nil.
func (s *State) Aborted() error { return s.abort }

// HostCall counts one call of a host function against the host-call
// budget and returns the context the host function runs under: the
// run's context, with the run's deadline. It is created at the first host
// call of a run, so that runs without host calls never pay for it.
func (s *State) HostCall() (context.Context, error) {
	if s.Failed() {
		return nil, s.stickyErr()
	}
	s.hostCalls++
	if s.limits.HostCalls > 0 && s.hostCalls > s.limits.HostCalls {
		return nil, s.Fail(HostCalls, s.hostCalls, s.limits.HostCalls)
	}
	if err := s.Poll(); err != nil {
		return nil, err
	}
	if s.hostCtx == nil {
		if s.deadline.IsZero() {
			s.hostCtx, s.hostCancel = context.WithCancel(s.ctx)
		} else {
			s.hostCtx, s.hostCancel = context.WithDeadline(s.ctx, s.deadline)
		}
	}
	return s.hostCtx, nil
}

// Limits returns the budgets of the current run.
func (s *State) Limits() Limits { return s.limits }

// HostCalls returns the number of host function calls so far.
func (s *State) HostCalls() int64 { return s.hostCalls }

func (s *State) line() int {
	if s.Lineno == nil {
		return 0
	}
	return s.Lineno()
}

// stickyErr is the Python exception raised at every meter call after a trip
// or a block, so that no handler in the script can swallow it for good.
func (s *State) stickyErr() error {
	if s.block != nil {
		return py.ExceptionNewf(py.RuntimeError, "pyfence: operation not allowed: %s", s.block.Msg)
	}
	if s.abort != nil {
		return py.ExceptionNewf(py.RuntimeError, "pyfence: run aborted")
	}
	t := s.trip
	return py.ExceptionNewf(py.RuntimeError, "pyfence: %s limit exceeded", t.Kind)
}

// SetPending keeps err, an exception raised by the iterator of a for
// loop, to be raised when the loop exits. gpython's FOR_ITER ends the loop
// on any exception from the iterator; instrumented loops iterate through a
// wrapper that reports StopIteration to FOR_ITER and parks other errors
// here, and the step probe at the loop's exit raises them.
func (s *State) SetPending(err error) { s.pending = err }

// TakePending returns and clears the parked loop exception, if any.
func (s *State) TakePending() error {
	err := s.pending
	s.pending = nil
	return err
}

// NoteLine records line as the position of the trip or block, if it has
// none yet. The innermost place that sees the failure first calls it.
func (s *State) NoteLine(line int) {
	switch {
	case s.trip != nil && s.trip.Line == 0:
		s.trip.Line = line
	case s.block != nil && s.block.Line == 0:
		s.block.Line = line
	}
}

// Fail records a trip of kind k (the first one wins) and returns the sticky
// exception to raise.
func (s *State) Fail(k LimitKind, used, limit int64) error {
	if !s.Failed() {
		s.trip = &Trip{Kind: k, Used: used, Limit: limit, Line: s.line()}
	}
	return s.stickyErr()
}

// Deny records a runtime policy block (the first failure wins) and returns
// the sticky exception to raise.
func (s *State) Deny(rule, format string, args ...any) error {
	if !s.Failed() {
		s.block = &Block{Rule: rule, Msg: fmt.Sprintf(format, args...), Line: s.line()}
	}
	return s.stickyErr()
}

// Charge adds n steps and, every [checkEvery] steps, looks at the clock and
// the run's context. It returns a Python exception once any limit tripped.
func (s *State) Charge(n int64) error {
	if s.Failed() {
		return s.stickyErr()
	}
	s.steps += n
	if s.limits.Steps > 0 && s.steps > s.limits.Steps {
		return s.Fail(Steps, s.steps, s.limits.Steps)
	}
	if s.steps >= s.nextCheck {
		s.nextCheck = s.steps + checkEvery
		return s.Poll()
	}
	return nil
}

// Poll checks the deadline and the cancellation of the run's context.
// Builtins that loop in Go call it at least every 1,000 elements.
func (s *State) Poll() error {
	if s.Failed() {
		return s.stickyErr()
	}
	select {
	case <-s.done:
		return s.Fail(Time, int64(time.Since(s.start)), int64(s.limits.Time))
	default:
	}
	if !s.deadline.IsZero() && !time.Now().Before(s.deadline) {
		return s.Fail(Time, int64(time.Since(s.start)), int64(s.limits.Time))
	}
	s.polls++
	if s.polls%16 == 1 {
		return s.heapBackstop()
	}
	return nil
}

// Enter counts one more level of call depth.
func (s *State) Enter() error {
	if s.Failed() {
		return s.stickyErr()
	}
	s.depth++
	if s.depth > s.maxDepth {
		s.maxDepth = s.depth
	}
	if s.limits.Depth > 0 && s.depth > s.limits.Depth {
		s.depth--
		return s.Fail(Depth, int64(s.depth+1), int64(s.limits.Depth))
	}
	return nil
}

// Leave undoes one [State.Enter].
func (s *State) Leave() { s.depth-- }

// Depth returns the current call depth.
func (s *State) Depth() int { return s.depth }

// FailMemory trips the memory limit for an allocation of want bytes that
// cannot be made (too large for the budget, or for an implementation cap).
func (s *State) FailMemory(want int64) error {
	return s.Fail(Memory, s.memory+max(want, 0), s.limits.Memory)
}

// Alloc accounts n bytes against the memory budget before they are
// allocated. Accounting is cumulative (garbage is not subtracted) until
// the budget is reached; then the accounted bytes are reconciled with the
// live heap (see reconcile), and the limit trips only if n still does not
// fit.
func (s *State) Alloc(n int64) error {
	if err := s.CheckAlloc(n); err != nil {
		return err
	}
	s.memory += n
	s.sinceGC += n
	return nil
}

// CheckAlloc reports whether n more bytes would fit the memory budget,
// without accounting them, and trips the limit when they would not, even
// after reconciling the accounted bytes with the live heap.
func (s *State) CheckAlloc(n int64) error {
	if s.Failed() {
		return s.stickyErr()
	}
	if n < 0 {
		return s.Fail(Memory, s.memory, s.limits.Memory)
	}
	if s.limits.Memory <= 0 {
		return nil
	}
	if !s.liveSet {
		s.noteLiveBase()
	}
	if n > s.limits.Memory-s.memory {
		if n > s.limits.Memory {
			return s.Fail(Memory, s.memory+n, s.limits.Memory)
		}
		return s.reconcile(n)
	}
	return nil
}

// Write appends script output, within the output budget. Output past the
// budget is dropped and the limit trips.
func (s *State) Write(p string) error {
	if s.Failed() {
		return s.stickyErr()
	}
	if s.limits.Output > 0 && int64(len(s.out))+int64(len(p)) > s.limits.Output {
		room := s.limits.Output - int64(len(s.out))
		s.out = append(s.out, p[:room]...)
		return s.Fail(Output, int64(len(s.out))+int64(len(p))-room, s.limits.Output)
	}
	s.out = append(s.out, p...)
	return nil
}
