package builtins_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// pyCase is one Python expression and what CPython 3.11 prints for it:
// its repr, or "!! Type: message" for the exception it raises.
type pyCase struct {
	name string
	expr string
	want string
}

// runPyCases runs each case as its own script, print(repr(expr)), and
// compares with CPython's answer.
func runPyCases(t *testing.T, cases []pyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runPy(t, "print(repr("+tt.expr+"))\n", interp.Limits{})
			if rest, isErr := strings.CutPrefix(tt.want, "!! "); isErr {
				typ, msg, _ := strings.Cut(rest, ": ")
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, typ, pe.Type)
				assert.Equal(t, msg, pe.Message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want+"\n", out)
		})
	}
}

// runPy compiles and runs src with the limits, returning what it printed.
func runPy(t *testing.T, src string, lim interp.Limits) (string, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if err != nil {
		return "", err
	}
	return res.Output, nil
}

// attackCase is a script that must end with a given kind of error.
type attackCase struct {
	name string
	src  string
	lim  interp.Limits
	want string // "memory", "steps", "time", "depth", "policy" or "exception:Type"
}

// runAttacks checks that each script ends with the expected typed error,
// never an internal error (a recovered Go panic).
func runAttacks(t *testing.T, cases []attackCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runPy(t, tt.src, tt.lim)
			require.Error(t, err)
			var ie *interp.InternalError
			require.False(t, errors.As(err, &ie), "internal error: %v", err)
			switch {
			case tt.want == "policy":
				var pe *interp.PolicyError
				require.ErrorAs(t, err, &pe)
				require.NotEmpty(t, pe.Violations)
				assert.Equal(t, "dunder-attr", pe.Violations[0].Rule)
			case strings.HasPrefix(tt.want, "exception:"):
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, strings.TrimPrefix(tt.want, "exception:"), pe.Type)
			default:
				var le *interp.LimitError
				require.ErrorAs(t, err, &le, "%v", err)
				assert.Equal(t, tt.want, le.Kind.String())
			}
		})
	}
}

func TestStrSearch(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"find", `'banana'.find('na')`, `2`},
		{"find with start", `'banana'.find('na', 3)`, `4`},
		{"find with negative start", `'banana'.find('a', -2)`, `5`},
		{"find with start and end", `'banana'.find('n', 1, 2)`, `-1`},
		{"find missing", `'banana'.find('x')`, `-1`},
		{"find empty at end", `'abc'.find('', 3)`, `3`},
		{"find empty past end", `'abc'.find('', 4)`, `-1`},
		{"find empty negative start", `'abc'.find('', -1)`, `2`},
		{"find huge start", `'abc'.find('', 10**30)`, `-1`},
		{"find huge negative start", `'abc'.find('', -10**30)`, `0`},
		{"find None bounds", `'abc'.find('c', None, None)`, `2`},
		{"find bool start", `'abc'.find('c', True)`, `2`},
		{"find code points", `'ΣΑΣ αβ'.find('αβ')`, `4`},
		{"find code points with start", `'éée'.find('e', 1)`, `2`},
		{"rfind", `'banana'.rfind('na')`, `4`},
		{"rfind empty", `'abc'.rfind('')`, `3`},
		{"rfind bounded", `'banana'.rfind('a', 0, 4)`, `3`},
		{"index", `'banana'.index('n')`, `2`},
		{"index missing", `'banana'.index('x')`, `!! ValueError: substring not found`},
		{"rindex missing", `'banana'.rindex('x', 2)`, `!! ValueError: substring not found`},
		{"count", `'banana'.count('a')`, `3`},
		{"count empty", `'abc'.count('')`, `4`},
		{"count empty past end", `'abc'.count('', 5)`, `0`},
		{"count bounded", `'aaaa'.count('aa', 1)`, `1`},
		{"count huge end", `'abc'.count('a', 0, 10**30)`, `1`},
		{"startswith", `'banana'.startswith('ban')`, `True`},
		{"startswith tuple", `'banana'.startswith(('x', 'ba'))`, `True`},
		{"startswith empty past end", `''.startswith('', 1)`, `False`},
		{"startswith empty at end", `'abc'.startswith('', 3)`, `True`},
		{"startswith bounded", `'banana'.startswith('an', 1, 3)`, `True`},
		{"startswith huge indices", `'abc'.startswith('a', 10**100, -10**100)`, `False`},
		{"endswith", `'banana'.endswith('na')`, `True`},
		{"endswith bounded", `'banana'.endswith('an', 0, 3)`, `True`},
		{"endswith empty negative end", `''.endswith('', 0, -1)`, `True`},
		{"startswith tuple stops at match", `'abc'.startswith(('a', 2))`, `True`},
		{"find non-str", `'abc'.find(1)`, `!! TypeError: must be str, not int`},
		{"count bad index", `'abc'.count('a', 'x')`, `!! TypeError: slice indices must be integers or None or have an __index__ method`},
		{"count float index", `'abc'.count('a', 1.5)`, `!! TypeError: slice indices must be integers or None or have an __index__ method`},
		{"endswith non-str", `'abc'.endswith(1)`, `!! TypeError: endswith first arg must be str or a tuple of str, not int`},
		{"endswith tuple of non-str", `'abc'.endswith((1,))`, `!! TypeError: tuple for endswith must only contain str, not int`},
		{"find no args", `'abc'.find()`, `!! TypeError: find() takes at least 1 argument (0 given)`},
		{"find too many args", `'abc'.find('a', 1, 2, 3)`, `!! TypeError: find() takes at most 3 arguments (4 given)`},
		{"find keyword", `'abc'.find(sub='a')`, `!! TypeError: str.find() takes no keyword arguments`},
		{"replace", `'banana'.replace('an', 'AN')`, `'bANANa'`},
		{"replace count", `'banana'.replace('a', '', 2)`, `'bnna'`},
		{"replace empty old", `'abc'.replace('', '-')`, `'-a-b-c-'`},
		{"replace empty old count", `'abc'.replace('', '-', 2)`, `'-a-bc'`},
		{"replace negative count", `'aaa'.replace('a', 'b', -1)`, `'bbb'`},
		{"replace code points", `'ΣΑΣ'.replace('', '.')`, `'.Σ.Α.Σ.'`},
		{"replace non-str old", `'abc'.replace(1, 'a')`, `!! TypeError: replace() argument 1 must be str, not int`},
		{"replace non-str new", `'abc'.replace('a', 1)`, `!! TypeError: replace() argument 2 must be str, not int`},
		{"replace float count", `'abc'.replace('a', 'b', 1.0)`, `!! TypeError: 'float' object cannot be interpreted as an integer`},
		{"replace one arg", `'abc'.replace('a')`, `!! TypeError: replace expected at least 2 arguments, got 1`},
		{"replace keyword", `'abc'.replace(old='a', new='b')`, `!! TypeError: str.replace() takes no keyword arguments`},
		{"partition", `'a=b=c'.partition('=')`, `('a', '=', 'b=c')`},
		{"partition missing", `'abc'.partition('=')`, `('abc', '', '')`},
		{"rpartition", `'a=b=c'.rpartition('=')`, `('a=b', '=', 'c')`},
		{"rpartition missing", `'abc'.rpartition('=')`, `('', '', 'abc')`},
		{"partition empty", `'abc'.partition('')`, `!! ValueError: empty separator`},
		{"partition non-str", `'abc'.partition(1)`, `!! TypeError: must be str, not int`},
		{"removeprefix", `'unhappy'.removeprefix('un')`, `'happy'`},
		{"removesuffix", `'file.py'.removesuffix('.py')`, `'file'`},
		{"removeprefix non-str", `'abc'.removeprefix(1)`, `!! TypeError: removeprefix() argument must be str, not int`},
	})
}

func TestStrSplitAndStrip(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"split whitespace", `' a  b\tc\n '.split()`, `['a', 'b', 'c']`},
		{"split sep", `'a,b,,c'.split(',')`, `['a', 'b', '', 'c']`},
		{"split maxsplit", `'a b c d'.split(' ', 2)`, `['a', 'b', 'c d']`},
		{"split maxsplit keyword", `'a b c'.split(maxsplit=1)`, `['a', 'b c']`},
		{"split whitespace maxsplit keeps tail", `'  a b  c  '.split(None, 1)`, `['a', 'b  c  ']`},
		{"split negative maxsplit", `'x'.split(maxsplit=-5)`, `['x']`},
		{"split maxsplit zero", `'  a b '.split(None, 0)`, `['a b ']`},
		{"split empty", `''.split()`, `[]`},
		{"split empty sep", `''.split(',')`, `['']`},
		{"split unicode spaces", `'a\u3000b\x1cc\x85d'.split()`, `['a', 'b', 'c', 'd']`},
		{"split empty separator", `'abc'.split('')`, `!! ValueError: empty separator`},
		{"split non-str sep", `'abc'.split(1)`, `!! TypeError: must be str or None, not int`},
		{"split bad maxsplit", `'abc'.split(maxsplit='x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
		{"split bad keyword", `'abc'.split(x=1)`, `!! TypeError: 'x' is an invalid keyword argument for split()`},
		{"split too many", `'abc'.split(',', 1, 2)`, `!! TypeError: split() takes at most 2 arguments (3 given)`},
		{"rsplit", `'a,b,c'.rsplit(',', 1)`, `['a,b', 'c']`},
		{"rsplit whitespace", `'  a b  c  '.rsplit(None, 1)`, `['  a b', 'c']`},
		{"rsplit all", `'a b c'.rsplit()`, `['a', 'b', 'c']`},
		{"splitlines", `'a\nb\r\nc\rd\x0be\x1cf\u2028g'.splitlines()`, `['a', 'b', 'c', 'd', 'e', 'f', 'g']`},
		{"splitlines keepends", `'a\nb\r\n\nc'.splitlines(True)`, `['a\n', 'b\r\n', '\n', 'c']`},
		{"splitlines keyword", `'a\n'.splitlines(keepends=True)`, `['a\n']`},
		{"splitlines bad keepends", `'a'.splitlines('x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
		{"strip", `'  hi \n'.strip()`, `'hi'`},
		{"strip chars", `'xxhixx'.strip('x')`, `'hi'`},
		{"lstrip chars", `'0012'.lstrip('0')`, `'12'`},
		{"rstrip chars", `'path/to//'.rstrip('/')`, `'path/to'`},
		{"strip unicode", `'\u3000é\u2028'.strip()`, `'é'`},
		{"strip None", `' a '.strip(None)`, `'a'`},
		{"strip many chars", `'abcxyzcba'.strip('abcdefghijklmnopqrstuvwzé')`, `'xy'`},
		{"strip non-str", `'abc'.lstrip(1)`, `!! TypeError: lstrip arg must be None or str`},
		{"strip too many", `'abc'.strip('a', 'b')`, `!! TypeError: strip expected at most 1 argument, got 2`},
		{"strip keyword", `'abc'.strip(chars='a')`, `!! TypeError: str.strip() takes no keyword arguments`},
	})
}

func TestStrPadding(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"center", `'abc'.center(9, '*')`, `'***abc***'`},
		{"center odd", `'ab'.center(5)`, `'  ab '`},
		{"center odd width", `'abc'.center(6)`, `' abc  '`},
		{"center narrow", `'abc'.center(2)`, `'abc'`},
		{"center negative", `'abc'.center(-5)`, `'abc'`},
		{"center unicode fill", `'é'.center(4, 'ß')`, `'ßéßß'`},
		{"ljust", `'ab'.ljust(5, '.')`, `'ab...'`},
		{"rjust", `'ab'.rjust(5)`, `'   ab'`},
		{"ljust bool width", `'abc'.ljust(True)`, `'abc'`},
		{"center bad fill", `'abc'.center(5, 'xy')`, `!! TypeError: The fill character must be exactly one character long`},
		{"center empty fill", `'abc'.ljust(5, '')`, `!! TypeError: The fill character must be exactly one character long`},
		{"center int fill", `'abc'.center(5, 1)`, `!! TypeError: The fill character must be a unicode character, not int`},
		{"center str width", `'abc'.center('x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
		{"center float width", `'abc'.center(2.5)`, `!! TypeError: 'float' object cannot be interpreted as an integer`},
		{"center huge width", `'abc'.center(10**30)`, `!! OverflowError: Python int too large to convert to C ssize_t`},
		{"center no args", `'abc'.center()`, `!! TypeError: center expected at least 1 argument, got 0`},
		{"zfill", `'42'.zfill(5)`, `'00042'`},
		{"zfill negative", `'-42'.zfill(5)`, `'-0042'`},
		{"zfill plus", `'+4'.zfill(4)`, `'+004'`},
		{"zfill narrow", `'abc'.zfill(-5)`, `'abc'`},
		{"zfill empty", `''.zfill(3)`, `'000'`},
		{"zfill sign only", `'-'.zfill(3)`, `'-00'`},
		{"expandtabs", `'a\tbc\tdef\tg'.expandtabs()`, `'a       bc      def     g'`},
		{"expandtabs size", `'a\tb\n\tc'.expandtabs(4)`, `'a   b\n    c'`},
		{"expandtabs zero", `'a\tb'.expandtabs(0)`, `'ab'`},
		{"expandtabs negative", `'a\tb'.expandtabs(-3)`, `'ab'`},
		{"expandtabs keyword", `'\t'.expandtabs(tabsize=2)`, `'  '`},
		{"expandtabs huge", `'abc'.expandtabs(2**63)`, `!! OverflowError: Python int too large to convert to C int`},
		{"expandtabs bad", `'abc'.expandtabs('x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
	})
}

func TestStrCaseAndPredicates(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"upper", `'Hello, World'.upper()`, `'HELLO, WORLD'`},
		{"upper sharp s", `'straße'.upper()`, `'STRASSE'`},
		{"upper ligature", `'ﬁne'.upper()`, `'FINE'`},
		{"lower", `'HeLLo'.lower()`, `'hello'`},
		{"lower dotted I", `'İ'.lower()`, `'i̇'`},
		{"lower final sigma", `'ΟΔΟΣ ΟΔΟΣ.'.lower()`, `'οδος οδος.'`},
		{"lower lone sigma", `'Σ'.lower()`, `'σ'`},
		{"lower sigma before letter", `'ΣΑ'.lower()`, `'σα'`},
		{"casefold", `'Straße ΣΑΣ'.casefold()`, `'strasse σασ'`},
		{"capitalize", `'hELLO wORLD'.capitalize()`, `'Hello world'`},
		{"capitalize titlecase digraph", `'ǆemal'.capitalize()`, `'ǅemal'`},
		{"title", `"they're bill's friends".title()`, `"They'Re Bill'S Friends"`},
		{"title digits", `'hello 2nd world'.title()`, `'Hello 2Nd World'`},
		{"title ligature", `'ﬂow'.title()`, `'Flow'`},
		{"swapcase", `'Hello ß'.swapcase()`, `'hELLO SS'`},
		{"swapcase sigma", `'AΣ'.swapcase()`, `'aς'`},
		{"isalpha", `['abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), 'éΣ'.isalpha()]`, `[True, False, False, True]`},
		{"isdecimal isdigit isnumeric", `[(s.isdecimal(), s.isdigit(), s.isnumeric()) for s in ['12', '²', '½', '一', '١٢', '']]`, `[(True, True, True), (False, True, True), (False, False, True), (False, False, True), (True, True, True), (False, False, False)]`},
		{"isalnum", `['a1'.isalnum(), 'a 1'.isalnum(), '½'.isalnum()]`, `[True, False, True]`},
		{"isspace", `[' \t'.isspace(), '\x1c'.isspace(), '\u200b'.isspace(), ''.isspace()]`, `[True, True, False, False]`},
		{"isprintable", `['abc'.isprintable(), ''.isprintable(), 'a\n'.isprintable(), '\xa0'.isprintable()]`, `[True, True, False, False]`},
		{"isascii", `['abc'.isascii(), ''.isascii(), 'é'.isascii()]`, `[True, True, False]`},
		{"isidentifier", `['_a1'.isidentifier(), '1a'.isidentifier(), 'été'.isidentifier(), ''.isidentifier(), 'a-b'.isidentifier()]`, `[True, False, True, False, False]`},
		{"islower isupper", `[('abc'.islower(), 'ABC'.isupper(), 'a1'.islower(), '1'.islower(), 'Ab'.isupper())]`, `[(True, True, True, False, False)]`},
		{"istitle", `['Hello World'.istitle(), 'Hello world'.istitle(), 'ǅemal'.istitle(), ''.istitle()]`, `[True, False, True, False]`},
		{"upper with argument", `'a'.upper(1)`, `!! TypeError: str.upper() takes no arguments (1 given)`},
		{"isalpha with keyword", `'a'.isalpha(x=1)`, `!! TypeError: str.isalpha() takes no keyword arguments`},
	})
}

func TestStrJoinEncodeTranslate(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"join list", `', '.join(['a', 'b', 'c'])`, `'a, b, c'`},
		{"join tuple", `'-'.join(('x', 'y'))`, `'x-y'`},
		{"join generator", `'+'.join(str(i) for i in range(4))`, `'0+1+2+3'`},
		{"join str", `'.'.join('abc')`, `'a.b.c'`},
		{"join empty", `'x'.join([])`, `''`},
		{"join non-str item", `'abc'.join(['a', 2])`, `!! TypeError: sequence item 1: expected str instance, int found`},
		{"join non-iterable", `'abc'.join(5)`, `!! TypeError: can only join an iterable`},
		{"join no args", `'abc'.join()`, `!! TypeError: str.join() takes exactly one argument (0 given)`},
		{"encode", `'héllo'.encode()`, `b'h\xc3\xa9llo'`},
		{"encode ascii replace", `'héllo'.encode('ascii', 'replace')`, `b'h?llo'`},
		{"encode latin-1", `'é'.encode('latin-1')`, `b'\xe9'`},
		{"encode ascii error", `'héé'.encode('ascii')`, `!! UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)`},
		{"encode unknown", `'abc'.encode('foo')`, `!! LookupError: unknown encoding: foo`},
		{"encode bad encoding type", `'abc'.encode(1)`, `!! TypeError: encode() argument 'encoding' must be str, not int`},
		{"encode bad keyword", `'abc'.encode(x=1)`, `!! TypeError: 'x' is an invalid keyword argument for encode()`},
		{"translate mapping", `'abc'.translate(''.maketrans('ab', 'xy', 'c'))`, `'xy'`},
		{"translate dict of strs", `'abc'.translate(''.maketrans({'a': 'AA', 'b': None}))`, `'AAc'`},
		{"translate sequence", `'abc'.translate('xyz')`, `'abc'`},
		{"translate non-subscriptable", `'abc'.translate(1)`, `!! TypeError: 'int' object is not subscriptable`},
		{"maketrans unequal", `''.maketrans('ab', 'c')`, `!! ValueError: the first two maketrans arguments must have equal length`},
		{"maketrans non-dict", `''.maketrans(1)`, `!! TypeError: if you give only one argument to maketrans it must be a dict`},
		{"maketrans long key", `''.maketrans(dict([('ab', 'x')]))`, `!! ValueError: string keys in translate table must be of length 1`},
		{"maketrans bad key", `''.maketrans(dict([(1.5, 'x')]))`, `!! TypeError: keys in translate table must be strings or integers`},
		{"maketrans bad third", `''.maketrans('a', 'b', 1)`, `!! TypeError: maketrans() argument 3 must be str, not int`},
		{"maketrans non-str first", `''.maketrans(1, 'a')`, `!! TypeError: first maketrans argument must be a string if there is a second argument`},
	})
}

func TestStrAttacks(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 200_000}
	runAttacks(t, []attackCase{
		{"center of a huge width", "x = 'x'.center(10**10)\n", interp.Limits{}, "memory"},
		{"ljust past int64", "x = 'x'.ljust(10**18)\n", interp.Limits{}, "memory"},
		{"zfill of a huge width", "x = '1'.zfill(10**9)\n", interp.Limits{}, "memory"},
		{"join checks size before building", "x = ','.join(['x' * 10**6] * 10**4)\n", interp.Limits{}, "memory"},
		{"join of an endless generator", "def g():\n    while True:\n        yield 'a'\nx = ''.join(g())\n", steps, "steps"},
		{"join of an endless callable iterator", "x = ''.join(iter(lambda: 'a', 'b'))\n", steps, "steps"},
		{"replace bomb", "x = ('a' * 10**4).replace('a', 'b' * 10**5)\n", interp.Limits{}, "memory"},
		{"replace of the empty string bomb", "x = ('a' * 10**5).replace('', 'b' * 10**4)\n", interp.Limits{}, "memory"},
		{"expandtabs bomb", "x = ('\\t' * 1000).expandtabs(2**31 - 1)\n", interp.Limits{}, "memory"},
		{"upper of a big string is charged", "s = 'a' * 10**5\nwhile True:\n    s.upper()\n", interp.Limits{Steps: 20_000}, "steps"},
		{"find in a big string is charged", "s = 'a' * 10**6\nwhile True:\n    s.find('b')\n", steps, "steps"},
		{"split into many pieces is charged", "x = (',' * 10**6).split(',')\n", steps, "steps"},
		{"translate charges per character", "x = ('a' * 10**6).translate({})\n", interp.Limits{Steps: 20_000}, "steps"},
		{"translate growth is checked", "t = ''.maketrans(dict([('a', 'b' * 10**4)]))\nx = ('a' * 10**5).translate(t)\n", interp.Limits{Memory: 1 << 20}, "memory"},
		{"strip with a long chars argument stays linear", "s = 'a' * 10**5\nc = 'b' * 10**5 + 'a'\nwhile True:\n    s.strip(c)\n", steps, "steps"},
		{"encode of a huge string", "x = ('é' * 10**8).encode()\n", interp.Limits{Memory: 1 << 20}, "memory"},
		{"maketrans of a huge mapping", "x = ''.maketrans('a' * 10**6, 'b' * 10**6)\n", steps, "steps"},
		{"split non-str separator", "x = 'abc'.split(1)\n", interp.Limits{}, "exception:TypeError"},
	})
}
