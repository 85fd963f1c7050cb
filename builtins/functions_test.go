package builtins_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// fnCase is a script run end to end through interp. want is CPython
// 3.11's stdout; err, when set, is the "Type: message" of the exception
// CPython raises (just "Type" when the message is empty).
type fnCase struct {
	name, src, want, err string
}

// runFnScript compiles and runs src with the given limits and returns its
// output.
func runFnScript(src string, lim interp.Limits) (string, error) {
	p, err := interp.Compile("t.py", src, interp.CompileOptions{})
	if err != nil {
		return "", err
	}
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if err != nil {
		return "", err
	}
	return res.Output, nil
}

// runFnCases runs each case in parallel and compares with CPython.
func runFnCases(t *testing.T, cases []fnCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runFnScript(tt.src, interp.Limits{})
			if tt.err != "" {
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe)
				got := pe.Type
				if pe.Message != "" {
					got += ": " + pe.Message
				}
				assert.Equal(t, tt.err, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, out)
		})
	}
}

// fnLimitCase is a hostile script that must end with a limit.
type fnLimitCase struct {
	name string
	src  string
	lim  interp.Limits
	kind interp.LimitKind
}

// runFnLimitCases checks that each script ends with its limit, quickly.
func runFnLimitCases(t *testing.T, cases []fnLimitCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			_, err := runFnScript(tt.src, tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			if tt.kind == interp.StepLimit && le.Kind == interp.TimeLimit {
				// Work is bounded by steps or by time, whichever comes
				// first on a loaded machine.
				return
			}
			assert.Equal(t, tt.kind, le.Kind, "%v", err)
			assert.Less(t, time.Since(start), 2*time.Minute)
		})
	}
}

// fnPolicyCase is a script that must end with a runtime policy block.
type fnPolicyCase struct {
	name, src, rule string
}

func runFnPolicyCases(t *testing.T, cases []fnPolicyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runFnScript(tt.src, interp.Limits{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
		})
	}
}

func TestBuiltinFunctions(t *testing.T) {
	t.Parallel()
	runFnCases(t, []fnCase{
		{name: "abs of every number type", src: "print(abs(-3), abs(2.5), abs(True), abs(-2**70), abs(-9223372036854775808))", want: "3 2.5 1 1180591620717411303424 9223372036854775808\n"},
		{name: "all and any short-circuit", src: "def g():\n    yield 1\n    yield 0\n    print('not reached')\nprint(all(g()), any(x > 2 for x in range(5)), all([]), any([]))", want: "False True True False\n"},
		{name: "ascii escapes non-ASCII", src: "print(ascii('h\\xe9llo\\n\\u1234\\U0001f600'), ascii(['\\xe9']))", want: "'h\\xe9llo\\n\\u1234\\U0001f600' ['\\xe9']\n"},
		{name: "bin oct hex", src: "print(bin(-5), hex(-255), oct(8), bin(0), hex(2**70), bin(True))", want: "-0b101 -0xff 0o10 0b0 0x400000000000000000 0b1\n"},
		{name: "chr and ord", src: "print(chr(65), chr(0x1F600), ord('\\u20ac'), ord(b'a'), ord(chr(0x10FFFF)))", want: "A 😀 8364 97 1114111\n"},
		{name: "divmod floors", src: "print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, -2), divmod(2**70, -3))", want: "(-4, 1) (-4, -1) (3, -1) (-4.0, -0.5) (-393530540239137101142, -2)\n"},
		{name: "enumerate with start", src: "print(list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3)))", want: "[(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')] []\n"},
		{name: "enumerate with a big start", src: "print(next(enumerate('a', 2**70)))", want: "(1180591620717411303424, 'a')\n"},
		{name: "filter with None and a function", src: "print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))", want: "[1, 'a'] [2, 3]\n"},
		{name: "hash agrees with equality", src: "print(hash(1) == hash(1.0) == hash(True), hash(-1), hash((1, 2)) == hash((1, 2.0)))", want: "True -2 True\n"},
		{name: "iter with a sentinel", src: "xs = [3, 2, 0, 5]\nprint(list(iter(lambda: xs.pop(0), 0)), xs)", want: "[3, 2] [5]\n"},
		{name: "next with a default", src: "it = iter([1])\nprint(next(it), next(it, 'done'), next(it, None))", want: "1 done None\n"},
		{name: "len of sequences", src: "print(len('h\\xe9llo'), len(range(0, 10, 3)), len(b'ab'), len([1, 2]), len(()))", want: "5 4 2 2 0\n"},
		{name: "map over several iterables", src: "print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))", want: "[4, 10] [3, 4]\n"},
		{name: "max and min forms", src: "print(max(3, 1, 2), min('b', 'a'), max([1, 5, 3], key=lambda x: -x), max([], default=7), min([], default=None))", want: "3 a 1 7 None\n"},
		{name: "max and min keep the first of equals", src: "print(max(1, 1.0), max(1.0, 1), min(1, True), min(True, 1), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))", want: "1 1.0 1 True (1, 'a')\n"},
		{name: "pow forms", src: "print(pow(3, -1, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 0.5), pow(2, -2), pow(10, 10**7, 3), pow(5, 0, 1))", want: "5 1 -1 1.4142135623730951 0.25 1 0\n"},
		{name: "round halves to even", src: "print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(197.844, 2))", want: "2.67 0 2 2 0 -2 197.84\n"},
		{name: "round with negative ndigits", src: "print(round(1234.5678, -2), round(-0.04, 1), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))", want: "1200.0 -0.0 0 20 20 -20\n"},
		{name: "round at the extremes", src: "print(round(1e300, -299), round(0.1, 400), round(123.456, -400), round(-123.456, -400), round(2**63, -40))", want: "1e+300 0.1 0.0 -0.0 0\n"},
		{name: "reversed of sequences", src: "print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), list(reversed('ab\\xe9')), list(reversed(b'ab')))", want: "[3, 2, 1] [2, 1] [4, 3, 2, 1, 0] ['é', 'b', 'a'] [98, 97]\n"},
		{name: "reversed of a huge range", src: "r = reversed(range(10**18))\nprint(next(r), next(r))", want: "999999999999999999 999999999999999998\n"},
		{name: "sorted with key and reverse", src: "print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))", want: "[3, 2, 1] ['A', 'b', 'c'] [(0, 'z'), (1, 'b'), (1, 'a')]\n"},
		{name: "sorted long input", src: "xs = [(i * 7919) % 1000 for i in range(2000)]\ns = sorted(xs)\nprint(s[:5], s[-3:], sorted(xs, reverse=True)[:3])", want: "[0, 0, 1, 1, 2] [998, 999, 999] [999, 999, 998]\n"},
		{name: "sum forms", src: "print(sum([0.1] * 10), sum([], 5), sum(range(10), start=5), sum([1.5, 2], 1), sum([[1], [2]], []), sum(range(101)))", want: "0.9999999999999999 5 50 4.5 [1, 2] 5050\n"},
		{name: "zip forms", src: "print(list(zip()), list(zip('ab', [1, 2, 3])), list(zip('ab', 'cd', strict=True)))", want: "[] [('a', 1), ('b', 2)] [('a', 'c'), ('b', 'd')]\n"},
		{name: "zip strict shorter", src: "list(zip([1, 2], [1], strict=True))", err: "ValueError: zip() argument 2 is shorter than argument 1"},
		{name: "zip strict longer", src: "list(zip([1], [1, 2], strict=True))", err: "ValueError: zip() argument 2 is longer than argument 1"},
		{name: "zip strict third", src: "list(zip([1, 2], [1, 2], [1], strict=True))", err: "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{name: "callable", src: "class C:\n    pass\nprint(callable(len), callable(1), callable(int), callable(C), callable(C()))", want: "True False True True False\n"},
		{name: "format with an empty spec", src: "print(format(12), format('x'), format([1, 2]))", want: "12 x [1, 2]\n"},
		{name: "iterators are their own iterators", src: "e = enumerate('ab')\nz = zip('a', 'b')\nm = map(abs, [-1])\nf = filter(None, [1])\nr = reversed([1])\nprint(iter(e) is e, iter(z) is z, iter(m) is m, iter(f) is f, iter(r) is r)", want: "True True True True True\n"},
		{name: "abs error", src: "abs('a')", err: "TypeError: bad operand type for abs(): 'str'"},
		{name: "chr negative", src: "chr(-1)", err: "ValueError: chr() arg not in range(0x110000)"},
		{name: "chr too big", src: "chr(0x110000)", err: "ValueError: chr() arg not in range(0x110000)"},
		{name: "chr overflow", src: "chr(2**100)", err: "OverflowError: Python int too large to convert to C int"},
		{name: "divmod by zero", src: "divmod(1, 0)", err: "ZeroDivisionError: integer division or modulo by zero"},
		{name: "hash of a list", src: "hash([])", err: "TypeError: unhashable type: 'list'"},
		{name: "hash of a dict", src: "hash({})", err: "TypeError: unhashable type: 'dict'"},
		{name: "max of nothing", src: "max([])", err: "ValueError: max() arg is an empty sequence"},
		{name: "max with default and several args", src: "max(1, 2, default=3)", err: "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{name: "next of a list", src: "next([])", err: "TypeError: 'list' object is not an iterator"},
		{name: "next exhausted", src: "next(iter([]))", err: "StopIteration"},
		{name: "ord of two characters", src: "ord('ab')", err: "TypeError: ord() expected a character, but string of length 2 found"},
		{name: "pow modulus zero", src: "pow(2, 3, 0)", err: "ValueError: pow() 3rd argument cannot be 0"},
		{name: "pow not invertible", src: "pow(2, -1, 4)", err: "ValueError: base is not invertible for the given modulus"},
		{name: "pow float with modulus", src: "pow(1.5, 2, 3)", err: "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{name: "round infinity", src: "round(float('inf'))", err: "OverflowError: cannot convert float infinity to integer"},
		{name: "round nan", src: "round(float('nan'))", err: "ValueError: cannot convert float NaN to integer"},
		{name: "round overflow", src: "round(1.7e308, -308)", err: "OverflowError: rounded value too large to represent"},
		{name: "round of a str", src: "round('a')", err: "TypeError: type str doesn't define __round__ method"},
		{name: "sorted of mixed types", src: "sorted([3, 1, 'a', 2])", err: "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{name: "sum of strings", src: "sum(['a'], '')", err: "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{name: "sum of bytes", src: "sum([b'a'], b'')", err: "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
		{name: "sum of mixed types", src: "sum([1, 'a'])", err: "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{name: "reversed of an int", src: "reversed(1)", err: "TypeError: 'int' object is not reversible"},
		{name: "iter of an int", src: "iter(1)", err: "TypeError: 'int' object is not iterable"},
		{name: "iter with a non-callable", src: "iter(1, 2)", err: "TypeError: iter(v, w): v must be callable"},
		{name: "len of an int", src: "len(1)", err: "TypeError: object of type 'int' has no len()"},
		{name: "len with two arguments", src: "len(1, 2)", err: "TypeError: len() takes exactly one argument (2 given)"},
		{name: "map with one argument", src: "map(len)", err: "TypeError: map() must have at least two arguments."},
		{name: "enumerate with a str start", src: "enumerate([], 'a')", err: "TypeError: 'str' object cannot be interpreted as an integer"},
		{name: "sorted with a positional key", src: "sorted([], 1)", err: "TypeError: sorted expected 1 argument, got 2"},
		{name: "sorted with an unknown keyword", src: "sorted([], foo=1)", err: "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{name: "isinstance with a non-type", src: "isinstance(1, 1)", err: "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{name: "issubclass of a non-class", src: "issubclass(1, int)", err: "TypeError: issubclass() arg 1 must be a class"},
		{name: "bin of a float", src: "bin(1.5)", err: "TypeError: 'float' object cannot be interpreted as an integer"},
	})
}

func TestBuiltinRoundHugeNdigits(t *testing.T) {
	t.Parallel()
	// CPython computes 10**(2**63) here and never finishes; the nearest
	// multiple of such a power of ten is 0.
	runFnCases(t, []fnCase{
		{name: "huge negative ndigits", src: "print(round(2**63, -2**63-1), round(-7, -10**20), round(2**1000, -400))", want: "0 0 0\n"},
	})
}

func TestBuiltinFunctionAttacks(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 1_000_000}
	runFnLimitCases(t, []fnLimitCase{
		{"sum of a huge range", "sum(range(10**15))", steps, interp.StepLimit},
		{"sum of a huge range, default budget", "sum(range(10**15))", interp.Limits{}, interp.StepLimit},
		{"sorted of a huge range checks memory first", "sorted(range(10**8))", interp.Limits{}, interp.MemoryLimit},
		{"sorted of a large range is metered", "sorted(range(10**6))", steps, interp.StepLimit},
		{"max of an infinite iterator", "max(iter(int, 1))", steps, interp.StepLimit},
		{"min of an infinite iterator", "min(iter(int, 1), key=abs)", steps, interp.StepLimit},
		{"any of an infinite generator", "any(x for x in iter(int, 1))", steps, interp.StepLimit},
		{"all of an infinite iterator", "all(iter(lambda: 1, 2))", steps, interp.StepLimit},
		{"list of a huge range checks memory first", "list(range(10**12))", interp.Limits{}, interp.MemoryLimit},
		{"tuple of a huge range checks memory first", "tuple(range(10**12))", interp.Limits{}, interp.MemoryLimit},
		{"list of an infinite iterator", "list(iter(int, 1))", interp.Limits{Steps: 500_000}, interp.StepLimit},
		{"list of an infinite iterator, memory", "list(iter(int, 1))", interp.Limits{Steps: interp.Unlimited, Memory: 1 << 20, Time: time.Minute}, interp.MemoryLimit},
		{"list repetition", "[0] * 10**12", interp.Limits{}, interp.MemoryLimit},
		{"list repetition via a variable", "n = 10**10\nx = [0, 1] * n", interp.Limits{}, interp.MemoryLimit},
		{"zip of infinite iterators", "for a in zip(iter(int, 1), iter(int, 1)): pass", steps, interp.StepLimit},
		{"map over an infinite iterator", "list(map(abs, iter(int, 1)))", steps, interp.StepLimit},
		{"enumerate of an infinite iterator", "for i, x in enumerate(iter(int, 1)): pass", steps, interp.StepLimit},
		{"filter that rejects everything", "next(filter(lambda x: False, iter(int, 1)))", steps, interp.StepLimit},
		{"filter None that rejects everything", "next(filter(None, iter(int, 1)))", steps, interp.StepLimit},
		{"sum of lists is charged for the copies", "sum([[0] * 1000] * 10**5, [])", steps, interp.StepLimit},
		{"pow with a huge exponent", "pow(2, 10**9)", interp.Limits{}, interp.MemoryLimit},
		{"pow with a huge modulus", "m = 2**100000 + 1\npow(3, m, m)", steps, interp.StepLimit},
		{"bytes of a huge count", "bytes(10**12)", interp.Limits{}, interp.MemoryLimit},
		{"ascii of a long string", "ascii('\\xe9' * 10**6)", interp.Limits{Memory: 1 << 20}, interp.MemoryLimit},
		{"isinstance with a deeply nested tuple", "t = int\nfor i in range(1000):\n    t = (t,)\nisinstance(1, t)", interp.Limits{}, interp.DepthLimit},
		{"count of a self-referential list", "a = []\na.append(a)\nb = []\nb.append(b)\na.count(b)", interp.Limits{}, interp.DepthLimit},
		{"index of a self-referential list", "a = []\na.append(a)\nb = []\nb.append(b)\na.index(b)", interp.Limits{}, interp.DepthLimit},
		{"iter sentinel loop", "for x in iter(lambda: 0, 1): pass", steps, interp.StepLimit},
	})
}

func TestBuiltinFunctionsBounded(t *testing.T) {
	t.Parallel()
	runFnCases(t, []fnCase{
		{name: "isinstance with a million-entry tuple", src: "print(isinstance(1, (str,) * 10**6), isinstance(1, (str,) * 10**6 + (int,)))", want: "False True\n"},
		{name: "reversed of a huge range", src: "r = reversed(range(10**18))\nprint(next(r), next(r))", want: "999999999999999999 999999999999999998\n"},
		{name: "three-argument pow is fast", src: "print(pow(10, 10**7, 3), pow(7, 10**100, 10**9 + 7))", want: "1 252818618\n"},
		{name: "chr of -1", src: "chr(-1)", err: "ValueError: chr() arg not in range(0x110000)"},
		{name: "hash of a list", src: "hash([])", err: "TypeError: unhashable type: 'list'"},
		{name: "type of type and of len", src: "print(type(type(1)), type(len), type(type), type(print))", want: "<class 'type'> <class 'builtin_function_or_method'> <class 'type'> <class 'builtin_function_or_method'>\n"},
		{name: "index with huge bounds", src: "print([1, 2].index(2, -10**30, 10**30), (1, 2).index(2, -1), b'abc'.find(b'c', -10**30, 10**30))", want: "1 1 2\n"},
		{name: "insert at huge indexes", src: "l = [1]\nl.insert(-10**30, 0)\nl.insert(10**30, 2)\nprint(l)", want: "[0, 1, 2]\n"},
		{name: "pop with a huge index", src: "[1].pop(10**30)", err: "IndexError: cannot fit 'int' into an index-sized integer"},
	})
}

func TestDirNeverShowsInternals(t *testing.T) {
	t.Parallel()
	src := `def f(x):
    return x
class C:
    a = 1
    def m(self):
        pass
class E(Exception):
    pass
for o in [f, C, C(), len, print, 1, 'a', [], (), range(2), b'', E, E('x'), int, type, dir, None, lambda: 0, iter([]), enumerate([]), super(C, C())]:
    print(dir(o))
`
	out, err := runFnScript(src, interp.Limits{})
	require.NoError(t, err)
	assert.NotContains(t, out, "__")
	assert.NotContains(t, out, "_pf")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Equal(t, "[]", lines[0], "dir of a function")
	assert.Equal(t, "['a', 'm']", lines[1], "dir of a class")
	assert.Equal(t, "['a', 'm']", lines[2], "dir of an instance")
}

// TestBuiltinsHostileArguments calls every builtin pyfence provides with
// every combination of hostile arguments up to two, and a sample of three:
// each call must raise a Python exception or return, and a run may end
// with a limit, but nothing may panic or end with an internal error.
func TestBuiltinsHostileArguments(t *testing.T) {
	t.Parallel()
	names := []string{"abs", "all", "any", "ascii", "bin", "callable", "chr", "dir", "divmod", "format",
		"hash", "hex", "isinstance", "issubclass", "iter", "len", "max", "min", "next", "oct", "ord", "pow",
		"round", "sorted", "sum", "enumerate", "filter", "map", "zip", "reversed", "range", "list", "tuple",
		"bytes", "slice", "object", "type", "property", "super", "str", "int", "float", "bool", "dict", "set",
		"frozenset", "staticmethod", "classmethod"}
	args := []string{"None", "-1", "0", "2", "10**30", "-10**30", "1.5", "nan", "inf", "''", "'ab'", "b'\\xff'",
		"[]", "[1, 'a']", "cyc", "deep", "()", "(int, str)", "int", "C", "C()", "E", "E('x')", "len",
		"lambda *a: a", "iter([1])", "range(3)", "{}", "True", "sup"}
	prelude := `class C:
    pass
class E(Exception):
    pass
nan = float('nan')
inf = float('inf')
cyc = []
cyc.append(cyc)
deep = []
for _ in range(150):
    deep = [deep]
sup = super(C, C())
n = 0
def call(f, *a, **k):
    global n
    n += 1
    try:
        f(*a, **k)
    except Exception:
        pass
`
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			b.WriteString(prelude)
			fmt.Fprintf(&b, "call(%s)\n", name)
			for _, a := range args {
				fmt.Fprintf(&b, "call(%s, %s)\n", name, a)
				fmt.Fprintf(&b, "call(%s, %s, key=%s)\n", name, a, a)
				for _, c := range args {
					fmt.Fprintf(&b, "call(%s, %s, %s)\n", name, a, c)
				}
			}
			for i := 0; i < 300; i++ {
				fmt.Fprintf(&b, "call(%s, %s, %s, %s)\n", name, args[(i*7)%len(args)], args[(i*13+5)%len(args)], args[(i*29+11)%len(args)])
			}
			b.WriteString("print(n)\n")
			out, err := runFnScript(b.String(), interp.Limits{Steps: 50_000_000, Time: time.Minute})
			calls := 1 + 2*len(args) + len(args)*len(args) + 300
			if err == nil {
				assert.Equal(t, fmt.Sprintf("%d\n", calls), out)
				return
			}
			// A limit may end the run early (pow(10**30, 10**30) does);
			// anything else is a bug.
			var le *interp.LimitError
			assert.True(t, errorAs(err, &le), "%T %v", err, err)
			t.Logf("%s ended early: %v", name, err)
		})
	}
}

// errorAs is errors.As for the assertions above.
func errorAs[T error](err error, target *T) bool {
	if err == nil {
		return false
	}
	e, ok := err.(T)
	if ok {
		*target = e
	}
	return ok
}

// runCompiled runs a compiled program with the default limits.
func runCompiled(p *interp.Program) (string, error) {
	res, err := p.Run(context.Background(), interp.RunOptions{})
	if err != nil {
		return "", err
	}
	return res.Output, nil
}
