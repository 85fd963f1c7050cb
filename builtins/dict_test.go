package builtins_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

func TestDictGoAPI(t *testing.T) {
	st := dsState(dsLimits)
	var zero builtins.Dict
	assert.Equal(t, 0, zero.Len(), "the zero value is an empty dict")
	d := builtins.NewDict()
	require.NoError(t, d.SetItem(st, py.String("b"), py.Int(1)))
	require.NoError(t, d.SetItem(st, py.Int(1), py.String("one")))
	require.NoError(t, d.SetItem(st, py.Float(1), py.String("float one")))
	require.NoError(t, d.SetItem(st, py.Tuple{py.Int(1)}, py.None))
	assert.Equal(t, 3, d.Len())
	v, ok, err := d.GetItem(st, py.True)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, py.String("float one"), v)
	_, ok, err = d.GetItem(st, py.String("missing"))
	require.NoError(t, err)
	assert.False(t, ok)
	assert.Equal(t, []py.Object{py.String("b"), py.Int(1), py.Tuple{py.Int(1)}}, d.Keys())
	assert.Equal(t, [][2]py.Object{{py.String("b"), py.Int(1)}, {py.Int(1), py.String("float one")}, {py.Tuple{py.Int(1)}, py.None}}, d.Items())
	found, err := d.DelItem(st, py.Int(1))
	require.NoError(t, err)
	assert.True(t, found)
	found, err = d.DelItem(st, py.Int(1))
	require.NoError(t, err)
	assert.False(t, found)
	_, _, err = d.GetItem(st, py.NewList())
	assert.True(t, py.IsException(py.TypeError, err))
	assert.Equal(t, builtins.DictType, d.Type())
}

func TestDictInterfaceMethods(t *testing.T) {
	st := dsState(dsLimits)
	d := builtins.NewDict()
	require.NoError(t, d.SetItem(st, py.String("a"), py.Int(1)))
	v, err := py.GetItem(d, py.String("a"))
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = py.GetItem(d, py.String("zz"))
	require.Error(t, err)
	assert.Equal(t, "KeyError: 'zz'", dsErrText(err))
	_, err = py.SetItem(d, py.Int(2), py.Int(3))
	require.NoError(t, err)
	n, err := py.Len(d)
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), n)
	in, err := py.SequenceContains(d, py.Int(2))
	require.NoError(t, err)
	assert.True(t, in)
	_, err = py.DelItem(d, py.Int(99))
	assert.Equal(t, "KeyError: 99", dsErrText(err))
	r, err := py.Repr(d)
	require.NoError(t, err)
	assert.Equal(t, py.String("{'a': 1, 2: 3}"), r)
	var keys []py.Object
	require.NoError(t, py.Iterate(d, func(k py.Object) bool { keys = append(keys, k); return false }))
	assert.Equal(t, []py.Object{py.String("a"), py.Int(2)}, keys)
	eq, err := py.Eq(d, py.StringDict{"a": py.Int(1)})
	require.NoError(t, err)
	assert.Equal(t, py.False, eq)
	_, err = py.DelItem(d, py.Int(2))
	require.NoError(t, err)
	eq, err = py.Eq(py.StringDict{"a": py.Float(1)}, d)
	require.NoError(t, err)
	assert.Equal(t, py.True, eq, "a gpython dict compares with pyfence's")

	// A dict no run ever touched still answers, on a private state.
	var fresh builtins.Dict
	_, err = py.GetItem(&fresh, py.String("k"))
	assert.Equal(t, "KeyError: 'k'", dsErrText(err))
}

func TestDictHelpers(t *testing.T) {
	st := dsState(dsLimits)
	h := builtins.Helpers(st)
	call := func(name string, args ...py.Object) (py.Object, error) {
		return py.Call(h[name], py.Tuple(args), nil)
	}
	d, err := call("__pf_dict__", py.Tuple{py.String("b"), py.Int(1), py.String("a"), py.Int(2), py.String("b"), py.Int(3)})
	require.NoError(t, err)
	assert.Equal(t, "{'b': 3, 'a': 2}", dsRepr(t, st, d))
	_, err = call("__pf_dict__", py.Tuple{py.Int(1)})
	assert.True(t, py.IsException(py.SystemError, err), "odd flat tuple")
	_, err = call("__pf_dict__", py.Int(1))
	assert.True(t, py.IsException(py.SystemError, err))

	d, err = call("__pf_dict_pairs__", py.NewListFromItems([]py.Object{py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(3), py.Int(4)}}))
	require.NoError(t, err)
	assert.Equal(t, "{1: 2, 3: 4}", dsRepr(t, st, d))

	kw, err := call("__pf_kw__", d)
	assert.Equal(t, "TypeError: keywords must be strings", dsErrText(err))
	assert.Nil(t, kw)
	named := builtins.NewDict()
	require.NoError(t, named.SetItem(st, py.String("x"), py.Int(1)))
	kw, err = call("__pf_kw__", named)
	require.NoError(t, err)
	assert.Equal(t, py.StringDict{"x": py.Int(1)}, kw)
	kw, err = call("__pf_kw__", py.StringDict{"y": py.Int(2)})
	require.NoError(t, err)
	assert.Equal(t, py.StringDict{"y": py.Int(2)}, kw)
	_, err = call("__pf_kw__", py.NewList())
	assert.Equal(t, "TypeError: argument after ** must be a mapping, not list", dsErrText(err))

	d, err = call("__pf_kwargs__", py.StringDict{"b": py.Int(1), "a": py.Int(2), "c": py.Int(3)})
	require.NoError(t, err)
	assert.Equal(t, "{'a': 2, 'b': 1, 'c': 3}", dsRepr(t, st, d), "keyword arguments sorted")
	_, err = call("__pf_kwargs__", py.Int(1))
	assert.True(t, py.IsException(py.SystemError, err))

	s, err := call("__pf_set__", py.Tuple{py.Int(3), py.Int(1), py.Int(3)})
	require.NoError(t, err)
	assert.Equal(t, "{3, 1}", dsRepr(t, st, s))
	_, err = call("__pf_set__", py.Int(3))
	assert.Equal(t, "TypeError: 'int' object is not iterable", dsErrText(err))
}

func dsRepr(t *testing.T, st *run.State, o py.Object) string {
	t.Helper()
	s, err := builtins.Repr(st, o)
	require.NoError(t, err)
	return s
}

func TestDictScript(t *testing.T) {
	runDSCases(t, []dsCase{
		{name: "keyword arguments of dict() are sorted", src: "print(dict(b=1, a=2), dict({'z': 0}, y=1, x=2))",
			want: "{'a': 2, 'b': 1} {'z': 0, 'x': 2, 'y': 1}\n"},
		{name: "f(**d) passes pyfence's dict", src: `
def f(a, b=0, **rest):
    return a, b, rest
d = {'b': 2, 'a': 1, 'z': 26, 'y': 25}
print(f(**d))
print(f(1, **{'c': 3}))
`, want: "(1, 2, {'y': 25, 'z': 26})\n(1, 0, {'c': 3})\n"},
		{name: "f(**d) with a key that is not a str", src: "def f(**kw):\n    pass\nf(**{1: 2})", wantErr: "TypeError: keywords must be strings"},
		{name: "**kwargs is pyfence's dict", src: `
def f(**kw):
    kw[1] = 'int key'
    return kw
print(f(b=2, a=1))
`, want: "{'a': 1, 'b': 2, 1: 'int key'}\n"},
		{name: "dict() from a mapping class", src: `
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(dict(M()))
d = {}
d.update(M())
print(d)
`, want: "{'x': 'xx', 'y': 'yy'}\n{'x': 'xx', 'y': 'yy'}\n"},
		{name: "popitem and pop of copies", src: `
d = {1: 'a', 2: 'b'}
c = d.copy()
print(c.popitem(), (d | {3: 'c'}).popitem(), dict(d).popitem())
s = {1, 2}
print(s.copy().pop(), set(s).pop(), (s | {3}).pop(), frozenset(s).union({4}) - {1})
t = {1, 2, 3}
t.intersection_update([3, 2])
print(t.pop(), t)
`, want: "(2, 'b') (3, 'c') (2, 'b')\n1 1 1 frozenset({2, 4})\n2 {3}\n"},
		{name: "popitem is LIFO", src: `
d = {i: i for i in range(5)}
print([d.popitem() for _ in range(5)], d)
`, want: "[(4, 4), (3, 3), (2, 2), (1, 1), (0, 0)] {}\n"},
		{name: "many deletions keep order and lookups", src: `
d = {}
for i in range(2000):
    d[i] = i
for i in range(0, 2000, 2):
    del d[i]
for i in range(0, 100, 2):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:], d[1999], d[98], 4 in d, 5 in d, 6 in d)
`, want: "1050 [1, 3, 5] [94, 96, 98] 1999 -98 True True True\n"},
		{name: "type and repr of views and iterators", src: `
d = {'a': 1}
print(type(d), type(d.keys()), type(d.values()), type(d.items()))
print(type(iter(d)), type(iter(d.values())), type(iter(d.items())))
`, want: "<class 'dict'> <class 'dict_keys'> <class 'dict_values'> <class 'dict_items'>\n<class 'dict_keyiterator'> <class 'dict_valueiterator'> <class 'dict_itemiterator'>\n"},
		{name: "exhausted iterator stays exhausted", src: `
d = {1: 2}
it = iter(d)
print(list(it), list(it))
d[3] = 4
print(list(it))
`, want: "[1] []\n[]\n"},
		{name: "dict methods are unbound on the type", src: "print(dict.get({'a': 1}, 'a'), dict.keys({'b': 2}))", want: "1 dict_keys(['b'])\n"},
		{name: "dict vs gpython values", src: "print({'a': 1} == {'a': 1.0}, {(1, 2): [3]} == {(1.0, 2): [3.0]})", want: "True True\n"},
	})
}

// TestDictAttacks checks that hostile dict usage ends with a limit, a
// policy error or a CPython exception, and never with a Go panic.
func TestDictAttacks(t *testing.T) {
	runDSCases(t, []dsCase{
		{name: "fromkeys of a huge range trips the memory limit before allocating",
			src: "d = {}.fromkeys(range(10 ** 9))", wantErr: "limit:memory"},
		{name: "dict from an endless generator", src: `
def pairs():
    i = 0
    while True:
        yield (i, i)
        i += 1
d = dict(pairs())
`, wantErr: "limit:steps", lim: run.Limits{Steps: 200_000, Memory: 64 << 20, Depth: 100}},
		{name: "dict from an endless generator with little memory", src: `
def pairs():
    i = 0
    while True:
        yield (i, i)
        i += 1
d = dict(pairs())
`, wantErr: "limit:memory", lim: run.Limits{Steps: 10_000_000, Memory: 100_000, Depth: 100}},
		{name: "fromkeys of an endless generator of one key", src: `
def same():
    while True:
        yield 1
d = {}.fromkeys(same())
`, wantErr: "limit:steps"},
		{name: "update from an endless iterator of one pair", src: `
def same():
    while True:
        yield (1, 1)
{}.update(same())
`, wantErr: "limit:steps"},
		{name: "hash flooding with int keys", src: `
d = {}
m = 2 ** 61 - 1
for i in range(100000):
    d[i * m] = i
`, wantErr: "limit:steps"},
		{name: "hash flooding with a constant __hash__", src: `
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
d = {}
for i in range(100000):
    d[K(i)] = i
`, wantErr: "limit:steps", lim: run.Limits{Steps: 300_000, Memory: 64 << 20, Depth: 100}},
		{name: "self-containing dict compared with another", src: `
a = {}
a[1] = a
b = {}
b[1] = b
print(a == a)
a == b
`, want: "True\n", wantErr: "limit:depth"},
		{name: "dict and list cycle compared", src: `
a = {}
a[1] = [a]
b = {}
b[1] = [b]
a == b
`, wantErr: "limit:depth"},
		{name: "deeply nested dict repr", src: `
d = {}
for i in range(10000):
    d = {1: d}
print(d)
`, wantErr: "limit:depth"},
		{name: "deeply nested dict comparison", src: `
a, b = {}, {}
for i in range(10000):
    a, b = {1: a}, {1: b}
a == b
`, wantErr: "limit:depth"},
		{name: "chain of views printed", src: `
prev = {}
for i in range(10000):
    d = {}
    d[1] = prev.values()
    prev = d
print(prev)
`, wantErr: "limit:depth"},
		{name: "huge repr trips the memory limit", src: `
d = {}.fromkeys(range(5000), 'x' * 2000)
s = repr(d)
`, wantErr: "limit:memory", lim: run.Limits{Steps: 2_000_000, Memory: 8 << 20, Depth: 100}},
		{name: "insert and delete forever stays within memory", src: `
d = {}
for i in range(100000):
    d[i] = i
    del d[i]
print(len(d))
`, want: "0\n"},
		{name: "dunder of a dict", src: "getattr({}, '__class__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of a dict view", src: "getattr({}.keys(), '__len__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of a dict iterator", src: "getattr(iter({}), '__next__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of the dict type", src: "getattr(dict, '__dict__')", wantErr: "policy:dunder-attr"},
		{name: "dict methods take no dunder keywords", src: "{}.update(__class__=1)", wantErr: "policy:dunder-name"},
		{name: "mapping whose keys() is not iterable", src: `
class M:
    def keys(self):
        return 5
dict(M())
`, wantErr: "TypeError: M.keys() returned a non-iterable (type int)"},
		{name: "mapping whose __getitem__ raises", src: `
class M:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        raise IndexError('nope')
dict(M())
`, wantErr: "IndexError: nope"},
		{name: "__eq__ that empties the dict during a lookup", src: `
class K:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        for i in range(100):
            self.d[i + 1000] = i
        return False
d = {1: 1}
print(d.get(K(d)), len(d))
d[K(d)] = 'k'
print(len(d))
`, want: "None 100\n101\n"},
		{name: "__eq__ that fills the dict forever", src: `
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        d[len(d) * (2 ** 61 - 1) + 1] = 0
        return False
d = {1: 1}
d[K()] = 1
`, wantErr: "limit:steps"},
		{name: "__hash__ that mutates the dict", src: `
class K:
    def __hash__(self):
        d.clear()
        return 5
d = {5: 'five', 6: 'six'}
d[K()] = 'k'
print(len(d))
`, want: "1\n"},
		{name: "pop while iterating items", src: `
d = {i: i for i in range(100)}
it = iter(d.items())
next(it)
for k in list(d)[:60]:
    del d[k]
for k in range(60):
    d[k + 1000] = k
try:
    next(it)
except RuntimeError as e:
    print(e)
`, want: "dictionary keys changed during iteration\n"},
		{name: "wrong argument types", src: `
for f in [lambda: {}.get(), lambda: {}.fromkeys(1), lambda: {}.update(None), lambda: dict(None),
          lambda: {}.pop(1, 2, 3), lambda: {} | None, lambda: {}.keys() | 1, lambda: {}.items() ^ None,
          lambda: {}.keys() < 1, lambda: {} < {}]:
    try:
        f()
    except TypeError as e:
        print(e)
`, want: "get expected at least 1 argument, got 0\n'int' object is not iterable\n'NoneType' object is not iterable\n'NoneType' object is not iterable\npop expected at most 2 arguments, got 3\nunsupported operand type(s) for |: 'dict' and 'NoneType'\n'int' object is not iterable\n'NoneType' object is not iterable\n'<' not supported between instances of 'dict_keys' and 'int'\n'<' not supported between instances of 'dict' and 'dict'\n"},
	})
}

func TestDictReversed(t *testing.T) {
	st := dsState(dsLimits)
	d := builtins.NewDict()
	for i := 0; i < 5; i++ {
		require.NoError(t, d.SetItem(st, py.Int(i), py.String(string(rune('a'+i)))))
	}
	found, err := d.DelItem(st, py.Int(2))
	require.NoError(t, err)
	require.True(t, found)
	collect := func(o py.Object) []py.Object {
		it, err := o.(py.I__reversed__).M__reversed__()
		require.NoError(t, err)
		var res []py.Object
		require.NoError(t, py.Iterate(it, func(x py.Object) bool { res = append(res, x); return false }))
		return res
	}
	assert.Equal(t, []py.Object{py.Int(4), py.Int(3), py.Int(1), py.Int(0)}, collect(d))
	items, err := py.Call(mustMethod(t, st, d, "items"), nil, nil)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Tuple{py.Int(4), py.String("e")}, py.Tuple{py.Int(3), py.String("d")},
		py.Tuple{py.Int(1), py.String("b")}, py.Tuple{py.Int(0), py.String("a")}}, collect(items))

	it, err := d.M__reversed__()
	require.NoError(t, err)
	_, err = py.Next(it)
	require.NoError(t, err)
	require.NoError(t, d.SetItem(st, py.Int(9), py.None))
	_, err = py.Next(it)
	assert.Equal(t, "RuntimeError: dictionary changed size during iteration", dsErrText(err))
	assert.Equal(t, "dict_reversekeyiterator", it.Type().Name)
}

func mustMethod(t *testing.T, st *run.State, o py.Object, name string) py.Object {
	t.Helper()
	m, err := builtins.GetAttr(st, o, name)
	require.NoError(t, err)
	return m
}
