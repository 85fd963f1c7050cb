// This file defines the str methods that change or test letter case and
// character classes: lower, upper, casefold, capitalize, title, swapcase
// and the is* predicates, with CPython's full Unicode case mappings.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strCaseBytes bounds the growth of a case mapping: one code point maps to
// at most three, each at most four bytes long.
const strCaseBytes = 3

// strPollEvery is how many characters a long loop handles between two
// looks at the run's deadline.
const strPollEvery = 1 << 16

// strPoller looks at the run's deadline every strPollEvery ticks. Its
// zero value with st set is ready to use.
type strPoller struct {
	st *run.State
	n  int
}

func (p *strPoller) tick() error {
	if p.n++; p.n%strPollEvery == 0 {
		return p.st.Poll()
	}
	return nil
}

// strMapCase returns the result of mapping every code point of self with
// fn, after checking its worst-case size.
func strMapCase(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict,
	fn func(b *strings.Builder, s string, i int, r rune)) (py.Object, error) {
	if err := strNoArgs(name, args, kw); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := st.CheckAlloc(int64(len(s)) * strCaseBytes); err != nil {
		return nil, err
	}
	if err := st.Alloc(int64(len(s))); err != nil { // the usual size of the result
		return nil, err
	}
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	for i, r := range s {
		if n++; n%strPollEvery == 0 {
			if err := st.Poll(); err != nil {
				return nil, err
			}
		}
		fn(&b, s, i, r)
	}
	return py.String(b.String()), nil
}

// strLower is str.lower().
// https://docs.python.org/3.11/library/stdtypes.html#str.lower
func strLower(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMapCase(st, "lower", self, args, kw, uniAppendLowerAt)
}

// strUpper is str.upper().
// https://docs.python.org/3.11/library/stdtypes.html#str.upper
func strUpper(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMapCase(st, "upper", self, args, kw, func(b *strings.Builder, _ string, _ int, r rune) {
		uniAppendUpper(b, r)
	})
}

// strCasefold is str.casefold().
// https://docs.python.org/3.11/library/stdtypes.html#str.casefold
func strCasefold(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMapCase(st, "casefold", self, args, kw, func(b *strings.Builder, _ string, _ int, r rune) {
		uniAppendFold(b, r)
	})
}

// strCapitalize is str.capitalize(): the first character in titlecase, the
// rest in lowercase.
// https://docs.python.org/3.11/library/stdtypes.html#str.capitalize
func strCapitalize(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMapCase(st, "capitalize", self, args, kw, func(b *strings.Builder, s string, i int, r rune) {
		if i == 0 {
			uniAppendTitle(b, r)
		} else {
			uniAppendLowerAt(b, s, i, r)
		}
	})
}

// strTitle is str.title().
// https://docs.python.org/3.11/library/stdtypes.html#str.title
func strTitle(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	prevCased := false
	return strMapCase(st, "title", self, args, kw, func(b *strings.Builder, s string, i int, r rune) {
		if prevCased {
			uniAppendLowerAt(b, s, i, r)
		} else {
			uniAppendTitle(b, r)
		}
		prevCased = uniIsCased(r)
	})
}

// strSwapcase is str.swapcase().
// https://docs.python.org/3.11/library/stdtypes.html#str.swapcase
func strSwapcase(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMapCase(st, "swapcase", self, args, kw, func(b *strings.Builder, s string, i int, r rune) {
		switch {
		case uniIsUpper(r):
			uniAppendLowerAt(b, s, i, r)
		case uniIsLower(r):
			uniAppendUpper(b, r)
		default:
			b.WriteRune(r)
		}
	})
}

// strTest returns whether every code point of self satisfies ok, and self
// is not empty.
func strTest(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict, ok func(rune) bool) (py.Object, error) {
	if err := strNoArgs(name, args, kw); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	if s == "" {
		return py.False, nil
	}
	n := 0
	for _, r := range s {
		if n++; n%strPollEvery == 0 {
			if err := st.Poll(); err != nil {
				return nil, err
			}
		}
		if !ok(r) {
			return py.False, nil
		}
	}
	return py.True, nil
}

// strIsalnum is str.isalnum().
// https://docs.python.org/3.11/library/stdtypes.html#str.isalnum
func strIsalnum(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isalnum", self, args, kw, func(r rune) bool {
		return uniIsAlpha(r) || uniIsDecimal(r) || uniIsDigit(r) || uniIsNumeric(r)
	})
}

// strIsalpha is str.isalpha().
// https://docs.python.org/3.11/library/stdtypes.html#str.isalpha
func strIsalpha(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isalpha", self, args, kw, uniIsAlpha)
}

// strIsascii is str.isascii().
// https://docs.python.org/3.11/library/stdtypes.html#str.isascii
func strIsascii(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strNoArgs("isascii", args, kw); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return py.False, nil
		}
	}
	return py.True, nil
}

// strIsdecimal is str.isdecimal().
// https://docs.python.org/3.11/library/stdtypes.html#str.isdecimal
func strIsdecimal(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isdecimal", self, args, kw, uniIsDecimal)
}

// strIsdigit is str.isdigit().
// https://docs.python.org/3.11/library/stdtypes.html#str.isdigit
func strIsdigit(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isdigit", self, args, kw, uniIsDigit)
}

// strIsnumeric is str.isnumeric().
// https://docs.python.org/3.11/library/stdtypes.html#str.isnumeric
func strIsnumeric(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isnumeric", self, args, kw, uniIsNumeric)
}

// strIsspace is str.isspace().
// https://docs.python.org/3.11/library/stdtypes.html#str.isspace
func strIsspace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strTest(st, "isspace", self, args, kw, uniIsSpace)
}

// strIsprintable is str.isprintable(); the empty string is printable.
// https://docs.python.org/3.11/library/stdtypes.html#str.isprintable
func strIsprintable(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strNoArgs("isprintable", args, kw); err != nil {
		return nil, err
	}
	if self.(py.String) == "" {
		return py.True, nil
	}
	return strTest(st, "isprintable", self, args, kw, uniIsPrintable)
}

// strIsidentifier is str.isidentifier().
// https://docs.python.org/3.11/library/stdtypes.html#str.isidentifier
func strIsidentifier(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	first := true
	return strTest(st, "isidentifier", self, args, kw, func(r rune) bool {
		if first {
			first = false
			return uniIsIDStart(r)
		}
		return uniIsIDContinue(r)
	})
}

// strIslower is str.islower(): at least one cased character, and no
// uppercase or titlecase one.
// https://docs.python.org/3.11/library/stdtypes.html#str.islower
func strIslower(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strCased(st, "islower", self, args, kw, uniIsLower, func(r rune) bool { return uniIsUpper(r) || uniIsTitle(r) })
}

// strIsupper is str.isupper(): at least one cased character, and no
// lowercase or titlecase one.
// https://docs.python.org/3.11/library/stdtypes.html#str.isupper
func strIsupper(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strCased(st, "isupper", self, args, kw, uniIsUpper, func(r rune) bool { return uniIsLower(r) || uniIsTitle(r) })
}

func strCased(st *run.State, name string, self py.Object, args py.Tuple, kw py.StringDict, want, reject func(rune) bool) (py.Object, error) {
	if err := strNoArgs(name, args, kw); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	cased := false
	n := 0
	for _, r := range s {
		if n++; n%strPollEvery == 0 {
			if err := st.Poll(); err != nil {
				return nil, err
			}
		}
		if reject(r) {
			return py.False, nil
		}
		cased = cased || want(r)
	}
	return py.NewBool(cased), nil
}

// strIstitle is str.istitle(): uppercase characters only follow uncased
// ones and lowercase characters only cased ones.
// https://docs.python.org/3.11/library/stdtypes.html#str.istitle
func strIstitle(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strNoArgs("istitle", args, kw); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	n := 0
	for _, r := range s {
		if n++; n%strPollEvery == 0 {
			if err := st.Poll(); err != nil {
				return nil, err
			}
		}
		switch {
		case uniIsUpper(r) || uniIsTitle(r):
			if prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		case uniIsLower(r):
			if !prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return py.NewBool(cased), nil
}
