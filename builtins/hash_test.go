package builtins_test

import (
	"context"
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

func dsState(lim run.Limits) *run.State {
	st := run.New()
	st.Reset(context.Background(), lim)
	return st
}

func dsBigInt(s string) py.Object {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return (*py.BigInt)(b)
}

func dsFrozen(t *testing.T, st *run.State, items ...py.Object) py.Object {
	t.Helper()
	f, err := builtins.FrozenSetConstructorForTest(st, py.Tuple{py.Tuple(items)}, nil)
	require.NoError(t, err)
	return f
}

// TestHashMatchesCPython checks Hash against the values CPython 3.11 prints.
func TestHashMatchesCPython(t *testing.T) {
	st := dsState(dsLimits)
	tests := []struct {
		name string
		o    py.Object
		want int64
	}{
		{"zero", py.Int(0), 0},
		{"one", py.Int(1), 1},
		{"minus one is minus two", py.Int(-1), -2},
		{"minus two", py.Int(-2), -2},
		{"modulus minus one", py.Int(1<<61 - 2), 1<<61 - 2},
		{"modulus", py.Int(1<<61 - 1), 0},
		{"modulus plus one", py.Int(1 << 61), 1},
		{"minus two to the 61", py.Int(-(1 << 61)), -2},
		{"max int64", py.Int(math.MaxInt64), 3},
		{"min int64", py.Int(math.MinInt64), -4},
		{"two to the 64", dsBigInt("18446744073709551616"), 8},
		{"two to the 100", dsBigInt("1267650600228229401496703205376"), 549755813888},
		{"minus two to the 100", dsBigInt("-1267650600228229401496703205376"), -549755813888},
		{"ten to the 30", dsBigInt("1000000000000000000000000000000"), 465258685558744706},
		{"float zero", py.Float(0), 0},
		{"negative zero", py.Float(math.Copysign(0, -1)), 0},
		{"half", py.Float(0.5), 1152921504606846976},
		{"minus half", py.Float(-0.5), -1152921504606846976},
		{"one and a half", py.Float(1.5), 1152921504606846977},
		{"tenth", py.Float(0.1), 230584300921369408},
		{"1e100", py.Float(1e100), 1822893315824342674},
		{"1e-300", py.Float(1e-300), 482449582752280463},
		{"smallest subnormal", py.Float(5e-324), 16777216},
		{"largest float", py.Float(math.MaxFloat64), 2234066890152476671},
		{"minus 1e-10", py.Float(-1e-10), -2124533198426632172},
		{"two to the 70 as float", py.Float(math.Pow(2, 70)), 512},
		{"123456.789", py.Float(123456.789), 1819310134279660096},
		{"inf", py.Float(math.Inf(1)), 314159},
		{"minus inf", py.Float(math.Inf(-1)), -314159},
		{"nan", py.Float(math.NaN()), 0},
		{"true", py.True, 1},
		{"false", py.False, 0},
		{"complex 1+2j", py.Complex(complex(1, 2)), 2000007},
		{"complex 3j", py.Complex(complex(0, 3)), 3000009},
		{"complex 2+0j", py.Complex(complex(2, 0)), 2},
		{"complex -1+0j", py.Complex(complex(-1, 0)), -2},
		{"empty tuple", py.Tuple{}, 5740354900026072187},
		{"one tuple", py.Tuple{py.Int(1)}, -6644214454873602895},
		{"pair", py.Tuple{py.Int(1), py.Int(2)}, -3550055125485641917},
		{"nested tuple", py.Tuple{py.Int(1), py.Tuple{py.Int(2), py.Int(3)}}, 7267574591690527098},
		{"tuple with equal float", py.Tuple{py.Int(1), py.Float(2)}, -3550055125485641917},
		{"tuple of tuples", py.Tuple{py.Tuple{}, py.Tuple{}}, 9028247024705308198},
		{"tuple of bool, float, int", py.Tuple{py.True, py.Float(1), py.Int(-1)}, -2372014913340491271},
		{"empty frozenset", dsFrozen(t, st), 133146708735736},
		{"frozenset 1 2", dsFrozen(t, st, py.Int(1), py.Int(2)), -1826646154956904602},
		{"frozenset 2 1", dsFrozen(t, st, py.Int(2), py.Int(1)), -1826646154956904602},
		{"nested frozenset", dsFrozen(t, st, dsFrozen(t, st, py.Int(1))), 5515263749738256364},
		{"gpython frozenset", py.NewFrozenSetFromItems([]py.Object{py.Int(1), py.Int(2)}), -1826646154956904602},
		{"range", &py.Range{Start: 0, Stop: 10, Step: 2, Length: 5}, -6143170332311272345},
		{"none", py.None, 0xFCA86420},
		{"empty str", py.String(""), 0},
		{"empty bytes", py.Bytes{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := builtins.Hash(st, tt.o)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHashStrIsStableAndNeverMinusOne(t *testing.T) {
	st := dsState(dsLimits)
	a, err := builtins.Hash(st, py.String("abc"))
	require.NoError(t, err)
	b, err := builtins.Hash(dsState(dsLimits), py.String("ab"+"c"))
	require.NoError(t, err)
	assert.Equal(t, a, b, "same str, same hash, in any run")
	c, err := builtins.Hash(st, py.Bytes("abc"))
	require.NoError(t, err)
	assert.Equal(t, a, c, "str and bytes share FNV-1a (they never compare equal)")
	for i := 0; i < 10000; i++ {
		h, err := builtins.Hash(st, py.String(string(rune('a'+i%26))+string(rune(i))))
		require.NoError(t, err)
		assert.NotEqual(t, int64(-1), h)
	}
}

func TestHashUnhashable(t *testing.T) {
	st := dsState(dsLimits)
	d := builtins.NewDict()
	set, err := builtins.SetConstructorForTest(st, nil, nil)
	require.NoError(t, err)
	tests := []struct {
		name string
		o    py.Object
		want string
	}{
		{"list", py.NewList(), "unhashable type: 'list'"},
		{"dict", d, "unhashable type: 'dict'"},
		{"gpython dict", py.StringDict{}, "unhashable type: 'dict'"},
		{"set", set, "unhashable type: 'set'"},
		{"gpython set", py.NewSet(), "unhashable type: 'set'"},
		{"slice", py.NewSlice(py.None, py.None, py.None), "unhashable type: 'slice'"},
		{"list in tuple", py.Tuple{py.Int(1), py.NewList()}, "unhashable type: 'list'"},
		{"dict deep in tuple", py.Tuple{py.Tuple{py.Tuple{d}}}, "unhashable type: 'dict'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := builtins.Hash(st, tt.o)
			require.Error(t, err)
			assert.True(t, py.IsException(py.TypeError, err))
			assert.Equal(t, tt.want, dsErrText(err)[len("TypeError: "):])
		})
	}
}

func TestHashDeepTupleEndsAtDepthLimit(t *testing.T) {
	st := dsState(dsLimits)
	var o py.Object = py.Tuple{}
	for i := 0; i < 100_000; i++ {
		o = py.Tuple{o}
	}
	_, err := builtins.Hash(st, o)
	require.Error(t, err)
	require.NotNil(t, st.Tripped())
	assert.Equal(t, run.Depth, st.Tripped().Kind)
}

func TestHashChargesSteps(t *testing.T) {
	st := dsState(run.Limits{Steps: 1000, Memory: 1 << 20, Depth: 100})
	items := make(py.Tuple, 5000)
	for i := range items {
		items[i] = py.Int(i)
	}
	_, err := builtins.Hash(st, items)
	require.Error(t, err)
	require.NotNil(t, st.Tripped())
	assert.Equal(t, run.Steps, st.Tripped().Kind)
}

func TestEqual(t *testing.T) {
	st := dsState(dsLimits)
	tests := []struct {
		name string
		a, b py.Object
		want bool
	}{
		{"int and float", py.Int(1), py.Float(1), true},
		{"int and bool", py.Int(1), py.True, true},
		{"bool and float", py.False, py.Float(0), true},
		{"int and different float", py.Int(1), py.Float(1.5), false},
		{"big int and float it does not equal", dsBigInt("9007199254740993"), py.Float(9007199254740992), false},
		{"big int and float it equals", dsBigInt("1267650600228229401496703205376"), py.Float(math.Pow(2, 100)), true},
		{"nan is not nan", py.Float(math.NaN()), py.Float(math.NaN()), false},
		{"int and inf", py.Int(1), py.Float(math.Inf(1)), false},
		{"complex and int", py.Complex(complex(2, 0)), py.Int(2), true},
		{"complex with imaginary part", py.Complex(complex(2, 1)), py.Int(2), false},
		{"str", py.String("a"), py.String("a"), true},
		{"str and bytes", py.String("a"), py.Bytes("a"), false},
		{"int and str", py.Int(1), py.String("1"), false},
		{"tuples", py.Tuple{py.Int(1), py.Float(2)}, py.Tuple{py.True, py.Int(2)}, true},
		{"tuple and list", py.Tuple{py.Int(1)}, py.NewListFromItems([]py.Object{py.Int(1)}), false},
		{"lists", py.NewListFromItems([]py.Object{py.Int(1)}), py.NewListFromItems([]py.Object{py.Int(1)}), true},
		{"tuples of other lengths", py.Tuple{py.Int(1)}, py.Tuple{py.Int(1), py.Int(2)}, false},
		{"none", py.None, py.None, true},
		{"none and zero", py.None, py.Int(0), false},
		{"frozensets", dsFrozen(t, st, py.Int(1), py.Int(2)), dsFrozen(t, st, py.Int(2), py.Int(1)), true},
		{"frozenset and gpython frozenset", dsFrozen(t, st, py.Int(1)), py.NewFrozenSetFromItems([]py.Object{py.Int(1)}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := builtins.Equal(st, tt.a, tt.b)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			got, err = builtins.Equal(st, tt.b, tt.a)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "reversed")
		})
	}
}

func TestEqualSelfReferenceEndsAtDepthLimit(t *testing.T) {
	st := dsState(dsLimits)
	a, b := py.NewList(), py.NewList()
	a.Items = append(a.Items, a)
	b.Items = append(b.Items, b)
	eq, err := builtins.Equal(st, a, a)
	require.NoError(t, err)
	assert.True(t, eq, "identity first")
	_, err = builtins.Equal(st, a, b)
	require.Error(t, err)
	require.NotNil(t, st.Tripped())
	assert.Equal(t, run.Depth, st.Tripped().Kind)
}

func TestHashScript(t *testing.T) {
	runDSCases(t, []dsCase{
		{name: "hash builtin checks its arguments", src: "hash()", wantErr: "TypeError: hash() takes exactly one argument (0 given)"},
		{name: "hash builtin takes no keywords", src: "hash(obj=1)", wantErr: "TypeError: hash() takes no keyword arguments"},
		{name: "hash of a list", src: "hash([1])", wantErr: "TypeError: unhashable type: 'list'"},
		{name: "hash of an instance is stable", src: `
class A:
    pass
a = A()
print(hash(a) == hash(a), hash(a) != hash(A()))
`, want: "True True\n"},
		{name: "__hash__ returning a float", src: `
class F:
    def __hash__(self):
        return 1.5
hash(F())
`, wantErr: "TypeError: __hash__ method should return an integer"},
		{name: "__hash__ that raises", src: `
class R:
    def __hash__(self):
        raise KeyError('inner')
{R(): 1}
`, wantErr: "KeyError: 'inner'"},
		{name: "__hash__ that recurses forever", src: `
class Deep:
    def __hash__(self):
        return hash(Deep())
{Deep()}
`, wantErr: "limit:depth"},
		{name: "__eq__ that raises", src: `
class E:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('no eq')
d = {E(): 1}
d[E()]
`, wantErr: "ValueError: no eq"},
		{name: "__hash__ is not reachable", src: "class A:\n    def __hash__(self):\n        return 1\ngetattr(A(), '__hash__')", wantErr: "policy:dunder-attr"},
		{name: "deep tuple key", src: `
t = ()
for i in range(1000):
    t = (t,)
d = {t: 1}
`, wantErr: "limit:depth"},
	})
}
