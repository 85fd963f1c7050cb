// Package cli implements the pyfence command line: flag handling, the run,
// check and eval commands, and how their results and errors are printed.
// It is a library so that it can be tested without a process, and so that
// the conformance runner parses `# option:` lines with [ParseRunFlags].
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"github.com/spf13/pflag"

	"github.com/pyfence/pyfence/interp"
)

// exprFilename names the source of `pyfence eval` in errors.
const exprFilename = "<expr>"

// Main runs the pyfence command line with args (without the program name),
// reading stdin and writing to stdout and stderr, and returns the process
// exit code: one of ExitOK, ExitException, ExitUsage, ExitPolicy, ExitLimit
// or ExitInternal. ctx cancels a running script, which then ends with a
// time limit error. Main recovers any panic into ExitInternal.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "pyfence: internal error: %v\n%s", r, debug.Stack())
			code = ExitInternal
		}
	}()
	if len(args) == 0 {
		writeUsage(stderr)
		return ExitUsage
	}
	c := &command{name: args[0], stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "run":
		return c.run(ctx, args[1:])
	case "eval":
		return c.eval(ctx, args[1:])
	case "check":
		return c.check(args[1:])
	case "version":
		if len(args) > 1 {
			return c.usageError(errors.New("version takes no arguments"))
		}
		fmt.Fprintf(stdout, "pyfence %s\n", version())
		return ExitOK
	case "help", "-h", "--help":
		writeUsage(stderr)
		return ExitUsage
	}
	fmt.Fprintf(stderr, "pyfence: unknown command %q\n\n", args[0])
	writeUsage(stderr)
	return ExitUsage
}

// command is one invocation of a subcommand.
type command struct {
	name           string
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError prints err and a pointer to the help, and returns ExitUsage.
// With -h or --help it prints the usage instead.
func (c *command) usageError(err error) int {
	if errors.Is(err, pflag.ErrHelp) {
		writeUsage(c.stderr)
		return ExitUsage
	}
	fmt.Fprintf(c.stderr, "pyfence %s: %v\nRun 'pyfence help' for usage.\n", c.name, err)
	return ExitUsage
}

// run implements `pyfence run [flags] FILE|-`.
func (c *command) run(ctx context.Context, args []string) int {
	rf, pos, err := ParseRunFlags(args)
	if err != nil {
		return c.usageError(err)
	}
	if len(pos) != 1 {
		return c.usageError(errors.New("want exactly one FILE, or - for stdin"))
	}
	filename, src, err := readSource(pos[0], c.stdin)
	if err != nil {
		return c.usageError(err)
	}
	prog, err := interp.Compile(filename, src, interp.CompileOptions{AllowImport: rf.AllowImport})
	return c.execute(ctx, prog, err, rf, filename, src, false)
}

// eval implements `pyfence eval [flags] EXPR`.
func (c *command) eval(ctx context.Context, args []string) int {
	rf, pos, err := ParseRunFlags(args)
	if err != nil {
		return c.usageError(err)
	}
	if len(pos) != 1 {
		return c.usageError(errors.New("want exactly one EXPR (quote it; use -- before one starting with -)"))
	}
	prog, err := interp.CompileExpr(exprFilename, pos[0], interp.CompileOptions{AllowImport: rf.AllowImport})
	return c.execute(ctx, prog, err, rf, exprFilename, pos[0], true)
}

// execute runs a compiled program (unless compiling failed with
// compileErr) and reports the outcome. Plain mode prints the script's
// output, and for eval the value's repr; errors go to stderr. JSON mode
// prints one object on stdout, whatever the outcome, except for usage
// errors.
func (c *command) execute(ctx context.Context, prog *interp.Program, compileErr error, rf RunFlags, filename, src string, showValue bool) int {
	var (
		res *interp.Result
		err = compileErr
	)
	if err == nil {
		opts := interp.RunOptions{Limits: rf.Limits, Inputs: rf.Vars, Repr: showValue, Seed: rf.Seed}
		if rf.Clock {
			opts.Clock = time.Now
		}
		res, err = prog.Run(ctx, opts)
	}
	code := exitCode(err, compileErr != nil)
	switch {
	case code == ExitUsage:
		return c.usageError(err)
	case rf.JSON:
		writeJSONResult(c.stdout, res, err, rf.Limits)
	case err != nil:
		if res != nil {
			io.WriteString(c.stdout, res.Output) // what the script printed before it failed
		}
		writeError(c.stderr, err, filename, src)
	default:
		io.WriteString(c.stdout, res.Output)
		if showValue {
			fmt.Fprintln(c.stdout, res.Repr)
		}
	}
	return code
}

// check implements `pyfence check [--allow-import m1,m2] FILE|-`: compile
// only, and print every violation on stdout.
func (c *command) check(args []string) int {
	var allow []string
	fs := newCheckFlagSet(&allow)
	if err := fs.Parse(args); err != nil {
		return c.usageError(err)
	}
	if fs.NArg() != 1 {
		return c.usageError(errors.New("want exactly one FILE, or - for stdin"))
	}
	filename, src, err := readSource(fs.Arg(0), c.stdin)
	if err != nil {
		return c.usageError(err)
	}
	_, err = interp.Compile(filename, src, interp.CompileOptions{AllowImport: allow})
	code := exitCode(err, true)
	switch code {
	case ExitOK:
	case ExitUsage:
		return c.usageError(err)
	case ExitException, ExitPolicy:
		writeError(c.stdout, err, filename, src)
	default:
		writeError(c.stderr, err, filename, src)
	}
	return code
}

func newCheckFlagSet(allow *[]string) *pflag.FlagSet {
	fs := newFlagSet("check")
	fs.StringSliceVar(allow, "allow-import", nil, "modules the script may import, `m1,m2` (repeatable)")
	return fs
}

// version returns the module version pyfence was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func writeUsage(w io.Writer) {
	var allow []string
	runFlags := newRunFlagSet("run", &RunFlags{}).FlagUsagesWrapped(80)
	checkFlags := newCheckFlagSet(&allow).FlagUsagesWrapped(80)
	fmt.Fprintf(w, `pyfence runs untrusted Python under a default-deny policy and resource limits.

Usage:
  pyfence run [flags] FILE|-     compile and run a script (- reads stdin)
  pyfence eval [flags] EXPR      evaluate one expression and print its repr
  pyfence check [flags] FILE|-   list every policy violation without running
  pyfence version                print the version
  pyfence help                   print this help

Flags of run and eval:
%s
Flags of check:
%s
Limits: an absent flag or 0 means the default; "unlimited" disables a budget
(depth stays capped at %d). SIZE is bytes, or a number with a unit:
KiB, MiB, GiB (powers of 1024) or KB, MB, GB (powers of 1000), e.g. 64KiB.

Output: run prints what the script printed; the value of a final expression
is shown only with --json. eval prints the output, then the value's repr;
an EXPR that starts with - goes after --, as in: pyfence eval -- -x.
check prints FILE:LINE:COL: message [rule] for each violation, with the
source line, on stdout. Other errors go to stderr. With --json, run and eval
print exactly one JSON object on stdout, on success and on every error except
usage errors (exit 2), which are printed on stderr.

Exit codes:
  0   success
  1   uncaught Python exception, or syntax error
  2   usage error: bad command, flag, --var, file, or -h/--help/help
  3   policy violation, found by the check or blocked at run time
  4   resource limit exceeded: steps, time, memory, depth or output
  70  internal error in pyfence or gpython
`, runFlags, checkFlags, interp.MaxDepth)
}
