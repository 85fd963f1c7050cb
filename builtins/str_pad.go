// This file defines the str methods that pad: center, ljust, rjust, zfill
// and expandtabs. Each checks the size of its result against the memory
// budget before building it.

package builtins

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strPad returns s with left and right copies of fill around it, after
// checking the size of the result.
func strPad(st *run.State, s string, left, right int, fill rune) (py.Object, error) {
	fillLen := int64(utf8.RuneLen(fill))
	if fillLen < 0 {
		fillLen = 3
	}
	size := int64(len(s)) + (int64(left)+int64(right))*fillLen
	if err := st.Alloc(size); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, int(size)); err != nil {
		return nil, err
	}
	f := string(fill)
	var b strings.Builder
	b.Grow(int(size))
	b.WriteString(strings.Repeat(f, left))
	b.WriteString(s)
	b.WriteString(strings.Repeat(f, right))
	return py.String(b.String()), nil
}

// strJustArgs parses (width[, fillchar]) of center, ljust and rjust.
func strJustArgs(name string, args py.Tuple, kw py.StringDict) (width int, fill rune, err error) {
	if err = strArgs(name, true, args, kw, 1, 2); err != nil {
		return
	}
	var widthObj, fillObj py.Object
	if err = strPos(name, args, &widthObj, &fillObj); err != nil {
		return
	}
	if width, err = strIndexArg(widthObj); err != nil {
		return
	}
	fill = ' '
	if fillObj != nil {
		f, ok := fillObj.(py.String)
		if !ok {
			err = py.ExceptionNewf(py.TypeError, "The fill character must be a unicode character, not %s", strTypeName(fillObj))
			return
		}
		if utf8.RuneCountInString(string(f)) != 1 {
			err = py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
			return
		}
		fill, _ = utf8.DecodeRuneInString(string(f))
	}
	return
}

func strJust(name string) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		width, fill, err := strJustArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		s := string(self.(py.String))
		n := strTextOf(s).n
		if width <= n {
			return self, nil
		}
		marg := width - n
		switch name {
		case "ljust":
			return strPad(st, s, 0, marg, fill)
		case "rjust":
			return strPad(st, s, marg, 0, fill)
		}
		left := marg/2 + (marg & width & 1)
		return strPad(st, s, left, marg-left, fill)
	}
}

// strCenter is str.center(width[, fillchar]).
// https://docs.python.org/3.11/library/stdtypes.html#str.center
func strCenter(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strJust("center")(st, self, args, kw)
}

// strLjust is str.ljust(width[, fillchar]).
// https://docs.python.org/3.11/library/stdtypes.html#str.ljust
func strLjust(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strJust("ljust")(st, self, args, kw)
}

// strRjust is str.rjust(width[, fillchar]).
// https://docs.python.org/3.11/library/stdtypes.html#str.rjust
func strRjust(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strJust("rjust")(st, self, args, kw)
}

// strZfill is str.zfill(width).
// https://docs.python.org/3.11/library/stdtypes.html#str.zfill
func strZfill(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	widthObj, err := strOneArg("zfill", args, kw)
	if err != nil {
		return nil, err
	}
	width, err := strIndexArg(widthObj)
	if err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	n := strTextOf(s).n
	if width <= n {
		return self, nil
	}
	padded, err := strPad(st, s, width-n, 0, '0')
	if err != nil {
		return nil, err
	}
	p := string(padded.(py.String))
	fill := width - n
	if fill < len(p) && (p[fill] == '+' || p[fill] == '-') {
		c := p[fill]
		p = string(c) + p[1:fill] + "0" + p[fill+1:]
	}
	return py.String(p), nil
}

// strExpandtabs is str.expandtabs(tabsize=8).
// https://docs.python.org/3.11/library/stdtypes.html#str.expandtabs
func strExpandtabs(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var sizeObj py.Object
	if err := strKwArgs("expandtabs", args, kw, "tabsize", &sizeObj); err != nil {
		return nil, err
	}
	tabsize := int64(8)
	if sizeObj != nil {
		v, err := numIndex(sizeObj)
		if err != nil {
			if py.IsException(py.OverflowError, err) {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
			}
			return nil, err
		}
		if v > 1<<31-1 || v < -1<<31 {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		tabsize = v
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	if !strings.Contains(s, "\t") {
		return self, nil
	}
	// First pass: the size of the result, as CPython computes it.
	var size, col int64
	poll := &strPoller{st: st}
	for _, r := range s {
		if err := poll.tick(); err != nil {
			return nil, err
		}
		switch r {
		case '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				size += incr
			}
		case '\n', '\r':
			col = 0
			size++
		default:
			col++
			size += int64(utf8.RuneLen(r))
		}
		if size > 1<<62 {
			break
		}
	}
	if err := st.Alloc(size); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, int(size)); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(int(size))
	col = 0
	for _, r := range s {
		if err := poll.tick(); err != nil {
			return nil, err
		}
		switch r {
		case '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				b.WriteString(strings.Repeat(" ", int(incr)))
			}
		case '\n', '\r':
			col = 0
			b.WriteRune(r)
		default:
			col++
			b.WriteRune(r)
		}
	}
	return py.String(b.String()), nil
}
