// Package chunked reads the conformance corpora: Python files split into
// chunks, each an independent program with its options, expected output and
// expected errors written as comments, so that every file stays valid Python
// that CPython can run.
//
// The format follows starlark's internal/chunkedfile and the inline error
// markers of go/parser's tests. An example chunk:
//
//	# option: --max-steps=1000 --allow-import=json
//	x = ().__class__      ### policy:dunder-attr "__class__"
//	print(10 // 0)        ### exception:ZeroDivisionError "division by zero"
//	# Output:
//	# first line
//	#
//	# third line, after an empty one
//
// The rules:
//
//   - A line that is exactly "# ---" separates two chunks.
//   - "# option:" lines give command-line style arguments, split on spaces.
//   - The chunk's last comment block, when it starts with "# Output:", is the
//     expected stdout: each "# text" line is one line of output, a bare "#"
//     an empty one. Without such a block the chunk must print nothing.
//   - A "# xfail: <reason>" line marks a known bug: the chunk must fail
//     its checks (the runner reports it when it starts passing, so the
//     line is removed with the fix).
//   - A "# differs: <reason>" line says pyfence deliberately or knowingly
//     prints something other than CPython; such an Output block is written
//     by hand.
//   - A trailing comment "### KIND[:DETAIL] ["regexp"]" marks an error
//     expected on that line. Several markers may follow each other on one
//     line. The regexp is the raw text between the quotes, without escapes.
package chunked

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// Marker kinds.
const (
	Syntax    = "syntax"    // a syntax error; no detail
	Policy    = "policy"    // a policy violation; detail: rule ID
	Exception = "exception" // an uncaught Python exception; detail: type name
	Limit     = "limit"     // a budget exceeded; detail: steps|time|memory|depth|output
	Internal  = "internal"  // an internal error (a recovered panic): always a bug
)

var kinds = map[string]bool{Syntax: true, Policy: true, Exception: true, Limit: true, Internal: true}

// Separator is the line that separates two chunks.
const Separator = "# ---"

const (
	optionPrefix  = "# option:"
	differsPrefix = "# differs:"
	xfailPrefix   = "# xfail:"
	outputHeader  = "# Output:"
	markerStart   = "###"
)

// A Marker is one expected error, written as a trailing "###" comment.
type Marker struct {
	Line   int            // 1-based line of the file the marker is on
	Kind   string         // Syntax, Policy, Exception, Limit or Internal
	Detail string         // rule ID, exception type or limit kind; "" matches any
	Regexp *regexp.Regexp // matched against the error message; nil matches any
}

// String returns the marker as it is written, for test failures.
func (m Marker) String() string {
	s := markerStart + " " + m.Kind
	if m.Detail != "" {
		s += ":" + m.Detail
	}
	if m.Regexp != nil {
		s += ` "` + m.Regexp.String() + `"`
	}
	return fmt.Sprintf("line %d: %s", m.Line, s)
}

// A Chunk is one program of a corpus file.
type Chunk struct {
	Line    int      // 1-based line of the file where the chunk starts
	Source  string   // the chunk's text, preceded by blank lines so that its lines are file lines
	Options []string // the arguments of its "# option:" lines, in order
	Output  string   // expected stdout, each line ending in "\n"; "" if there is no Output block
	Differs string   // the reason of a "# differs:" line; "" if none
	XFail   string   // the reason of a "# xfail:" line: a known bug; "" if none
	Markers []Marker // expected errors, by line

	outStart int // 0-based index of the "# Output:" line; -1 when absent
	outEnd   int // 0-based index of the line after the Output block
	lastCode int // 0-based index of the chunk's last non-blank line outside the Output block
}

// HasOutput reports whether the chunk has an Output block.
func (c *Chunk) HasOutput() bool { return c.outStart >= 0 }

// HasMarker reports whether one of the chunk's markers has one of kinds.
func (c *Chunk) HasMarker(kinds ...string) bool {
	for _, m := range c.Markers {
		for _, k := range kinds {
			if m.Kind == k {
				return true
			}
		}
	}
	return false
}

// ReadFile reads and parses the corpus file name.
func ReadFile(name string) ([]Chunk, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse splits data, the content of the corpus file name, into chunks.
// Chunks that hold only blank lines and comments without markers (a file
// header, for example) are left out. Malformed option, output or marker
// comments are errors, so that a typo never silently weakens a test.
func Parse(name string, data []byte) ([]Chunk, error) {
	lines := splitLines(data)
	var chunks []Chunk
	start := 0
	for i := 0; i <= len(lines); i++ {
		if i < len(lines) && lines[i] != Separator {
			continue
		}
		c, keep, err := parseChunk(name, lines, start, i)
		if err != nil {
			return nil, err
		}
		if keep {
			chunks = append(chunks, c)
		}
		start = i + 1
	}
	return chunks, nil
}

// splitLines returns the lines of data without their line endings.
func splitLines(data []byte) []string {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// parseChunk parses lines[start:end] and reports whether the chunk holds
// anything to run.
func parseChunk(name string, lines []string, start, end int) (Chunk, bool, error) {
	c := Chunk{Line: start + 1, outStart: -1, outEnd: -1, lastCode: -1}
	errf := func(i int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, i+1, fmt.Sprintf(format, args...))
	}
	for i := start; i < end; i++ {
		if lines[i] != outputHeader {
			continue
		}
		if c.outStart >= 0 {
			return c, false, errf(i, "second Output block in one chunk")
		}
		out, outEnd, err := parseOutput(lines, i, end)
		if err != nil {
			return c, false, errf(i, "%v", err)
		}
		c.outStart, c.Output, c.outEnd = i, out, outEnd
	}
	hasCode := false
	for i := start; i < end; i++ {
		if c.outStart >= 0 && i >= c.outStart && i < c.outEnd {
			continue // output text is never an option, a reason or a marker
		}
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, optionPrefix):
			c.Options = append(c.Options, strings.Fields(line[len(optionPrefix):])...)
		case strings.HasPrefix(line, differsPrefix):
			if c.Differs != "" {
				return c, false, errf(i, "second %q line in one chunk", differsPrefix)
			}
			c.Differs = strings.TrimSpace(line[len(differsPrefix):])
			if c.Differs == "" {
				return c, false, errf(i, "%q needs a reason", differsPrefix)
			}
		case strings.HasPrefix(line, xfailPrefix):
			if c.XFail != "" {
				return c, false, errf(i, "second %q line in one chunk", xfailPrefix)
			}
			c.XFail = strings.TrimSpace(line[len(xfailPrefix):])
			if c.XFail == "" {
				return c, false, errf(i, "%q needs a reason", xfailPrefix)
			}
		case trimmed != "" && !strings.HasPrefix(trimmed, "#"):
			hasCode = true
		}
		ms, err := parseMarkers(line, i+1)
		if err != nil {
			return c, false, errf(i, "%v", err)
		}
		c.Markers = append(c.Markers, ms...)
	}
	for i := start; i < end; i++ {
		if c.outStart >= 0 && i >= c.outStart && i < c.outEnd {
			continue
		}
		if strings.TrimSpace(lines[i]) != "" {
			c.lastCode = i
		}
	}
	if c.outStart >= 0 && c.lastCode > c.outStart {
		return c, false, errf(c.outStart, "the Output block must be the last thing in its chunk (line %d follows it)", c.lastCode+1)
	}
	if !hasCode && len(c.Markers) == 0 {
		if c.outStart >= 0 || len(c.Options) > 0 || c.Differs != "" || c.XFail != "" {
			return c, false, errf(start, "chunk has no code")
		}
		return c, false, nil
	}
	var src strings.Builder
	src.WriteString(strings.Repeat("\n", start))
	for _, l := range lines[start:end] {
		src.WriteString(l)
		src.WriteByte('\n')
	}
	c.Source = src.String()
	return c, true, nil
}

// parseOutput reads the Output block whose header is lines[header] and
// returns the expected output and the index of the line after the block.
// The block runs until the first line that is not a "#" comment.
func parseOutput(lines []string, header, end int) (string, int, error) {
	var out strings.Builder
	i := header + 1
	for ; i < end; i++ {
		l := lines[i]
		switch {
		case l == "#":
			out.WriteByte('\n')
		case strings.HasPrefix(l, "# "):
			out.WriteString(l[2:])
			out.WriteByte('\n')
		case strings.HasPrefix(l, "#"):
			return "", 0, fmt.Errorf("line %d: an Output line is %q or \"# \" followed by the text, not %q", i+1, "#", l)
		default:
			return out.String(), i, nil
		}
	}
	return out.String(), i, nil
}

// markerRE matches one marker at the start of a string: kind, optional
// detail, optional regexp, then the end or the next marker.
var markerRE = regexp.MustCompile(`^###\s+([a-z]+)(?::([A-Za-z0-9_.\-]+))?(?:\s+"(.*?)")?\s*(?:$|(###.*))`)

// markerCandidateRE finds where the markers of a line begin: "###" at the
// start of the line or after white space, then a lower-case word. Other
// "###" (in a string, say) are not markers.
var markerCandidateRE = regexp.MustCompile(`(?:^|[ \t])(###[ \t]+[a-z]+(?:[:\s]|$))`)

// parseMarkers returns the markers of one line.
func parseMarkers(line string, lineno int) ([]Marker, error) {
	loc := markerCandidateRE.FindStringSubmatchIndex(line)
	if loc == nil {
		return nil, nil
	}
	i := loc[2]
	var ms []Marker
	rest := line[i:]
	for rest != "" {
		sub := markerRE.FindStringSubmatch(rest)
		if sub == nil {
			return nil, fmt.Errorf("malformed marker %q: want ### KIND[:DETAIL] [\"regexp\"]", rest)
		}
		m := Marker{Line: lineno, Kind: sub[1], Detail: sub[2]}
		if !kinds[m.Kind] {
			return nil, fmt.Errorf("unknown marker kind %q", m.Kind)
		}
		if (m.Kind == Syntax || m.Kind == Internal) && m.Detail != "" {
			return nil, fmt.Errorf("marker kind %q takes no detail", m.Kind)
		}
		if sub[3] != "" {
			rx, err := regexp.Compile(sub[3])
			if err != nil {
				return nil, fmt.Errorf("marker regexp: %v", err)
			}
			m.Regexp = rx
		}
		ms = append(ms, m)
		rest = sub[4]
	}
	return ms, nil
}

// RewriteOutputs returns data, the content of the corpus file name, with the
// Output blocks of some chunks replaced. outputs maps a chunk's Line to its
// new expected output: an empty string removes the block (no output
// expected), anything else replaces the block or, when the chunk has none,
// adds one after its last non-blank line. Chunks not in outputs are kept as
// they are, byte for byte.
func RewriteOutputs(name string, data []byte, outputs map[int]string) ([]byte, error) {
	chunks, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	lines := splitLines(data)
	type edit struct {
		from, to int // replace lines[from:to]
		with     []string
	}
	var edits []edit
	for i := range chunks {
		c := &chunks[i]
		out, ok := outputs[c.Line]
		if !ok {
			continue
		}
		block, err := formatOutput(out)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, c.Line, err)
		}
		switch {
		case c.outStart >= 0:
			from := c.outStart
			if block == nil {
				// Also drop the blank lines between the code and the block.
				from = c.lastCode + 1
			}
			edits = append(edits, edit{from, c.outEnd, block})
		case block != nil:
			at := c.lastCode + 1
			edits = append(edits, edit{at, at, block})
		}
	}
	if len(edits) == 0 {
		return data, nil
	}
	var buf bytes.Buffer
	next := 0
	for _, e := range edits { // in file order, as chunks are
		for _, l := range lines[next:e.from] {
			buf.WriteString(l + "\n")
		}
		for _, l := range e.with {
			buf.WriteString(l + "\n")
		}
		next = e.to
	}
	for _, l := range lines[next:] {
		buf.WriteString(l + "\n")
	}
	return buf.Bytes(), nil
}

// formatOutput returns the lines of the Output block for out, or nil when
// out is empty. A line "---" cannot be written: "# ---" separates chunks.
func formatOutput(out string) ([]string, error) {
	if out == "" {
		return nil, nil
	}
	block := []string{outputHeader}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		switch {
		case l == "":
			block = append(block, "#")
		case "# "+l == Separator:
			return nil, fmt.Errorf("output line %q cannot be written in an Output block", l)
		default:
			block = append(block, "# "+l)
		}
	}
	return block, nil
}
