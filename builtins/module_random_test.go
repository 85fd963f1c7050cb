package builtins_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// miscModules are the modules the tests of string, random, statistics,
// bisect and heapq may import.
var miscModules = []string{"string", "random", "statistics", "bisect", "heapq"}

// runMisc compiles src with the five modules importable and runs it.
func runMisc(src string, opts interp.RunOptions) (string, error) {
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: miscModules})
	if err != nil {
		return "", err
	}
	res, err := p.Run(context.Background(), opts)
	if res == nil {
		return "", err
	}
	return res.Output, err
}

// miscCase is a script with CPython 3.11's output, or the
// "Type: message" of the exception it raises.
type miscCase struct {
	name, src, want, err string
}

func runMiscCases(t *testing.T, cases []miscCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runMisc(tt.src, interp.RunOptions{})
			if tt.err != "" {
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe, "%v", err)
				assert.Equal(t, tt.err, pe.Type+": "+pe.Message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, out)
		})
	}
}

// miscLimitCase is a hostile script that must end with a limit.
type miscLimitCase struct {
	name string
	src  string
	lim  interp.Limits
	kind interp.LimitKind
}

func runMiscLimitCases(t *testing.T, cases []miscLimitCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runMisc(tt.src, interp.RunOptions{Limits: tt.lim})
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			if tt.kind == interp.StepLimit && le.Kind == interp.TimeLimit {
				return // a loaded machine may hit the time budget first
			}
			assert.Equal(t, tt.kind, le.Kind, "%v", err)
		})
	}
}

// miscPolicyCase is a script that must end with a policy violation.
type miscPolicyCase struct {
	name, src, rule string
}

func runMiscPolicyCases(t *testing.T, cases []miscPolicyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runMisc(tt.src, interp.RunOptions{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
		})
	}
}

func TestRandomMatchesCPython(t *testing.T) {
	t.Parallel()
	runMiscCases(t, []miscCase{
		{name: "seed 42", src: "import random\nrandom.seed(42)\nprint(random.random())", want: "0.6394267984578837\n"},
		{name: "str seed", src: "import random\nrandom.seed('hello')\nprint(random.random())", want: "0.3537754404730722\n"},
		{name: "big int seed", src: "import random\nrandom.seed(2**100 + 7)\nprint(random.random())", want: "0.41604161323913513\n"},
		{name: "randrange", src: "import random\nrandom.seed(0)\nprint([random.randrange(10) for _ in range(10)])", want: "[6, 6, 0, 4, 8, 7, 6, 4, 7, 5]\n"},
		{name: "gauss", src: "import random\nrandom.seed(1)\nprint([random.gauss() for _ in range(2000)][-1])", want: "-0.1668696555427645\n"},
		{name: "Random instance", src: "import random\nprint(random.Random(5).random())", want: "0.6229016948897019\n"},
		{name: "getrandbits", src: "import random\nrandom.seed(42)\nprint(random.getrandbits(100))", want: "873491343714207852616756591005\n"},
		{name: "empty range", src: "import random\nrandom.randrange(5, 5)", err: "ValueError: empty range for randrange() (5, 5, 0)"},
		{name: "choice of empty", src: "import random\nrandom.choice('')", err: "IndexError: Cannot choose from an empty sequence"},
	})
}

func TestRandomRunSeed(t *testing.T) {
	t.Parallel()
	src := "import random\nprint(random.random(), random.randrange(10**6))"
	run := func(seed int64) string {
		out, err := runMisc(src, interp.RunOptions{Seed: seed})
		require.NoError(t, err)
		return out
	}
	// The default seed is 0, as random.seed(0): CPython prints
	// 0.8444218515250481 first.
	first := run(0)
	assert.Contains(t, first, "0.8444218515250481 ")
	assert.Equal(t, first, run(0), "runs with the same seed print the same numbers")
	assert.NotEqual(t, first, run(1), "another seed gives other numbers")
	seeded, err := runMisc("import random\nrandom.seed(42)\nprint(random.random())", interp.RunOptions{Seed: 7})
	require.NoError(t, err)
	assert.Equal(t, "0.6394267984578837\n", seeded, "random.seed overrides the run's seed")
	// seed(None) and Random() go back to the run's seed, never to the OS.
	again, err := runMisc("import random\nrandom.random()\nrandom.seed()\nprint(random.random(), random.randrange(10**6))", interp.RunOptions{Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, run(3), again)
	inst, err := runMisc("import random\nr = random.Random()\nprint(r.random(), r.randrange(10**6))", interp.RunOptions{Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, run(3), inst)
}

func TestRandomRunsAreIsolated(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "import random\nprint([random.random() for _ in range(50)])",
		interp.CompileOptions{AllowImport: []string{"random"}})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{})
	require.NoError(t, err)
	want := res.Output
	// Concurrent runs of one Program, each with its own generator, all
	// print the first 50 numbers of seed 0: no run advances another's.
	var wg sync.WaitGroup
	outs := make([]string, 16)
	errs := make([]error, 16)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r, err := p.Run(context.Background(), interp.RunOptions{})
			errs[i] = err
			if r != nil {
				outs[i] = r.Output
			}
		}(i)
	}
	wg.Wait()
	for i := range outs {
		require.NoError(t, errs[i])
		assert.Equal(t, want, outs[i], "run %d", i)
	}
	// A run that reseeds does not change the next run.
	_, err = runMisc("import random\nrandom.seed(99)\nrandom.random()", interp.RunOptions{})
	require.NoError(t, err)
	r2, err := p.Run(context.Background(), interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, want, r2.Output)
}

func TestRandomAttacks(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 200_000}
	runMiscLimitCases(t, []miscLimitCase{
		{"choices with a huge k checks memory first", "import random\nrandom.choices('ab', k=10**9)", interp.Limits{}, interp.MemoryLimit},
		{"weighted choices with a huge k", "import random\nrandom.choices('ab', [1, 2], k=10**9)", interp.Limits{}, interp.MemoryLimit},
		{"choices with a large k is metered", "import random\nrandom.choices('ab', k=10**6)", steps, interp.StepLimit},
		{"sample with a huge k checks memory first", "import random\nrandom.sample(range(10**12), 10**9)", interp.Limits{}, interp.MemoryLimit},
		{"sample with a large k is metered", "import random\nrandom.sample(range(10**9), 10**6)", steps, interp.StepLimit},
		{"shuffle of a long list is metered", "import random\nx = list(range(10**6))\nrandom.shuffle(x)", steps, interp.StepLimit},
		{"getrandbits with a huge count", "import random\nrandom.getrandbits(10**12)", interp.Limits{}, interp.MemoryLimit},
		{"randbytes with a huge count", "import random\nrandom.randbytes(10**12)", interp.Limits{}, interp.MemoryLimit},
		{"weights from an infinite iterator", "import random\nrandom.choices('ab', iter(int, 1))", steps, interp.StepLimit},
		{"counts from an infinite iterator", "import random\nrandom.sample('ab', 1, counts=iter(int, 1))", steps, interp.StepLimit},
		{"gammavariate loops are metered", "import random\nwhile True:\n    random.gammavariate(0.5, 1)", steps, interp.StepLimit},
	})
	runMiscPolicyCases(t, []miscPolicyCase{
		{"module attributes are read-only", "import random\nrandom.random = lambda: 4", "readonly-attr"},
		{"no dunder through an instance", "import random\nrandom.Random(1).__class__", "dunder-attr"},
		{"no dunder through the class", "import random\nrandom.Random.__init__", "dunder-attr"},
		{"no getattr of a dunder", "import random\ngetattr(random.Random(1), '__dict__')", "dunder-attr"},
	})
	runMiscCases(t, []miscCase{
		{name: "no private members", src: "import random\nprint(hasattr(random, '_inst'), hasattr(random, 'SystemRandom'), hasattr(random, 'getstate'))", want: "False False False\n"},
		{name: "instance attributes are methods only", src: "import random\nr = random.Random(1)\nprint(hasattr(r, 'gauss_next'), hasattr(r, 'random'))", want: "False True\n"},
		{name: "a raising __index__ propagates", src: "import random\nclass I:\n    def __index__(self):\n        raise KeyError('i')\nrandom.randrange(I())", err: "KeyError: 'i'"},
		{name: "shuffle of a tuple", src: "import random\nrandom.shuffle((1, 2))", err: "TypeError: 'tuple' object does not support item assignment"},
	})
}
