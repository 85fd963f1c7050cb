// This file defines the re module: regular expressions with CPython 3.11's
// syntax and results, run by Go's regexp (RE2), so every match takes time
// linear in the text and no pattern can backtrack catastrophically.
//
// Python patterns are parsed here (module_re_parse.go, with CPython's
// error messages and positions) and translated to RE2's syntax with
// Python's meaning spelled out (module_re_emit.go): \d, \w and \s follow
// Python's Unicode rules for str patterns (\d is Nd, \w letters, numbers
// and _, \s what str.isspace accepts) and ASCII rules under re.ASCII and
// for bytes patterns; IGNORECASE uses CPython's equivalences (same simple
// lowercase, plus re._casefix), never RE2's folding; $ matches at the end
// or before a final newline. Positions are code points. bytes patterns
// work on bytes, seen as Latin-1 text. finditer, findall, sub and split
// follow CPython 3.7+ on empty matches (module_re_nonempty.go).
//
// What RE2 cannot run raises re.error naming the construct and its
// position: backreferences (\1, (?P=name)), look-ahead and look-behind,
// atomic groups, possessive repeats, conditional groups, repeat counts
// above 1000, a repeated group that can match the empty string and
// captures (sre and RE2 disagree on its last capture), \N{...} escapes,
// groups nested more than 200 deep and patterns over 100,000 characters
// or too large a program. re.LOCALE and re.DEBUG raise ValueError.
// Three cases are refused with re.error when a match is attempted, since
// RE2 cannot decide them: \b or \B (without re.ASCII) on a text with
// non-ASCII letters or digits (RE2's word boundary is ASCII-only); a $
// followed by more pattern on a text of several lines that ends in a
// newline; and stepping over an empty match in finditer, findall, sub or
// split for the rare patterns whose non-empty form is not known. Flags
// are plain ints, not re.RegexFlag members.

package builtins

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// reErrorType is re.error, the exception for invalid patterns.
var reErrorType = func() *py.Type {
	t := py.ExceptionType.NewType("re.error", "Exception raised for invalid regular expressions.", nil, nil)
	// NewType copies the parent's flags, READY included, after gpython
	// readied its types: ready this one for real, so that its MRO makes
	// it an Exception for except clauses, isinstance and issubclass.
	t.Base = py.ExceptionType
	t.Flags &^= py.TPFLAGS_READY
	_ = t.Ready() // cannot fail: its base is ready
	return t
}()

// newReError returns re.error(msg, pattern, pos), with CPython's message:
// the position and, for patterns of several lines, the line and column.
func newReError(msg string, pattern py.Object, text string, pos int) error {
	full := msg
	var posObj, line, col py.Object = py.None, py.None, py.None
	if pos >= 0 {
		full = fmt.Sprintf("%s at position %d", msg, pos)
		rs := []rune(text)
		before := rs[:min(pos, len(rs))]
		l, last := 1, -1
		for i, r := range before {
			if r == '\n' {
				l, last = l+1, i
			}
		}
		c := pos - last
		if strings.Contains(text, "\n") {
			full = fmt.Sprintf("%s (line %d, column %d)", full, l, c)
		}
		posObj, line, col = py.Int(pos), py.Int(l), py.Int(c)
	}
	e := py.ExceptionNewf(reErrorType, "%s", full)
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict["msg"] = py.String(msg)
	e.Dict["pattern"] = pattern
	e.Dict["pos"] = posObj
	e.Dict["lineno"] = line
	e.Dict["colno"] = col
	return e
}

// reModule describes the re module.
func reModule() *moduleSpec {
	return &moduleSpec{
		name: "re",
		classes: []*nativeClass{
			{typ: PatternType, methods: patternMethods(), attrs: patternAttr},
			{typ: MatchType, methods: matchMethods(), attrs: matchAttr},
		},
		build: buildRe,
	}
}

// reCacheKey identifies a compiled pattern in a run's cache.
type reCacheKey struct {
	isBytes bool
	text    string
	flags   int
}

// reMaxCache is the number of patterns a run keeps compiled, as CPython's
// re._MAXCACHE.
const reMaxCache = 512

// buildRe returns the members of the re module for the run st.
func buildRe(st *run.State) (py.StringDict, error) {
	cache := map[reCacheKey]*rePattern{}
	compile := func(pattern, flagsObj py.Object) (*rePattern, error) {
		flags := 0
		if flagsObj != nil {
			f, err := indexValue(flagsObj)
			if err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for &: '%s' and 'int'", flagsObj.Type().Name)
			}
			flags = int(f)
		}
		if p, ok := pattern.(*rePattern); ok {
			if flags != 0 {
				return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
			}
			return p, nil
		}
		if flags&reFlagDebug != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "re.DEBUG is not supported by pyfence's re")
		}
		key := reCacheKey{flags: flags}
		switch x := pattern.(type) {
		case py.String:
			key.text = string(x)
		case py.Bytes:
			key.isBytes, key.text = true, string(x)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
		}
		if p, ok := cache[key]; ok {
			return p, nil
		}
		p, err := compilePattern(st, pattern, flags)
		if err != nil {
			return nil, err
		}
		if len(cache) >= reMaxCache {
			clear(cache)
		}
		cache[key] = p
		return p, nil
	}
	fn := func(name string, f builtinFunc) py.Object { return moduleFunc(st, name, f) }
	// withPattern makes a module function that compiles its pattern and
	// hands the rest of its arguments to the Pattern method.
	withPattern := func(name string, params []string, required int, method Method) py.Object {
		names := append(append([]string{"pattern"}, params...), "flags")
		return fn(name, func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			vals, err := rePyArgs(name, names, required+1, args, kw)
			if err != nil {
				return nil, err
			}
			p, err := compile(vals[0], vals[len(vals)-1])
			if err != nil {
				return nil, err
			}
			var margs py.Tuple
			for _, v := range vals[1 : len(vals)-1] {
				if v == nil {
					break
				}
				margs = append(margs, v)
			}
			return method(st, p, margs, nil)
		})
	}
	g := py.StringDict{
		"compile": fn("compile", func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			vals, err := rePyArgs("compile", []string{"pattern", "flags"}, 1, args, kw)
			if err != nil {
				return nil, err
			}
			return compile(vals[0], vals[1])
		}),
		"search":    withPattern("search", []string{"string"}, 1, patternSearch),
		"match":     withPattern("match", []string{"string"}, 1, patternMatch),
		"fullmatch": withPattern("fullmatch", []string{"string"}, 1, patternFullmatch),
		"findall":   withPattern("findall", []string{"string"}, 1, patternFindall),
		"finditer":  withPattern("finditer", []string{"string"}, 1, patternFinditer),
		"split":     withPattern("split", []string{"string", "maxsplit"}, 1, patternSplit),
		"sub":       withPattern("sub", []string{"repl", "string", "count"}, 2, patternSub),
		"subn":      withPattern("subn", []string{"repl", "string", "count"}, 2, patternSubn),
		"escape":    fn("escape", reEscape),
		"purge": fn("purge", func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if _, err := rePyArgs("purge", nil, 0, args, kw); err != nil {
				return nil, err
			}
			clear(cache)
			return py.None, nil
		}),
		"error":   reErrorType,
		"Pattern": classFacade(st, &nativeClass{typ: PatternType}),
		"Match":   classFacade(st, &nativeClass{typ: MatchType}),
	}
	for name, v := range map[string]int{
		"NOFLAG": 0, "A": reFlagASCII, "ASCII": reFlagASCII, "I": reFlagIgnoreCase, "IGNORECASE": reFlagIgnoreCase,
		"L": reFlagLocale, "LOCALE": reFlagLocale, "M": reFlagMultiline, "MULTILINE": reFlagMultiline,
		"S": reFlagDotAll, "DOTALL": reFlagDotAll, "U": reFlagUnicode, "UNICODE": reFlagUnicode,
		"X": reFlagVerbose, "VERBOSE": reFlagVerbose,
	} {
		g[name] = py.Int(v)
	}
	return g, nil
}

// rePyArgs binds the arguments of a call of the module function fname,
// which CPython defines in Python: the parameters names, of which the
// first required are required, with Python's TypeError messages. Missing
// optional arguments are nil.
func rePyArgs(fname string, names []string, required int, args py.Tuple, kw py.StringDict) ([]py.Object, error) {
	if len(args) > len(names) {
		was := "were"
		if len(args) == 1 {
			was = "was"
		}
		switch {
		case required == len(names):
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes %d positional argument%s but %d %s given", fname, len(names), plural(len(names)), len(args), was)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes from %d to %d positional arguments but %d %s given", fname, required, len(names), len(args), was)
		}
	}
	vals := make([]py.Object, len(names))
	copy(vals, args)
	for k, v := range kw {
		i := 0
		for i < len(names) && names[i] != k {
			i++
		}
		if i == len(names) {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if vals[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", fname, k)
		}
		vals[i] = v
	}
	var missing []string
	for i := 0; i < required; i++ {
		if vals[i] == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	switch len(missing) {
	case 0:
		return vals, nil
	case 1:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: %s", fname, missing[0])
	}
	list := strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
	if len(missing) > 2 {
		list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s() missing %d required positional arguments: %s", fname, len(missing), list)
}

// reSpecial lists the characters re.escape escapes, as CPython 3.11's
// re._special_chars_map.
const reSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

// reEscape is re.escape(pattern).
// https://docs.python.org/3.11/library/re.html#re.escape
func reEscape(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := rePyArgs("escape", []string{"pattern"}, 1, args, kw)
	if err != nil {
		return nil, err
	}
	pattern := vals[0]
	switch p := pattern.(type) {
	case py.String:
		if err := st.CheckAlloc(int64(len(p)) * 2); err != nil {
			return nil, err
		}
		if err := st.Charge(int64(len(p))/8 + 1); err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, r := range string(p) {
			if r < 0x80 && strings.ContainsRune(reSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return py.String(b.String()), nil
	case py.Bytes:
		if err := st.CheckAlloc(int64(len(p)) * 2); err != nil {
			return nil, err
		}
		if err := st.Charge(int64(len(p))/8 + 1); err != nil {
			return nil, err
		}
		out := make(py.Bytes, 0, len(p))
		for _, c := range p {
			if c < 0x80 && strings.IndexByte(reSpecial, c) >= 0 {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return out, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", pattern.Type().Name)
}

// patternMethods is the method table of re.Pattern.
func patternMethods() MethodTable {
	return MethodTable{
		"match":     patternMatch,
		"fullmatch": patternFullmatch,
		"search":    patternSearch,
		"findall":   patternFindall,
		"finditer":  patternFinditer,
		"split":     patternSplit,
		"sub":       patternSub,
		"subn":      patternSubn,
	}
}

// patternAttr serves the data attributes of re.Pattern.
func patternAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	p, ok := self.(*rePattern)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "pattern":
		return p.source, true, nil
	case "flags":
		return py.Int(p.flags), true, nil
	case "groups":
		return py.Int(p.parsed.groups), true, nil
	case "groupindex":
		d := NewDict()
		for i, n := range p.parsed.names {
			if n != "" {
				if err := d.SetItem(st, py.String(n), py.Int(i+1)); err != nil {
					return nil, true, err
				}
			}
		}
		return d, true, nil
	}
	return nil, false, nil
}

// reFlagNames returns the flag names of Pattern's repr, in CPython's
// order.
func reFlagNames() []reFlagName {
	return []reFlagName{
		{"re.TEMPLATE", reFlagTemplate}, {"re.IGNORECASE", reFlagIgnoreCase}, {"re.LOCALE", reFlagLocale},
		{"re.MULTILINE", reFlagMultiline}, {"re.DOTALL", reFlagDotAll}, {"re.UNICODE", reFlagUnicode},
		{"re.VERBOSE", reFlagVerbose}, {"re.DEBUG", reFlagDebug}, {"re.ASCII", reFlagASCII},
	}
}

// reFlagName is a flag and its name.
type reFlagName struct {
	name  string
	value int
}

// pfRepr writes re.compile('pattern', re.FLAGS), as CPython's
// pattern_repr: the pattern's repr cut at 200 characters.
func (p *rePattern) pfRepr(r *reprer, depth int) error {
	s, err := Repr(r.st, p.source)
	if err != nil {
		return err
	}
	if rs := []rune(s); len(rs) > 200 {
		s = string(rs[:200])
	}
	r.b.WriteString("re.compile(" + s)
	flags := p.flags
	if !p.isBytes && flags&(reFlagLocale|reFlagUnicode|reFlagASCII) == reFlagUnicode {
		flags &^= reFlagUnicode
	}
	if flags != 0 {
		var names []string
		for _, f := range reFlagNames() {
			if flags&f.value != 0 {
				names = append(names, f.name)
				flags &^= f.value
			}
		}
		if flags != 0 {
			names = append(names, fmt.Sprintf("0x%x", flags))
		}
		r.b.WriteString(", " + strings.Join(names, "|"))
	}
	r.b.WriteString(")")
	return nil
}

// M__eq__ compares patterns by source and flags, as CPython does.
func (p *rePattern) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*rePattern)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(o == p || o.isBytes == p.isBytes && o.text == p.text && o.flags == p.flags), nil
}

// M__ne__ is the negation of M__eq__.
func (p *rePattern) M__ne__(other py.Object) (py.Object, error) {
	r, err := p.M__eq__(other)
	if b, ok := r.(py.Bool); ok {
		return !b, err
	}
	return r, err
}

// M__hash__ hashes a pattern by its source and flags.
func (p *rePattern) M__hash__() (py.Object, error) {
	return py.Int(hashString(p.text) ^ int64(p.flags)), nil
}

// patternArgs reads (string, pos=0, endpos=maxsize) and makes the subject.
func patternArgs(st *run.State, fname string, p *rePattern, args py.Tuple, kw py.StringDict) (*reSubject, int, int, error) {
	var s py.Object
	pos, endpos := 0, int(^uint(0)>>1)
	if err := strKwNames(fname, kw, "string", "pos", "endpos"); err != nil {
		return nil, 0, 0, err
	}
	if err := UnpackArgs(fname, args, kw, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
		return nil, 0, 0, err
	}
	t, err := newSubject(st, p, s)
	if err != nil {
		return nil, 0, 0, err
	}
	return t, pos, endpos, nil
}

// patternFind runs one match in mode for the Pattern methods.
func patternFind(st *run.State, fname string, mode rxMode, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p := self.(*rePattern)
	t, pos, endpos, err := patternArgs(st, fname, p, args, kw)
	if err != nil {
		return nil, err
	}
	pos, endpos, start, end := reBounds(t, pos, endpos)
	loc, err := p.exec(st, t, mode, start, end)
	if err != nil || loc == nil {
		if err == nil {
			return py.None, nil
		}
		return nil, err
	}
	return newMatch(st, p, t, pos, endpos, loc)
}

// patternMatch is Pattern.match(string, pos=0, endpos=maxsize).
// https://docs.python.org/3.11/library/re.html#re.Pattern.match
func patternMatch(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return patternFind(st, "match", rxMatch, self, args, kw)
}

// patternFullmatch is Pattern.fullmatch(string, pos=0, endpos=maxsize).
// https://docs.python.org/3.11/library/re.html#re.Pattern.fullmatch
func patternFullmatch(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return patternFind(st, "fullmatch", rxFull, self, args, kw)
}

// patternSearch is Pattern.search(string, pos=0, endpos=maxsize).
// https://docs.python.org/3.11/library/re.html#re.Pattern.search
func patternSearch(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return patternFind(st, "search", rxSearch, self, args, kw)
}

// patternFinditer is Pattern.finditer(string, pos=0, endpos=maxsize).
// https://docs.python.org/3.11/library/re.html#re.Pattern.finditer
func patternFinditer(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p := self.(*rePattern)
	t, pos, endpos, err := patternArgs(st, "finditer", p, args, kw)
	if err != nil {
		return nil, err
	}
	return &reFindIter{st: st, scan: newScan(p, t, pos, endpos)}, nil
}

// patternFindall is Pattern.findall(string, pos=0, endpos=maxsize): the
// matches, or the group when there is one, or tuples of the groups.
// https://docs.python.org/3.11/library/re.html#re.Pattern.findall
func patternFindall(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p := self.(*rePattern)
	t, pos, endpos, err := patternArgs(st, "findall", p, args, kw)
	if err != nil {
		return nil, err
	}
	scan := newScan(p, t, pos, endpos)
	empty := t.value(0, 0)
	var out []py.Object
	var size int64
	for {
		loc, err := scan.next(st)
		if err != nil {
			return nil, err
		}
		if loc == nil {
			break
		}
		var item py.Object
		var n int64
		switch groups := p.parsed.groups; groups {
		case 0, 1:
			g := min(groups, 1)
			if loc[2*g] < 0 {
				item = empty
			} else {
				item = t.value(loc[2*g], loc[2*g+1])
				n = int64(loc[2*g+1] - loc[2*g])
			}
		default:
			tup := make(py.Tuple, groups)
			for g := 1; g <= groups; g++ {
				if loc[2*g] < 0 {
					tup[g-1] = empty
				} else {
					tup[g-1] = t.value(loc[2*g], loc[2*g+1])
					n += int64(loc[2*g+1] - loc[2*g])
				}
			}
			item = tup
			n += int64(groups) * 16
		}
		size += n + 64
		if err := st.CheckAlloc(size); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return py.NewListFromItems(out), nil
}
