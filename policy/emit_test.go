package policy

import (
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// emitParse parses src with gpython's parser in the given mode.
func emitParse(src string, mode py.CompileMode) (ast.Mod, error) {
	tree, err := parser.ParseString(src, mode)
	if err != nil {
		return nil, err
	}
	mod, ok := tree.(ast.Mod)
	if !ok {
		return nil, fmt.Errorf("parser returned %T", tree)
	}
	return mod, nil
}

// emitLines lists the line numbers of the statements and expressions of
// mod, parsed from src, and of its parameters, keyword arguments, import
// aliases and with items, in walk order. Except handlers and parameter lists
// are left out: gpython gives them the position of an earlier token.
//
// An elif's If gets -1, as gpython gives it the position of an earlier token
// too (the first line of the if's body, or a leftover from the parser's
// stack), which the layout cannot pin down. It is recognized as the sole else
// branch of an If that either does not point at an "if" keyword in src or
// is not below every line of the body before it; an If written inside
// "else:" is at least two lines below.
func emitLines(mod ast.Mod, src string) []int {
	srcLines := strings.Split(src, "\n")
	atIf := func(p ast.Pos) bool {
		if p.Lineno < 1 || p.Lineno > len(srcLines) || p.ColOffset < 0 || p.ColOffset > len(srcLines[p.Lineno-1]) {
			return false
		}
		rest := srcLines[p.Lineno-1][p.ColOffset:]
		return strings.HasPrefix(rest, "if") && (len(rest) == 2 || !emitIdentByte(rest[2]))
	}
	elif := map[*ast.If]bool{}
	var lines []int
	ast.Walk(mod, func(n ast.Ast) bool {
		if s, ok := n.(*ast.If); ok && len(s.Orelse) == 1 && len(s.Body) > 0 {
			if inner, ok := s.Orelse[0].(*ast.If); ok && (!atIf(inner.Pos) || inner.Lineno <= emitMaxLine(s.Body[len(s.Body)-1])) {
				elif[inner] = true
			}
		}
		switch n := n.(type) {
		case *ast.If:
			if elif[n] {
				lines = append(lines, -1)
				return true
			}
			lines = append(lines, n.Lineno)
		case ast.Stmt, ast.Expr, *ast.Arg, *ast.Keyword, *ast.Alias, *ast.WithItem:
			lines = append(lines, n.GetLineno())
		}
		return true
	})
	return lines
}

func emitIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// emitMaxLine returns the largest line number in n.
func emitMaxLine(n ast.Ast) int {
	l := 0
	ast.Walk(n, func(n ast.Ast) bool {
		l = max(l, n.GetLineno())
		return true
	})
	return l
}

// emitNums lists the exact values of the Num nodes of mod: ast.Dump prints
// floats with only six significant digits.
func emitNums(mod ast.Mod) []string {
	var nums []string
	ast.Walk(mod, func(n ast.Ast) bool {
		num, ok := n.(*ast.Num)
		if !ok {
			return true
		}
		switch v := num.N.(type) {
		case py.Float:
			nums = append(nums, fmt.Sprintf("float %x", math.Float64bits(float64(v))))
		case py.Complex:
			nums = append(nums, fmt.Sprintf("complex %x %x", math.Float64bits(real(v)), math.Float64bits(imag(v))))
		case *py.BigInt:
			nums = append(nums, "bigint "+(*big.Int)(v).String())
		default:
			nums = append(nums, fmt.Sprintf("%T %v", v, v))
		}
		return true
	})
	return nums
}

// emitRoundTrip parses src, emits it and parses the output, and checks that
// the two trees match in dump, line numbers and number values. It returns
// the emitted source.
func emitRoundTrip(t *testing.T, src string, mode py.CompileMode) string {
	t.Helper()
	mod, err := emitParse(src, mode)
	require.NoError(t, err, "input does not parse")
	out, err := Emit(mod)
	require.NoError(t, err)
	got, err := emitParse(out, mode)
	require.NoError(t, err, "output does not parse:\n%s", out)
	assert.Equal(t, ast.Dump(mod), ast.Dump(got), "dump differs; output:\n%s", out)
	assert.Equal(t, emitLines(mod, src), emitLines(got, out), "line numbers differ; output:\n%s", out)
	assert.Equal(t, emitNums(mod), emitNums(got), "numbers differ; output:\n%s", out)
	return out
}

func TestEmit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want string // expected output; empty to check only the round trip
	}{
		{name: "sum times", src: "x = (a + b) * c\n", want: "x = (a + b) * c\n"},
		{name: "left assoc minus", src: "x = a - (b - c) - d\n", want: "x = a - (b - c) - d\n"},
		{name: "negated power", src: "x = -x ** 2\n", want: "x = -x ** 2\n"},
		{name: "power of negation", src: "x = (-x) ** 2\n", want: "x = (-x) ** 2\n"},
		{name: "power of negative exponent", src: "x = a ** -b\n", want: "x = a ** -b\n"},
		{name: "power right assoc", src: "x = a ** b ** c, (a ** b) ** c\n", want: "x = a ** b ** c, (a ** b) ** c\n"},
		{name: "not of and", src: "x = not (a and b)\n", want: "x = not (a and b)\n"},
		{name: "nested bool ops", src: "x = (a or b) or c and (d or e)\n", want: "x = (a or b) or c and (d or e)\n"},
		{name: "chained and nested comparisons", src: "x = a < b < c\ny = (a < b) < c\nz = a < (b < c)\n", want: "x = a < b < c\ny = (a < b) < c\nz = a < (b < c)\n"},
		{name: "comparison operators", src: "x = a == b != c <= d >= e is f is not g in h not in i\n"},
		{name: "bitwise", src: "x = a | b ^ c & d << e >> f\ny = (a | b) & ~c\n"},
		{name: "arithmetic", src: "x = a + b * c / d // e % f\ny = (a + b) % c\n"},
		{name: "unary", src: "x = -a, +b, ~c, - -d, not not e, -(-1)\n"},
		{name: "lambda inside expressions", src: "x = (lambda: 1) + (lambda a, *b, c=2, **d: a)()\ny = f(lambda x=1: x if x else lambda: 2)\n"},
		{name: "conditional expressions", src: "x = (a if b else c) if (d if e else f) else g if h else i\n"},
		{name: "yield forms", src: "def g():\n    yield\n    yield a\n    x = yield a, b\n    x += yield\n    f((yield))\n    y = (yield) + 1\n    yield from h()\n    z = yield from h()\n    return (yield)\n"},
		{name: "generator argument", src: "f(x for x in y)\ng((x for x in y), 1)\nh(a, *(x for x in y))\n", want: "f(x for x in y)\ng((x for x in y), 1)\nh(a, *(x for x in y))\n"},
		{name: "comprehensions", src: "a = [x for x in y if x if not x for z in x]\nb = {x for x, in y}\nc = {k: v for k, v in d.items() if k}\nd = (i for i in (lambda: y)() if (lambda: i))\ne = [x for x in (a if b else c)]\n"},
		{name: "tuples", src: "a = ()\nb = (1,)\nc = 1,\nd = 1, 2\ne = (1, (2, 3), ())\nfor x, in y: pass\nfor (a, b), c in d: pass\n"},
		{name: "starred targets", src: "a, *b = c\n[a, *b] = c\nfor *a, b in c: pass\n"},
		{name: "subscripts", src: "x[1]\nx[1, 2]\nx[1,]\nx[()]\nx[1:2]\nx[:]\nx[::]\nx[::2]\nx[a:b:c]\nx[1:2, 3]\nx[1:2,]\nx[..., 1]\nx[(1, 2), 3]\nx[-1][a.b](c)\n"},
		{name: "attributes of numbers", src: "a = (1).real\nb = 1.5.real\nc = (-1).real\nd = 1j.imag\n", want: "a = (1).real\nb = (1.5).real\nc = (-1).real\nd = (1j).imag\n"},
		{name: "dicts and sets", src: "a = {}\nb = {1: 2, 'a': [3]}\nc = {1, 2}\nd = {(1, 2): {3}}\n"},
		{name: "calls", src: "f()\nf(a, b=1)\nf(*a)\nf(**k)\nf(a, *b, c=1, **d)\nf(a=1, *b)\nf(*a, b=1)\nf(a)(b)(c)\n"},
		{name: "strings with quotes", src: `a = 'it''s'` + "\n" + `b = "say \"hi\""` + "\n" + `c = 'both \' and "'` + "\n" + `d = ''` + "\n"},
		{name: "string escapes", src: `a = 'tab\there\nnew\rret\x00nul\x7fdel\\slash\x1b\u2028\ufeff\U0001f600 é 漢'` + "\n"},
		{name: "raw and unicode prefixes", src: `a = r'\d+\n' + u'x' + R"\\"` + "\n"},
		{name: "bytes", src: `a = b'\x00\xff\n\'"' + B"x" + rb'\d'` + "\n"},
		{name: "string concatenation across lines", src: "a = ('abc'\n     'def'\n     \"ghi\")\nb = 1\n"},
		{name: "triple-quoted string", src: "x = \"\"\"first\nsecond\n\nfourth\"\"\"\ny = 2\n\"\"\"doc\nstring\"\"\"\nz = 3\n"},
		{name: "triple-quoted string mid-expression", src: "x = '''a\nb''' + y\nz = f('''\n''', w)\n", want: "x = 'a\\nb' + \\\n    y\nz = f('\\n',\n    w)\n"},
		{name: "big ints", src: "a = 123456789012345678901234567890\nb = 0x7fffffffffffffff + 0xffffffffffffffff\nc = 0o777 + 0b1010 + 9223372036854775808\n"},
		{name: "floats", src: "a = 1e16, 0.1, 1e-7, 1.5, 100.0, 1e22, 1e400, 2.5e-308, 5e-324, 1.7976931348623157e308, 0.30000000000000004\n"},
		{name: "imaginary", src: "a = 1j, 2.5j, 1e400j, 1e16j, 3 + 4j\n"},
		{name: "negative numbers", src: "a = -1, -0.0, -1e400, -(2 ** 63)\n", want: "a = -1, -0.0, -1e999, -2 ** 63\n"},
		{name: "name constants and ellipsis", src: "a = None, True, False, ...\n"},
		{name: "semicolons", src: "a = 1; b = 2\nc = 3; d = 4;\n", want: "a = 1; b = 2\nc = 3; d = 4\n"},
		{name: "inline bodies", src: "if x: pass\nwhile y: a; b\nfor i in j: continue\nclass C: pass\ndef f(): return 1\nwith a: b\ntry: a\nexcept: b\n"},
		{name: "blank lines and comments", src: "# comment\n\nimport os\n\n\n# another\ndef f():\n\n    # inside\n    return 1\n\n\nx = 1  # trailing\n"},
		{name: "backslash continuation", src: "x = 1 + \\\n    2\nif a and \\\n        b:\n    pass\nwith a as b, \\\n        c as d:\n    pass\n"},
		{name: "multi-line call", src: "f(a,\n  b,\n\n  c=1,\n  *d,\n  **e)\n"},
		{name: "multi-line dict", src: "d = {\n    'a': 1,\n    'b':\n        2,\n}\n"},
		{name: "multi-line parenthesized", src: "x = (\n    a\n    + b\n)\ny = (\n  1,\n  2)\nz = [\n  1,\n  2]\n"},
		{name: "trailers on later lines", src: "x = (a\n     .b\n     [c]\n     (d))\ny = (\n  f)(1)\n"},
		{name: "expression statement in parentheses", src: "(\n  a)\n(\n  a + b)\n(\n a).b\n"},
		{name: "if elif else", src: "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n", want: "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n"},
		{name: "else with nested if", src: "if a:\n    x\nelse:\n    if b:\n        y\n    else:\n        z\n", want: "if a:\n    x\nelse:\n    if b:\n        y\n    else:\n        z\n"},
		{name: "inline elif", src: "if a: x\nelif b: y\nelse: z\n"},
		{name: "loops with else", src: "for i in range(3):\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse: pass\n"},
		{name: "try except else finally", src: "try:\n    a\nexcept (E, F) as e:\n    b\nexcept G:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\ntry:\n    pass\nfinally:\n    pass\n"},
		{name: "with items", src: "with a, b as c, d as (e, f):\n    pass\n"},
		{name: "raise and assert", src: "raise\nraise E\nraise E from F\nassert x\nassert x, 'msg'\n"},
		{name: "imports", src: "import a\nimport a.b as c, d\nfrom . import x\nfrom .. import y as z\nfrom ...a.b import (c,\n    d as e)\nfrom .... import f\nfrom m import *\n"},
		{name: "global nonlocal del", src: "def f():\n    global a, b\n    def g():\n        nonlocal c\n    del a, b[0], c.d\n    del (a, b)\n    del [a, b]\n"},
		{name: "assignments", src: "a = b = c = 1\na.b = c[d] = e\na += 1\na //= 2\na **= 3\na >>= 4\na <<= 5\na ^= 6\na |= 7\na &= 8\na %= 9\na -= 1\na *= 2\na /= 3\n"},
		{name: "function signatures", src: "def f(a, b: int, c=1, d: 'x' = 2, *args: list, e, f=3, g: int = 4, **kw: dict) -> None:\n    pass\ndef g(*, a, b=1): pass\ndef h(a, *, b): pass\ndef i(**k): pass\ndef j(*a): pass\n"},
		{name: "decorators", src: "@a\n@a.b.c\n@d(1, x=2)\n@e()\ndef f():\n    pass\n\n@g\nclass C(B, metaclass=M):\n    x = 1\n"},
		{name: "class definitions", src: "class A: pass\nclass B(): pass\nclass C(A, B): pass\nclass D(*bases, **kw): pass\nclass E(A, x=1, *b, y=2, **k): pass\n"},
		{name: "nested blocks", src: "def f():\n    for i in x:\n        if i:\n            while True:\n                try:\n                    pass\n                except:\n                    continue\n    return 1\nx = 2\n"},
		{name: "keyword-only defaults on later lines", src: "def f(a, *, b,\n      c, d=1,\n      e=2):\n    pass\ndef g(*, a=1,\n      b): pass\n", want: "def f(a, *, b,\n    c, d=1,\n    e=2):\n    pass\ndef g(*, a=1,\n    b): pass\n"},
		{name: "lambda arguments", src: "f = lambda: 0\ng = lambda a, b=1, *c, d, e=2, **f: 0\nh = lambda *, a: a\n"},
		{name: "unicode identifiers", src: "café = 1\nπ = café\n"},
		{name: "starred call arguments mixed", src: "f(1, 2, *a, b=3, **c)\n"},
		{name: "keyword on earlier line than star", src: "f(a,\n  b=1,\n  *c)\n"},
		{name: "keyword before multi-line arguments", src: "f(b=1, *g(\n    x))\nf(b=1, g(\n    x))\nf(b=h(\n    1), *a)\n", want: "f(b=1, *g(\n    x))\nf(b=1, g(\n    x))\nf(b=h(\n    1), *a)\n"},
		{name: "starred tuple outside assignments", src: "for cp in (1, *range(3), 4): pass\nx = 1, *y\n*a, b = c\n", want: "for cp in (1, *range(3), 4): pass\nx = 1, *y\n*a, b = c\n"},
		{name: "decorated function first in else", src: "if a:\n    pass\nelse:\n    # comment\n    @d\n    def f(): pass\nwhile b:\n    pass\nelse:\n\n    @e\n    class C: pass\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := emitRoundTrip(t, tt.src, py.ExecMode)
			if tt.want != "" {
				assert.Equal(t, tt.want, out)
			}
		})
	}
}

func TestEmitModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		mode py.CompileMode
		want string
	}{
		{name: "eval expression", src: "a + b * c", mode: py.EvalMode, want: "a + b * c\n"},
		{name: "eval bare tuple", src: "1, 2", mode: py.EvalMode, want: "1, 2\n"},
		{name: "eval on a later line", src: "\n\n(a +\n b)", mode: py.EvalMode, want: "\n\na + \\\n    b\n"},
		{name: "single simple statements", src: "a = 1; b = 2\n", mode: py.SingleMode, want: "a = 1; b = 2\n"},
		{name: "single compound statement", src: "if x:\n    y\n\n", mode: py.SingleMode, want: "if x:\n    y\n\n"},
		{name: "single function", src: "def f(a):\n    return a\n\n", mode: py.SingleMode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := emitRoundTrip(t, tt.src, tt.mode)
			if tt.want != "" {
				assert.Equal(t, tt.want, out)
			}
		})
	}
}

// emitFakeExpr is an expression node type Emit does not know.
type emitFakeExpr struct{ ast.ExprBase }

func TestEmitBuiltTrees(t *testing.T) {
	t.Parallel()
	name := func(id string, line int) *ast.Name {
		return &ast.Name{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: line}}, Id: ast.Identifier(id), Ctx: ast.Load}
	}
	num := func(n py.Object) *ast.Num { return &ast.Num{N: n} }
	exprStmt := func(x ast.Expr, line int) *ast.ExprStmt {
		return &ast.ExprStmt{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: line}}, Value: x}
	}
	module := func(body ...ast.Stmt) *ast.Module { return &ast.Module{Body: body} }
	tests := []struct {
		name    string
		mod     ast.Mod
		want    string
		wantErr string
	}{
		{name: "unknown expression type", mod: module(exprStmt(&emitFakeExpr{}, 1)), wantErr: "*policy.emitFakeExpr"},
		{name: "suite", mod: &ast.Suite{}, wantErr: "*ast.Suite"},
		{name: "nil module", mod: nil, wantErr: "nil module"},
		{name: "nan", mod: module(exprStmt(num(py.Float(math.NaN())), 1)), wantErr: "nan"},
		{name: "missing value", mod: module(exprStmt(nil, 1)), wantErr: "missing expression"},
		{name: "empty block", mod: module(&ast.While{Test: name("x", 1)}), wantErr: "empty block"},
		{name: "bad decorator", mod: module(&ast.FunctionDef{Name: "f", Args: &ast.Arguments{}, Body: []ast.Stmt{&ast.Pass{}}, DecoratorList: []ast.Expr{num(py.Int(1))}}), wantErr: "decorator"},
		{name: "invalid utf-8", mod: module(exprStmt(&ast.Str{S: py.String("\xff")}, 1)), wantErr: "UTF-8"},
		{name: "typed nil node", mod: module(exprStmt((*ast.BinOp)(nil), 1)), wantErr: "emit:"},
		{name: "negative numbers", mod: module(exprStmt(&ast.BinOp{Left: num(py.Int(-1)), Op: ast.Pow, Right: num(py.Float(math.Copysign(0, -1)))}, 1)), want: "(-1) ** -0.0\n"},
		{name: "complex with real part", mod: module(exprStmt(&ast.BinOp{Left: num(py.Complex(complex(1, -2))), Op: ast.Mult, Right: name("x", 1)}, 1)), want: "(1.0 - 2j) * x\n"},
		{name: "positionless statements share the line", mod: module(exprStmt(name("a", 1), 1), exprStmt(name("b", 0), 0), exprStmt(name("c", 2), 2)), want: "a; b\nc\n"},
		{name: "positionless inline body", mod: module(&ast.If{Test: name("x", 1), Body: []ast.Stmt{exprStmt(name("y", 3), 0)}}), want: "if x: \\\n\\\n    y\n"},
		{name: "positionless statement continued", mod: module(&ast.If{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: 1}}, Test: name("x", 1), Body: []ast.Stmt{&ast.Pass{StmtBase: ast.StmtBase{Pos: ast.Pos{Lineno: 2}}}}}, exprStmt(name("y", 4), 0)), want: "if x:\n    pass\n\\\n    y\n"},
		{name: "attribute decorator", mod: module(&ast.FunctionDef{Name: "f", Args: &ast.Arguments{}, Body: []ast.Stmt{&ast.Pass{}}, DecoratorList: []ast.Expr{&ast.Attribute{Value: name("a", 0), Attr: "b"}}}), want: "@a.b\ndef f(): pass\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := Emit(tt.mod)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			_, err = emitParse(got, py.ExecMode)
			assert.NoError(t, err)
		})
	}
}

// emitCorpus lists the Python files the round-trip tests read: every .py
// file in gpython's module directory, and in this repository's conformance/
// and policy/testdata/ trees when they exist.
func emitCorpus(t *testing.T) []string {
	t.Helper()
	var roots []string
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-python/gpython").Output()
	if dir := strings.TrimSpace(string(out)); err == nil && dir != "" {
		roots = append(roots, dir)
	} else {
		t.Skipf("cannot locate gpython's module directory: %v", err)
	}
	roots = append(roots, filepath.Join("..", "conformance"), "testdata")
	var files []string
	for _, root := range roots {
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				files = append(files, path)
			}
			return nil
		})
		require.NoError(t, err)
	}
	sort.Strings(files)
	return files
}

func TestEmitRoundTripCorpus(t *testing.T) {
	t.Parallel()
	checked := 0
	for _, path := range emitCorpus(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		if _, err := emitParse(string(data), py.ExecMode); err != nil {
			t.Logf("skipping %s: gpython cannot parse it", path)
			continue
		}
		checked++
		t.Run(path, func(t *testing.T) {
			emitRoundTrip(t, string(data), py.ExecMode)
		})
	}
	t.Logf("round-tripped %d files", checked)
	assert.GreaterOrEqual(t, checked, 40)
}

func TestEmitIdempotent(t *testing.T) {
	t.Parallel()
	srcs := []string{
		"x = (a +\n     b) * c\nif x: y\nelif z:\n    w\n",
		"def f(a, *b, c=1, **d):\n    '''doc\n    string'''\n    return [i for i in b if i]\n",
	}
	for _, path := range emitCorpus(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		srcs = append(srcs, string(data))
	}
	for _, src := range srcs {
		mod, err := emitParse(src, py.ExecMode)
		if err != nil {
			continue
		}
		once, err := Emit(mod)
		require.NoError(t, err)
		mod2, err := emitParse(once, py.ExecMode)
		require.NoError(t, err, "output does not parse:\n%s", once)
		twice, err := Emit(mod2)
		require.NoError(t, err)
		assert.Equal(t, once, twice)
	}
}
