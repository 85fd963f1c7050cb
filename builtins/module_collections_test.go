package builtins_test

// This file tests the collections module: behaviour through whole
// scripts, and attacks (dunders through its objects, hostile callbacks,
// infinite iterators, huge sizes, state shared across runs).

import (
	"context"
	"errors"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// collRun compiles and runs src with collections importable and small
// limits, returning its output and error.
func collRun(t testing.TB, src string, lim interp.Limits) (string, error) {
	t.Helper()
	prog, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"collections"}})
	if err != nil {
		return "", err
	}
	res, err := prog.Run(context.Background(), interp.RunOptions{Limits: lim})
	if res == nil {
		return "", err
	}
	return res.Output, err
}

// addrRE matches the addresses in reprs.
var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

// collLimits are the limits of the tests: small, so attacks end fast.
var collLimits = interp.Limits{Steps: 200_000, Memory: 16 << 20, Depth: 60}

// collErr describes err as "Type: message", "policy:RULE" or "limit:…".
func collErr(err error) string {
	var pe *interp.PythonError
	var pol *interp.PolicyError
	var ie *interp.InternalError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &ie):
		return "internal: " + ie.Error() + "\n" + ie.Stack
	case errors.As(err, &pe):
		return pe.Type + ": " + pe.Message
	case errors.As(err, &pol):
		return "policy:" + pol.Violations[0].Rule
	case errors.Is(err, interp.ErrStepLimit):
		return "limit:steps"
	case errors.Is(err, interp.ErrMemoryLimit):
		return "limit:memory"
	case errors.Is(err, interp.ErrDepthLimit):
		return "limit:depth"
	}
	return err.Error()
}

// TestCollections runs scripts that use the module and checks what they
// print or the error they end with.
func TestCollections(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		want    string
		wantErr string
		lim     *interp.Limits // nil: collLimits
	}{
		{
			name: "namedtuple is a tuple",
			src: `from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
x, y = p
print(p, x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)), p._asdict())`,
			want: "P(x=1, y=2) 3 True True True {'x': 1, 'y': 2}\n",
		},
		{
			name: "namedtuple subclass with methods",
			src: `from collections import namedtuple
class V(namedtuple('V', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = V(3, 4)
print(v, v.norm2(), v[1], len(v), list(v), v._replace(x=0))`,
			want: "V(x=3, y=4) 25 4 2 [3, 4] V(x=0, y=4)\n",
		},
		{
			name: "namedtuple in tuples and lists compares by value",
			src: `from collections import namedtuple
P = namedtuple('P', 'x')
print((P(1),) == (P(1),), [P(1)] < [P(2)], sorted([(P(2), 'b'), (P(1), 'a')]))`,
			want: "True True [(P(x=1), 'a'), (P(x=2), 'b')]\n",
		},
		{
			name: "defaultdict counts",
			src: `from collections import defaultdict
d = defaultdict(int)
for c in 'abca':
    d[c] += 1
print(d, isinstance(d, dict), d == {'a': 2, 'b': 1, 'c': 1})`,
			want: "defaultdict(<class 'int'>, {'a': 2, 'b': 1, 'c': 1}) True True\n",
		},
		{
			name: "OrderedDict order-sensitive equality",
			src: `from collections import OrderedDict
a = OrderedDict(x=1, y=2)
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), a)`,
			want: "False True OrderedDict([('x', 1), ('y', 2)])\n",
		},
		{
			name: "Counter arithmetic and most_common",
			src: `from collections import Counter
c = Counter('abracadabra')
print(c.most_common(2), (c - Counter('aaaa')).total(), c['zz'], c & Counter('aab'))`,
			want: "[('a', 5), ('b', 2)] 7 0 Counter({'a': 2, 'b': 1})\n",
		},
		{
			name: "deque with maxlen",
			src: `from collections import deque
d = deque(range(10), maxlen=3)
d.appendleft(-1)
d.rotate(1)
print(d, d.maxlen, d[0], -1 in d)`,
			want: "deque([8, -1, 7], maxlen=3) 3 8 True\n",
		},
		{
			name:    "dunder field names are refused",
			src:     "from collections import namedtuple\nnamedtuple('P', '__class__')",
			wantErr: "ValueError: Field names cannot start with an underscore: '__class__'",
		},
		{
			name: "renamed dunder field is harmless",
			src:  "from collections import namedtuple\nP = namedtuple('P', ['__class__', '__init__'], rename=True)\nprint(P._fields, P(1, 2))",
			want: "('_0', '_1') P(_0=1, _1=2)\n",
		},
		{
			name:    "getattr of a dunder of a namedtuple instance is blocked",
			src:     "from collections import namedtuple\np = namedtuple('P', 'x')(1)\ngetattr(p, '__pf_items__')",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "getattr of the hidden constructor of a namedtuple class is blocked",
			src:     "from collections import namedtuple\nP = namedtuple('P', 'x')\ngetattr(P, '__pf_new__')",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "setattr of the hidden items is blocked",
			src:     "from collections import namedtuple\nclass Q(namedtuple('P', 'x')):\n    pass\nsetattr(Q(1), '__pf_items__', (5,))",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "dunder of a deque is blocked",
			src:     "from collections import deque\ngetattr(deque(), '__class__')",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "dunder of a Counter is blocked",
			src:     "from collections import Counter\ngetattr(Counter(), '__missing__')",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "dunder of the defaultdict class is blocked",
			src:     "import collections\ngetattr(collections.defaultdict, '__init__')",
			wantErr: "policy:dunder-attr",
		},
		{
			name:    "module attributes are read-only",
			src:     "import collections\ncollections.deque = list",
			wantErr: "policy:readonly-attr",
		},
		{
			name:    "native classes are immutable",
			src:     "import collections\ncollections.Counter.most_common = None",
			wantErr: "TypeError: cannot set 'most_common' attribute of immutable type 'Counter'",
		},
		{
			name:    "namedtuple fields are read-only",
			src:     "from collections import namedtuple\np = namedtuple('P', 'x')(1)\np.x = 2",
			wantErr: "AttributeError: can't set attribute",
		},
		{
			name:    "namedtuple takes no new attributes",
			src:     "from collections import namedtuple\np = namedtuple('P', 'x')(1)\np.y = 2",
			wantErr: "AttributeError: 'P' object has no attribute 'y'",
		},
		{
			name:    "the field accessor has no attributes",
			src:     "from collections import namedtuple\nP = namedtuple('P', 'x')\nP.x.index",
			wantErr: "AttributeError: '_collections._tuplegetter' object has no attribute 'index'",
		},
		{
			name:    "a default factory that recurses ends at the depth limit",
			src:     "from collections import defaultdict\nd = defaultdict(lambda: d[len(d) + 1])\nd[0]",
			wantErr: "limit:depth",
		},
		{
			name:    "a factory that raises propagates",
			src:     "from collections import defaultdict\ndef f():\n    raise ValueError('no')\nd = defaultdict(f)\nd['k']",
			wantErr: "ValueError: no",
		},
		{
			name: "a factory that mutates the dict",
			src: `from collections import defaultdict
def f():
    d['other'] = 1
    return 2
d = defaultdict(f)
print(d['k'], dict(d))`,
			want: "2 {'other': 1, 'k': 2}\n",
		},
		{
			name:    "a key whose hash raises",
			src:     "from collections import Counter\nclass K:\n    def __hash__(self):\n        raise KeyError('h')\nCounter([K()])",
			wantErr: "KeyError: 'h'",
		},
		{
			name: "a key whose __eq__ mutates the Counter",
			src: `from collections import Counter
c = Counter()
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        c['x'] = 1
        return self.n == other.n
c.update([K(1), K(2), K(1)])
print(sorted(c.values()))`,
			want: "[1, 1, 2]\n",
		},
		{
			name:    "deque mutated by __eq__ during count",
			src:     "from collections import deque\nd = deque([1, 2])\nclass E:\n    def __eq__(self, o):\n        d.append(0)\n        return False\nd.count(E())",
			wantErr: "RuntimeError: deque mutated during iteration",
		},
		{
			name:    "extend from an infinite generator ends at the step limit",
			src:     "from collections import deque\ndef g():\n    while True:\n        yield 1\nd = deque(maxlen=2)\nd.extend(g())",
			wantErr: "limit:steps",
		},
		{
			name:    "bounded deque of an infinite generator ends at the step limit",
			src:     "from collections import deque\ndef g():\n    n = 0\n    while True:\n        n += 1\n        yield n\ndeque(g(), maxlen=0)",
			wantErr: "limit:steps",
		},
		{
			name:    "Counter of an infinite generator ends at the step limit",
			src:     "from collections import Counter\ndef g():\n    while True:\n        yield 'a'\nCounter(g())",
			wantErr: "limit:steps",
		},
		{
			name:    "a huge deque repetition is refused before allocating",
			src:     "from collections import deque\ndeque([0, 1]) * (10 ** 12)",
			wantErr: "limit:memory",
		},
		{
			name:    "deque growth is accounted",
			src:     "from collections import deque\nd = deque()\nwhile True:\n    d.extend(range(100000))",
			lim:     &interp.Limits{Steps: 2_000_000, Memory: 1 << 20},
			wantErr: "limit:memory",
		},
		{
			name:    "Counter growth is accounted",
			src:     "from collections import Counter\nCounter(range(10 ** 7))",
			lim:     &interp.Limits{Steps: 50_000_000, Memory: 1 << 20},
			wantErr: "limit:memory",
		},
		{
			name: "elements of a huge count are lazy",
			src: `from collections import Counter
n = 0
for x in Counter(a=10 ** 15).elements():
    n += 1
    if n == 5:
        break
print(n)`,
			want: "5\n",
		},
		{
			name:    "many namedtuple fields are metered",
			src:     "from collections import namedtuple\nnamedtuple('P', ['f%d' % i for i in range(10 ** 6)])",
			wantErr: "limit:steps",
		},
		{
			name:    "deeply nested namedtuples compare within the depth limit",
			src:     "from collections import namedtuple\nP = namedtuple('P', 'a')\nx = y = 0\nfor i in range(5000):\n    x, y = P(x), P(y)\nx == y",
			wantErr: "limit:depth",
		},
		{
			name:    "deques that contain themselves compare within the depth limit",
			src:     "from collections import deque\na = deque()\na.append(a)\nb = deque()\nb.append(b)\na == b",
			wantErr: "limit:depth",
		},
		{
			name:    "Counters that contain themselves compare within the depth limit",
			src:     "from collections import Counter\na = Counter()\na['x'] = a\nb = Counter()\nb['x'] = b\na == b",
			wantErr: "limit:depth",
		},
		{
			name: "self-containing containers print",
			src: `from collections import deque, OrderedDict, defaultdict, Counter
d = deque()
d.append(d)
o = OrderedDict()
o['o'] = o
f = defaultdict(None)
f['f'] = f
c = Counter()
c['c'] = c
print(d, o, f)
print(c)`,
			// CPython's Counter recurses until RecursionError.
			want: "deque([[...]]) OrderedDict([('o', ...)]) defaultdict(None, {'f': defaultdict(None, {...})})\nCounter({'c': Counter(...)})\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			lim := collLimits
			if tt.lim != nil {
				lim = *tt.lim
			}
			out, err := collRun(t, tt.src, lim)
			got := collErr(err)
			assert.NotContains(t, got, "internal", "no panic")
			if tt.wantErr != "" {
				assert.Equal(t, tt.wantErr, got)
			} else {
				require.NoError(t, err)
			}
			if tt.want != "" {
				assert.Equal(t, tt.want, addrRE.ReplaceAllString(out, "ADDR"))
			}
		})
	}
}

// TestCollectionsRunsAreIsolated runs one program many times, also
// concurrently: what a run does to its namedtuple classes, its module or
// its objects is invisible to the next.
func TestCollectionsRunsAreIsolated(t *testing.T) {
	t.Parallel()
	src := `import collections
from collections import namedtuple, Counter
P = namedtuple('P', 'x')
print(P._fields, P._field_defaults, Counter('ab'))
P._fields = ('poisoned',)
P._field_defaults['x'] = 'poisoned'
P.x = 'poisoned'
try:
    collections.Counter.update = None
except TypeError as e:
    print(e)
`
	prog, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"collections"}})
	require.NoError(t, err)
	want := "('x',) {} Counter({'a': 1, 'b': 1})\ncannot set 'update' attribute of immutable type 'Counter'\n"
	done := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			res, err := prog.Run(context.Background(), interp.RunOptions{Limits: collLimits})
			if err != nil {
				done <- err.Error()
				return
			}
			done <- res.Output
		}()
	}
	for i := 0; i < 8; i++ {
		assert.Equal(t, want, <-done)
	}
}

// TestCollectionsPolicy checks that the static policy rejects dunders
// reached through the module's objects, and accepts namedtuple's
// single-underscore API.
func TestCollectionsPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		rule string // "" when the program compiles
	}{
		{"_asdict and _replace are allowed", "from collections import namedtuple\nP = namedtuple('P', 'x')\nP(1)._asdict()\nP(1)._replace(x=2)\nP._make([1])\nP._fields", ""},
		{"__class__ of a namedtuple", "from collections import namedtuple\nnamedtuple('P', 'x')(1).__class__", "dunder-attr"},
		{"__dict__ of a deque", "from collections import deque\ndeque().__dict__", "dunder-attr"},
		{"__missing__ of a defaultdict", "from collections import defaultdict\ndefaultdict().__missing__", "dunder-attr"},
		{"__slots__ in a namedtuple subclass", "from collections import namedtuple\nclass Q(namedtuple('P', 'x')):\n    __slots__ = ()", "dunder-name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := interp.Compile("t.py", tt.src, interp.CompileOptions{AllowImport: []string{"collections"}})
			if tt.rule == "" {
				assert.NoError(t, err)
				return
			}
			var pol *interp.PolicyError
			require.ErrorAs(t, err, &pol)
			assert.Equal(t, tt.rule, pol.Violations[0].Rule)
		})
	}
}
