package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestTypeFacades(t *testing.T) {
	t.Parallel()
	runFnCases(t, []fnCase{
		{name: "type of builtin values is the builtin name", src: "print(type(1) is int, type('a') == str, type(True) is bool, type({}) is dict, type(2**100) is int, type([]) is list, type(()) is tuple, type(b'') is bytes, type(range(1)) is range, type(1.5) is float)", want: "True True True True True True True True True True\n"},
		{name: "type of sets", src: "print(type(set()) is set, type(frozenset()) is frozenset, type({1}) is set)", want: "True True True\n"},
		{name: "type of types", src: "print(type(int), type(type), type(type(1)), type(len), type(None), type(lambda: 0))", want: "<class 'type'> <class 'type'> <class 'type'> <class 'builtin_function_or_method'> <class 'NoneType'> <class 'function'>\n"},
		{name: "type names print as classes", src: "print(int, str, float, bool, list, tuple, dict, set, frozenset, bytes, object, range, type, slice)", want: "<class 'int'> <class 'str'> <class 'float'> <class 'bool'> <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'> <class 'frozenset'> <class 'bytes'> <class 'object'> <class 'range'> <class 'type'> <class 'slice'>\n"},
		{name: "type names of iterator classes", src: "print(enumerate, zip, map, filter, reversed, property, super, type(enumerate([])) is enumerate, type(zip()) is zip)", want: "<class 'enumerate'> <class 'zip'> <class 'map'> <class 'filter'> <class 'reversed'> <class 'property'> <class 'super'> True True\n"},
		{name: "isinstance with builtin types", src: "print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))), isinstance(None, object), isinstance(2**100, int), isinstance({}, dict), isinstance(int, type), isinstance(1, ()))", want: "True False True True True True True False\n"},
		{name: "isinstance with set types", src: "print(isinstance(set(), (list, set)), isinstance(frozenset(), set), isinstance({1}, set))", want: "True False True\n"},
		{name: "issubclass with builtin types", src: "print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)), issubclass(type, object), issubclass(list, tuple))", want: "True False True True True False\n"},
		{name: "isinstance scans a tuple in order", src: "print(isinstance(1, (int, 1)))", want: "True\n"},
		{name: "isinstance stops at a bad entry", src: "isinstance(1, (str, 1))", err: "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{name: "constructors", src: "print(list('ab'), tuple(range(3)), bytes([65, 66]), bytes(2), bytes('h\\xe9', 'utf-8'), list(), tuple(), bytes(), object() is not None)", want: "['a', 'b'] (0, 1, 2) b'AB' b'\\x00\\x00' b'h\\xc3\\xa9' [] () b'' True\n"},
		{name: "range constructor", src: "print(range(5), range(1, 5), range(1, 10, 2), range(-3), len(range(10, 0, -3)), list(range(10, 0, -3)))", want: "range(0, 5) range(1, 5) range(1, 10, 2) range(0, -3) 4 [10, 7, 4, 1]\n"},
		{name: "range attributes", src: "r = range(1, 10, 2)\nprint(r.start, r.stop, r.step, r[1], r[-1], r[1:3])", want: "1 10 2 3 9 range(3, 7, 2)\n"},
		{name: "range with a zero step", src: "range(1, 2, 0)", err: "ValueError: range() arg 3 must not be zero"},
		{name: "range of a float", src: "range(1.5)", err: "TypeError: 'float' object cannot be interpreted as an integer"},
		{name: "object with arguments", src: "object(1)", err: "TypeError: object() takes no arguments"},
		{name: "class with inheritance", src: "class A:\n    kind = 'a'\n    def f(self):\n        return 'A.f'\n    @staticmethod\n    def s(x):\n        return x + 1\n    @classmethod\n    def c(cls):\n        return cls.kind\nclass B(A):\n    kind = 'b'\nb = B()\nprint(b.f(), B.s(1), b.s(2), B.c(), b.c(), A.c(), B.kind, b.kind)", want: "A.f 2 3 b b a b b\n"},
		{name: "isinstance with classes", src: "class A:\n    pass\nclass B(A):\n    pass\nb = B()\nprint(isinstance(b, A), isinstance(b, B), isinstance(b, (int, B)), issubclass(B, A), issubclass(A, B), type(b) is B, type(B) is type)", want: "True True True True False True True\n"},
		{name: "property getter setter deleter", src: "class P:\n    def __init__(self):\n        self._v = 1\n    def get(self):\n        return self._v\n    def set(self, v):\n        self._v = v * 2\n    def rm(self):\n        print('rm')\n    v = property(get, set, rm)\np = P()\np.v = 5\nprint(p.v)\ndel p.v\nprint(P.v.fget is P.get)", want: "10\nrm\nTrue\n"},
		{name: "property decorators", src: "class T:\n    @property\n    def x(self):\n        return self._x\n    def _sx(self, v):\n        self._x = v\n    x = x.setter(_sx)\nt = T()\nt.x = 3\nprint(t.x)", want: "3\n"},
		{name: "read-only property", src: "class R:\n    @property\n    def v(self):\n        return 1\nR().v = 2", err: "AttributeError: property 'v' of 'R' object has no setter"},
		{name: "super walks the MRO", src: "class A:\n    def who(self):\n        return 'A'\nclass B(A):\n    def who(self):\n        return 'B' + super(B, self).who()\nclass C(A):\n    def who(self):\n        return 'C' + super(C, self).who()\nclass D(B, C):\n    def who(self):\n        return 'D' + super(D, self).who()\nprint(D().who())", want: "DBCA\n"},
		{name: "super in a classmethod", src: "class A:\n    @classmethod\n    def make(cls):\n        return cls.tag\nclass B(A):\n    tag = 'B'\n    @classmethod\n    def make(cls):\n        return 'via ' + super(B, cls).make()\nprint(B.make())", want: "via B\n"},
		{name: "super reaches an allowed special method", src: "class A:\n    def __init__(self, x):\n        self.x = x\nclass B(A):\n    def __init__(self, x):\n        getattr(super(B, self), '__init__')(x * 2)\nprint(B(2).x)", want: "4\n"},
		{name: "super to object's __init__ with arguments", src: "class A:\n    def __init__(self):\n        getattr(super(A, self), '__init__')(1)\nA()", err: "TypeError: object.__init__() takes exactly one argument (the instance to initialize)"},
		{name: "super with a non-type", src: "super(1, 2)", err: "TypeError: super() argument 1 must be a type, not int"},
		{name: "super with an unrelated object", src: "super(int, 'a')", err: "TypeError: super(type, obj): obj must be an instance or subtype of type"},
		{name: "exception classes", src: "class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\ntry:\n    raise NotFound('missing', 1)\nexcept AppError as e:\n    print(repr(e), e.args, str(e), isinstance(e, Exception), type(e) is NotFound)", want: "NotFound('missing', 1) ('missing', 1) ('missing', 1) True True\n"},
		{name: "exception __init__ runs", src: "class Coded(ValueError):\n    def __init__(self, code):\n        print('init', code)\ntry:\n    raise Coded(7)\nexcept ValueError as e:\n    print(e.args)", want: "init 7\n(7,)\n"},
		{name: "exception super __init__ sets args", src: "class W(Exception):\n    def __init__(self, m):\n        getattr(super(W, self), '__init__')('wrapped', m)\ntry:\n    raise W('x')\nexcept W as e:\n    print(e.args, str(e))", want: "('wrapped', 'x') ('wrapped', 'x')\n"},
		{name: "uncaught exception class of the script", src: "class Boom(Exception):\n    pass\nraise Boom('bang')", err: "Boom: bang"},
		{name: "callable instances", src: "class Add:\n    def __init__(self, n):\n        self.n = n\n    def __call__(self, x):\n        return x + self.n\na = Add(2)\nprint(a(3), callable(a), list(map(a, [1])))", want: "5 True [3]\n"},
		{name: "calling an instance without __call__", src: "class A:\n    pass\nA()()", err: "TypeError: 'A' object is not callable"},
		{name: "builtins use inherited special methods", src: "class S:\n    def __len__(self):\n        return 2\n    def __iter__(self):\n        return iter([2, 1])\nclass T(S):\n    pass\nt = T()\nprint(len(t), sorted(t), list(reversed(list(t))), sum(t))", want: "2 [1, 2] [1, 2] 3\n"},
		{name: "ordering special methods", src: "class V:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        return self.v < o.v\n    def __repr__(self):\n        return 'V%d' % self.v\nprint(sorted([V(2), V(1)]), max([V(1), V(3)]), min(V(2), V(1)))", want: "[V1, V2] V3 V1\n"},
		{name: "unorderable instances", src: "class A:\n    pass\nsorted([A(), A()])", err: "TypeError: '<' not supported between instances of 'A' and 'A'"},
	})
}

// TestTypeDeliberateDifferences covers what pyfence rejects where CPython
// runs: creating classes with type(), and subclassing builtin types.
func TestTypeDeliberateDifferences(t *testing.T) {
	t.Parallel()
	runFnCases(t, []fnCase{
		{name: "type with three arguments", src: "type('C', (), {})", err: "TypeError: type() takes 1 argument"},
		{name: "subclassing list", src: "class L(list):\n    pass", err: "TypeError: subclassing builtin type 'list' is not supported"},
		{name: "subclassing int", src: "class I(int):\n    pass", err: "TypeError: subclassing builtin type 'int' is not supported"},
		{name: "subclassing type", src: "class M(type):\n    pass", err: "TypeError: subclassing builtin type 'type' is not supported"},
		{name: "subclassing a gpython type", src: "class M(classmethod):\n    pass", err: "TypeError: subclassing builtin type 'classmethod' is not supported"},
		{name: "an instance as a base", src: "class A:\n    pass\nclass B(A()):\n    pass", err: "TypeError: bases must be types"},
		{name: "mixing exception and plain bases", src: "class M:\n    pass\nclass E(Exception, M):\n    pass", err: "TypeError: a class cannot derive from both an exception class and another class"},
		{name: "super with one argument", src: "super(int)", err: "TypeError: super() with one argument is not supported"},
		{name: "dir without an argument", src: "dir()", err: "TypeError: dir() without an argument is not supported"},
	})
}

func TestTypeAttacks(t *testing.T) {
	t.Parallel()
	runFnPolicyCases(t, []fnPolicyCase{
		{"super cannot reach __class__", "class A:\n    pass\nclass B(A):\n    def f(self):\n        return getattr(super(B, self), '__class__')\nB().f()", "dunder-attr"},
		{"super cannot reach __dict__", "class A:\n    pass\nclass B(A):\n    def f(self):\n        return getattr(super(B, self), '__dict__')\nB().f()", "dunder-attr"},
		{"super cannot reach __getattribute__", "class A:\n    pass\nb = A()\ngetattr(super(A, b), '__getattribute__')", "dunder-attr"},
		{"super cannot reach __init_subclass__", "class A:\n    pass\ngetattr(super(A, A()), '__init_subclass__')", "dunder-attr"},
		{"a facade's dunders are blocked", "getattr(int, '__subclasses__')", "dunder-attr"},
		{"a facade's __dict__ is blocked", "getattr(str, '__dict__')", "dunder-attr"},
		{"a facade's __mro__ is blocked", "getattr(type(1), '__mro__')", "dunder-attr"},
		{"a class's dunders are blocked", "class C:\n    pass\ngetattr(C, '__bases__')", "dunder-attr"},
		{"a property's dunders are blocked", "getattr(property(), '__get__')", "dunder-attr"},
		{"type of a type has no dunders", "getattr(type(type), '__subclasses__')", "dunder-attr"},
	})
	runFnCases(t, []fnCase{
		{name: "a facade has only its table", src: "getattr(int, 'mro')", err: "AttributeError: type object 'int' has no attribute 'mro'"},
		{name: "a facade serves unbound methods", src: "print(str.upper('a'), list.count([1, 1], 1), int.bit_length(255))", want: "A 2 8\n"},
		{name: "facades are not writable", src: "int.x = 1", err: "TypeError: cannot set 'x' attribute of immutable type 'int'"},
		{name: "super objects have no other attributes", src: "class A:\n    pass\ngetattr(super(A, A()), 'missing')", err: "AttributeError: 'super' object has no attribute 'missing'"},
		{name: "isinstance with a huge tuple of facades", src: "print(isinstance(1, (str,) * 10**6))", want: "False\n"},
	})
}

func TestTypeFacadesAreOnePerRun(t *testing.T) {
	t.Parallel()
	// A facade is a comparable value bound to its run: every way of
	// reaching int is the same object, and a facade never outlives the
	// run it was created in (runs of one program share nothing).
	p, err := interp.Compile("t.py", "print(type(1) is int, type(2**100) is int, type(True) is not int, dict([(int, 1)])[type(5)])", interp.CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		out, err := runCompiled(p)
		if err != nil {
			t.Fatal(err)
		}
		if out != "True True True 1\n" {
			t.Fatalf("run %d: %q", i, out)
		}
	}
}
