// Package interp runs untrusted Python inside a Go process, safely. It is
// the one package embedders import.
//
// # Compile once, run many times
//
// [Compile] turns a script into a [Program] through a one-way pipeline:
// parse with limits (size, nesting, encoding; identifiers NFKC-normalised
// as Python does), a default-deny policy check that reports every
// violation with its rule, line and column, an AST rewrite, compilation by
// gpython, and bytecode instrumentation that inserts step meters and
// routes attribute access and amplifying operations through runtime
// guards. A Program is immutable and safe for concurrent use.
//
// [Program.Run] executes it with fresh globals (the inputs), a fresh meter
// and an output buffer, and returns a [Result]: the value of the final
// expression, the printed output, the steps used and the duration.
// [CompileExpr] and [Eval] do the same for single expressions.
//
// # Budgets
//
// Every run is metered against [Limits]: steps, wall time (and the
// cancellation of its context), memory, call depth and output. The zero
// value means the defaults, never "unlimited". Limits are sticky: once one
// trips, every later meter check fails again, so no try/except in the
// script can continue the run.
//
// # Errors
//
// Each kind of failure has its own type, for errors.As:
//
//   - *[SyntaxError]: the source does not parse or breaks a parse limit.
//   - *[PolicyError]: the policy rejects the code (all violations), or the
//     script attempted a blocked operation while running (Runtime is true).
//   - *[LimitError]: a budget was exceeded; errors.Is matches
//     [ErrStepLimit], [ErrTimeLimit], [ErrMemoryLimit], [ErrDepthLimit]
//     and [ErrOutputLimit].
//   - *[PythonError]: an uncaught Python exception, with its traceback.
//   - *[InternalError]: a recovered panic inside pyfence or gpython; the
//     host keeps running.
package interp
