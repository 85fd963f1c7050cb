package builtins_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

func TestSetGoAPI(t *testing.T) {
	st := dsState(dsLimits)
	var s builtins.Set
	assert.Equal(t, 0, s.Len(), "the zero value is an empty set")
	assert.Equal(t, builtins.SetType, s.Type())
	for _, x := range []py.Object{py.Int(3), py.String("a"), py.Float(3), py.True, py.Tuple{py.Int(1)}} {
		require.NoError(t, s.Add(st, x))
	}
	assert.Equal(t, []py.Object{py.Int(3), py.String("a"), py.True, py.Tuple{py.Int(1)}}, s.Items())
	in, err := s.Contains(st, py.Float(1))
	require.NoError(t, err)
	assert.True(t, in)
	err = s.Add(st, py.NewList())
	assert.Equal(t, "TypeError: unhashable type: 'list'", dsErrText(err))
	f := builtins.Set{Frozen: true}
	assert.Equal(t, builtins.FrozenSetType, f.Type())
	h, err := builtins.Hash(st, &f)
	require.NoError(t, err)
	assert.Equal(t, int64(133146708735736), h)
	_, err = builtins.Hash(st, &s)
	assert.Equal(t, "TypeError: unhashable type: 'set'", dsErrText(err))
	r, err := py.Repr(&s)
	require.NoError(t, err)
	assert.Equal(t, py.String("{3, 'a', True, (1,)}"), r)
}

func TestSetConstructors(t *testing.T) {
	st := dsState(dsLimits)
	tests := []struct {
		name    string
		ctor    func(*run.State, py.Tuple, py.StringDict) (py.Object, error)
		args    py.Tuple
		kw      py.StringDict
		want    string
		wantErr string
	}{
		{"empty set", builtins.SetConstructorForTest, nil, nil, "set()", ""},
		{"empty frozenset", builtins.FrozenSetConstructorForTest, nil, nil, "frozenset()", ""},
		{"set of a tuple", builtins.SetConstructorForTest, py.Tuple{py.Tuple{py.Int(2), py.Int(1), py.Int(2)}}, nil, "{2, 1}", ""},
		{"frozenset of a str", builtins.FrozenSetConstructorForTest, py.Tuple{py.String("aba")}, nil, "frozenset({'a', 'b'})", ""},
		{"set of a gpython dict", builtins.SetConstructorForTest, py.Tuple{py.StringDict{"k": py.None}}, nil, "{'k'}", ""},
		{"keywords", builtins.SetConstructorForTest, nil, py.StringDict{"iterable": py.Tuple{}}, "", "TypeError: set() takes no keyword arguments"},
		{"frozenset keywords", builtins.FrozenSetConstructorForTest, nil, py.StringDict{"x": py.Tuple{}}, "", "TypeError: frozenset() takes no keyword arguments"},
		{"two arguments", builtins.SetConstructorForTest, py.Tuple{py.Tuple{}, py.Tuple{}}, nil, "", "TypeError: set expected at most 1 argument, got 2"},
		{"not iterable", builtins.FrozenSetConstructorForTest, py.Tuple{py.Int(1)}, nil, "", "TypeError: 'int' object is not iterable"},
		{"unhashable element", builtins.SetConstructorForTest, py.Tuple{py.Tuple{py.NewList()}}, nil, "", "TypeError: unhashable type: 'list'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.ctor(st, tt.args, tt.kw)
			if tt.wantErr != "" {
				assert.Equal(t, tt.wantErr, dsErrText(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, dsRepr(t, st, got))
		})
	}
}

func TestSetScript(t *testing.T) {
	runDSCases(t, []dsCase{
		{name: "insertion order", src: "print({3, 1, 2}, {'b', 'a'}, set('hello'), {3, 1} | {2, 0})", want: "{3, 1, 2} {'b', 'a'} {'h', 'e', 'l', 'o'} {3, 1, 2, 0}\n"},
		{name: "operations keep the left operand's order", src: `
a, b = {5, 1, 4, 2}, {2, 9, 5, 7}
print(a & b, a - b, a ^ b, b ^ a)
print(a.intersection([7, 2, 5]), a.symmetric_difference([9, 1]))
`, want: "{5, 2} {1, 4} {1, 4, 9, 7} {9, 7, 1, 4}\n{5, 2} {5, 4, 2, 9}\n"},
		{name: "a NaN finds itself", src: `
x = float('nan')
d = {x: 1}
s = {x}
print(d[x], x in s, x in d, len({x, x}))
`, want: "1 True True 1\n"},
		{name: "pop takes the oldest element", src: `
s = {'z', 'a', 'm'}
print(s.pop(), s.pop(), s)
`, want: "z a {'m'}\n"},
		{name: "types and reprs", src: `
print(type(set()), type(frozenset()), type(iter(set())))
print(repr(frozenset('ab')), str({1}), frozenset())
`, want: "<class 'set'> <class 'frozenset'> <class 'set_iterator'>\nfrozenset({'a', 'b'}) {1} frozenset()\n"},
		{name: "set methods are unbound on the type", src: "print(set.union({1}, [2]), frozenset.issubset(frozenset(), [1]))", want: "{1, 2} True\n"},
		{name: "in-place operators with views rebind", src: `
s = {1}
s |= {2: 0}.keys()
print(s, type(s))
`, want: "{1, 2} <class 'set'>\n"},
		{name: "many pops are linear", src: `
s = set(range(50000))
n = 0
while s:
    s.pop()
    n += 1
print(n)
`, want: "50000\n"},
		{name: "elements equal by __eq__", src: `
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v % 10 == o.v % 10
    def __hash__(self):
        return self.v % 10
s = {C(1), C(11), C(2)}
print(len(s), C(21) in s, C(3) in s)
`, want: "2 True False\n"},
	})
}

// TestSetAttacks checks that hostile set usage ends with a limit, a policy
// error or a CPython exception, and never with a Go panic.
func TestSetAttacks(t *testing.T) {
	runDSCases(t, []dsCase{
		{name: "set of a huge range", src: "s = set(range(10 ** 10))", wantErr: "limit:memory"},
		{name: "frozenset of a huge range", src: "s = frozenset(range(10 ** 10))", wantErr: "limit:memory"},
		{name: "union with a huge range", src: "s = {1}.union(range(10 ** 10))", wantErr: "limit:memory"},
		{name: "update from an endless generator", src: `
def gen():
    i = 0
    while True:
        yield i
        i += 1
s = set()
s.update(gen())
`, wantErr: "limit:memory", lim: run.Limits{Steps: 10_000_000, Memory: 200_000, Depth: 100}},
		{name: "endless generator of one element", src: `
def gen():
    while True:
        yield 1
set(gen())
`, wantErr: "limit:steps", lim: run.Limits{Steps: 200_000, Memory: 64 << 20, Depth: 100}},
		{name: "isdisjoint with an endless generator", src: `
def gen():
    while True:
        yield 1
{2}.isdisjoint(gen())
`, wantErr: "limit:steps", lim: run.Limits{Steps: 200_000, Memory: 64 << 20, Depth: 100}},
		{name: "hash flooding", src: `
s = set()
for i in range(100000):
    s.add(i * (2 ** 61 - 1))
`, wantErr: "limit:steps", lim: run.Limits{Steps: 300_000, Memory: 64 << 20, Depth: 100}},
		{name: "deeply nested frozensets compared", src: `
a, b = frozenset(), frozenset()
for i in range(5000):
    a, b = frozenset([a]), frozenset([b])
a == b
`, wantErr: "limit:depth"},
		{name: "deeply nested frozensets printed", src: `
a = frozenset()
for i in range(5000):
    a = frozenset([a])
print(a)
`, wantErr: "limit:depth"},
		{name: "big set operations are metered", src: `
a = set(range(100000))
b = set(range(50000, 150000))
c = a ^ b
d = a & b
e = a - b
print(len(c), len(d), len(e))
`, wantErr: "limit:steps", lim: run.Limits{Steps: 500_000, Memory: 64 << 20, Depth: 100}},
		{name: "dunder of a set", src: "getattr({1}, '__len__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of a frozenset", src: "getattr(frozenset(), '__class__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of a set iterator", src: "getattr(iter({1}), '__next__')", wantErr: "policy:dunder-attr"},
		{name: "dunder of the set type", src: "getattr(set, '__init__')", wantErr: "policy:dunder-attr"},
		{name: "__eq__ that changes the set during a lookup", src: `
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        s.clear()
        return False
s = {1, 2}
print(K() in s, s)
s.add(1)
s.discard(K())
print(s)
`, want: "False set()\nset()\n"},
		{name: "__eq__ that grows the other set during an intersection", src: `
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        t.add(len(t) * (2 ** 61 - 1) + 1)
        return False
s = {1}
t = {K()}
s & t
`, wantErr: "limit:depth"},
		{name: "wrong types", src: `
for f in [lambda: {1}.union(1), lambda: {1} - None, lambda: {1} < None, lambda: set().add(),
          lambda: frozenset().union(a=1), lambda: {1}.issuperset(2), lambda: {1}.update([[1]])]:
    try:
        f()
    except TypeError as e:
        print(e)
`, want: "'int' object is not iterable\nunsupported operand type(s) for -: 'set' and 'NoneType'\n'<' not supported between instances of 'set' and 'NoneType'\nset.add() takes exactly one argument (0 given)\nfrozenset.union() takes no keyword arguments\n'int' object is not iterable\nunhashable type: 'list'\n"},
	})
}
