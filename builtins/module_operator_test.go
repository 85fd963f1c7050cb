package builtins_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

func TestOperator(t *testing.T) {
	t.Parallel()
	runIterfuncCases(t, []iterfuncCase{
		{name: "arithmetic", src: "import operator as op\nprint(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(3, 2), op.floordiv(-3, 2), op.mod(-3, 2), op.pow(2, 100))", want: "5 -1 6 1.5 -2 1 1267650600228229401496703205376\n"},
		{name: "bool arithmetic", src: "import operator as op\nprint(op.add(True, True), op.and_(True, True), op.neg(True), op.invert(False))", want: "2 True -1 -1\n"},
		{name: "comparisons of sequences", src: "import operator as op\nprint(op.lt([1, 2], [1, 3]), op.eq((1, [2]), (1, [2])), op.ge('b', 'a'))", want: "True True True\n"},
		{name: "ordering error", src: "import operator as op\nop.lt([1], 'a')", err: "TypeError: '<' not supported between instances of 'list' and 'str'"},
		{name: "unary error", src: "import operator as op\nop.neg([])", err: "TypeError: bad operand type for unary -: 'list'"},
		{name: "contains is reversed", src: "import operator as op\nprint(op.contains([1, 2], 1), op.contains(1, [1]) if False else 0)", want: "True 0\n"},
		{name: "is_ of facades", src: "import operator as op\nprint(op.is_(type(1), int), op.is_not(None, None))", want: "True False\n"},
		{name: "itemgetter several", src: "import operator as op\nprint(op.itemgetter(2, 0, -1)('abcd'))", want: "('c', 'a', 'd')\n"},
		{name: "itemgetter on a script class", src: "import operator as op\nclass C:\n    def __getitem__(self, k):\n        return k * 2\nprint(op.itemgetter('a', 3)(C()))", want: "('aa', 6)\n"},
		{name: "itemgetter with a raising __getitem__", src: "import operator as op\nclass C:\n    def __getitem__(self, k):\n        raise LookupError(k)\nop.itemgetter(1)(C())", err: "LookupError: 1"},
		{name: "attrgetter dotted", src: "import operator as op\nclass N:\n    pass\nn = N()\nn.a = N()\nn.a.b = 5\nprint(op.attrgetter('a.b')(n))", want: "5\n"},
		{name: "attrgetter missing", src: "import operator as op\nop.attrgetter('x')(None)", err: "AttributeError: 'NoneType' object has no attribute 'x'"},
		{name: "attrgetter on a module", src: "import operator as op\nimport itertools\nprint(op.attrgetter('count')(itertools))", want: "<class 'itertools.count'>\n"},
		{name: "attrgetter private module name", src: "import operator as op\nimport itertools\nop.attrgetter('_private')(itertools)", err: "AttributeError: module 'itertools' has no attribute '_private'"},
		{name: "methodcaller through the table", src: "import operator as op\nprint(op.methodcaller('join', ['a', 'b'])('-'), op.methodcaller('setdefault', 'k', 1)({}))", want: "a-b 1\n"},
		{name: "methodcaller arguments", src: "import operator as op\nop.methodcaller('upper', 1)('x')", err: "TypeError: str.upper() takes no arguments (1 given)"},
		{name: "getter reprs", src: "import operator as op\nprint(op.itemgetter(1), op.attrgetter('a', 'b.c'), op.methodcaller('m', [1], k='v'))", want: "operator.itemgetter(1) operator.attrgetter('a', 'b.c') operator.methodcaller('m', [1], k='v')\n"},
		{name: "getter called with two arguments", src: "import operator as op\nop.itemgetter(1)([1, 2], 3)", err: "TypeError: itemgetter expected 1 argument, got 2"},
		{name: "countOf counts equal elements", src: "import operator as op\nprint(op.countOf([1, 1.0, True, 2], 1), op.indexOf((0, 1.0), 1))", want: "3 1\n"},
		{name: "length_hint of an iterator", src: "import operator as op\nprint(op.length_hint(iter([1, 2])), op.length_hint({'a': 1}))", want: "0 1\n"},
		{name: "call with keywords", src: "import operator as op\nprint(op.call(dict, a=1))", want: "{'a': 1}\n"},
	})
}

func TestOperatorBudgets(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 200_000}
	onlySteps := []interp.LimitKind{interp.StepLimit}
	onlyMem := []interp.LimitKind{interp.MemoryLimit}
	runIterfuncLimitCases(t, []iterfuncLimitCase{
		{"repeat a string", "import operator as op\nop.mul('ab', 10**12)", interp.Limits{}, onlyMem},
		{"repeat a list, reflected", "import operator as op\nop.mul(10**12, [1])", interp.Limits{}, onlyMem},
		{"in-place repeat", "import operator as op\nop.imul([1], 10**12)", interp.Limits{}, onlyMem},
		{"huge power", "import operator as op\nop.pow(7, 10**9)", interp.Limits{}, onlyMem},
		{"huge shift", "import operator as op\nop.ilshift(1, 10**12)", interp.Limits{}, onlyMem},
		{"concat doubling", "import operator as op\ns = 'a'\nwhile True:\n    s = op.concat(s, s)", interp.Limits{}, onlyMem},
		{"contains on count", "import operator as op, itertools\nop.contains(itertools.count(), -1)", steps, onlySteps},
		{"countOf on repeat", "import operator as op, itertools\nop.countOf(itertools.repeat(1), 2)", steps, onlySteps},
		{"indexOf on count", "import operator as op, itertools\nop.indexOf(itertools.count(), -1)", steps, onlySteps},
		{"recursive __getitem__ through itemgetter", "import operator as op\nclass C:\n    def __getitem__(self, k):\n        return op.itemgetter(k)(self)\nop.itemgetter(0)(C())", interp.Limits{}, []interp.LimitKind{interp.DepthLimit}},
		{"recursive __add__ through add", "import operator as op\nclass C:\n    def __add__(self, o):\n        return op.add(self, o)\nop.add(C(), 1)", interp.Limits{}, []interp.LimitKind{interp.DepthLimit}},
	})
}

func TestOperatorPolicy(t *testing.T) {
	t.Parallel()
	runIterfuncPolicyCases(t, []iterfuncPolicyCase{
		{"attrgetter of __class__", "import operator as op\nop.attrgetter('__class__')(1)", "dunder-attr"},
		{"attrgetter of a dotted dunder", "import operator as op\nclass C:\n    pass\nc = C()\nc.x = 1\nop.attrgetter('x.__class__')(c)", "dunder-attr"},
		{"attrgetter of a module's dict", "import operator as op\nimport itertools\nop.attrgetter('__dict__')(itertools)", "dunder-attr"},
		{"attrgetter of a facade's subclasses", "import operator as op\nop.attrgetter('__subclasses__')(int)", "dunder-attr"},
		{"attrgetter of a function's globals", "import operator as op\ndef f():\n    pass\nop.attrgetter('__globals__')(f)", "dunder-attr"},
		{"attrgetter, caught and retried", "import operator as op\ng = op.attrgetter('__class__')\nfor i in range(3):\n    try:\n        g(1)\n    except BaseException:\n        pass\nprint('done')", "dunder-attr"},
		{"methodcaller of __init_subclass__", "import operator as op\nop.methodcaller('__init_subclass__')(int)", "dunder-attr"},
		{"methodcaller of __reduce_ex__, caught", "import operator as op\ntry:\n    op.methodcaller('__reduce_ex__', 2)([])\nexcept Exception:\n    pass", "dunder-attr"},
		{"module attribute write", "import operator\nsetattr(operator, 'add', None)", "readonly-attr"},
	})
}

// TestOperatorPolicyIsSticky checks that the block of a dunder lookup
// through attrgetter cannot be swallowed: the run ends with it and
// prints nothing after it.
func TestOperatorPolicyIsSticky(t *testing.T) {
	t.Parallel()
	out, err := iterfuncRun("import operator as op\ntry:\n    op.attrgetter('__class__')(1)\nexcept BaseException:\n    print('caught')\nprint('after')\n", interp.Limits{})
	var pe *interp.PolicyError
	require.ErrorAs(t, err, &pe, "%v", err)
	assert.True(t, pe.Runtime)
	assert.NotContains(t, out, "after")
}
