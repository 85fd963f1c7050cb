package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestBisect(t *testing.T) {
	t.Parallel()
	runMiscCases(t, []miscCase{
		{name: "left and right", src: "import bisect\na = [1, 2, 2, 3]\nprint(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0))", want: "1 3 0\n"},
		{name: "key", src: "import bisect\nprint(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))", want: "1\n"},
		{name: "insort keeps order", src: "import bisect\na = []\nfor x in [3, 1, 2, 1]:\n    bisect.insort(a, x)\nprint(a)", want: "[1, 1, 2, 3]\n"},
		{name: "hi of -1 means len", src: "import bisect\nprint(bisect.bisect_left([1, 2, 3], 9, 0, -1))", want: "3\n"},
		{name: "negative lo", src: "import bisect\nbisect.bisect([1], 1, -1)", err: "ValueError: lo must be non-negative"},
		{name: "huge range", src: "import bisect\nprint(bisect.bisect_left(range(10**18), 10**17))", want: "100000000000000000\n"},
		{name: "raising comparison propagates", src: "import bisect\nclass C:\n    def __lt__(self, o):\n        raise ZeroDivisionError('cmp')\nbisect.bisect([C(), C()], C())", err: "ZeroDivisionError: cmp"},
		{name: "key that empties the list", src: "import bisect\na = list(range(10))\ndef k(v):\n    a.clear()\n    return v\nbisect.bisect(a, 3, key=k)", err: "IndexError: list index out of range"},
		{name: "key that grows the list", src: "import bisect\na = list(range(10))\ndef k(v):\n    a.append(v)\n    return v\nprint(bisect.bisect_left(a, 5, key=k), len(a))", want: "5 13\n"},
		{name: "hi past the end", src: "import bisect\nbisect.bisect([1], 1, 0, 5)", err: "IndexError: list index out of range"},
		{name: "sequence with __getitem__", src: "import bisect\nclass S:\n    def __len__(self):\n        return 10**12\n    def __getitem__(self, i):\n        return i * 2\nprint(bisect.bisect_left(S(), 1001))", want: "501\n"},
	})
	runMiscLimitCases(t, []miscLimitCase{
		{"insort in a loop is metered", "import bisect\na = []\nwhile True:\n    bisect.insort(a, 0)", interp.Limits{Steps: 100_000}, interp.StepLimit},
		{"insort grows memory", "import bisect\na = []\nwhile True:\n    bisect.insort(a, 1)", interp.Limits{Steps: interp.Unlimited, Memory: 1 << 20}, interp.MemoryLimit},
		{"a key that recurses", "import bisect\ndef k(v):\n    return bisect.bisect([1, 2], 1, key=k)\nbisect.bisect([1, 2], 1, key=k)", interp.Limits{}, interp.DepthLimit},
	})
	runMiscPolicyCases(t, []miscPolicyCase{
		{"module attributes are read-only", "import bisect\nbisect.bisect = 1", "readonly-attr"},
		{"no dunder of a module function", "import bisect\nbisect.insort.__self__", "dunder-attr"},
	})
}
