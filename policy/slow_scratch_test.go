package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSlowScratch(t *testing.T) {
	files, _ := filepath.Glob("/root/.cache/go-build/fuzz/github.com/pyfence/pyfence/policy/FuzzParseCheck/*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.SplitN(string(b), "\n", 2)
		s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[1]), "[]byte("), ")")
		data, err := strconv.Unquote(s)
		if err != nil {
			continue
		}
		t0 := time.Now()
		src, perr := Parse("f.py", []byte(data), ModeExec, ParseLimits{MaxBytes: 1 << 16})
		d1 := time.Since(t0)
		if perr == nil {
			Check(src, testConfig)
		}
		d := time.Since(t0)
		if d > 50*time.Millisecond {
			fmt.Printf("%s len=%d parse=%v total=%v err=%v %q\n", filepath.Base(f), len(data), d1, d, perr, data[:min(len(data), 120)])
		}
	}
}
