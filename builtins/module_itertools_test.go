package builtins_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// iterfuncModules are the modules the itertools, functools and operator
// tests may import.
var iterfuncModules = []string{"itertools", "functools", "operator"}

// iterfuncRun compiles src with the three modules importable and runs it.
func iterfuncRun(src string, lim interp.Limits) (string, error) {
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: iterfuncModules})
	if err != nil {
		return "", err
	}
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if res != nil {
		return res.Output, err
	}
	return "", err
}

// iterfuncCase is a script with its CPython 3.11 output, or the
// "Type: message" of the exception it raises.
type iterfuncCase struct {
	name, src, want, err string
}

// runIterfuncCases runs each case in parallel and compares with CPython.
func runIterfuncCases(t *testing.T, cases []iterfuncCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := iterfuncRun(tt.src, interp.Limits{})
			if tt.err != "" {
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe, "%v", err)
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

// iterfuncLimitCase is a hostile script that must end with one of kinds.
type iterfuncLimitCase struct {
	name  string
	src   string
	lim   interp.Limits
	kinds []interp.LimitKind
}

// runIterfuncLimitCases checks that each script ends with its limit,
// quickly.
func runIterfuncLimitCases(t *testing.T, cases []iterfuncLimitCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			_, err := iterfuncRun(tt.src, tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			if le.Kind != interp.TimeLimit { // a loaded machine may get there first
				assert.Contains(t, tt.kinds, le.Kind, "%v", err)
			}
			assert.Less(t, time.Since(start), time.Minute)
		})
	}
}

// iterfuncPolicyCase is a script that must end with a runtime policy
// block of rule.
type iterfuncPolicyCase struct {
	name, src, rule string
}

// runIterfuncPolicyCases checks that each script ends with its runtime
// policy block.
func runIterfuncPolicyCases(t *testing.T, cases []iterfuncPolicyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := iterfuncRun(tt.src, interp.Limits{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.True(t, pe.Runtime)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
		})
	}
}

func TestItertools(t *testing.T) {
	t.Parallel()
	runIterfuncCases(t, []iterfuncCase{
		{name: "count repr follows the count", src: "import itertools\nc = itertools.count(5, 3)\nnext(c)\nprint(c, repr(itertools.count(2.5)))", want: "count(8, 3) count(2.5)\n"},
		{name: "repeat repr counts down", src: "import itertools\nr = itertools.repeat('a', 2)\nnext(r)\nprint(r)", want: "repeat('a', 1)\n"},
		{name: "exhausted iterators stay exhausted", src: "import itertools\nit = iter([1, 2])\nc = itertools.chain(it)\nprint(list(c), list(c))", want: "[1, 2] []\n"},
		{name: "islice from an infinite count", src: "import itertools\nprint(list(itertools.islice(itertools.count(), 5, 20, 5)))", want: "[5, 10, 15]\n"},
		{name: "groupby invalidates the previous group", src: "import itertools\ng = itertools.groupby('aabb')\n_, a = next(g)\n_, b = next(g)\nprint(list(a), list(b))", want: "[] ['b', 'b']\n"},
		{name: "groupby key raises", src: "import itertools\ndef k(x):\n    raise KeyError(x)\nnext(itertools.groupby([1], key=k))", err: "KeyError: 1"},
		{name: "tee keeps iterators independent", src: "import itertools\na, b, c = itertools.tee(iter('xyz'), 3)\nprint(next(c), list(a), list(c), list(b))", want: "x ['x', 'y', 'z'] ['y', 'z'] ['x', 'y', 'z']\n"},
		{name: "product materialises its pools once", src: "import itertools\nit = iter([1, 2])\np = itertools.product(it, repeat=2)\nprint(list(p), list(it))", want: "[(1, 1), (1, 2), (2, 1), (2, 2)] []\n"},
		{name: "permutations of a string", src: "import itertools\nprint([''.join(p) for p in itertools.permutations('abc', 2)])", want: "['ab', 'ac', 'ba', 'bc', 'ca', 'cb']\n"},
		{name: "combinations with a large r are empty", src: "import itertools\nprint(list(itertools.combinations('ab', 10**15)))", want: "[]\n"},
		{name: "islice start error", src: "import itertools\nitertools.islice([], 'a', 3)", err: "ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."},
		{name: "accumulate func error", src: "import itertools\nlist(itertools.accumulate([1, 2], lambda a, b: a / 0))", err: "ZeroDivisionError: division by zero"},
		{name: "type facade of an iterator", src: "import itertools\nprint(type(itertools.pairwise([])), isinstance(itertools.repeat(1), itertools.count))", want: "<class 'itertools.pairwise'> False\n"},
		{name: "chain.from_iterable through the class", src: "import itertools\nprint(list(itertools.chain.from_iterable([[1], [2, 3]])))", want: "[1, 2, 3]\n"},
		{name: "in on an itertools iterator", src: "import itertools\nprint(7 in itertools.count(), 'b' in itertools.cycle('ab'))", want: "True True\n"},
		{name: "user iterator raising mid-way", src: "import itertools\nclass It:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise ValueError('boom')\nlist(itertools.chain([1], It()))", err: "ValueError: boom"},
	})
}

func TestItertoolsBudgets(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 200_000}
	stepsOrMem := []interp.LimitKind{interp.StepLimit, interp.MemoryLimit}
	onlySteps := []interp.LimitKind{interp.StepLimit}
	onlyMem := []interp.LimitKind{interp.MemoryLimit}
	runIterfuncLimitCases(t, []iterfuncLimitCase{
		{"list of count", "import itertools\nlist(itertools.count())", steps, stepsOrMem},
		{"sum of repeat", "import itertools\nsum(itertools.repeat(1))", steps, onlySteps},
		{"any of repeat", "import itertools\nany(itertools.repeat(0))", steps, onlySteps},
		{"all of cycle", "import itertools\nall(itertools.cycle([1]))", steps, onlySteps},
		{"max of count", "import itertools\nmax(itertools.count())", steps, onlySteps},
		{"join of repeat", "import itertools\n''.join(itertools.repeat('a'))", steps, stepsOrMem},
		{"set of count", "import itertools\nset(itertools.count())", steps, stepsOrMem},
		{"sorted of cycle", "import itertools\nsorted(itertools.cycle([1, 2]))", steps, stepsOrMem},
		{"dict of zip with count", "import itertools\ndict(zip(itertools.count(), itertools.count()))", steps, stepsOrMem},
		{"in on count", "import itertools\n-1 in itertools.count()", steps, onlySteps},
		{"for loop over count", "import itertools\nfor x in itertools.count():\n    pass", steps, onlySteps},
		{"islice skipping a huge start", "import itertools\nnext(itertools.islice(itertools.count(), 10**18, None))", steps, onlySteps},
		{"islice with a looping __index__", "import itertools\nclass I:\n    def __index__(self):\n        while True:\n            pass\ntry:\n    itertools.islice([], I())\nexcept ValueError:\n    print('swallowed')", steps, onlySteps},
		{"chain of endless empty iterables", "import itertools\nnext(itertools.chain.from_iterable(itertools.repeat([])))", steps, onlySteps},
		{"filterfalse rejecting everything", "import itertools\nnext(itertools.filterfalse(None, itertools.repeat(1)))", steps, onlySteps},
		{"dropwhile dropping everything", "import itertools\nnext(itertools.dropwhile(lambda x: True, itertools.count()))", steps, onlySteps},
		{"compress selecting nothing", "import itertools\nnext(itertools.compress(itertools.count(), itertools.repeat(0)))", steps, onlySteps},
		{"groupby of one endless group", "import itertools\ng = itertools.groupby(itertools.repeat(1))\nnext(g)\nnext(g)", steps, onlySteps},
		{"accumulate of count", "import itertools\nlist(itertools.accumulate(itertools.count()))", steps, stepsOrMem},
		{"zip_longest of count", "import itertools\nlist(itertools.zip_longest(itertools.count(), []))", steps, stepsOrMem},
		{"pairwise of count", "import itertools\nfor p in itertools.pairwise(itertools.count()):\n    pass", steps, onlySteps},
		{"starmap of repeat", "import itertools\nlist(itertools.starmap(max, itertools.repeat((1, 2))))", steps, stepsOrMem},
		{"cycle of an endless generator", "import itertools\nfor x in itertools.cycle(itertools.count()):\n    pass", interp.Limits{Steps: 100_000_000, Memory: 1 << 20}, stepsOrMem},
		{"product of an endless iterator", "import itertools\nitertools.product(itertools.count())", steps, stepsOrMem},
		{"product of a huge range", "import itertools\nitertools.product(range(10**9))", interp.Limits{}, onlyMem},
		{"product with a huge repeat", "import itertools\nitertools.product([1, 2], repeat=10**8)", interp.Limits{Memory: 64 << 20}, onlyMem},
		{"product of a million, ten times", "import itertools\np = itertools.product(range(10**6), repeat=10)\nprint(next(p))\nlist(p)", interp.Limits{Steps: 5_000_000}, stepsOrMem},
		{"permutations of a huge range", "import itertools\nitertools.permutations(range(10**9))", interp.Limits{}, onlyMem},
		{"permutations run forever", "import itertools\nfor p in itertools.permutations(range(100)):\n    pass", steps, onlySteps},
		{"combinations_with_replacement with a huge r", "import itertools\nitertools.combinations_with_replacement('a', 10**12)", interp.Limits{}, onlyMem},
		{"tee with a huge n", "import itertools\nitertools.tee([], 10**9)", interp.Limits{}, onlyMem},
		{"tee with a huge lag", "import itertools\na, b = itertools.tee(itertools.count())\nfor x in a:\n    pass", interp.Limits{Steps: 100_000_000, Memory: 1 << 20}, onlyMem},
		{"tee dropped, read on", "import itertools\na, b = itertools.tee(itertools.count())\ndel b\nfor x in a:\n    pass", interp.Limits{Steps: 100_000_000, Memory: 1 << 20}, onlyMem},
	})
}

func TestItertoolsPolicy(t *testing.T) {
	t.Parallel()
	runIterfuncPolicyCases(t, []iterfuncPolicyCase{
		{"dunder of an iterator", "import itertools\ngetattr(itertools.count(), '__reduce__')", "dunder-attr"},
		{"dunder of the class", "import itertools\ngetattr(itertools.count, '__subclasses__')", "dunder-attr"},
		{"dunder of a group, caught", "import itertools\n_, g = next(itertools.groupby('a'))\ntry:\n    getattr(g, '__self__')\nexcept BaseException:\n    pass\nprint('x')", "dunder-attr"},
		{"module attribute write", "import itertools\nsetattr(itertools, 'count', 1)", "readonly-attr"},
	})
}

// TestItertoolsAttributes checks that itertools objects expose nothing
// but what CPython's do.
func TestItertoolsAttributes(t *testing.T) {
	t.Parallel()
	runIterfuncCases(t, []iterfuncCase{
		{name: "no attributes on iterators", src: "import itertools\nitertools.count().start", err: "AttributeError: 'itertools.count' object has no attribute 'start'"},
		{name: "no private module names", src: "import itertools\nitertools._grouper", err: "AttributeError: module 'itertools' has no attribute '_grouper'"},
		{name: "grouper cannot be created", src: "import itertools\n_, g = next(itertools.groupby('a'))\ntype(g)()", err: "TypeError: cannot create 'itertools._grouper' instances"},
	})
}

// TestItertoolsConcurrentRuns runs one program from many goroutines:
// module state is per run, so every run prints the same.
func TestItertoolsConcurrentRuns(t *testing.T) {
	t.Parallel()
	src := "import itertools\nfrom functools import cache\nc = itertools.count()\n@cache\ndef f(x):\n    return next(c)\nprint([f(i % 3) for i in range(6)], f.cache_info())\n"
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: iterfuncModules})
	require.NoError(t, err)
	var wg sync.WaitGroup
	outs := make([]string, 16)
	errs := make([]error, 16)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := p.Run(context.Background(), interp.RunOptions{})
			errs[i] = err
			if res != nil {
				outs[i] = res.Output
			}
		}()
	}
	wg.Wait()
	for i := range outs {
		require.NoError(t, errs[i])
		assert.Equal(t, "[0, 1, 2, 0, 1, 2] CacheInfo(hits=3, misses=3, maxsize=None, currsize=3)\n", outs[i])
	}
}
