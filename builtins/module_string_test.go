package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestStringModule(t *testing.T) {
	t.Parallel()
	runMiscCases(t, []miscCase{
		{name: "constants", src: "import string\nprint(string.digits, string.octdigits, len(string.printable))", want: "0123456789 01234567 100\n"},
		{name: "capwords", src: "import string\nprint(string.capwords(' a  bC d '), string.capwords('a-b', '-'))", want: "A Bc D A-B\n"},
		{name: "substitute", src: "from string import Template\nprint(Template('$a ${b}c $$').substitute(a=1, b=2))", want: "1 2c $\n"},
		{name: "missing key", src: "from string import Template\nTemplate('$a').substitute()", err: "KeyError: 'a'"},
		{name: "invalid placeholder", src: "from string import Template\nTemplate('ab\\ncd $!').substitute()", err: "ValueError: Invalid placeholder in string: line 2, col 4"},
		{name: "dunder placeholder is a mapping key", src: "from string import Template\nprint(Template('${__class__}.$__dict__').substitute({'__class__': 'a', '__dict__': 'b'}))", want: "a.b\n"},
		{name: "dunder placeholder never reads attributes", src: "from string import Template\nclass O:\n    x = 1\nprint(Template('${__class__}').safe_substitute(O()))", err: "TypeError: 'O' object is not subscriptable"},
		{name: "dunder placeholder missing", src: "from string import Template\nprint(Template('${__class__} $__init__').safe_substitute())", want: "${__class__} $__init__\n"},
		{name: "raising mapping propagates", src: "from string import Template\nclass M:\n    def __getitem__(self, k):\n        raise ZeroDivisionError(k)\nTemplate('$x').safe_substitute(M())", err: "ZeroDivisionError: x"},
		{name: "raising __str__ propagates", src: "from string import Template\nclass V:\n    def __str__(self):\n        raise ValueError('str')\nTemplate('$x').substitute(x=V())", err: "ValueError: str"},
		{name: "identifiers and validity", src: "from string import Template\nt = Template('$a $b $a ${')\nprint(t.get_identifiers(), t.is_valid())", want: "['a', 'b'] False\n"},
	})
	runMiscLimitCases(t, []miscLimitCase{
		{"substitution that amplifies", "from string import Template\nTemplate('$x' * 10**5).substitute(x='y' * 10**5)", interp.Limits{Memory: 16 << 20}, interp.MemoryLimit},
		{"a long template is metered", "from string import Template\nt = Template('$$' * 10**6)\nwhile True:\n    t.substitute()", interp.Limits{Steps: 500_000}, interp.StepLimit},
		{"capwords of many words is metered", "import string\nstring.capwords('a ' * 10**6)", interp.Limits{Steps: 200_000}, interp.StepLimit},
	})
	runMiscPolicyCases(t, []miscPolicyCase{
		{"module attributes are read-only", "import string\nstring.digits = 'x'", "readonly-attr"},
		{"no dunder through a template", "import string\nstring.Template('x').__dict__", "dunder-attr"},
		{"no dunder through getattr", "import string\ngetattr(string.Template('x'), '__class__')", "dunder-attr"},
		{"no dunder of the class", "import string\nstring.Template.__init__", "dunder-attr"},
	})
}
