// Command pyfence runs untrusted Python under a default-deny policy and
// resource limits. Run "pyfence help" for its commands, flags and exit
// codes; the command line is implemented by package internal/cli.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/pyfence/pyfence/internal/cli"
)

func main() {
	defer func() {
		// cli.Main recovers its own panics; this catches anything outside it.
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "pyfence: internal error: %v\n%s", r, debug.Stack())
			os.Exit(cli.ExitInternal)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
