// This file defines the translation of Python syntax newer than 3.4 into
// the 3.4 grammar gpython parses: the entry point, the editor that builds
// the translated text and the map from its columns back to the source.
//
// The translation works on source text, after Parse's scan and before
// gpython's parser. Every line of the output holds what the same line of
// the input held, so line numbers in syntax errors, violations and
// tracebacks need no mapping; columns are mapped back by Source.srcPos.
//
// What is translated (see translate_stmt.go and translate_fstring.go):
//
//   - f-strings (3.6, with the 3.8 '=' specifier) become calls of the
//     helper __pf_fstr__ with a tuple of parts;
//   - underscores in number literals (3.6) are dropped;
//   - PEP 448 unpacking (3.5) in list, tuple, set and dict displays and in
//     calls becomes calls of __pf_list__, __pf_tuple__, __pf_set__ with
//     __pf_chain__, __pf_dict_merge__ and __pf_call__;
//   - positional-only parameter markers '/' (3.8) are dropped;
//   - variable annotations (3.6), and the annotations of parameters and
//     return values, stay in the text for the checker but are never
//     evaluated;
//   - calls with more than 255 arguments (3.7) go through __pf_call__.
//
// What is refused with a positioned SyntaxError: ':=' (3.8), match (3.10),
// except* (3.11), type statements (3.12), async and await (3.5), t-strings
// (3.14).

package policy

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/ast"
)

// Names of the helpers the translation injects. They are bound per run by
// package builtins.
const (
	helperFstr      = "__pf_fstr__"
	helperList      = "__pf_list__"
	helperTuple     = "__pf_tuple__"
	helperSet       = "__pf_set__"
	helperChain     = "__pf_chain__"
	helperDictMerge = "__pf_dict_merge__"
	helperCall      = "__pf_call__"
)

// A translation records how [Source.Text] differs from the text Parse's
// scan produced: the column map of every edit and the positions of the
// helper names it injected. The nil *translation is the identity.
type translation struct {
	shifts   []shift // in the same form as Source.shifts: Text columns back to the scanned text
	injected []Pos   // Text positions of injected __pf_*__ names, sorted
}

// toScanned maps a position in Text to the same place in the text before
// translation. A column inside inserted text maps to the start of the
// source it replaced. Lines never change.
func (tr *translation) toScanned(p Pos) Pos {
	if tr == nil {
		return p
	}
	return mapShifts(tr.shifts, p)
}

// isInjected reports whether the identifier that starts at p, a position
// in Text, was injected by the translation.
func (tr *translation) isInjected(p Pos) bool {
	if tr == nil || !p.IsValid() {
		return false
	}
	i := sort.Search(len(tr.injected), func(i int) bool {
		q := tr.injected[i]
		return q.Line > p.Line || q.Line == p.Line && q.Col >= p.Col
	})
	return i < len(tr.injected) && tr.injected[i] == p
}

// injectedName reports whether the identifier node n, whose name is
// reserved, was injected by the translation rather than written by the
// user. Check uses it to exempt injected helper names from the
// reserved-name rule.
func (s *Source) injectedName(n ast.Ast) bool {
	return s.trans.isInjected(posOf(n))
}

// mapShifts maps p through shifts as Source.srcPos does.
func mapShifts(shifts []shift, p Pos) Pos {
	if !p.IsValid() || p.Col <= 0 || len(shifts) == 0 {
		return p
	}
	col := p.Col - 1
	i := sort.Search(len(shifts), func(i int) bool {
		sh := shifts[i]
		return sh.line > p.Line || sh.line == p.Line && sh.textStart > col
	})
	if i == 0 || shifts[i-1].line != p.Line {
		return p
	}
	sh := shifts[i-1]
	if col < sh.textEnd {
		return Pos{Line: p.Line, Col: sh.srcStart + 1}
	}
	return Pos{Line: p.Line, Col: col + sh.srcEnd - sh.textEnd + 1}
}

// translate translates text, the output of Parse's scan, into the grammar
// of Python 3.4: a module for ModeExec, an expression for ModeEval. It
// returns text itself and a nil translation when nothing needed
// translating. Errors are SyntaxErrors positioned in text.
func translate(text string, mode Mode, lim ParseLimits) (string, *translation, *SyntaxError) {
	t := &translator{
		src:   text,
		mode:  mode,
		lim:   lim,
		lines: lineStarts(text),
		em:    editor{src: text, line: 1},
	}
	if serr := t.run(); serr != nil {
		return "", nil, serr
	}
	out, tr := t.em.finish()
	return out, tr, nil
}

// An editor builds the translated text left to right: it copies the
// source up to an offset, skips source text and inserts new text, and
// records a shift for each run of edits. It allocates nothing until the
// first edit.
type editor struct {
	src    string
	out    []byte // nil until the first edit
	edited bool
	pos    int // source offset copied or skipped up to
	line   int // line of pos, 1-based
	srcBOL int // source offset of the start of line
	outBOL int // output offset of the start of line

	pending          bool // an edit run is open
	pendSrc, pendOut int  // where it started, in source and output

	// subs are replacements applied while copying: identifiers in f-string
	// expressions, which Parse's scan did not normalise. Sorted by start.
	subs []sub

	shifts   []shift
	injected []Pos
}

// A sub replaces src[start:end] by text when the editor copies it.
type sub struct {
	start, end int
	text       string
}

// outLen returns the length of the output so far.
func (e *editor) outLen() int {
	if !e.edited {
		return e.pos
	}
	return len(e.out)
}

// copyTo copies the source up to off.
func (e *editor) copyTo(off int) {
	for len(e.subs) > 0 && e.subs[0].start < off {
		s := e.subs[0]
		e.subs = e.subs[1:]
		if s.start < e.pos {
			continue // skipped by an edit
		}
		e.copyPlain(s.start)
		e.flush()
		e.skipTo(s.end)
		e.insert(s.text)
	}
	e.copyPlain(off)
}

// copyPlain copies the source up to off, without substitutions.
func (e *editor) copyPlain(off int) {
	if off <= e.pos {
		return
	}
	e.flush()
	chunk := e.src[e.pos:off]
	base := e.outLen()
	if e.edited {
		e.out = append(e.out, chunk...)
	}
	for k := strings.IndexByte(chunk, '\n'); k >= 0; {
		e.line++
		e.srcBOL = e.pos + k + 1
		e.outBOL = base + k + 1
		next := strings.IndexByte(chunk[k+1:], '\n')
		if next < 0 {
			break
		}
		k += next + 1
	}
	e.pos = off
}

// begin opens an edit run at the current position.
func (e *editor) begin() {
	if !e.edited {
		e.edited = true
		e.out = make([]byte, 0, len(e.src)+len(e.src)/8+64)
		e.out = append(e.out, e.src[:e.pos]...)
	}
	if !e.pending {
		e.pending = true
		e.pendSrc, e.pendOut = e.pos, len(e.out)
	}
}

// flush closes the open edit run, recording its shift.
func (e *editor) flush() {
	if !e.pending {
		return
	}
	e.pending = false
	e.shifts = append(e.shifts, shift{
		line:      e.line,
		textStart: e.pendOut - e.outBOL,
		textEnd:   len(e.out) - e.outBOL,
		srcStart:  e.pendSrc - e.srcBOL,
		srcEnd:    e.pos - e.srcBOL,
	})
}

// insert inserts s, which holds no newline, at the current position.
func (e *editor) insert(s string) {
	if s == "" {
		return
	}
	e.begin()
	e.out = append(e.out, s...)
}

// inject inserts the helper name and records its position.
func (e *editor) inject(name string) {
	e.begin()
	e.injected = append(e.injected, Pos{Line: e.line, Col: len(e.out) - e.outBOL + 1})
	e.out = append(e.out, name...)
}

// skipTo drops the source up to off. Newlines in the dropped text are
// kept, so that lines stay where they were; callers skip only where a
// newline is harmless (inside brackets).
func (e *editor) skipTo(off int) {
	for off > e.pos {
		k := strings.IndexByte(e.src[e.pos:off], '\n')
		if k < 0 {
			e.begin()
			e.pos = off
			return
		}
		e.begin()
		e.pos += k
		e.copyPlain(e.pos + 1)
	}
}

// replace replaces src[from:to] by s. It starts a new edit run, so that
// columns in s map to from, not to the start of an insertion before it.
func (e *editor) replace(from, to int, s string) {
	e.copyTo(from)
	e.flush()
	e.skipTo(to)
	e.insert(s)
}

// insertAt inserts s at source offset off.
func (e *editor) insertAt(off int, s string) {
	e.copyTo(off)
	e.insert(s)
}

// finish copies the rest of the source and returns the output.
func (e *editor) finish() (string, *translation) {
	e.copyTo(len(e.src))
	e.flush()
	if !e.edited {
		return e.src, nil
	}
	return string(e.out), &translation{shifts: e.shifts, injected: e.injected}
}
