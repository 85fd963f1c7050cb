package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testConfig is the Config of the table tests and of testdata/check.
var testConfig = Config{AllowImport: []string{"json", "math"}}

// checkSource parses src and checks it with cfg, failing the test if src
// does not parse.
func checkSource(t *testing.T, src string, cfg Config) Violations {
	t.Helper()
	s, err := Parse("test.py", []byte(src), ModeExec, ParseLimits{})
	require.NoError(t, err)
	return Check(s, cfg)
}

// brief renders violations as "line:col rule", the form the table tests
// compare.
func brief(vs Violations) []string {
	out := make([]string, 0, len(vs.List))
	for _, v := range vs.List {
		out = append(out, v.Pos.String()+" "+v.Rule)
	}
	return out
}

func TestCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []string // "line:col rule", sorted
	}{
		// dunder-attr
		{"dunder attribute read", "x = ().__class__\n", []string{"1:7 dunder-attr"}},
		{"dunder attribute write", "x.__dict__ = 1\n", []string{"1:2 dunder-attr"}},
		{"dunder attribute delete", "del x.__doc__\n", []string{"1:6 dunder-attr"}},
		{"dunder attribute augmented", "x.__len__ += 1\n", []string{"1:2 dunder-attr"}},
		{"dunder attribute in a chain", "a.b.__class__.c\n", []string{"1:4 dunder-attr"}},
		{"four underscores are a dunder", "x.____\n", []string{"1:2 dunder-attr"}},
		{"dunder attribute in a decorator", "@a.__wrapped__\ndef f(): pass\n", []string{"1:4 dunder-attr"}},
		{"dunder attribute in a called decorator", "@a.b.__wrapped__(1)\ndef f(): pass\n", []string{"1:6 dunder-attr"}},
		{"dunder name in a decorator", "@__x__.setter\ndef f(): pass\n", []string{"1:2 dunder-name"}},
		{"forbidden name in a decorator", "@ eval . x\ndef f(): pass\n", []string{"1:3 forbidden-name"}},
		{"reserved attribute in a decorator", "@a.__pf_x__\ndef f(): pass\n", []string{"1:4 reserved-name"}},
		{"dotted decorators pass", "@property\ndef f(): pass\n@f.setter\ndef f(v): pass\n", nil},
		{"dunder attribute in a default", "def f(a=x.__class__): pass\n", []string{"1:10 dunder-attr"}},
		{"dunder attribute in an annotation", "def f(a: x.__class__) -> y.__dict__: pass\n",
			[]string{"1:11 dunder-attr", "1:27 dunder-attr"}},
		{"dunder attribute in a class base", "class C(x.__base__): pass\n", []string{"1:10 dunder-attr"}},
		{"dunder attribute in a lambda body", "f = lambda: x.__class__\n", []string{"1:14 dunder-attr"}},
		{"dunder attribute in a comprehension", "[y.__class__ for y in z if y.__doc__]\n",
			[]string{"1:3 dunder-attr", "1:29 dunder-attr"}},
		{"dunder attribute in a nested function", "def f():\n    def g():\n        return x.__class__\n",
			[]string{"3:17 dunder-attr"}},
		{"dunder attribute of a call", "f().__globals__\n", []string{"1:4 dunder-attr"}},
		{"dunder attribute of a string", "'abc'.__class__\n", []string{"1:6 dunder-attr"}},
		{"imported dunder member", "from math import __loader__\n", []string{"1:18 dunder-attr"}},
		{"super with arguments is not the sanctioned form", "super(C, self).__init__()\n", []string{"1:15 dunder-attr"}},
		{"super with an unlisted method", "super().__getattribute__('x')\n", []string{"1:8 dunder-attr"}},
		{"super special method as a store target", "super().__init__ = f\n", []string{"1:8 dunder-attr"}},
		{"a renamed super is not super", "s = super\ns().__init__()\n", []string{"2:4 dunder-attr"}},

		// dunder-name
		{"dunder name load", "x = __builtins__\n", []string{"1:5 dunder-name"}},
		{"dunder name store", "__file__ = 1\n", []string{"1:1 dunder-name"}},
		{"dunder name delete", "del __name__\n", []string{"1:5 dunder-name"}},
		{"dunder import function", "__import__('os')\n", []string{"1:1 dunder-name"}},
		{"dunder function name", "def __f__(): pass\n", []string{"1:5 dunder-name"}},
		{"dunder function name after spaces", "def   __f__(): pass\n", []string{"1:7 dunder-name"}},
		{"dunder class name", "class __C__: pass\n", []string{"1:7 dunder-name"}},
		{"dunder parameters", "def f(__a__, *__b__, __c__=1, **__d__): pass\n",
			[]string{"1:7 dunder-name", "1:15 dunder-name", "1:22 dunder-name", "1:33 dunder-name"}},
		{"dunder lambda parameter", "f = lambda __x__: 0\n", []string{"1:12 dunder-name"}},
		{"dunder keyword argument", "f(__x__=1)\n", []string{"1:3 dunder-name"}},
		{"dunder comprehension target", "[0 for __i__ in x]\n", []string{"1:8 dunder-name"}},
		{"dunder except target", "try:\n    pass\nexcept E as __e__:\n    pass\n", []string{"3:13 dunder-name"}},
		{"dunder with target", "with f() as __x__: pass\n", []string{"1:13 dunder-name"}},
		{"dunder for target", "for __x__ in y: pass\n", []string{"1:5 dunder-name"}},
		{"dunder global", "def f():\n    global a, __b__\n", []string{"2:15 dunder-name"}},
		{"dunder nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal __x__\n", []string{"4:18 dunder-name"}},
		{"dunder import alias", "import json as __j__\n", []string{"1:16 dunder-name"}},
		{"dunder from-import alias", "from json import loads as __l__\n", []string{"1:27 dunder-name"}},
		{"special method outside a class", "def __init__(self): pass\n", []string{"1:5 dunder-name"}},
		{"special method in a nested function of a class", "class C:\n    def m(self):\n        def __init__(): pass\n",
			[]string{"3:13 dunder-name"}},
		{"special method under an if in a class body", "class C:\n    if x:\n        def __eq__(s, o): pass\n",
			[]string{"3:13 dunder-name"}},
		{"dunder class attribute", "class C:\n    __slots__ = ()\n", []string{"2:5 dunder-name"}},

		// special-method
		{"unlisted special method", "class C:\n    def __getattr__(self, n): pass\n", []string{"2:9 special-method"}},
		{"finaliser", "class C:\n    def __del__(self): pass\n", []string{"2:9 special-method"}},
		{"constructor hook", "class C:\n    def __new__(cls): pass\n", []string{"2:9 special-method"}},
		{"format hook", "class C:\n    def __format__(self, spec): pass\n", []string{"2:9 special-method"}},

		// forbidden-name
		{"forbidden call", "open('x')\n", []string{"1:1 forbidden-name"}},
		{"forbidden store", "exec = 1\n", []string{"1:1 forbidden-name"}},
		{"forbidden delete", "del eval\n", []string{"1:5 forbidden-name"}},
		{"forbidden parameter", "def f(input): pass\n", []string{"1:7 forbidden-name"}},
		{"forbidden lambda parameter", "f = lambda compile: 0\n", []string{"1:12 forbidden-name"}},
		{"forbidden function name", "def globals(): pass\n", []string{"1:5 forbidden-name"}},
		{"forbidden class name", "class vars: pass\n", []string{"1:7 forbidden-name"}},
		{"forbidden import alias", "import json as open\n", []string{"1:16 forbidden-name"}},
		{"forbidden imported member", "from math import exec\n", []string{"1:18 forbidden-name"}},
		{"forbidden except target", "try:\n    pass\nexcept E as exit:\n    pass\n", []string{"3:13 forbidden-name"}},
		{"forbidden global", "global quit\n", []string{"1:8 forbidden-name"}},
		{"forbidden comprehension target", "[0 for help in x]\n", []string{"1:8 forbidden-name"}},

		// import-denied and import-star
		{"denied import", "import os\n", []string{"1:8 import-denied"}},
		{"denied submodule of an allowed module", "import json.decoder\n", []string{"1:8 import-denied"}},
		{"denied module among allowed ones", "import json, sys, math\n", []string{"1:14 import-denied"}},
		{"denied from-import", "from os import path\n", []string{"1:6 import-denied"}},
		{"denied dotted from-import", "from os.path import join\n", []string{"1:6 import-denied"}},
		{"relative import", "from . import x\n", []string{"1:1 import-denied"}},
		{"relative import of a module", "from ..a import x\n", []string{"1:1 import-denied"}},
		{"star import of an allowed module", "from json import *\n", []string{"1:18 import-star"}},
		{"star import of a denied module", "from os import *\n", []string{"1:6 import-denied", "1:16 import-star"}},
		{"import inside a function", "def f():\n    import os\n", []string{"2:12 import-denied"}},

		// reserved-name
		{"reserved name", "__pf_result__ = 1\n", []string{"1:1 reserved-name"}},
		{"reserved attribute", "x.__pf_guard__\n", []string{"1:2 reserved-name"}},
		{"reserved keyword argument", "f(__pf_x__=1)\n", []string{"1:3 reserved-name"}},
		{"reserved method name", "class C:\n    def __pf_m__(self): pass\n", []string{"2:9 reserved-name"}},
		{"reserved function name", "def __pf_f__(): pass\n", []string{"1:5 reserved-name"}},
		{"reserved import alias", "import json as __pf_json__\n", []string{"1:16 reserved-name"}},
		{"reserved global", "global __pf_g__\n", []string{"1:8 reserved-name"}},

		// unsupported-syntax
		{"metaclass keyword", "class C(metaclass=M): pass\n", []string{"1:9 unsupported-syntax"}},
		{"other class keyword", "class C(A, flag=True): pass\n", []string{"1:12 unsupported-syntax"}},
		{"class star arguments", "class C(*bases): pass\n", []string{"1:10 unsupported-syntax"}},
		{"class keyword arguments unpacked", "class C(**kw): pass\n", []string{"1:11 unsupported-syntax"}},

		// Several violations.
		{"several violations on one line", "x = open(a.__class__, __name__) + eval\n",
			[]string{"1:5 forbidden-name", "1:11 dunder-attr", "1:23 dunder-name", "1:35 forbidden-name"}},
		{"violations across lines are sorted", "b.__dict__\nopen\nimport os\n",
			[]string{"1:2 dunder-attr", "2:1 forbidden-name", "3:8 import-denied"}},
		{"decorator violations come before the def's", "@a.__x__\ndef __f__(): pass\n",
			[]string{"1:4 dunder-attr", "2:5 dunder-name"}},
		{"columns count bytes after non-ASCII text", "é = 'ü'; x.__class__\n", []string{"1:13 dunder-attr"}},
		{"columns count bytes after tabs", "if x:\n\ty.__class__\n", []string{"2:3 dunder-attr"}},

		// NFKC normalisation.
		{"fullwidth exec", "ｅｘｅｃ('x')\n", []string{"1:1 forbidden-name"}},
		{"fullwidth low line inside a dunder", "x._＿class＿＿\n", []string{"1:2 dunder-attr"}},
		{"mathematical letters", "𝐨𝐩𝐞𝐧('x')\n", []string{"1:1 forbidden-name"}},
		{"script capital H is H", "ℌ = 1; __ℌ__ = 2\n", []string{"1:10 dunder-name"}},
		{"ligature", "ﬁle = 1; ｅｖａｌ\n", []string{"1:12 forbidden-name"}},
		{"columns after a normalised identifier are source columns", "ｅｘｅｃ.x; y.__class__\n",
			[]string{"1:1 forbidden-name", "1:18 dunder-attr"}},

		// Allowed forms.
		{"super init", "class C(B):\n    def __init__(self):\n        super().__init__()\n", nil},
		{"super special methods", "class C(B):\n    def __repr__(self):\n        return super().__repr__() + super().__str__()\n", nil},
		{"listed special methods in a class", "class C:\n    def __init__(self): pass\n    def __eq__(self, o): pass\n    def __hash__(self): pass\n    def __iter__(self): pass\n    def __exit__(self, *a): pass\n", nil},
		{"private attribute", "self.__private = 1\nx = self.__private\n", nil},
		{"private name", "__private = 1\n_x_ = 2\n__ = 3\n___ = 4\n", nil},
		{"dunder text in strings and comments", "x = '__class__'  # x.__class__\ny = {'__dict__': 1}\n", nil},
		{"allowed imports", "import json\nimport math as m\nfrom json import loads, dumps as d\n", nil},
		{"forbidden names as attributes", "x.open(); x.eval = 1; re.compile\n", nil},
		{"forbidden names as keyword arguments", "dict(open=1, input=2)\n", nil},
		{"methods may take forbidden names", "class Expr:\n    def eval(self): pass\n    def compile(self): pass\n", nil},
		{"keyword-only parameters", "def f(a, *, b=1, **kw): return a\n", nil},
		{"ordinary program", "def f(x):\n    return [i for i in range(x) if i % 2]\nprint(f(10))\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vs := checkSource(t, tt.src, testConfig)
			if tt.want == nil {
				tt.want = []string{}
			}
			assert.Equal(t, tt.want, brief(vs))
			assert.Zero(t, vs.Dropped)
		})
	}
}

func TestCheckMessages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		cfg  Config
		want string
	}{
		{"dunder attribute", "x.__class__\n", testConfig,
			"1:2: access to dunder attribute '__class__' is not allowed [dunder-attr]"},
		{"dunder name", "__name__\n", testConfig,
			"1:1: use of dunder name '__name__' is not allowed [dunder-name]"},
		{"special method", "class C:\n    def __getattr__(self, n): pass\n", testConfig,
			"2:9: defining __getattr__ is not allowed [special-method]"},
		{"forbidden name", "open\n", testConfig,
			"1:1: use of 'open' is not allowed [forbidden-name]"},
		{"denied import lists the allowed modules", "import os\n", testConfig,
			"1:8: import of module 'os' is not allowed: allowed modules are json, math [import-denied]"},
		{"denied import when nothing is allowed", "import json\n", Config{},
			"1:8: import of module 'json' is not allowed: no modules may be imported [import-denied]"},
		{"relative import", "from .. import x\n", testConfig,
			"1:1: relative import of '..' is not allowed [import-denied]"},
		{"star import", "from json import *\n", testConfig,
			"1:18: 'from json import *' is not allowed [import-star]"},
		{"reserved name", "__pf_x__\n", testConfig,
			"1:1: name '__pf_x__' is reserved for pyfence [reserved-name]"},
		{"class keyword", "class C(metaclass=M): pass\n", testConfig,
			"1:9: class keyword argument 'metaclass' is not supported [unsupported-syntax]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vs := checkSource(t, tt.src, tt.cfg)
			require.Len(t, vs.List, 1)
			assert.Equal(t, tt.want, vs.List[0].Error())
		})
	}
}

func TestCheckConfig(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		cfg  Config
		want []string
	}{
		{"nil forbidden names mean the defaults", "open\n", Config{}, []string{"1:1 forbidden-name"}},
		{"empty forbidden names forbid nothing", "open\n", Config{ForbiddenNames: []string{}}, []string{}},
		{"custom forbidden names", "open\nsecret\n", Config{ForbiddenNames: []string{"secret"}}, []string{"2:1 forbidden-name"}},
		{"nil special methods mean the defaults", "class C:\n    def __init__(s): pass\n", Config{}, []string{}},
		{"empty special methods allow none", "class C:\n    def __init__(s): super().__init__()\n",
			Config{SpecialMethods: []string{}}, []string{"2:9 special-method", "2:29 dunder-attr"}},
		{"custom special methods", "class C:\n    def __format__(s, f): pass\n    def __init__(s): pass\n",
			Config{SpecialMethods: []string{"__format__"}}, []string{"3:9 special-method"}},
		{"nil allowed imports allow none", "import json\n", Config{}, []string{"1:8 import-denied"}},
		{"dotted module allowed by its full name", "import os.path\nfrom os.path import join\nimport os\n",
			Config{AllowImport: []string{"os.path"}}, []string{"3:8 import-denied"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, brief(checkSource(t, tt.src, tt.cfg)))
		})
	}
}

func TestCheckKeepsTheFirstHundredViolations(t *testing.T) {
	t.Parallel()
	src := strings.Repeat("open\n", 150)
	vs := checkSource(t, src, Config{})
	require.Len(t, vs.List, MaxViolations)
	assert.Equal(t, 50, vs.Dropped)
	assert.Equal(t, 150, vs.Len())
	assert.Equal(t, Pos{Line: 1, Col: 1}, vs.List[0].Pos)
	assert.Equal(t, Pos{Line: 100, Col: 1}, vs.List[99].Pos)
	assert.Equal(t, "1:1: use of 'open' is not allowed [forbidden-name] (and 149 more)", vs.Error())
}

func TestCheckWithoutATree(t *testing.T) {
	t.Parallel()
	for _, src := range []*Source{nil, {}} {
		vs := Check(src, Config{})
		assert.Equal(t, []string{"- unsupported-syntax"}, brief(vs))
	}
}

func TestCheckRejectsUnknownNodes(t *testing.T) {
	t.Parallel()
	pos := ast.Pos{Lineno: 1, ColOffset: 4}
	tests := []struct {
		name string
		mod  ast.Mod
		want []string
	}{
		{"interactive module", &ast.Interactive{ModBase: ast.ModBase{Pos: pos}}, []string{"1:5 unsupported-syntax"}},
		{"suite module", &ast.Suite{ModBase: ast.ModBase{Pos: pos}}, []string{"1:5 unsupported-syntax"}},
		{"bare expression base, with its children unchecked", &ast.Module{Body: []ast.Stmt{
			&ast.ExprStmt{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: 2}}, Value: &ast.ExprBase{}},
		}}, []string{"2:1 unsupported-syntax"}},
		{"bare statement base", &ast.Module{Body: []ast.Stmt{&ast.StmtBase{Pos: pos}}}, []string{"1:5 unsupported-syntax"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vs := Check(&Source{Mod: tt.mod}, Config{})
			assert.Equal(t, tt.want, brief(vs))
		})
	}
}

func TestCheckFailsClosedOnAPanic(t *testing.T) {
	t.Parallel()
	// A nil *ast.Name inside an interface is not something Parse builds;
	// the checker must reject it, not crash or pass it.
	var name *ast.Name
	mod := &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: 3}}, Value: name}}}
	vs := Check(&Source{Mod: mod}, Config{})
	assert.Equal(t, []string{"3:1 internal-error"}, brief(vs))
}

func TestCheckNormalisesTreesNotBuiltByParse(t *testing.T) {
	t.Parallel()
	name := &ast.Name{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: 1}}, Id: "ｅｘｅｃ", Ctx: ast.Load}
	mod := &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: 1}}, Value: name}}}
	vs := Check(&Source{Mod: mod}, Config{})
	assert.Equal(t, []string{"1:1 forbidden-name"}, brief(vs))
}

func TestCheckVisitsEveryNodeGpythonWalks(t *testing.T) {
	t.Parallel()
	// forEachChild, which Check and Parse walk with, must reach every node
	// gpython's own ast.Walk reaches: a child it skipped would be a child
	// Check never looked at.
	src := `
@dec(1)
def f(a: int, b=2, *c, d, e=3, **g) -> r:
    global x
    nonlocal y
    del a[0], b.c
    x = y = 1
    x += 1
    for i in j:
        continue
    else:
        break
    while t:
        pass
    else:
        pass
    if a: pass
    elif b: pass
    else: pass
    with a as b, c: pass
    try:
        raise E from F
    except E as e:
        pass
    except:
        pass
    else:
        pass
    finally:
        pass
    assert a, b
    import a.b as c
    from .m import (n as o, p)
    lambda q, *r, s=1, **t: q
    a if b else c
    {1: 2, **{}} if 0 else {1, 2}
    [x for x in y if x], {x for x in y}, {x: y for x, y in z}, (x for x in y)
    yield
    yield from x
    a < b <= c, not a, -a, a and b or c, a ** b
    f(a, *b, c=1, **d)
    x[1], x[1:2], x[1:2:3], x[::], x[1, 2:3], x[...]
    "s" "t" if 0 else b"b"
    None, True, 1.5, 2j
    a, *b = c
    return [a, b]
class C(A, B):
    x = 1
`
	src = strings.Replace(src, ", **{}", "", 1)
	s, err := Parse("test.py", []byte(src), ModeExec, ParseLimits{})
	require.NoError(t, err)

	var walked []string
	ast.Walk(s.Mod, func(n ast.Ast) bool {
		walked = append(walked, fmt.Sprintf("%T@%p", n, n))
		return true
	})
	var visited []string
	var visit func(ast.Ast)
	visit = func(n ast.Ast) {
		visited = append(visited, fmt.Sprintf("%T@%p", n, n))
		forEachChild(n, visit)
	}
	visit(s.Mod)
	slices.Sort(walked)
	slices.Sort(visited)
	assert.Equal(t, walked, visited)
	assert.Greater(t, len(visited), 150)
}

func TestDefaultListsAreFreshCopies(t *testing.T) {
	t.Parallel()
	names := DefaultForbiddenNames()
	names[0] = "changed"
	assert.Contains(t, DefaultForbiddenNames(), "open")
	methods := DefaultSpecialMethods()
	methods[0] = "changed"
	assert.Contains(t, DefaultSpecialMethods(), "__init__")
}

func TestDefaultSpecialMethodsAreDunders(t *testing.T) {
	t.Parallel()
	for _, m := range DefaultSpecialMethods() {
		assert.True(t, isDunder(m), m)
		assert.False(t, isReserved(m), m)
	}
	for _, m := range []string{"__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__new__",
		"__del__", "__init_subclass__", "__class_getitem__", "__reduce__", "__reduce_ex__", "__getstate__",
		"__setstate__", "__dir__", "__get__", "__set__", "__delete__", "__set_name__", "__subclasshook__",
		"__instancecheck__", "__subclasscheck__", "__format__", "__missing__"} {
		assert.NotContains(t, DefaultSpecialMethods(), m)
	}
}

// A marker is an expected violation in a testdata file: a comment
// "### policy:RULE-ID" at the end of the line, optionally followed by a
// quoted regexp the message must match. A line may carry several.
type marker struct {
	line int
	rule string
	rx   *regexp.Regexp
}

var markerRE = regexp.MustCompile(`###\s*policy:([a-z-]+)(?:\s+("(?:[^"\\]|\\.)*"))?`)

func readMarkers(t *testing.T, text string) []marker {
	t.Helper()
	var ms []marker
	for i, line := range strings.Split(text, "\n") {
		for _, m := range markerRE.FindAllStringSubmatch(line, -1) {
			mk := marker{line: i + 1, rule: m[1]}
			if m[2] != "" {
				rx, err := strconv.Unquote(m[2])
				require.NoError(t, err, "line %d", i+1)
				mk.rx = regexp.MustCompile(rx)
			}
			ms = append(ms, mk)
		}
	}
	return ms
}

func TestCheckTestdata(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "check", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	total := 0
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			src, err := Parse(file, data, ModeExec, ParseLimits{})
			require.NoError(t, err)
			vs := Check(src, testConfig)
			require.Zero(t, vs.Dropped)

			markers := readMarkers(t, string(data))
			total += len(markers)
			// Every marker must match a violation, and every violation
			// must be marked: compare the (line, rule) pairs as multisets.
			var want, got []string
			for _, m := range markers {
				want = append(want, fmt.Sprintf("%d %s", m.line, m.rule))
			}
			for _, v := range vs.List {
				got = append(got, fmt.Sprintf("%d %s", v.Pos.Line, v.Rule))
			}
			slices.Sort(want)
			slices.Sort(got)
			assert.Equal(t, want, got)

			for _, m := range markers {
				if m.rx == nil {
					continue
				}
				matched := slices.ContainsFunc(vs.List, func(v Violation) bool {
					return v.Pos.Line == m.line && v.Rule == m.rule && m.rx.MatchString(v.Msg)
				})
				assert.True(t, matched, "line %d: no %s violation matching %q", m.line, m.rule, m.rx)
			}
		})
	}
	assert.GreaterOrEqual(t, total, 40, "markers across testdata/check")
}
