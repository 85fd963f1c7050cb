package policy

import (
	"testing"
	"time"
)

func FuzzSlowScratch(f *testing.F) {
	f.Add([]byte("x = (1,\n 2)\n"))
	f.Add([]byte("if a:\n  b = -c ** d if e else [f for g in h]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		t0 := time.Now()
		src, err := Parse("fuzz.py", data, ModeExec, ParseLimits{MaxBytes: 1 << 16})
		if err == nil {
			Check(src, testConfig)
		}
		if d := time.Since(t0); d > time.Second {
			t.Fatalf("slow: %v len %d %q", d, len(data), data[:min(200, len(data))])
		}
	})
}
