package builtins_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

func TestFunctools(t *testing.T) {
	t.Parallel()
	runIterfuncCases(t, []iterfuncCase{
		{name: "reduce sums", src: "import functools\nprint(functools.reduce(lambda a, b: a + b, range(5), 10))", want: "20\n"},
		{name: "reduce of nothing", src: "import functools\nfunctools.reduce(max, iter([]))", err: "TypeError: reduce() of empty iterable with no initial value"},
		{name: "reduce of a non-iterable", src: "import functools\nfunctools.reduce(max, None)", err: "TypeError: reduce() arg 2 must support iteration"},
		{name: "partial merges keywords", src: "import functools\np = functools.partial(dict, a=1, b=2)\nprint(p(b=3, c=4), p.keywords)", want: "{'a': 1, 'b': 3, 'c': 4} {'a': 1, 'b': 2}\n"},
		{name: "partial keywords are live", src: "import functools\np = functools.partial(dict, a=1)\np.keywords['z'] = 0\nprint(p())", want: "{'a': 1, 'z': 0}\n"},
		{name: "partial repr with a cycle", src: "import functools\nxs = []\np = functools.partial(max, xs)\nxs.append(p)\nprint(p)", want: "functools.partial(<built-in function max>, [...])\n"},
		{name: "lru_cache evicts the oldest", src: "from functools import lru_cache\nseen = []\n@lru_cache(maxsize=2)\ndef f(x):\n    seen.append(x)\n    return x\nfor x in [1, 2, 1, 3, 2, 1]:\n    f(x)\nprint(seen, f.cache_info())", want: "[1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)\n"},
		{name: "lru_cache with keywords", src: "from functools import lru_cache\ndef g(a, b):\n    return a - b\nf = lru_cache(g)\nprint(f(b=1, a=3), f(a=3, b=1), f.cache_info())", want: "2 2 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)\n"},
		{name: "lru_cache typed keys", src: "from functools import lru_cache\nf = lru_cache(typed=True)(lambda x: x)\nf(1)\nf(1.0)\nf(True)\nprint(f.cache_info())", want: "CacheInfo(hits=0, misses=3, maxsize=128, currsize=3)\n"},
		{name: "lru_cache of a non-callable", src: "import functools\nfunctools.lru_cache(maxsize=3)(5)", err: "TypeError: the first argument must be callable"},
		{name: "lru_cache propagates errors uncached", src: "from functools import lru_cache\nn = []\n@lru_cache\ndef f(x):\n    n.append(x)\n    raise ValueError(x)\nfor i in range(2):\n    try:\n        f(1)\n    except ValueError:\n        pass\nprint(n, f.cache_info())", want: "[1, 1] CacheInfo(hits=0, misses=2, maxsize=128, currsize=0)\n"},
		{name: "cache_clear inside the cached call", src: "from functools import cache\n@cache\ndef f(x):\n    f.cache_clear()\n    return x\nprint(f(1), f(2), f(2), f.cache_info())", want: "1 2 2 CacheInfo(hits=1, misses=0, maxsize=None, currsize=1)\n"},
		{name: "hostile __eq__ clears the cache during lookup", src: "from functools import cache\nclass K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        f.cache_clear()\n        return True\n@cache\ndef f(k):\n    return 'v'\nprint(f(K()), f(K()), f(K()))", want: "v v v\n"},
		{name: "cmp_to_key with a raising cmp", src: "import functools\ndef cmp(a, b):\n    raise RuntimeError('no')\nsorted([2, 1], key=functools.cmp_to_key(cmp))", err: "RuntimeError: no"},
		{name: "total_ordering with __le__", src: "from functools import total_ordering\n@total_ordering\nclass C:\n    def __init__(self, v):\n        self.v = v\n    def __le__(self, o):\n        return self.v <= o.v\nprint(C(1) < C(2), C(2) < C(2), C(3) >= C(2), C(1) > C(2))", want: "True True True False\n"},
		{name: "total_ordering without an ordering", src: "import functools\nclass C:\n    def __eq__(self, o):\n        return True\nfunctools.total_ordering(C)", err: "ValueError: must define at least one ordering operation: < > <= >="},
		{name: "total_ordering of a non-class", src: "import functools\nfunctools.total_ordering(1)", err: "TypeError: total_ordering() argument must be a class defined by the script"},
		{name: "wraps returns the wrapper", src: "import functools\ndef f():\n    return 1\ndef g():\n    return 2\nprint(functools.wraps(f)(g) is g, functools.wraps(f)(g)())", want: "True 2\n"},
		{name: "update_wrapper arguments", src: "import functools\nfunctools.update_wrapper(len)", err: "TypeError: update_wrapper() missing 1 required positional argument: 'wrapped'"},
		{name: "no singledispatch", src: "import functools\nfunctools.singledispatch", err: "AttributeError: module 'functools' has no attribute 'singledispatch'"},
	})
}

func TestFunctoolsBudgets(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 200_000}
	onlySteps := []interp.LimitKind{interp.StepLimit}
	runIterfuncLimitCases(t, []iterfuncLimitCase{
		{"reduce over count", "import functools, itertools\nfunctools.reduce(lambda a, b: b, itertools.count())", steps, onlySteps},
		{"reduce over a built-in on repeat", "import functools, itertools\nfunctools.reduce(max, itertools.repeat(1))", steps, onlySteps},
		{"lru_cache recursion without end", "from functools import lru_cache\n@lru_cache\ndef f(n):\n    return f(n + 1)\nf(0)", interp.Limits{}, []interp.LimitKind{interp.DepthLimit}},
		{"partial calling itself through a list", "import functools\nxs = []\np = functools.partial(lambda: xs[0]())\nxs.append(p)\np()", interp.Limits{}, []interp.LimitKind{interp.DepthLimit}},
		{"total_ordering root that recurses", "from functools import total_ordering\n@total_ordering\nclass C:\n    def __lt__(self, o):\n        return self > o\nC() < C()", interp.Limits{}, []interp.LimitKind{interp.DepthLimit}},
		{"unbounded cache fills memory", "from functools import cache\n@cache\ndef f(x):\n    return x\nfor i in range(10**7):\n    f(i)", interp.Limits{Memory: 4 << 20, Steps: 100_000_000}, []interp.LimitKind{interp.MemoryLimit}},
		{"partial with a huge argument list", "import functools\np = functools.partial(len, *range(10**6))\nwhile True:\n    p = functools.partial(p, 1)", interp.Limits{Steps: 1_000_000}, []interp.LimitKind{interp.StepLimit, interp.MemoryLimit}},
	})
}

func TestFunctoolsPolicy(t *testing.T) {
	t.Parallel()
	runIterfuncPolicyCases(t, []iterfuncPolicyCase{
		{"dunder of a partial", "import functools\ngetattr(functools.partial(len), '__dict__')", "dunder-attr"},
		{"dunder of a cached function", "from functools import cache\n@cache\ndef f():\n    pass\ngetattr(f, '__wrapped__')", "dunder-attr"},
		{"dunder of a key object, caught", "import functools\nk = functools.cmp_to_key(len)(1)\ntry:\n    getattr(k, '__init__')\nexcept BaseException:\n    pass\nprint(1)", "dunder-attr"},
		{"module attribute write", "import functools\nsetattr(functools, 'reduce', print)", "readonly-attr"},
	})
}

// TestLruCacheIsPerRun runs one program twice: the cache, like the
// module, belongs to a run, so the second run starts empty.
func TestLruCacheIsPerRun(t *testing.T) {
	t.Parallel()
	src := "import functools\nfrom functools import lru_cache\n@lru_cache(maxsize=None)\ndef f(x):\n    return [x]\nr = f(1)\nr.append('mutated')\nprint(f(1), f.cache_info())\n"
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: iterfuncModules})
	require.NoError(t, err)
	for i := 0; i < 2; i++ {
		res, err := p.Run(context.Background(), interp.RunOptions{})
		require.NoError(t, err)
		assert.Equal(t, "[1, 'mutated'] CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)\n", res.Output, "run %d", i)
	}
}
