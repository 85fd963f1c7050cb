// This file defines the flags of `pyfence run` and `pyfence eval`, and the
// parsing of their values: counts, durations, sizes and --var JSON.

package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/pyfence/pyfence/interp"
)

// unlimited is how a limit flag spells [interp.Unlimited].
const unlimited = "unlimited"

// RunFlags are the options of `pyfence run` and `pyfence eval`. The
// conformance runner fills them from `# option:` lines with
// [ParseRunFlags]. The zero value runs with the default limits, no
// imports, no inputs and plain output.
type RunFlags struct {
	Limits      interp.Limits  // zero fields mean the defaults; interp.Unlimited disables one
	AllowImport []string       // modules the script may import
	Vars        map[string]any // inputs, from --var name=JSON; nil when none
	JSON        bool           // print one JSON object instead of plain output
	Seed        int64          // seed of the random module
	Clock       bool           // grant datetime a clock: the host's wall clock
}

// ParseRunFlags parses the flags of `pyfence run` and `pyfence eval` from
// args and returns them with the positional arguments. It uses a FlagSet
// of its own and never touches the process's global flags. A parse error
// is a usage error; the FlagSet prints nothing. args may contain -h or
// --help, reported as pflag.ErrHelp.
func ParseRunFlags(args []string) (RunFlags, []string, error) {
	var rf RunFlags
	fs := newRunFlagSet("run", &rf)
	if err := fs.Parse(args); err != nil {
		return RunFlags{}, nil, err
	}
	return rf, fs.Args(), nil
}

// newRunFlagSet returns a FlagSet that fills rf. Its FlagUsages is the
// flags section of the usage text.
func newRunFlagSet(name string, rf *RunFlags) *pflag.FlagSet {
	fs := newFlagSet(name)
	fs.BoolVar(&rf.JSON, "json", false, "print one JSON object: ok, value, output, steps, error, limits")
	fs.Var((*countValue)(&rf.Limits.Steps), "max-steps", "step budget `N` (default 10000000, or unlimited)")
	fs.Var((*durationValue)(&rf.Limits.Time), "timeout", "wall-clock budget `D`, such as 2s or 500ms (default 5s, or unlimited)")
	fs.Var((*sizeValue)(&rf.Limits.Memory), "max-memory", "memory budget `SIZE` (default 256MiB, or unlimited)")
	fs.Var((*depthValue)(&rf.Limits.Depth), "max-depth", "call depth budget `N` (default 200; unlimited is capped at 20000)")
	fs.Var((*sizeValue)(&rf.Limits.Output), "max-output", "printed output budget `SIZE` (default 1MiB, or unlimited)")
	fs.StringSliceVar(&rf.AllowImport, "allow-import", nil, "modules the script may import, `m1,m2` (repeatable)")
	fs.Int64Var(&rf.Seed, "seed", 0, "seed `N` of the random module (runs with one seed print the same numbers)")
	fs.BoolVar(&rf.Clock, "clock", false, "let datetime.now() and date.today() read the host's clock")
	fs.Var((*varsValue)(&rf.Vars), "var", "input variable `name=JSON`, e.g. 'n=3' or 'items=[1,2]' (repeatable)")
	return fs
}

// newFlagSet returns an empty FlagSet that returns its errors and prints
// nothing: Main prints usage errors itself.
func newFlagSet(name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SortFlags = false
	return fs
}

// parseLimitInt parses a count: a non-negative decimal integer or
// "unlimited". 0 means the default.
func parseLimitInt(s string) (int64, error) {
	if s == unlimited {
		return interp.Unlimited, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("want a non-negative integer or %q", unlimited)
	}
	return n, nil
}

func formatLimitInt(n int64) string {
	switch n {
	case 0:
		return ""
	case interp.Unlimited:
		return unlimited
	}
	return strconv.FormatInt(n, 10)
}

// countValue is an int64 limit flag (steps).
type countValue int64

func (v *countValue) Set(s string) error {
	n, err := parseLimitInt(s)
	*v = countValue(n)
	return err
}
func (v *countValue) String() string { return formatLimitInt(int64(*v)) }
func (v *countValue) Type() string   { return "N" }

// depthValue is an int limit flag (depth).
type depthValue int

func (v *depthValue) Set(s string) error {
	n, err := parseLimitInt(s)
	if err == nil && n > math.MaxInt32 {
		n = math.MaxInt32
	}
	*v = depthValue(n)
	return err
}
func (v *depthValue) String() string { return formatLimitInt(int64(*v)) }
func (v *depthValue) Type() string   { return "N" }

// durationValue is a time limit flag: a Go duration or "unlimited".
type durationValue time.Duration

func (v *durationValue) Set(s string) error {
	if s == unlimited {
		*v = interp.Unlimited
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("want a duration such as 2s or 500ms, or %q", unlimited)
	}
	*v = durationValue(d)
	return nil
}

func (v *durationValue) String() string {
	switch *v {
	case 0:
		return ""
	case interp.Unlimited:
		return unlimited
	}
	return time.Duration(*v).String()
}
func (v *durationValue) Type() string { return "D" }

// sizeValue is a byte-size limit flag.
type sizeValue int64

func (v *sizeValue) Set(s string) error {
	if s == unlimited {
		*v = interp.Unlimited
		return nil
	}
	n, err := ParseSize(s)
	*v = sizeValue(n)
	return err
}
func (v *sizeValue) String() string { return formatLimitInt(int64(*v)) }
func (v *sizeValue) Type() string   { return "SIZE" }

// sizeUnits are the suffixes [ParseSize] accepts, compared without case.
var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9},
	{"B", 1},
}

// ParseSize parses a byte count: a non-negative decimal integer, optionally
// followed by a unit, binary (KiB, MiB, GiB: powers of 1024) or decimal
// (KB, MB, GB: powers of 1000), or B. Units are matched without case, and
// may be separated from the number by one space: "512", "64KiB", "1 MB".
func ParseSize(s string) (int64, error) {
	num, factor := s, int64(1)
	for _, u := range sizeUnits {
		if len(s) > len(u.suffix) && strings.EqualFold(s[len(s)-len(u.suffix):], u.suffix) {
			num, factor = strings.TrimSuffix(s[:len(s)-len(u.suffix)], " "), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid size %q: want bytes, or a number with a unit KiB, MiB, GiB (1024) or KB, MB, GB (1000)", s)
	}
	if n > math.MaxInt64/factor {
		return 0, fmt.Errorf("invalid size %q: too large", s)
	}
	return n * factor, nil
}

// varsValue collects --var name=JSON flags. A repeated name keeps the last
// value.
type varsValue map[string]any

func (v *varsValue) Set(s string) error {
	name, text, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("want name=JSON")
	}
	if err := checkVarName(name); err != nil {
		return err
	}
	val, err := ParseJSONValue(text)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if *v == nil {
		*v = make(varsValue)
	}
	(*v)[name] = val
	return nil
}

func (v *varsValue) String() string { return "" }
func (v *varsValue) Type() string   { return "name=JSON" }

// checkVarName reports whether name can be a script's global: an ASCII
// Python identifier that is not a dunder name, as interp requires.
func checkVarName(name string) error {
	if name == "" {
		return errors.New("empty variable name")
	}
	for i, c := range name {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return fmt.Errorf("variable name %q is not a Python identifier", name)
		}
	}
	if len(name) >= 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return fmt.Errorf("variable name %q is reserved", name)
	}
	return nil
}

// ParseJSONValue parses one JSON value into input data for a run: nil,
// bool, string, []any, map[string]any, and numbers as int64 when they have
// no fraction or exponent (*big.Int past int64), float64 otherwise.
func ParseJSONValue(text string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("invalid JSON: data after the value")
	}
	return convertNumbers(v)
}

// convertNumbers replaces the json.Numbers in v, in place for containers.
func convertNumbers(v any) (any, error) {
	switch v := v.(type) {
	case json.Number:
		return convertNumber(v)
	case []any:
		for i, e := range v {
			c, err := convertNumbers(e)
			if err != nil {
				return nil, err
			}
			v[i] = c
		}
	case map[string]any:
		for k, e := range v {
			c, err := convertNumbers(e)
			if err != nil {
				return nil, err
			}
			v[k] = c
		}
	}
	return v, nil
}

func convertNumber(n json.Number) (any, error) {
	s := n.String()
	if !strings.ContainsAny(s, ".eE") {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
		if b, ok := new(big.Int).SetString(s, 10); ok {
			return b, nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// Out of float64 range (1e400): Python's json.loads gives inf,
		// which is surely not what the caller meant.
		return nil, fmt.Errorf("invalid JSON: number %s is out of range", s)
	}
	return f, nil
}

// errTooLarge reports a source file past maxSourceRead.
var errTooLarge = errors.New("file too large")

// maxSourceRead bounds how much of a file or stdin is read. Compile
// enforces its own, smaller limit; this one only keeps `yes | pyfence run -`
// from filling memory.
const maxSourceRead = 64 << 20

// readSource reads a script: name "-" is stdin, shown as "<stdin>".
func readSource(name string, stdin io.Reader) (filename, src string, err error) {
	var r io.Reader
	filename = name
	if name == "-" {
		filename = "<stdin>"
		if stdin == nil {
			stdin = bytes.NewReader(nil)
		}
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxSourceRead+1))
	if err != nil {
		return "", "", fmt.Errorf("read %s: %w", filename, err)
	}
	if len(b) > maxSourceRead {
		return "", "", fmt.Errorf("read %s: %w", filename, errTooLarge)
	}
	return filename, string(b), nil
}
