// This file defines re.Match, the result of a successful match, and the
// iterator finditer returns.

package builtins

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// MatchType is the type of match objects, re.Match.
var MatchType = py.NewType("re.Match", "The result of re.match() and re.search().")

// reMatch is a match: the byte offsets of its groups in the subject and
// the same positions in code points.
type reMatch struct {
	st     *run.State
	pat    *rePattern
	subj   *reSubject
	pos    int
	endpos int
	locB   []int // byte offsets, -1 for groups that did not match
	loc    []int // code point indices
}

// Type implements py.Object.
func (m *reMatch) Type() *py.Type { return MatchType }

// newMatch makes the match object of locB, byte offsets from exec.
func newMatch(st *run.State, p *rePattern, t *reSubject, pos, endpos int, locB []int) (*reMatch, error) {
	if err := st.CheckAlloc(int64(len(locB))*16 + 64); err != nil {
		return nil, err
	}
	loc := make([]int, len(locB))
	for i, b := range locB {
		if b < 0 {
			loc[i] = -1
		} else {
			loc[i] = t.idx(b)
		}
	}
	return &reMatch{st: st, pat: p, subj: t, pos: pos, endpos: endpos, locB: locB, loc: loc}, nil
}

// matchMethods is the method table of re.Match.
func matchMethods() MethodTable {
	return MethodTable{
		"group":     matchGroup,
		"groups":    matchGroups,
		"groupdict": matchGroupdict,
		"start":     matchStart,
		"end":       matchEnd,
		"span":      matchSpan,
		"expand":    matchExpand,
	}
}

// matchAttr serves the data attributes of re.Match.
func matchAttr(_ *run.State, self py.Object, name string) (py.Object, bool, error) {
	m, ok := self.(*reMatch)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "string":
		return m.subj.obj, true, nil
	case "re":
		return m.pat, true, nil
	case "pos":
		return py.Int(m.pos), true, nil
	case "endpos":
		return py.Int(m.endpos), true, nil
	case "lastindex":
		if i := m.lastIndex(); i > 0 {
			return py.Int(i), true, nil
		}
		return py.None, true, nil
	case "lastgroup":
		if i := m.lastIndex(); i > 0 && m.pat.parsed.names[i-1] != "" {
			return py.String(m.pat.parsed.names[i-1]), true, nil
		}
		return py.None, true, nil
	case "regs":
		regs := make(py.Tuple, len(m.loc)/2)
		for i := range regs {
			regs[i] = py.Tuple{py.Int(m.loc[2*i]), py.Int(m.loc[2*i+1])}
		}
		return regs, true, nil
	}
	return nil, false, nil
}

// lastIndex returns the group that closed last, as CPython's lastindex:
// the one ending last, and of two ending together the enclosing one, or
// else the later one; 0 when no group matched.
func (m *reMatch) lastIndex() int {
	best := 0
	for g := 1; 2*g < len(m.loc); g++ {
		if m.loc[2*g] < 0 {
			continue
		}
		if best == 0 || m.loc[2*g+1] > m.loc[2*best+1] {
			best = g
			continue
		}
		if m.loc[2*g+1] == m.loc[2*best+1] && !m.pat.encloses(best, g) {
			best = g
		}
	}
	return best
}

// encloses reports whether group a contains group b in the pattern.
func (p *rePattern) encloses(a, b int) bool {
	found := false
	var walk func(n *rxNode, inside bool)
	walk = func(n *rxNode, inside bool) {
		if n.op == rxGroup && n.cap == a {
			inside = true
		}
		if inside && n.op == rxGroup && n.cap == b {
			found = true
		}
		for _, c := range n.sub {
			walk(c, inside)
		}
	}
	walk(p.parsed.root, false)
	return found
}

// groupIndex resolves a group argument (an index or a name).
func (m *reMatch) groupIndex(g py.Object) (int, error) {
	switch x := g.(type) {
	case py.String:
		for i, n := range m.pat.parsed.names {
			if n == string(x) {
				return i + 1, nil
			}
		}
	case py.Int, py.Bool, *py.BigInt:
		if i, err := indexValue(x); err == nil && i >= 0 && int(i) <= m.pat.parsed.groups {
			return int(i), nil
		}
	}
	return 0, py.ExceptionNewf(py.IndexError, "no such group")
}

// value returns group g, or def when it did not match.
func (m *reMatch) value(g int, def py.Object) py.Object {
	if m.locB[2*g] < 0 {
		return def
	}
	return m.subj.value(m.locB[2*g], m.locB[2*g+1])
}

// matchGroup is Match.group(*groups).
// https://docs.python.org/3.11/library/re.html#re.Match.group
func matchGroup(_ *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Match.group() takes no keyword arguments")
	}
	if len(args) == 0 {
		return m.value(0, py.None), nil
	}
	out := make(py.Tuple, len(args))
	for i, a := range args {
		g, err := m.groupIndex(a)
		if err != nil {
			return nil, err
		}
		out[i] = m.value(g, py.None)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

// M__getitem__ is m[g], the same as m.group(g).
func (m *reMatch) M__getitem__(key py.Object) (py.Object, error) {
	g, err := m.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return m.value(g, py.None), nil
}

// matchGroups is Match.groups(default=None).
// https://docs.python.org/3.11/library/re.html#re.Match.groups
func matchGroups(_ *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	var def py.Object = py.None
	if err := strKwNames("groups", kw, "default"); err != nil {
		return nil, err
	}
	if err := UnpackArgs("groups", args, kw, "default?", &def); err != nil {
		return nil, err
	}
	out := make(py.Tuple, m.pat.parsed.groups)
	for i := range out {
		out[i] = m.value(i+1, def)
	}
	return out, nil
}

// matchGroupdict is Match.groupdict(default=None).
// https://docs.python.org/3.11/library/re.html#re.Match.groupdict
func matchGroupdict(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	var def py.Object = py.None
	if err := strKwNames("groupdict", kw, "default"); err != nil {
		return nil, err
	}
	if err := UnpackArgs("groupdict", args, kw, "default?", &def); err != nil {
		return nil, err
	}
	d := NewDict()
	for i, n := range m.pat.parsed.names {
		if n == "" {
			continue
		}
		if err := d.SetItem(st, py.String(n), m.value(i+1, def)); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// groupArg reads the optional group argument of start, end and span.
func (m *reMatch) groupArg(fname string, args py.Tuple, kw py.StringDict) (int, error) {
	var g py.Object = py.Int(0)
	if len(kw) > 0 {
		return 0, py.ExceptionNewf(py.TypeError, "Match.%s() takes no keyword arguments", fname)
	}
	if len(args) > 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", fname, len(args))
	}
	if len(args) == 1 {
		g = args[0]
	}
	return m.groupIndex(g)
}

// matchStart is Match.start(group=0).
// https://docs.python.org/3.11/library/re.html#re.Match.start
func matchStart(_ *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	g, err := m.groupArg("start", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Int(m.loc[2*g]), nil
}

// matchEnd is Match.end(group=0).
// https://docs.python.org/3.11/library/re.html#re.Match.end
func matchEnd(_ *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	g, err := m.groupArg("end", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Int(m.loc[2*g+1]), nil
}

// matchSpan is Match.span(group=0).
// https://docs.python.org/3.11/library/re.html#re.Match.span
func matchSpan(_ *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	g, err := m.groupArg("span", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(m.loc[2*g]), py.Int(m.loc[2*g+1])}, nil
}

// matchExpand is Match.expand(template).
// https://docs.python.org/3.11/library/re.html#re.Match.expand
func matchExpand(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m := self.(*reMatch)
	var tmpl py.Object
	if err := UnpackArgs("expand", args, kw, "template", &tmpl); err != nil {
		return nil, err
	}
	t, err := parseTemplate(st, m.pat, tmpl)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := t.expand(st, &b, m.subj, m.locB); err != nil {
		return nil, err
	}
	return m.subj.result(b.String()), nil
}

// pfRepr writes <re.Match object; span=(0, 3), match='abc'>.
func (m *reMatch) pfRepr(r *reprer, depth int) error {
	s, err := Repr(r.st, m.value(0, py.None))
	if err != nil {
		return err
	}
	if rs := []rune(s); len(rs) > 50 {
		s = string(rs[:50])
	}
	fmt.Fprintf(&r.b, "<re.Match object; span=(%d, %d), match=%s>", m.loc[0], m.loc[1], s)
	return nil
}

// M__repr__ is repr(m), for gpython's own printing paths.
func (m *reMatch) M__repr__() (py.Object, error) {
	s, err := Repr(m.st, m)
	return py.String(s), err
}

// reFindIter is the iterator finditer returns.
type reFindIter struct {
	st   *run.State
	scan *reScan
}

// Type implements py.Object.
func (it *reFindIter) Type() *py.Type { return callableIteratorType }

// M__iter__ returns the iterator itself.
func (it *reFindIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next match or raises StopIteration.
func (it *reFindIter) M__next__() (py.Object, error) {
	if err := it.st.Charge(1); err != nil {
		return nil, err
	}
	loc, err := it.scan.next(it.st)
	if err != nil {
		return nil, err
	}
	if loc == nil {
		return nil, py.StopIteration
	}
	return newMatch(it.st, it.scan.p, it.scan.t, it.scan.pos0, it.scan.endpos0, loc)
}

// M__eq__ is identity, as for CPython's Match objects.
func (m *reMatch) M__eq__(other py.Object) (py.Object, error) { return identityEq(m, other) }

// M__ne__ is the negation of M__eq__.
func (m *reMatch) M__ne__(other py.Object) (py.Object, error) { return identityNe(m, other) }
