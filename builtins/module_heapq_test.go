package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestHeapq(t *testing.T) {
	t.Parallel()
	runMiscCases(t, []miscCase{
		{name: "heapify layout", src: "import heapq\nh = [5, 3, 8, 1, 9, 2, 7]\nheapq.heapify(h)\nprint(h)", want: "[1, 3, 2, 5, 9, 8, 7]\n"},
		{name: "push and pop", src: "import heapq\nh = []\nfor x in [3, 1, 2]:\n    heapq.heappush(h, x)\nprint(h)\nprint(heapq.heappop(h), h)", want: "[1, 3, 2]\n1 [2, 3]\n"},
		{name: "empty pop", src: "import heapq\nheapq.heappop([])", err: "IndexError: index out of range"},
		{name: "nlargest and nsmallest", src: "import heapq\nprint(heapq.nlargest(2, iter([1, 5, 3])), heapq.nsmallest(2, iter([4, 1, 3]), key=lambda x: -x))", want: "[5, 3] [4, 3]\n"},
		{name: "merge", src: "import heapq\nprint(list(heapq.merge([1, 3], [2, 4])))", want: "[1, 2, 3, 4]\n"},
		{name: "comparison that clears the heap", src: "import heapq\nh = [1, 2, 3, 4]\nclass E:\n    def __lt__(self, o):\n        h.clear()\n        return True\nheapq.heappush(h, E())", err: "RuntimeError: list changed size during iteration"},
		{name: "comparison that grows the heap in heappop", src: "import heapq\nclass E:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        h.append(E(0))\n        return self.v < o.v\nh = [E(i) for i in range(5)]\nheapq.heappop(h)", err: "RuntimeError: list changed size during iteration"},
		{name: "comparison that clears the heap in heapify", src: "import heapq\nclass E:\n    def __lt__(self, o):\n        h.clear()\n        return False\nh = [E() for _ in range(6)]\nheapq.heapify(h)", err: "RuntimeError: list changed size during iteration"},
		{name: "raising comparison", src: "import heapq\nclass E:\n    def __lt__(self, o):\n        raise KeyError('x')\nheapq.heapify([E(), E()])", err: "KeyError: 'x'"},
		{name: "raising key in nlargest", src: "import heapq\ndef k(v):\n    raise ValueError('k')\nheapq.nlargest(2, iter([1, 2, 3]), key=k)", err: "ValueError: k"},
		{name: "merge of a raising iterator", src: "import heapq\ndef g():\n    yield 1\n    raise OSError('g')\nlist(heapq.merge(g(), [0, 5]))", err: "OSError: g"},
		{name: "entries never leak", src: "import heapq\nprint(heapq.nsmallest(2, iter([(1, 'a'), (1, 'a'), (0, 'b')])))", want: "[(0, 'b'), (1, 'a')]\n"},
	})
	runMiscLimitCases(t, []miscLimitCase{
		{"nlargest of an infinite iterator", "import heapq\nheapq.nlargest(3, iter(int, 1))", interp.Limits{Steps: 200_000}, interp.StepLimit},
		{"nsmallest of an infinite iterator with a key", "import heapq\nheapq.nsmallest(3, iter(int, 1), key=abs)", interp.Limits{Steps: 200_000}, interp.StepLimit},
		{"nlargest(1) of an infinite iterator", "import heapq\nheapq.nlargest(1, iter(int, 1))", interp.Limits{Steps: 200_000}, interp.StepLimit},
		{"merge of infinite iterators", "import heapq\nfor x in heapq.merge(iter(int, 1), iter(int, 1)):\n    pass", interp.Limits{Steps: 200_000}, interp.StepLimit},
		{"nlargest with a huge n of an infinite iterator", "import heapq\nheapq.nlargest(10**12, iter(int, 1))", interp.Limits{Steps: interp.Unlimited, Memory: 1 << 20}, interp.MemoryLimit},
		{"heapify of a long list is metered", "import heapq\nh = list(range(10**6, 0, -1))\nheapq.heapify(h)", interp.Limits{Steps: 500_000}, interp.StepLimit},
	})
	runMiscPolicyCases(t, []miscPolicyCase{
		{"module attributes are read-only", "import heapq\nheapq.heappush = print", "readonly-attr"},
		{"no dunder of merge's generator", "import heapq\nheapq.merge([1]).__next__", "dunder-attr"},
	})
}
