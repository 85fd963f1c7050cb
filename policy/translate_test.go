package policy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// translateTests maps sources to their translations.
var translateTests = []struct {
	name string
	src  string
	want string
}{
	// Assignment expressions.
	{"walrus in an if header", "if (n := len(a)) > 2:\n    pass", "if ((( len(a)) is __pf_walrus_n__)) > 2:\n    pass"},
	{"walrus unparenthesized in a header", "while x := f():\n    pass", "while (( f()) is __pf_walrus_x__):\n    pass"},
	{"walrus value ends at a comma", "g(a := 1, a)", "g((( 1) is __pf_walrus_a__), a)"},
	{"walrus with a conditional value", "(r := 1 if c else 2)", "((( 1 if c else 2) is __pf_walrus_r__))"},
	{"walrus with a lambda value", "(f := lambda: 0)", "((( lambda: 0) is __pf_walrus_f__))"},
	{"walrus value translated", "(s := f'{x}')", "((( __pf_fstr__((((x), '', ''), ))) is __pf_walrus_s__))"},
	{"nested walrus", "(a := (b := 1))", "((( ((( 1) is __pf_walrus_b__))) is __pf_walrus_a__))"},

	// f-strings.
	{"f-string with a field", "x = f'a{x}b'", "x = __pf_fstr__(('a', ((x), '', ''), 'b', ))"},
	{"conversion", "x = f'{x!r}'", "x = __pf_fstr__((((x), 'r', ''), ))"},
	{"conversion and spec", "x = f'{x!s:>10}'", "x = __pf_fstr__((((x), 's', '>10'), ))"},
	{"nested fields in the spec", "x = f'{x:{w}.{p}f}'",
		"x = __pf_fstr__((((x), '', __pf_fstr__((((w), '', ''), '.', ((p), '', ''), 'f', ))), ))"},
	{"debug specifier repr by default", "x = f'{x=}'", "x = __pf_fstr__(('x=', ((x), 'r', ''), ))"},
	{"debug specifier with a spec formats", "x = f'{x=:.2f}'", "x = __pf_fstr__(('x=', ((x), '', '.2f'), ))"},
	{"debug specifier keeps spaces", "x = f'{x = !s}'", "x = __pf_fstr__(('x = ', ((x ) , 's', ''), ))"},
	{"debug text is escaped", `x = f"{'a'=}"`, `x = __pf_fstr__(('\'a\'=', (('a'), 'r', ''), ))`},
	{"doubled braces", "x = f'{{}}{x}{{'", "x = __pf_fstr__(('{}', ((x), '', ''), '{', ))"},
	{"no fields: a plain literal", "x = f'{{x}}'", "x = '{x}'"},
	{"no fields with r", "x = Rf'\\d{{'", `x = R'\d{'`},
	{"raw f-string", `x = rf'\d{x}\n'`, `x = __pf_fstr__((r'\d', ((x), '', ''), r'\n', ))`},
	{"escapes stay for gpython", `x = f'\t{x}\n'`, `x = __pf_fstr__(('\t', ((x), '', ''), '\n', ))`},
	{"backslash before a field is kept", `x = f'\{x}'`, `x = __pf_fstr__(('\\', ((x), '', ''), ))`},
	{"raw backslash before a field", `x = rf'a\{x}'`, `x = __pf_fstr__((r'a' '\\', ((x), '', ''), ))`},
	{"named escape is not a field", `x = f'\N{DASH}{x}'`, `x = __pf_fstr__(('\N{DASH}', ((x), '', ''), ))`},
	{"quote before a field in triple quotes", "x = f'''a'{x}'''", "x = __pf_fstr__(('''a''' \"'\", ((x), '', ''), ))"},
	{"escaped quote in triple quotes", `x = f'''a\'{x}'''`, `x = __pf_fstr__(('''a\'''', ((x), '', ''), ))`},
	{"prefixes in any case", `x = F"{x}" fR'{y}'`, "x = __pf_fstr__((((x), '', ''),  ((y), '', ''), ))"},
	{"strings in the expression", `x = f'{a["k"]}'`, "x = __pf_fstr__((((a[\"k\"]), '', ''), ))"},
	{"empty spec", "x = f'{x!r:}'", "x = __pf_fstr__((((x), 'r', ''), ))"},
	{"spec field with a string", `x = f'{3:{"<"}5}'`, "x = __pf_fstr__((((3), '', __pf_fstr__((((\"<\"), '', ''), '5', ))), ))"},
	{"!= is not a conversion", "x = f'{a!=b}'", "x = __pf_fstr__((((a!=b), '', ''), ))"},
	{"== and <= are not the = specifier", "x = f'{a==b}{a<=b}'", "x = __pf_fstr__((((a==b), '', ''), ((a<=b), '', ''), ))"},
	{"a tuple expression", "x = f'{a, b}'", "x = __pf_fstr__((((a, b), '', ''), ))"},
	{"starred tuple expression", "x = f'{*a, b}'", "x = __pf_fstr__((((__pf_tuple__((1, a, 0, b))), '', ''), ))"},
	{"nested f-string", `x = f'{f"{y}"}'`, "x = __pf_fstr__((((__pf_fstr__((((y), '', ''), ))), '', ''), ))"},
	{"joined with plain literals", "x = ('a' f'{x}'\n     'b')", "x = (__pf_fstr__(('a',  ((x), '', ''), \n     'b', )))"},
	{"multi-line triple-quoted", "x = f'''\na {\nx\n+ 1} b'''", "x = __pf_fstr__(('''\na ''', ((\nx\n+ 1), '', ''), ''' b''', ))"},
	{"identifiers normalised", "x = f'{ｘ}'", "x = __pf_fstr__((((x), '', ''), ))"},
	{"underscores in an expression", "x = f'{1_000}'", "x = __pf_fstr__((((1000), '', ''), ))"},
	{"bytes untouched", "x = b'a' b'{b}'", "x = b'a' b'{b}'"},
	{"method on an f-string", "x = f'{x}'.upper()", "x = __pf_fstr__((((x), '', ''), )).upper()"},

	// Numbers.
	{"underscores dropped", "x = 1_000 + 1_0j + .5_5 + 1e1_0 + 0o_7 + 0b_1 + 0x_F_F",
		"x = 1000 + 10j + .55 + 1e10 + 0o7 + 0b1 + 0xFF"},
	{"float with underscores", "x = 1_0.5e1_0", "x = 10.5e10"},

	// Calls.
	{"one *args is 3.4", "f(*a)", "f(*a)"},
	{"*args then keywords is 3.4", "f(*a, k=1)", "f(*a, k=1)"},
	{"keywords then *args is 3.4", "f(k=1, *a)", "f(k=1, *a)"},
	{"*args and **kwargs is 3.4", "f(*a, **b)", "f(*a, **b)"},
	{"two *args", "print(*a, *b, sep=',')", "__pf_call__(print, (1, a, 1, b, 'sep',','))"},
	{"every kind", "f(a, *b, c, k=1, **d, j=2)", "__pf_call__(f, (0, a, 1, b, 0, c, 'k',1, 2, d, 'j',2))"},
	{"two **kwargs", "f(**c, **d)", "__pf_call__(f, (2, c, 2, d))"},
	{"keyword after **", "f(**a, k=1)", "__pf_call__(f, (2, a, 'k',1))"},
	{"more than 255 arguments", "f(" + strings.Repeat("x, ", 256) + ")", "__pf_call__(f, (" + strings.Repeat("0, x, ", 256) + "))"},
	{"255 arguments is 3.4", "f(" + strings.Repeat("x, ", 255) + ")", "f(" + strings.Repeat("x, ", 255) + ")"},
	{"* after ** is invalid in 3.11 too", "f(**a, *b)", "f(**a, *b)"},
	{"generator argument", "f(*a, *b, x for x in y)", "f(*a, *b, x for x in y)"},
	{"lambda argument", "f(lambda a, *b: 0, *c, *d)", "__pf_call__(f, (0, lambda a, *b: 0, 1, c, 1, d))"},
	{"method call", "o.m(*a, *b)", "__pf_call__(o.m, (1, a, 1, b))"},
	{"chained calls", "g(*a, *b)(*c, *d)", "__pf_call__(__pf_call__(g, (1, a, 1, b)), (1, c, 1, d))"},
	{"call after a subscript", "x[0](*a, *b).y", "__pf_call__(x[0], (1, a, 1, b)).y"},
	{"decorator", "@dec(*a, *b)\ndef f(): pass", "@__pf_call__(dec, (1, a, 1, b))\ndef f(): pass"},
	{"class bases are not translated", "class C(*a, *b): pass", "class C(*a, *b): pass"},
	{"call in a with item", "with f(*a, *b) as [x, *y]: pass", "with __pf_call__(f, (1, a, 1, b)) as [x, *y]: pass"},

	// Displays.
	{"list", "x = [*a, *b, c]", "x = __pf_list__((1, a, 1, b, 0, c))"},
	{"list of one", "x = [*a]", "x = __pf_list__((1, a))"},
	{"tuple", "x = (*a, b)", "x = __pf_tuple__((1, a, 0, b))"},
	{"tuple of one", "x = (*a,)", "x = __pf_tuple__((1, a,))"},
	{"starred without a comma is not a tuple", "x = (*a)", "x = (*a)"},
	{"set", "x = {*a, 1}", "x = __pf_set__(__pf_chain__((1, a, 0, 1)))"},
	{"dict", "x = {**a, 'k': v, **b}", "x = __pf_dict_merge__((1, a, 0, 'k', v, 1, b))"},
	{"dict with a trailing comma", "x = {'a': 1, **b,}", "x = __pf_dict_merge__((0, 'a', 1, 1, b,))"},
	{"dict with a lambda key", "x = {lambda: 1: 2, **b}", "x = __pf_dict_merge__((0, lambda: 1, 2, 1, b))"},
	{"empty dict", "x = {}", "x = {}"},
	{"dict with a bare element stays", "x = {**a, b}", "x = {**a, b}"},
	{"dict with a starred element stays", "x = {**a, *b}", "x = {**a, *b}"},
	{"comprehension untouched", "x = [*a for a in b]", "x = [*a for a in b]"},
	{"bare tuple", "x = *a, *b", "x = __pf_tuple__((1, a, 1, b))"},
	{"return", "def f(): return *a, b", "def f(): return __pf_tuple__((1, a, 0, b))"},
	{"yield", "def f(): yield *a, b", "def f(): yield __pf_tuple__((1, a, 0, b))"},
	{"for iterable", "for a, *b in *c, *d: pass", "for a, *b in __pf_tuple__((1, c, 1, d)): pass"},
	{"lambda body", "x = lambda *a, **k: (*a, *k)", "x = lambda *a, **k: __pf_tuple__((1, a, 1, k))"},
	{"nested", "x = [*a, [*b], {**c}]", "x = __pf_list__((1, a, 0, __pf_list__((1, b)), 0, __pf_dict_merge__((1, c))))"},

	// Targets keep their stars.
	{"starred target", "a, *b = *c, d", "a, *b = __pf_tuple__((1, c, 0, d))"},
	{"list target", "[a, *b] = c", "[a, *b] = c"},
	{"chained targets", "x = [a, *b] = c", "x = [a, *b] = c"},
	{"for target", "for [a, *b] in [[*x, *y]]: pass", "for [a, *b] in [__pf_list__((1, x, 1, y))]: pass"},
	{"comprehension target", "x = [a for [a, *b] in [*c, *d]]", "x = [a for [a, *b] in __pf_list__((1, c, 1, d))]"},
	{"subscript in a target", "x[[*a, *b][0]] = 1", "x[__pf_list__((1, a, 1, b))[0]] = 1"},

	// Positional-only parameters.
	{"posonly", "def f(a, b, /, c, *, d): return a", "def f(a, b,  c, *, d): return a"},
	{"posonly last", "def f(a, /): pass", "def f(a, ): pass"},
	{"posonly lambda", "g = lambda a, /, b: a", "g = lambda a,  b: a"},
	{"posonly with defaults", "def f(a=(*b, *c), /, d: [*e] = f(*g, *h)) -> [*i]: pass",
		"def f(a=__pf_tuple__((1, b, 1, c)),  d: (None and (__pf_list__((1, e)))) = __pf_call__(f, (1, g, 1, h))) -> (None and (__pf_list__((1, i)))): pass"},
	{"'/' first stays", "def f(/, a): pass", "def f(/, a): pass"},
	{"'/' after '*' stays", "def f(a, *, b, /): pass", "def f(a, *, b, /): pass"},
	{"two '/' stay", "def f(a, /, b, /): pass", "def f(a, /, b, /): pass"},

	// Annotations.
	{"annotated assignment", "x: int = 1", "x= (None and ( int )) or ( 1)"},
	{"annotation alone", "x: int", "None and (x, int)"},
	{"attribute target", "self.x: list[int] = [*a]", "self.x= (None and ( list[int] )) or ( __pf_list__((1, a)))"},
	{"subscript target", "x[0]: int = 1", "x[0]= (None and ( int )) or ( 1)"},
	{"parenthesized target", "(x): int = 1", "(x)= (None and ( int )) or ( 1)"},
	{"tuple value", "x: tuple = *a, b", "x= (None and ( tuple )) or ( __pf_tuple__((1, a, 0, b)))"},
	{"yield value", "x: int = yield", "x= (None and ( int )) or ( yield)"},
	{"after a compound header", "if x: y: int = 1", "if x: y= (None and ( int )) or ( 1)"},
	{"after a semicolon", "a = 1; b: int = 2", "a = 1; b= (None and ( int )) or ( 2)"},
	{"tuple target stays", "a, b: int = 1, 2", "a, b: int = 1, 2"},
	{"call target stays", "f(): int", "f(): int"},
	{"parameter annotations", "def f(a: list[int], *b: int, c: int | None = None, **d: 'D') -> dict[str, int]: pass",
		"def f(a: (None and (list[int])), *b: (None and (int)), c: (None and (int | None)) = None, **d: (None and ('D'))) -> (None and (dict[str, int])): pass"},
	{"method annotations", "class C:\n    def m(self, x: int) -> 'C':\n        return self",
		"class C:\n    def m(self, x: (None and (int))) -> (None and ('C')):\n        return self"},
	{"missing value stays", "x: int =", "x: int ="},
	{"tuple annotation stays", "x: int, y", "x: int, y"},
	{"starred annotation stays", "x: *a", "x: *a"},
	{"yield annotation stays", "x: yield = 1", "x: yield = 1"},

	// Soft keywords and plain code.
	{"match as a name", "match = 1\nmatch(x)\nprint(match)", "match = 1\nmatch(x)\nprint(match)"},
	{"type as a name", "type = 3\nprint(type in x, type(x))", "type = 3\nprint(type in x, type(x))"},
	{"slices", "x = a[1:2, ::3]", "x = a[1:2, ::3]"},
	{"dict display", "x = {1: 2, 'a': [3]}", "x = {1: 2, 'a': [3]}"},
}

func TestTranslate(t *testing.T) {
	t.Parallel()
	for _, tt := range translateTests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, tr, serr := translate(tt.src, ModeExec, ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting})
			require.Nil(t, serr)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, strings.Count(tt.src, "\n"), strings.Count(got, "\n"), "lines")
			if got == tt.src {
				assert.Nil(t, tr)
			}
			_, err := Parse("t.py", []byte(tt.src), ModeExec, ParseLimits{})
			if !strings.Contains(tt.name, "stay") && !strings.Contains(tt.name, "invalid") &&
				!strings.Contains(tt.name, "without a comma") && !strings.Contains(tt.name, "comprehension untouched") &&
				!strings.Contains(tt.name, "generator argument") && !strings.Contains(tt.name, "class bases") {
				assert.NoError(t, err)
			}
		})
	}
}

func TestTranslateRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		wantPos Pos
		wantMsg string
	}{
		// f-strings, with CPython 3.11's messages.
		{"backslash in an expression", "x = 1\ny = f'{x\\n}'", Pos{2, 9}, "f-string expression part cannot include a backslash"},
		{"comment in an expression", "x = f'{x#}'", Pos{1, 9}, "f-string expression part cannot include '#'"},
		{"single '}'", "x = f'a}'", Pos{1, 8}, "f-string: single '}' is not allowed"},
		{"missing '}'", "x = f'{x'", Pos{1, 9}, "f-string: expecting '}'"},
		{"lone '{'", "x = f'{'", Pos{1, 8}, "f-string: expecting '}'"},
		{"empty expression", "x = f'{ }'", Pos{1, 9}, "f-string: empty expression not allowed"},
		{"bad conversion", "x = f'{x!z}'", Pos{1, 10}, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"missing conversion", "x = f'{x!}'", Pos{1, 10}, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"space after the conversion", "x = f'{x!r :>3}'", Pos{1, 11}, "f-string: expecting '}'"},
		{"conversion after '=' then '='", "x = f'{x!r=}'", Pos{1, 11}, "f-string: expecting '}'"},
		{"nested too deeply", "x = f'{x:{y:{z}}}'", Pos{1, 13}, "f-string: expressions nested too deeply"},
		{"mismatched bracket", "x = f'{(x}'", Pos{1, 10}, "f-string: closing parenthesis '}' does not match opening parenthesis '('"},
		{"unmatched ')'", "x = f'{x)}'", Pos{1, 9}, "f-string: unmatched ')'"},
		{"unclosed bracket", "x = f'{(x'", Pos{1, 10}, "f-string: unmatched '('"},
		{"unterminated string in an expression", `x = f"{'a}"`, Pos{1, 11}, "f-string: unterminated string"},
		{"bytes and f-string", "x = f'{x}' b'a'", Pos{1, 5}, "cannot mix bytes and nonbytes literals"},
		{"error on the line of a multi-line f-string", "x = f'''\n\n{x!q}'''", Pos{3, 4}, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"walrus target in an expression", "x = f'{(y.a:=1)}'", Pos{1, 12}, "cannot use assignment expressions with attribute"},
		{"limits apply in expressions, which are in parentheses", "x = f'{" + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + "}'",
			Pos{1, 107}, "brackets nested deeper than 100 levels"},
		{"prefix operators counted in expressions", "x = f'{" + strings.Repeat("-", 101) + "1}'",
			Pos{1, 108}, "expression nested deeper than 100 levels"},
		{"identifiers checked in expressions", "x = f'{a€}'", Pos{1, 9}, "invalid character '€' (U+20AC)"},

		{"repeated keyword in a translated call", "f(*a, *b, k=1, k=2)", Pos{1, 16}, "keyword argument repeated: k"},

		// Numbers, with CPython 3.11's messages.
		{"double underscore", "x = 1__0", Pos{1, 6}, "invalid decimal literal"},
		{"trailing underscore", "x = 1_", Pos{1, 6}, "invalid decimal literal"},
		{"underscore before the point", "x = 1_.5", Pos{1, 6}, "invalid decimal literal"},
		{"underscore after the point", "x = 1._5", Pos{1, 7}, "invalid decimal literal"},
		{"underscore before the exponent", "x = 1_e5", Pos{1, 6}, "invalid decimal literal"},
		{"hexadecimal", "x = 0x_", Pos{1, 8}, "invalid hexadecimal literal"},
		{"hexadecimal double underscore", "x = 0x1__2", Pos{1, 8}, "invalid hexadecimal literal"},
		{"binary digit", "x = 0b1_2", Pos{1, 9}, "invalid digit '2' in binary literal"},
		{"leading zeros", "x = 0_7", Pos{1, 5}, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"identifier after the literal", "x = 1_0a", Pos{1, 8}, "invalid decimal literal"},
		{"too many digits", "x = 1" + strings.Repeat("_0", 4300), Pos{1, 5}, "integer literal has 4301 digits, more than the limit of 4300"},

		// Unsupported statements.
		{"walrus statement", "n := 10", Pos{1, 3}, "invalid syntax"},
		{"walrus as an assigned value", "m = n := 10", Pos{1, 7}, "invalid syntax"},
		{"walrus without a value", "f((n := ))", Pos{1, 8}, "invalid syntax"},
		{"walrus to a subscript", "(a[0] := 1)", Pos{1, 7}, "cannot use assignment expressions with subscript"},
		{"walrus to a keyword", "(None := 1)", Pos{1, 7}, "cannot use assignment expressions with None"},
		{"walrus to a call", "(f() := 1)", Pos{1, 6}, "cannot use assignment expressions with expression"},
		{"match", "command = 'x'\nmatch command:\n    case 'x':\n        pass", Pos{2, 1}, "match statements are not supported"},
		{"match on a list", "match [x, y]:\n    case _: pass", Pos{1, 1}, "match statements are not supported"},
		{"match on a call", "match(x):\n    case _: pass", Pos{1, 1}, "match statements are not supported"},
		{"type statement", "type X = int", Pos{1, 1}, "type statements are not supported"},
		{"generic type statement", "type X[T] = list[T]", Pos{1, 1}, "type statements are not supported"},
		{"async def", "async def f():\n    pass", Pos{1, 1}, "'async' is not supported: pyfence runs no coroutines"},
		{"await", "def f():\n    await g()", Pos{2, 5}, "'await' is not supported: pyfence runs no coroutines"},
		{"except*", "try:\n    pass\nexcept* ValueError:\n    pass", Pos{3, 7}, "except* is not supported"},
		{"t-string", "x = t'{y}'", Pos{1, 5}, "t-strings (template strings) are not supported"},
		{"raw t-string", "x = rt'{y}'", Pos{1, 5}, "t-strings (template strings) are not supported"},

		// Positions map through Parse's own rewrites.
		{"after a normalised identifier", "ｘｘ = f'{x!z}'", Pos{1, 15}, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"after a byte-order mark", "\xef\xbb\xbfx = 1__0", Pos{1, 9}, "invalid decimal literal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("t.py", []byte(tt.src), ModeExec, ParseLimits{})
			var serr *SyntaxError
			require.ErrorAs(t, err, &serr)
			assert.Equal(t, tt.wantMsg, serr.Msg)
			assert.Equal(t, tt.wantPos, serr.Pos)
		})
	}
}

// TestTranslatedPositions checks that violations and gpython's syntax
// errors inside translated code point into the source.
func TestTranslatedPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		src      string
		wantPos  Pos
		wantRule string // "" for a syntax error from gpython
	}{
		{"dunder in an f-string", "x = 1\ny = f'{x.__class__}'", Pos{2, 9}, ruleDunderAttr},
		{"dunder after a field", "y = f'{a}{b}{x.__class__}'", Pos{1, 15}, ruleDunderAttr},
		{"dunder in a format spec", "y = f'{x:{y.__class__}}'", Pos{1, 12}, ruleDunderAttr},
		{"dunder on line 3 of a triple-quoted f-string", "y = f'''\na\n  {x.__class__}'''", Pos{3, 5}, ruleDunderAttr},
		{"dunder in a nested f-string", `y = f'{f"{x.__class__}"}'`, Pos{1, 12}, ruleDunderAttr},
		{"forbidden name in an f-string", "y = f'{open}'", Pos{1, 8}, ruleForbiddenName},
		{"normalised forbidden name in an f-string", "y = f'{ｅｘｅｃ}'", Pos{1, 8}, ruleForbiddenName},
		{"reserved name written in an f-string", "y = f'{__pf_fstr__}'", Pos{1, 8}, ruleReservedName},
		{"reserved name as an argument of a translated call", "f(*a, *__pf_call__)", Pos{1, 8}, ruleReservedName},
		{"dunder in an annotation", "x: __import__('os') = 1", Pos{1, 4}, ruleDunderName},
		{"dunder in an annotation without value", "x: y.__class__", Pos{1, 5}, ruleDunderAttr},
		{"forbidden name in an annotation", "def f():\n    x: open = 1", Pos{2, 8}, ruleForbiddenName},
		{"dunder in a parameter annotation", "def f(x: y.__class__): pass", Pos{1, 11}, ruleDunderAttr},
		{"dunder in a return annotation", "def f() -> __import__('os'): pass", Pos{1, 12}, ruleDunderName},
		{"dunder in a translated display", "x = [*a, b.__dict__]", Pos{1, 11}, ruleDunderAttr},
		{"dunder in a translated call", "f(*a, *b, k=c.__dict__)", Pos{1, 14}, ruleDunderAttr},
		{"dunder after a number with underscores", "x = 1_000_000 + y.__class__", Pos{1, 18}, ruleDunderAttr},
		{"dunder after a positional-only marker", "def f(a, /, b=c.__dict__): pass", Pos{1, 16}, ruleDunderAttr},
		{"syntax error in an f-string expression", "x = 1\ny = (f'{x}' +\n     f'{x +}')", Pos{3, 12}, ""},
		{"syntax error on line 3 of a triple-quoted f-string", "y = f'''\n\n{a b}'''", Pos{3, 4}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src, err := Parse("t.py", []byte(tt.src), ModeExec, ParseLimits{})
			if tt.wantRule == "" {
				// gpython's parser reports the token after the error, at
				// its own column; the line must be the source's.
				var serr *SyntaxError
				require.ErrorAs(t, err, &serr)
				assert.Equal(t, tt.wantPos.Line, serr.Pos.Line)
				return
			}
			require.NoError(t, err)
			vs := Check(src, Config{})
			require.Len(t, vs.List, 1, "%v", vs.List)
			assert.Equal(t, tt.wantRule, vs.List[0].Rule)
			assert.Equal(t, tt.wantPos, vs.List[0].Pos)
		})
	}
}

// TestTranslatedHelpersAreNotViolations checks that the names the
// translation injects pass the reserved-name rule.
func TestTranslatedHelpersAreNotViolations(t *testing.T) {
	t.Parallel()
	src := "x = f'{a!r:{w}}' + ''.join([*a, *b])\n" +
		"y = {**c, 'k': (*d, *e)} | {*f, *g}\n" +
		"@dec(*a, *b)\n" +
		"def f(p, /, q=f(*a, *b)) -> int:\n" +
		"    z: int = 1_000\n" +
		"    return f'''{\n" +
		"        z=}'''\n"
	s, err := Parse("t.py", []byte(src), ModeExec, ParseLimits{})
	require.NoError(t, err)
	assert.Empty(t, Check(s, Config{}).List)
}

func TestTranslateEvalMode(t *testing.T) {
	t.Parallel()
	lim := ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting}
	for src, want := range map[string]string{
		"f'{x}' + str(1_0)": "__pf_fstr__((((x), '', ''), )) + str(10)",
		"*a, b":             "__pf_tuple__((1, a, 0, b))",
		"x: int":            "x: int", // an annotation is a statement
		"f(*a, *b)":         "__pf_call__(f, (1, a, 1, b))",
	} {
		got, _, serr := translate(src, ModeEval, lim)
		require.Nil(t, serr, src)
		assert.Equal(t, want, got, src)
	}
	_, err := Parse("t.py", []byte("x: int"), ModeEval, ParseLimits{})
	var serr *SyntaxError
	assert.ErrorAs(t, err, &serr)
}

func TestTranslateLeavesOtherSourceAlone(t *testing.T) {
	t.Parallel()
	src := "import m\nx = {'a': [1, 2], 'b': (3,)}\ndef f(a, *b, c=1, **d):\n    return f(*b, **d)\n" +
		"y = lambda *a: a[1:2]\nclass C(B, metaclass=M): pass\nz = 'f{x}' + b'{y}' + rb'\\{'\n"
	got, tr, serr := translate(src, ModeExec, ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting})
	require.Nil(t, serr)
	assert.Equal(t, src, got)
	assert.Nil(t, tr)
}

// TestTranslateLargeSources checks that large inputs translate: a 1 MB
// f-string, many fields, many starred elements.
func TestTranslateLargeSources(t *testing.T) {
	t.Parallel()
	lim := ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting}
	for name, src := range map[string]string{
		"1 MB f-string":       "x = f'" + strings.Repeat("a", 1_000_000) + "{x}'\n",
		"100,000 fields":      "x = f'" + strings.Repeat("{x!r:>{w}}", 100_000) + "'\n",
		"100,000 starred":     "x = [" + strings.Repeat("*a, ", 100_000) + "]\n",
		"100,000 lines":       "x = f'''" + strings.Repeat("{x}\n", 100_000) + "'''\n",
		"100,000 annotations": strings.Repeat("x: int = 1_0\n", 100_000),
	} {
		got, _, serr := translate(src, ModeExec, lim)
		require.Nil(t, serr, name)
		assert.Equal(t, strings.Count(src, "\n"), strings.Count(got, "\n"), name)
	}
}

func TestTranslationMapsColumns(t *testing.T) {
	t.Parallel()
	src := "x = f'{a}' + f'{b.c}'"
	got, tr, serr := translate(src, ModeExec, ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting})
	require.Nil(t, serr)
	// Each identifier maps back to its column in the source.
	for _, id := range []string{"a", "b", ".c"} {
		i := strings.Index(got, id)
		require.GreaterOrEqual(t, i, 0)
		assert.Equal(t, Pos{1, strings.Index(src, id) + 1}, tr.toScanned(Pos{1, i + 1}), id)
	}
	// Inserted text maps to the start of the literal it replaced.
	assert.Equal(t, Pos{1, 5}, tr.toScanned(Pos{1, 5}))
	assert.True(t, tr.isInjected(Pos{1, 5}))
	assert.False(t, tr.isInjected(Pos{1, 6}))
	var none *translation
	assert.Equal(t, Pos{3, 4}, none.toScanned(Pos{3, 4}))
	assert.False(t, none.isInjected(Pos{1, 1}))
}

// FuzzTranslate checks that the translation never fails internally, keeps
// every line where it was, and yields text gpython's parser can read
// without panicking.
func FuzzTranslate(f *testing.F) {
	for _, tt := range translateTests {
		f.Add(tt.src)
	}
	for _, s := range []string{
		"f'{'", "f'{x!'", "f'{x:'", "f'''{\n", "f'{x:{y:{z}}}'", "f'{{'", "f'}}'", "[*", "{**", "f(*a, *",
		"def f(/", "x: ", "1_", "0x_", "f'{(}'", "f'{f\"{f'''{1}'''}\"}'", "\\\nf'{x}'", "(f'a'\n#c\nf'{b}')",
	} {
		f.Add(s)
	}
	lim := ParseLimits{MaxBytes: DefaultMaxBytes, MaxNesting: DefaultMaxNesting}
	f.Fuzz(func(t *testing.T, src string) {
		got, tr, serr := translate(src, ModeExec, lim)
		if serr != nil {
			require.NotContains(t, serr.Msg, "could not translate")
			return
		}
		require.Equal(t, strings.Count(src, "\n"), strings.Count(got, "\n"))
		if tr != nil {
			for _, p := range tr.injected {
				rest := lineOf(got, p.Line)[p.Col-1:]
				require.True(t, strings.HasPrefix(rest, "__pf_") || strings.HasPrefix(rest, "@__pf_"), "injected name at %v", p)
			}
		}
		_, _ = parseText(got, "fuzz.py", ModeExec)
	})
}

// lineOf returns line n (1-based) of s.
func lineOf(s string, n int) string {
	lines := strings.Split(s, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}
