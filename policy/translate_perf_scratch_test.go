package policy

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestScratchPerf(t *testing.T) {
	cases := map[string]string{
		"literal":  "x = f'" + strings.Repeat("a", 1_000_000) + "'\n",
		"fields":   "x = f'" + strings.Repeat("{x}", 300_000) + "'\n",
		"fields2":  "x = f'" + strings.Repeat("{x!r:>{w}}", 90_000) + "'\n",
		"stars":    "x = [" + strings.Repeat("*a, ", 200_000) + "]\n",
		"calls":    "f(" + strings.Repeat("*a, ", 200_000) + ")\n",
		"nums":     "x = [" + strings.Repeat("1_0, ", 200_000) + "]\n",
		"triple":   "x = f'''" + strings.Repeat("{x}\n", 250_000) + "'''\n",
		"deep":     "x = f'{" + strings.Repeat("(", 99) + "1" + strings.Repeat(")", 99) + "}'\n",
		"deeper":   "x = f'{" + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150) + "}'\n",
		"minus":    "x = f'{" + strings.Repeat("-", 100000) + "1}'\n",
		"bigint":   "x = 1" + strings.Repeat("_0", 5000) + "\n",
		"annots":   strings.Repeat("x: int = 1\n", 90000),
	}
	for name, src := range cases {
		start := time.Now()
		_, err := Parse("x.py", []byte(src), ModeExec, ParseLimits{})
		fmt.Printf("%-8s %8d bytes %v err=%.100v\n", name, len(src), time.Since(start), err)
	}
}
