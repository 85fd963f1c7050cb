package cli_test

import (
	"context"
	"fmt"
	"os"

	"github.com/pyfence/pyfence/internal/cli"
)

func ExampleMain() {
	code := cli.Main(context.Background(), []string{"eval", "1 + 2"}, os.Stdin, os.Stdout, os.Stderr)
	if code != cli.ExitOK {
		fmt.Println("exit code", code)
	}
	// Output: 3
}
