// This file defines the str methods that search for substrings: find,
// rfind, index, rindex, count, startswith, endswith, replace, partition,
// rpartition, removeprefix and removesuffix.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strSearchArgs parses (sub[, start[, end]]) for find, index, count and
// friends, and returns the self text, sub and the adjusted bounds in code
// points.
func strSearchArgs(name string, self py.Object, args py.Tuple, kw py.StringDict) (t strText, sub string, start, end int, err error) {
	if err = strArgs(name, false, args, kw, 1, 3); err != nil {
		return
	}
	var subObj, startObj, endObj py.Object
	if err = strPos(name, args, &subObj, &startObj, &endObj); err != nil {
		return
	}
	t = strTextOf(string(self.(py.String)))
	if start, err = strSliceIndex(startObj, 0); err != nil {
		return
	}
	if end, err = strSliceIndex(endObj, t.n); err != nil {
		return
	}
	if sub, err = strSub(subObj); err != nil {
		return
	}
	start, end = strAdjustIndices(start, end, t.n)
	return
}

// strFindIn returns the code point index of the first (or last, when
// reverse) occurrence of sub in t[start:end], or -1.
func strFindIn(st *run.State, t strText, sub string, start, end int, reverse bool) (int, error) {
	subLen := strTextOf(sub).n
	if end-start < subLen {
		return -1, nil
	}
	if subLen == 0 {
		if reverse {
			return end, nil
		}
		return start, nil
	}
	lo, hi := t.off(start), t.off(end)
	if err := strChargeScan(st, hi-lo); err != nil {
		return 0, err
	}
	var i int
	if reverse {
		i = strings.LastIndex(t.s[lo:hi], sub)
	} else {
		i = strings.Index(t.s[lo:hi], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return t.idx(lo + i), nil
}

func strFindCommon(name string, reverse, raise bool) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		t, sub, start, end, err := strSearchArgs(name, self, args, kw)
		if err != nil {
			return nil, err
		}
		i, err := strFindIn(st, t, sub, start, end, reverse)
		if err != nil {
			return nil, err
		}
		if i < 0 && raise {
			return nil, py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), nil
	}
}

// strFind is str.find(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.find
func strFind(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strFindCommon("find", false, false)(st, self, args, kw)
}

// strRfind is str.rfind(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.rfind
func strRfind(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strFindCommon("rfind", true, false)(st, self, args, kw)
}

// strIndex is str.index(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.index
func strIndex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strFindCommon("index", false, true)(st, self, args, kw)
}

// strRindex is str.rindex(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.rindex
func strRindex(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strFindCommon("rindex", true, true)(st, self, args, kw)
}

// strCount is str.count(sub[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.count
func strCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t, sub, start, end, err := strSearchArgs("count", self, args, kw)
	if err != nil {
		return nil, err
	}
	subLen := strTextOf(sub).n
	if end-start < subLen {
		return py.Int(0), nil
	}
	if subLen == 0 {
		return py.Int(end - start + 1), nil
	}
	lo, hi := t.off(start), t.off(end)
	if err := strChargeScan(st, hi-lo); err != nil {
		return nil, err
	}
	return py.Int(strings.Count(t.s[lo:hi], sub)), nil
}

// strTailmatch is CPython's tailmatch: whether sub matches t[start:end]
// at its start (or end).
func strTailmatch(t strText, sub string, start, end int, atEnd bool) bool {
	start, end = strAdjustIndices(start, end, t.n)
	subLen := strTextOf(sub).n
	end -= subLen
	if end < start {
		return false
	}
	if subLen == 0 {
		return true
	}
	if atEnd {
		b := t.off(end)
		return strings.HasPrefix(t.s[b:], sub)
	}
	b := t.off(start)
	return strings.HasPrefix(t.s[b:], sub)
}

func strAffix(name string, atEnd bool) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := strArgs(name, false, args, kw, 1, 3); err != nil {
			return nil, err
		}
		var subObj, startObj, endObj py.Object
		if err := strPos(name, args, &subObj, &startObj, &endObj); err != nil {
			return nil, err
		}
		t := strTextOf(string(self.(py.String)))
		start, err := strSliceIndex(startObj, 0)
		if err != nil {
			return nil, err
		}
		end, err := strSliceIndex(endObj, t.n)
		if err != nil {
			return nil, err
		}
		switch sub := subObj.(type) {
		case py.String:
			if err := strChargeScan(st, len(sub)); err != nil {
				return nil, err
			}
			return py.NewBool(strTailmatch(t, string(sub), start, end, atEnd)), nil
		case py.Tuple:
			for _, item := range sub {
				s, ok := item.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, strTypeName(item))
				}
				if err := strChargeScan(st, len(s)); err != nil {
					return nil, err
				}
				if strTailmatch(t, string(s), start, end, atEnd) {
					return py.True, nil
				}
			}
			return py.False, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, strTypeName(subObj))
	}
}

// strStartswith is str.startswith(prefix[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.startswith
func strStartswith(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strAffix("startswith", false)(st, self, args, kw)
}

// strEndswith is str.endswith(suffix[, start[, end]]).
// https://docs.python.org/3.11/library/stdtypes.html#str.endswith
func strEndswith(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strAffix("endswith", true)(st, self, args, kw)
}

// strReplaceMethod is str.replace(old, new[, count]), with the size of the
// result checked before it is built.
// https://docs.python.org/3.11/library/stdtypes.html#str.replace
func strReplaceMethod(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strArgs("replace", true, args, kw, 2, 3); err != nil {
		return nil, err
	}
	var oldObj, newObj, countObj py.Object
	if err := strPos("replace", args, &oldObj, &newObj, &countObj); err != nil {
		return nil, err
	}
	old, ok := oldObj.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "replace() argument 1 must be str, not %s", strArgType(oldObj))
	}
	repl, ok := newObj.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "replace() argument 2 must be str, not %s", strArgType(newObj))
	}
	count := -1
	if countObj != nil {
		c, err := strIndexArg(countObj)
		if err != nil {
			return nil, err
		}
		count = c
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	var n int64
	if old == "" {
		n = int64(strTextOf(s).n) + 1
	} else {
		n = int64(strings.Count(s, string(old)))
	}
	if count >= 0 && int64(count) < n {
		n = int64(count)
	}
	if n == 0 {
		return self, nil
	}
	size := int64(len(s)) + n*(int64(len(repl))-int64(len(old)))
	if err := st.Alloc(size); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, int(size)); err != nil {
		return nil, err
	}
	return py.String(strings.Replace(s, string(old), string(repl), int(n))), nil
}

func strPartitionCommon(name string, reverse bool) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		sepObj, err := strOneArg(name, args, kw)
		if err != nil {
			return nil, err
		}
		sep, err := strSub(sepObj)
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		s := self.(py.String)
		if err := strChargeScan(st, len(s)); err != nil {
			return nil, err
		}
		if reverse {
			i := strings.LastIndex(string(s), sep)
			if i < 0 {
				return py.Tuple{py.String(""), py.String(""), s}, nil
			}
			return py.Tuple{s[:i], py.String(sep), s[i+len(sep):]}, nil
		}
		i := strings.Index(string(s), sep)
		if i < 0 {
			return py.Tuple{s, py.String(""), py.String("")}, nil
		}
		return py.Tuple{s[:i], py.String(sep), s[i+len(sep):]}, nil
	}
}

// strPartition is str.partition(sep).
// https://docs.python.org/3.11/library/stdtypes.html#str.partition
func strPartition(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strPartitionCommon("partition", false)(st, self, args, kw)
}

// strRpartition is str.rpartition(sep).
// https://docs.python.org/3.11/library/stdtypes.html#str.rpartition
func strRpartition(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strPartitionCommon("rpartition", true)(st, self, args, kw)
}

func strAffixRemove(name string, suffix bool) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		aObj, err := strOneArg(name, args, kw)
		if err != nil {
			return nil, err
		}
		a, ok := aObj.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", name, strArgType(aObj))
		}
		if err := strChargeScan(st, len(a)); err != nil {
			return nil, err
		}
		s := string(self.(py.String))
		if suffix {
			return py.String(strings.TrimSuffix(s, string(a))), nil
		}
		return py.String(strings.TrimPrefix(s, string(a))), nil
	}
}

// strRemoveprefix is str.removeprefix(prefix).
// https://docs.python.org/3.11/library/stdtypes.html#str.removeprefix
func strRemoveprefix(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strAffixRemove("removeprefix", false)(st, self, args, kw)
}

// strRemovesuffix is str.removesuffix(suffix).
// https://docs.python.org/3.11/library/stdtypes.html#str.removesuffix
func strRemovesuffix(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strAffixRemove("removesuffix", true)(st, self, args, kw)
}
