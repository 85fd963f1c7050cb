// This file defines the str methods that cut strings: split, rsplit,
// splitlines, strip, lstrip and rstrip.

package builtins

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strPieceBytes is the memory a piece of a split result costs beyond its
// characters, which it shares with the original: the string header and
// the list slot.
const strPieceBytes = 32

// strSplitArgs parses (sep=None, maxsplit=-1) of split and rsplit.
func strSplitArgs(name string, args py.Tuple, kw py.StringDict) (sep string, hasSep bool, maxsplit int, err error) {
	var sepObj, maxObj py.Object
	if err = strKwArgs(name, args, kw, "sep", &sepObj, "maxsplit", &maxObj); err != nil {
		return
	}
	maxsplit = -1
	if maxObj != nil {
		if maxsplit, err = strIndexArg(maxObj); err != nil {
			return
		}
	}
	switch s := sepObj.(type) {
	case nil, py.NoneType:
	case py.String:
		if s == "" {
			err = py.ExceptionNewf(py.ValueError, "empty separator")
			return
		}
		sep, hasSep = string(s), true
	default:
		err = py.ExceptionNewf(py.TypeError, "must be str or None, not %s", strTypeName(sepObj))
	}
	return
}

// strPieces collects the pieces of a split, charging a step and checking
// the memory of each.
type strPieces struct {
	st    *run.State
	items []py.Object
}

func (p *strPieces) add(s string) error {
	if err := p.st.Charge(1); err != nil {
		return err
	}
	if err := p.st.CheckAlloc(int64(len(p.items)+1) * strPieceBytes); err != nil {
		return err
	}
	p.items = append(p.items, py.String(s))
	return nil
}

func (p *strPieces) reversed() *py.List {
	for i, j := 0, len(p.items)-1; i < j; i, j = i+1, j-1 {
		p.items[i], p.items[j] = p.items[j], p.items[i]
	}
	return py.NewListFromItems(p.items)
}

// strSplit is str.split(sep=None, maxsplit=-1).
// https://docs.python.org/3.11/library/stdtypes.html#str.split
func strSplit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep, hasSep, maxsplit, err := strSplitArgs("split", args, kw)
	if err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	p := &strPieces{st: st}
	if hasSep {
		for maxsplit > 0 {
			i := strings.Index(s, sep)
			if i < 0 {
				break
			}
			if err := p.add(s[:i]); err != nil {
				return nil, err
			}
			s = s[i+len(sep):]
			maxsplit--
		}
		if err := p.add(s); err != nil {
			return nil, err
		}
		return py.NewListFromItems(p.items), nil
	}
	for {
		s = strings.TrimLeftFunc(s, uniIsSpace)
		if s == "" {
			break
		}
		if maxsplit == 0 {
			if err := p.add(s); err != nil {
				return nil, err
			}
			break
		}
		i := strings.IndexFunc(s, uniIsSpace)
		if i < 0 {
			if err := p.add(s); err != nil {
				return nil, err
			}
			break
		}
		if err := p.add(s[:i]); err != nil {
			return nil, err
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
		maxsplit--
	}
	return py.NewListFromItems(p.items), nil
}

// strRsplit is str.rsplit(sep=None, maxsplit=-1).
// https://docs.python.org/3.11/library/stdtypes.html#str.rsplit
func strRsplit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep, hasSep, maxsplit, err := strSplitArgs("rsplit", args, kw)
	if err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	p := &strPieces{st: st}
	if hasSep {
		for maxsplit > 0 {
			i := strings.LastIndex(s, sep)
			if i < 0 {
				break
			}
			if err := p.add(s[i+len(sep):]); err != nil {
				return nil, err
			}
			s = s[:i]
			maxsplit--
		}
		if err := p.add(s); err != nil {
			return nil, err
		}
		return p.reversed(), nil
	}
	for {
		s = strings.TrimRightFunc(s, uniIsSpace)
		if s == "" {
			break
		}
		if maxsplit == 0 {
			if err := p.add(s); err != nil {
				return nil, err
			}
			break
		}
		i := strings.LastIndexFunc(s, uniIsSpace)
		if i < 0 {
			if err := p.add(s); err != nil {
				return nil, err
			}
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if err := p.add(s[i+size:]); err != nil {
			return nil, err
		}
		s = s[:i]
		maxsplit--
	}
	return p.reversed(), nil
}

// strIsLineBreak reports whether r ends a line for str.splitlines.
func strIsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// strSplitlines is str.splitlines(keepends=False).
// https://docs.python.org/3.11/library/stdtypes.html#str.splitlines
func strSplitlines(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var keepObj py.Object
	if err := strKwArgs("splitlines", args, kw, "keepends", &keepObj); err != nil {
		return nil, err
	}
	keep := false
	if keepObj != nil {
		k, err := numIndex(keepObj)
		if err == nil && (k > math.MaxInt32 || k < math.MinInt32) || py.IsException(py.OverflowError, err) {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	p := &strPieces{st: st}
	for s != "" {
		i := strings.IndexFunc(s, strIsLineBreak)
		if i < 0 {
			if err := p.add(s); err != nil {
				return nil, err
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		eol := i + size
		if r == '\r' && eol < len(s) && s[eol] == '\n' {
			eol++
		}
		line := s[:i]
		if keep {
			line = s[:eol]
		}
		if err := p.add(line); err != nil {
			return nil, err
		}
		s = s[eol:]
	}
	return py.NewListFromItems(p.items), nil
}

func strStripCommon(name string, left, right bool) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := strArgs(name, true, args, kw, 0, 1); err != nil {
			return nil, err
		}
		var charsObj py.Object
		if err := strPos(name, args, &charsObj); err != nil {
			return nil, err
		}
		s := string(self.(py.String))
		in := uniIsSpace
		switch c := charsObj.(type) {
		case nil, py.NoneType:
		case py.String:
			if err := strChargeScan(st, len(c)); err != nil {
				return nil, err
			}
			in = strCharSet(string(c))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
		}
		if err := strChargeScan(st, len(s)); err != nil {
			return nil, err
		}
		if left {
			s = strings.TrimLeftFunc(s, in)
		}
		if right {
			s = strings.TrimRightFunc(s, in)
		}
		return py.String(s), nil
	}
}

// strStrip is str.strip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#str.strip
func strStrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strStripCommon("strip", true, true)(st, self, args, kw)
}

// strLstrip is str.lstrip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#str.lstrip
func strLstrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strStripCommon("lstrip", true, false)(st, self, args, kw)
}

// strRstrip is str.rstrip([chars]).
// https://docs.python.org/3.11/library/stdtypes.html#str.rstrip
func strRstrip(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strStripCommon("rstrip", false, true)(st, self, args, kw)
}

// strCharSet returns a membership test for the code points of chars whose
// cost does not grow with the length of chars.
func strCharSet(chars string) func(rune) bool {
	var ascii [128]bool
	var other []rune
	for _, r := range chars {
		if r < 128 {
			ascii[r] = true
		} else {
			other = append(other, r)
		}
	}
	slices.Sort(other)
	other = slices.Compact(other)
	return func(r rune) bool {
		if r < 128 {
			return r >= 0 && ascii[r]
		}
		_, found := slices.BinarySearch(other, r)
		return found
	}
}
