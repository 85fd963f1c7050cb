package builtins_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// runRe runs src, which may import re, with the given limits.
func runRe(src string, lim interp.Limits) (*interp.Result, error) {
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"re"}})
	if err != nil {
		return nil, err
	}
	return p.Run(context.Background(), interp.RunOptions{Limits: lim})
}

// TestReResults checks results against CPython 3.11's (checked with
// python3): the cases the conformance corpus does not print.
func TestReResults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want, err string
	}{
		{name: "search finds the leftmost match", src: "print(re.search('b+', 'abbcbbb').span())", want: "(1, 3)\n"},
		{name: "alternation prefers the first branch", src: "print(re.match('a|ab', 'ab').group(), re.fullmatch('a|ab', 'ab').group())", want: "a ab\n"},
		{name: "empty matches after a match", src: "print(re.sub('x*', '-', 'abxd'), re.findall('a*?', 'aa'))", want: "-a-b--d- ['', 'a', '', 'a', '']\n"},
		{name: "non-empty match after an empty one at the same place", src: "print(re.findall('|a', 'a'), re.findall('(?:|ab)(c?)', 'abc'))", want: "['', 'a', ''] ['', 'c', '']\n"},
		{name: "code point positions", src: "m = re.search('(é+)(ü)', 'aééüb')\nprint(m.span(), m.span(1), m.end(2), m.group(2))", want: "(1, 4) (1, 3) 4 ü\n"},
		{name: "astral characters count once", src: "print(re.search('b', '😀😀b').start(), re.sub('😀', 'x', 'a😀'))", want: "2 ax\n"},
		{name: "pos and endpos in code points", src: "p = re.compile('é')\nprint(p.search('ééé', 1).span(), p.search('ééé', 1, 1), p.findall('éaé', 1, 3))", want: "(1, 2) None ['é']\n"},
		{name: "dollar before a final newline", src: "print(re.search('a$', 'a\\n').span(), re.sub('$', '!', 'a\\n'), re.findall('$', 'a\\nb\\n'))", want: "(0, 1) a!\n! ['', '']\n"},
		{name: "Unicode classes", src: "print(re.findall(r'\\d', '1١'), re.findall(r'\\w+', 'naïve café'), re.findall(r'\\s', '\\u2003\\x1c'))", want: "['1', '١'] ['naïve', 'café'] ['\\u2003', '\\x1c']\n"},
		{name: "ASCII classes", src: "print(re.findall(r'\\d', '1١', re.A), re.findall(r'\\w+', 'naïve', re.A), re.findall(r'\\s', '\\u2003 ', re.A))", want: "['1'] ['na', 've'] [' ']\n"},
		{name: "ignorecase folds Unicode", src: "print(re.match('ǅ', 'ǆ', re.I) is not None, re.search('[a-z]+', 'ÀB', re.I).group())", want: "True B\n"},
		{name: "verbose mode", src: "print(re.match('''a # one\n b # two\n''', 'ab', re.X).group())", want: "ab\n"},
		{name: "bytes", src: "print(re.sub(rb'(\\w)', rb'<\\1>', b'a\\xffb'), re.split(b',', b'a,b'))", want: "b'<a>\\xff<b>' [b'a', b'b']\n"},
		{name: "template groups", src: "print(re.sub('(?P<x>a)(b)?', r'[\\g<x>|\\2|\\g<0>]', 'ac'))", want: "[a||a]c\n"},
		{name: "split with groups and maxsplit", src: "print(re.split('(-)|(_)', 'a-b_c', 1))", want: "['a', '-', None, 'b_c']\n"},
		{name: "match object repr is cut at 50", src: "print(len(repr(re.match('.*', 'x' * 60))))", want: "89\n"},
		{name: "lastindex of nested groups", src: "print(re.match('((a)(b))', 'ab').lastindex, re.match('(a)((b))', 'ab').lastindex)", want: "1 2\n"},
		{name: "groupdict default", src: "print(re.match('(?P<a>x)?(?P<b>y)', 'y').groupdict('-'))", want: "{'a': '-', 'b': 'y'}\n"},
		{name: "compile caches and returns a pattern", src: "p = re.compile('a')\nprint(re.compile(p) is p, p.match('a') is not None)", want: "True True\n"},
		{name: "finditer is lazy", src: "it = re.finditer('a', 'aXa')\nprint(next(it).span())\nprint(next(it).span())\nprint(next(it, None))", want: "(0, 1)\n(2, 3)\nNone\n"},
		{name: "escape round trip", src: "s = 'a.b*c?(d)[e]{f}|g^h$i\\\\j k#l&m~n'\nprint(re.fullmatch(re.escape(s), s) is not None)", want: "True\n"},
		{name: "error is an Exception", src: "try:\n    re.compile('[')\nexcept Exception as e:\n    print(type(e) is re.error, e.pos, e.msg)", want: "True 0 unterminated character set\n"},
		{name: "error message", src: "re.compile('a{2,1}')", err: "re.error: min repeat greater than max repeat at position 2"},
		{name: "unknown group in a template", src: "re.sub('a', r'\\g<z>', 'a')", err: "IndexError: unknown group name 'z'"},
		{name: "str pattern on bytes", src: "re.match('a', b'a')", err: "TypeError: cannot use a string pattern on a bytes-like object"},
		{name: "no such group", src: "re.match('a', 'a').group(1)", err: "IndexError: no such group"},
		{name: "Pattern cannot be created", src: "re.Pattern()", err: "TypeError: cannot create 're.Pattern' instances"},
		{name: "Match cannot be created", src: "re.Match()", err: "TypeError: cannot create 're.Match' instances"},
		{name: "bad flags with a compiled pattern", src: "re.compile(re.compile('a'), re.I)", err: "ValueError: cannot process flags argument with a compiled pattern"},
		{name: "LOCALE with a str pattern", src: "re.compile('a', re.L)", err: "ValueError: cannot use LOCALE flag with a str pattern"},
		{name: "ASCII and UNICODE together", src: "re.compile('a', re.A | re.U)", err: "ValueError: ASCII and UNICODE flags are incompatible"},
		{name: "replacement of the wrong type", src: "re.sub('a', lambda m: b'x', 'a')", err: "TypeError: sequence item 1: expected str instance, bytes found"},
		{name: "look-behind is refused", src: "re.compile('ab(?<=b)')", err: "re.error: look-behind is not supported by pyfence's re (RE2) at position 2"},
		{name: "backreference is refused", src: "re.compile('(a)\\\\1')", err: "re.error: backreference \\1 is not supported by pyfence's re (RE2) at position 3"},
		{name: "repeated group matching empty is refused", src: "re.compile('(a*)*')", err: "re.error: a repeated group that can match the empty string is not supported by pyfence's re (RE2) at position 4"},
		{name: "deep nesting is refused", src: "re.compile('(' * 300 + ')' * 300)", err: "re.error: groups nested deeper than pyfence's limit of 200 at position 200"},
		{name: "long pattern is refused", src: "re.compile('a' * 200000)", err: "re.error: pattern longer than pyfence's limit of 100000 characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := runRe("import re\n"+tt.src+"\n", interp.Limits{})
			if tt.err != "" {
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.err, pe.Type+": "+pe.Message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, res.Output)
		})
	}
}

// TestReAttacks runs hostile scripts: each must end the way it says,
// quickly, and never with an internal error.
func TestReAttacks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		src    string
		lim    interp.Limits
		want   string  // output, when the run succeeds
		limit  error   // the limit sentinel the run must end with
		limits []error // any of these limits
		rule   string  // the policy rule the run must end with
		exc    string  // the exception type the run must end with
		steps  int64   // when > 0, the run must stay under this many steps
	}{
		{name: "nested star on a long text is linear", src: "print(re.match('(?:a*)*b', 'a' * 200000), re.search('(?:x+x+)+y', 'x' * 100000))",
			want: "None None\n", steps: 2_000_000},
		{name: "alternation blowup is linear", src: "print(re.fullmatch('(?:a|a)*b', 'a' * 100000))", want: "None\n", steps: 1_000_000},
		{name: "huge nested repetition", src: "re.compile('(?:(?:a{1000}){1000}){1000}')", exc: "re.error"},
		{name: "repetition above RE2's limit", src: "re.compile('a{1000}{1000}')", exc: "re.error"},
		{name: "repetition count overflow", src: "re.compile('a{99999999999999999999}')", exc: "OverflowError"},
		{name: "many large classes", src: "re.compile(r'[\\w\\d]' * 5000)", exc: "re.error"},
		{name: "dunder of a pattern", src: "re.compile('a').__class__", rule: "dunder-attr"},
		{name: "dunder of a match", src: "re.match('a', 'a').__init__", rule: "dunder-attr"},
		{name: "dunder through getattr", src: "getattr(re.match('a', 'a'), '__class__')", rule: "dunder-attr"},
		{name: "dunder through format", src: "'{0.__class__}'.format(re.compile('a'))", rule: "dunder-attr"},
		{name: "dunder of re.error", src: "re.error.__subclasses__", rule: "dunder-attr"},
		{name: "dunder of the Pattern class", src: "re.Pattern.__init__", rule: "dunder-attr"},
		{name: "writing a module attribute", src: "re.compile = len", rule: "readonly-attr"},
		{name: "writing a module attribute with setattr", src: "setattr(re, 'I', 0)", rule: "readonly-attr"},
		{name: "writing a match attribute", src: "m = re.match('a', 'a')\nm.string = 'x'", exc: "AttributeError"},
		{name: "private module name", src: "re._compile", exc: "AttributeError"},
		{name: "sub output past the memory budget", src: "re.sub('a', 'b' * 10**6, 'a' * 1000)", lim: interp.Limits{Memory: 8 << 20}, limit: interp.ErrMemoryLimit},
		{name: "sub template doubling past the budget", src: "s = 'x' * 1000\nwhile True:\n    s = re.sub('x+', r'\\g<0>\\g<0>', s)",
			lim: interp.Limits{Memory: 16 << 20, Steps: interp.Unlimited}, limit: interp.ErrMemoryLimit},
		{name: "replacement function returning huge strings", src: "z = 'z' * 10**6\nre.sub('a', lambda m: z, 'a' * 1000)",
			lim: interp.Limits{Memory: 16 << 20}, limit: interp.ErrMemoryLimit},
		{name: "replacement function looping forever", src: "def f(m):\n    while True:\n        pass\nre.sub('a', f, 'aaa')", lim: interp.Limits{Steps: 100_000}, limit: interp.ErrStepLimit},
		{name: "replacement function swallowing the limit", src: "def f(m):\n    try:\n        while True:\n            pass\n    except BaseException:\n        return 'x'\nprint(re.sub('a', f, 'aaa'))", lim: interp.Limits{Steps: 100_000}, limit: interp.ErrStepLimit},
		{name: "replacement function raising", src: "def f(m):\n    raise KeyError(m.group())\nre.sub('a', f, 'a')", exc: "KeyError"},
		{name: "replacement function recursing", src: "def f(m):\n    return re.sub('a', f, m.group())\nre.sub('a', f, 'a')", limits: []error{interp.ErrDepthLimit, interp.ErrStepLimit}},
		{name: "search on a long text is charged", src: "re.search('x', 'a' * 10**6)", lim: interp.Limits{Steps: 500_000}, limit: interp.ErrStepLimit},
		{name: "findall of empty matches", src: "re.findall('', 'a' * 10**6)", lim: interp.Limits{Steps: 200_000}, limit: interp.ErrStepLimit},
		{name: "findall results are memory-checked", src: "re.findall('a', 'a' * 10**5)", lim: interp.Limits{Memory: 4 << 20, Steps: interp.Unlimited}, limit: interp.ErrMemoryLimit},
		{name: "finditer over a long text", src: "for m in re.finditer('a', 'a' * 10**6):\n    pass", lim: interp.Limits{Steps: 1_000_000}, limit: interp.ErrStepLimit},
		{name: "split into many pieces", src: "re.split('', 'ab' * 10**6)", lim: interp.Limits{Steps: 200_000}, limit: interp.ErrStepLimit},
		{name: "split results are memory-checked", src: "re.split('b', 'ab' * 10**5)", lim: interp.Limits{Memory: 4 << 20, Steps: interp.Unlimited}, limit: interp.ErrMemoryLimit},
		{name: "compiling many patterns", src: "for i in range(10**6):\n    re.compile('a' * 50 + str(i))", lim: interp.Limits{Steps: 1_000_000}, limit: interp.ErrStepLimit},
		{name: "time limit during matching", src: "s = 'a' * 10**6\nwhile True:\n    re.search('(?:a|b)*c', s)", lim: interp.Limits{Steps: interp.Unlimited, Time: 100 * time.Millisecond}, limit: interp.ErrTimeLimit},
		{name: "many groups", src: "p = re.compile('(a)' * 1000)\nprint(len(p.match('a' * 1000).groups()))", want: "1000\n"},
		{name: "match object survives its pattern", src: "m = re.match('(a)', 'a')\nprint(m.re.pattern, m.re.groups, m[1])", want: "(a) 1 a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.lim.Time == 0 {
				// The machine may be busy: only the time-limit case
				// may end on time.
				tt.lim.Time = time.Minute
			}
			res, err := runRe("import re\n"+tt.src+"\n", tt.lim)
			var ie *interp.InternalError
			require.False(t, errors.As(err, &ie), "internal error: %v", err)
			switch {
			case tt.limit != nil:
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.limit)
			case tt.limits != nil:
				require.Error(t, err)
				found := false
				for _, l := range tt.limits {
					found = found || errors.Is(err, l)
				}
				assert.True(t, found, "unexpected error %v", err)
			case tt.rule != "":
				var pe *interp.PolicyError
				require.ErrorAs(t, err, &pe)
				require.NotEmpty(t, pe.Violations)
				assert.Equal(t, tt.rule, pe.Violations[0].Rule)
			case tt.exc != "":
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.exc, pe.Type, pe.Message)
			default:
				require.NoError(t, err)
				assert.Equal(t, tt.want, res.Output)
				if tt.steps > 0 {
					assert.Less(t, res.Steps, tt.steps)
				}
			}
		})
	}
}

// TestReRunsAreIsolated checks that what one run does to re (its pattern
// cache, its objects) is not seen by another.
func TestReRunsAreIsolated(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "import re\nprint(re.compile('a', re.I), re.purge(), re.I)\n",
		interp.CompileOptions{AllowImport: []string{"re"}})
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		res, err := p.Run(context.Background(), interp.RunOptions{})
		require.NoError(t, err)
		assert.Equal(t, "re.compile('a', re.IGNORECASE) None 2\n", res.Output)
	}
}

// TestReErrorsNameTheConstruct checks that every construct RE2 lacks is
// refused with a message naming it, never run differently.
func TestReErrorsNameTheConstruct(t *testing.T) {
	t.Parallel()
	for pattern, what := range map[string]string{
		`a(?=b)`:         "look-ahead",
		`a(?!b)`:         "negative look-ahead",
		`(?<=a)b`:        "look-behind",
		`(?<!a)b`:        "negative look-behind",
		`(a)\1`:          "backreference",
		`(?P<n>a)(?P=n)`: "backreference",
		`(?>a)`:          "atomic group",
		`a*+`:            "possessive repeat",
		`(a)(?(1)b)`:     "conditional group",
		`a{1001}`:        "repetition count",
		`\N{DIGIT ONE}`:  "named character",
	} {
		res, err := runRe("import re\ntry:\n    re.compile(r'"+pattern+"')\nexcept re.error as e:\n    print(e)\n", interp.Limits{})
		require.NoError(t, err, pattern)
		assert.True(t, strings.HasPrefix(res.Output, what), "%s: %q", pattern, res.Output)
		assert.Contains(t, res.Output, "pyfence", pattern)
	}
}

// TestReRandomPatterns compiles and runs pseudo-random patterns: every
// one must compile or raise re.error, and run without an internal error.
func TestReRandomPatterns(t *testing.T) {
	t.Parallel()
	tokens := []string{"a", "b", "é", ".", "^", "$", "\\b", "\\B", "\\A", "\\Z", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]",
		"[\\w-]", "(", ")", "(?:", "(?P<n>", "(?i)", "(?i:", "|", "*", "+", "?", "*?", "{2}", "{1,3}", "{,2}", "\\n", "\\1",
		"(?=", "[", "]", "\\", "{", "}", "(?#c)", "\\x41", "\\u00e9", "(?x) ", "#", " "}
	seed := uint32(12345)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	var b strings.Builder
	b.WriteString("import re\nok = bad = 0\nfor p in [")
	for i := 0; i < 400; i++ {
		var p strings.Builder
		for k := next(8) + 1; k > 0; k-- {
			p.WriteString(tokens[next(len(tokens))])
		}
		b.WriteString(pyQuoteForTest(p.String()) + ", ")
	}
	b.WriteString("]:\n    try:\n        c = re.compile(p)\n    except re.error:\n        bad += 1\n        continue\n" +
		"    for s in ['', 'ab', 'a\\nb\\n', 'é b', 'bbaa']:\n        try:\n            c.findall(s)\n            c.sub('-', s)\n" +
		"            c.split(s)\n            c.search(s, 1)\n            c.fullmatch(s)\n        except re.error:\n            pass\n    ok += 1\nprint(ok + bad)\n")
	res, err := runRe(b.String(), interp.Limits{Steps: interp.Unlimited, Time: time.Minute})
	require.NoError(t, err)
	assert.Equal(t, "400\n", res.Output)
}

// pyQuoteForTest writes s as a Python string literal.
func pyQuoteForTest(s string) string {
	var b strings.Builder
	b.WriteString("'")
	for _, r := range s {
		switch r {
		case '\\', '\'':
			b.WriteString("\\" + string(r))
		case '\n':
			b.WriteString("\\n")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("'")
	return b.String()
}
