package policy

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchTranslate(t *testing.T) {
	data, err := os.ReadFile("/tmp/h8/in.txt")
	if err != nil {
		t.Skip()
	}
	for _, src := range strings.Split(string(data), "\n#---\n") {
		out, tr, serr := translate(src, ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting})
		if serr != nil {
			fmt.Printf("IN : %s\nERR: %v\n\n", src, serr)
			continue
		}
		fmt.Printf("IN : %s\nOUT: %s\n", src, out)
		if tr != nil {
			fmt.Printf("   injected %v\n", tr.injected)
		}
		ps, perr := Parse("x.py", []byte(src), ModeExec, ParseLimits{})
		fmt.Printf("   parse: %v\n", perr)
		if perr == nil {
			vs := Check(ps, Config{})
			for _, v := range vs.List {
				fmt.Printf("   viol: %v %s %s\n", v.Pos, v.Rule, v.Msg)
			}
		}
		fmt.Println()
	}
}
