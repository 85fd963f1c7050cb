package interp_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// runWith compiles src with the host functions fns and runs it.
func runWith(t *testing.T, src string, fns []*interp.Function, opts interp.RunOptions) (*interp.Result, error) {
	t.Helper()
	p, err := interp.Compile("t.py", src, interp.CompileOptions{Functions: fns})
	require.NoError(t, err)
	return p.Run(context.Background(), opts)
}

func TestHostFunctionByReflection(t *testing.T) {
	t.Parallel()
	add := interp.MustFunc("add", func(a, b int) int { return a + b })
	scale := interp.MustFunc("scale", func(ctx context.Context, xs []float64, k float64) ([]float64, error) {
		out := make([]float64, len(xs))
		for i, x := range xs {
			out[i] = x * k
		}
		return out, nil
	})
	join := interp.MustFunc("join", func(sep string, parts ...string) string { return strings.Join(parts, sep) })
	res, err := runWith(t, "print(add(2, 3), scale([1, 2.5], 2), join('-', 'a', 'b', 'c'), join(','))\n",
		[]*interp.Function{add, scale, join}, interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, "5 [2.0, 5.0] a-b-c \n", res.Output)
}

func TestHostFunctionArgumentErrors(t *testing.T) {
	t.Parallel()
	add := interp.MustFunc("add", func(a, b int) int { return a + b })
	small := interp.MustFunc("small", func(a int8) int8 { return a })
	tests := []struct{ src, want string }{
		{"add(1)", "TypeError: add() takes 2 positional arguments but 1 was given"},
		{"add(1, 2, 3)", "TypeError: add() takes 2 positional arguments but 3 were given"},
		{"add(1, 'x')", "TypeError: add() argument 2 must be int, not str"},
		{"add(1, 2.5)", "TypeError: add() argument 2 must be int, not float"},
		{"add(a=1, b=2)", "TypeError: add() takes no keyword arguments"},
		{"small(1000)", "TypeError: small() argument 1 must be int, not int"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := runWith(t, "try:\n    "+tt.src+"\nexcept TypeError as e:\n    print('caught')\n"+tt.src+"\n",
				[]*interp.Function{add, small}, interp.RunOptions{})
			var pe *interp.PythonError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.want, pe.Type+": "+pe.Message)
			assert.Equal(t, 5, pe.Pos().Line)
		})
	}
}

func TestHostFunctionErrorsAreCatchable(t *testing.T) {
	t.Parallel()
	lookup := interp.MustFunc("lookup", func(key string) (int, error) {
		switch key {
		case "a":
			return 1, nil
		case "missing":
			return 0, &interp.Exception{Type: "KeyError", Msg: "no such key"}
		}
		return 0, errors.New("backend down")
	})
	src := `
for k in ['a', 'missing', 'other']:
    try:
        print(lookup(k))
    except KeyError as e:
        print('KeyError', e)
    except RuntimeError as e:
        print('RuntimeError', e)
`
	res, err := runWith(t, src, []*interp.Function{lookup}, interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, "1\nKeyError 'no such key'\nRuntimeError backend down\n", res.Output)
}

func TestRawHostFunction(t *testing.T) {
	t.Parallel()
	f, err := interp.RawFunc("describe", func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return map[string]any{"n": len(args), "first": args[0], "unit": kw["unit"]}, nil
	})
	require.NoError(t, err)
	res, err := runWith(t, "d = describe([1, 'x'], (2,), unit='kg')\nd['first'], d['n'], d['unit']\n",
		[]*interp.Function{f}, interp.RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, []any{[]any{int64(1), "x"}, int64(2), "kg"}, res.Value)
}

func TestHostFunctionPanicEndsRun(t *testing.T) {
	t.Parallel()
	boom := interp.MustFunc("boom", func() int { panic("host bug") })
	_, err := runWith(t, "try:\n    boom()\nexcept BaseException:\n    print('swallowed')\n",
		[]*interp.Function{boom}, interp.RunOptions{})
	var ie *interp.InternalError
	require.ErrorAs(t, err, &ie, "a panic in host code is not catchable by the script")
	assert.Contains(t, ie.Error(), "host function boom panicked: host bug")
}

func TestHostCallLimit(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	f := interp.MustFunc("f", func() { calls.Add(1) })
	_, err := runWith(t, "while True:\n    try:\n        f()\n    except BaseException:\n        pass\n",
		[]*interp.Function{f}, interp.RunOptions{Limits: interp.Limits{HostCalls: 50}})
	require.ErrorIs(t, err, interp.ErrHostCallLimit)
	assert.EqualValues(t, 50, calls.Load())

	calls.Store(0)
	_, err = runWith(t, "while True:\n    f()\n", []*interp.Function{f}, interp.RunOptions{})
	require.ErrorIs(t, err, interp.ErrHostCallLimit)
	assert.EqualValues(t, interp.DefaultHostCalls, calls.Load())
}

func TestHostFunctionSeesRunDeadline(t *testing.T) {
	t.Parallel()
	wait := interp.MustFunc("wait", func(ctx context.Context) error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
			return errors.New("context was not cancelled")
		}
	})
	start := time.Now()
	_, err := runWith(t, "wait()\n", []*interp.Function{wait}, interp.RunOptions{Limits: interp.Limits{Time: 100 * time.Millisecond}})
	require.ErrorIs(t, err, interp.ErrTimeLimit)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestHostFunctionAsInputAndObject(t *testing.T) {
	t.Parallel()
	type account struct{ balance int }
	acct := &account{balance: 10}
	obj := &interp.Object{TypeName: "Account", Attrs: map[string]any{
		"owner":   "ann",
		"balance": acct.balance,
		"deposit": interp.MustFunc("deposit", func(n int) int { acct.balance += n; return acct.balance }),
	}}
	p, err := interp.Compile("t.py", `
print(acct.owner, acct.deposit(5), sorted(dir(acct)), acct)
for bad in ['secret', '__class__']:
    try:
        getattr(acct, bad)
    except AttributeError as e:
        print(e)
`, interp.CompileOptions{})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"acct": obj}})
	var pe *interp.PolicyError
	require.ErrorAs(t, err, &pe, "a dunder on a host object is a policy block")
	assert.Nil(t, res.Value)
	assert.Equal(t, 15, acct.balance)

	p, err = interp.Compile("t.py", "acct.owner = 'eve'\n", interp.CompileOptions{})
	require.NoError(t, err)
	_, err = p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"acct": obj}})
	var py *interp.PythonError
	require.ErrorAs(t, err, &py)
	assert.Equal(t, "'Account' object attribute 'owner' is read-only", py.Message)
}

func TestInvalidFunctions(t *testing.T) {
	t.Parallel()
	_, err := interp.Func("f", 42)
	assert.ErrorContains(t, err, "is not a function")
	_, err = interp.Func("__f__", func() {})
	assert.Error(t, err)
	_, err = interp.Func("f", func() (int, int) { return 1, 2 })
	assert.ErrorContains(t, err, "must be an error")
	_, err = interp.Compile("t.py", "1", interp.CompileOptions{Functions: []*interp.Function{
		interp.MustFunc("f", func() {}), interp.MustFunc("f", func() {})}})
	assert.ErrorContains(t, err, "two functions named")
	_, err = interp.Compile("t.py", "1", interp.CompileOptions{Functions: []*interp.Function{interp.MustFunc("open", func() {})}})
	assert.ErrorContains(t, err, "may not use")
}

type celsius float64

func (c celsius) PyfenceValue() (any, error) { return map[string]any{"celsius": float64(c)}, nil }

func TestInputConversion(t *testing.T) {
	t.Parallel()
	type Address struct {
		City string `json:"city"`
	}
	type Base struct {
		ID int `json:"id"`
	}
	type Order struct {
		Base
		Price    float64           `json:"price"`
		Qty      uint16            `json:"qty"`
		Note     string            `json:"note,omitempty"`
		Secret   string            `json:"-"`
		Tags     []string          `json:"tags"`
		Ship     *Address          `json:"ship"`
		Extra    map[int]string    `json:"extra"`
		Temp     celsius           `json:"temp"`
		internal int               //nolint:unused // unexported: never converted
		Big      *big.Int          `json:"big"`
		Raw      [2]byte           `json:"raw"`
		Flags    map[bool]struct{} `json:"flags"`
	}
	o := Order{Base: Base{ID: 7}, Price: 2.5, Qty: 3, Secret: "s", Tags: []string{"a"}, Ship: &Address{City: "Oslo"},
		Extra: map[int]string{10: "ten", 2: "two", -1: "neg"}, Temp: 21.5, internal: 1,
		Big: new(big.Int).Lsh(big.NewInt(1), 70), Raw: [2]byte{1, 2}, Flags: map[bool]struct{}{true: {}, false: {}}}
	p, err := interp.Compile("t.py", "print(order)\nprint(list(order['extra']), order['ship']['city'])\n", interp.CompileOptions{})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"order": &o}})
	require.NoError(t, err)
	assert.Equal(t, "{'id': 7, 'price': 2.5, 'qty': 3, 'tags': ['a'], 'ship': {'city': 'Oslo'}, "+
		"'extra': {-1: 'neg', 2: 'two', 10: 'ten'}, 'temp': {'celsius': 21.5}, 'big': 1180591620717411303424, "+
		"'raw': b'\\x01\\x02', 'flags': {False: {}, True: {}}}\n[-1, 2, 10] Oslo\n", res.Output)

	_, err = p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"order": make(chan int)}})
	assert.ErrorContains(t, err, "not supported")
	_, err = p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"order": map[[2]int]int{{1, 2}: 3}}})
	assert.ErrorContains(t, err, "unhashable")
}

func TestDecodeResult(t *testing.T) {
	t.Parallel()
	type Line struct {
		SKU   string  `json:"sku"`
		Price float64 `json:"price"`
		Qty   int     `json:"qty"`
	}
	type Invoice struct {
		Lines []Line
		Total float64 `json:"total"`
		Tags  map[string]bool
		Big   *big.Int
		Any   any
		Ptr   *int
	}
	res, err := runSrc(t, `lines = [{'sku': 'a', 'price': 2.5, 'qty': 2}, {'sku': 'b', 'price': 1, 'qty': 1}]
{'lines': lines, 'total': sum(l['price'] * l['qty'] for l in lines), 'Tags': {'x': True},
 'big': 2**80, 'any': (1, 'z'), 'ptr': 4, 'ignored': None}`, interp.Limits{})
	require.NoError(t, err)
	var inv Invoice
	require.NoError(t, res.Decode(&inv))
	big80 := new(big.Int).Lsh(big.NewInt(1), 80)
	four := 4
	assert.Equal(t, Invoice{Lines: []Line{{"a", 2.5, 2}, {"b", 1, 1}}, Total: 6, Tags: map[string]bool{"x": true},
		Big: big80, Any: []any{int64(1), "z"}, Ptr: &four}, inv)

	res, err = runSrc(t, "[1, 'x']", interp.Limits{})
	require.NoError(t, err)
	var xs []int
	assert.EqualError(t, res.Decode(&xs), "interp: decode: [1]: cannot store str in int")
	var small []int8
	res, err = runSrc(t, "[300]", interp.Limits{})
	require.NoError(t, err)
	assert.ErrorContains(t, res.Decode(&small), "int 300 overflows int8")
	assert.ErrorContains(t, res.Decode(xs), "non-nil pointer")

	res, err = runSrc(t, "2 > 1", interp.Limits{})
	require.NoError(t, err)
	b, err := res.AsBool()
	require.NoError(t, err)
	assert.True(t, b)
	_, err = res.AsString()
	assert.ErrorContains(t, err, "cannot store bool in string")

	res, err = runSrc(t, "7", interp.Limits{})
	require.NoError(t, err)
	f, err := res.AsFloat64()
	require.NoError(t, err)
	assert.Equal(t, 7.0, f)
	n, err := res.AsInt64()
	require.NoError(t, err)
	assert.EqualValues(t, 7, n)

	res, err = runSrc(t, "def f(): pass\nf", interp.Limits{})
	require.NoError(t, err)
	_, err = res.AsString()
	assert.ErrorContains(t, err, "cannot store 'function' object in string")
}

func TestTimeValues(t *testing.T) {
	t.Parallel()
	oslo := time.FixedZone("CET", 3600)
	in := time.Date(2024, 2, 29, 13, 45, 30, 123456789, oslo)
	p, err := interp.Compile("t.py", "from datetime import timedelta\nprint(when, when.tzinfo)\nwhen + timedelta(days=1)\n",
		interp.CompileOptions{AllowImport: []string{"datetime"}})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"when": in}})
	require.NoError(t, err)
	assert.Equal(t, "2024-02-29 13:45:30.123456+01:00 UTC+01:00\n", res.Output)
	var out time.Time
	require.NoError(t, res.Decode(&out))
	assert.True(t, out.Equal(time.Date(2024, 3, 1, 12, 45, 30, 123456000, time.UTC)), "got %v", out)

	clock := interp.RunOptions{Clock: func() time.Time { return time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC) }}
	p, err = interp.Compile("t.py", "import datetime\ndatetime.datetime.now(datetime.timezone.utc).isoformat()\n",
		interp.CompileOptions{AllowImport: []string{"datetime"}})
	require.NoError(t, err)
	res, err = p.Run(context.Background(), clock)
	require.NoError(t, err)
	assert.Equal(t, "2030-01-02T03:04:05+00:00", res.Value)
	_, err = p.Run(context.Background(), interp.RunOptions{})
	var pe *interp.PythonError
	require.ErrorAs(t, err, &pe, "no clock unless the embedder grants one")
	assert.Contains(t, pe.Message, "needs a clock")
}

func TestDecimalValues(t *testing.T) {
	t.Parallel()
	price, _, err := apd.NewFromString("19.99")
	require.NoError(t, err)
	p, err := interp.Compile("t.py", "from decimal import Decimal\nprint(repr(price), price * 3)\nprice * 3 + Decimal('0.03')\n",
		interp.CompileOptions{AllowImport: []string{"decimal"}})
	require.NoError(t, err)
	res, err := p.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"price": price}})
	require.NoError(t, err)
	assert.Equal(t, "Decimal('19.99') 59.97\n", res.Output)
	d, ok := res.Value.(*apd.Decimal)
	require.True(t, ok, "%T", res.Value)
	assert.Equal(t, "60.00", d.String())
	assert.Equal(t, "19.99", price.String(), "the input is copied")
}

// TestHostFunctionAttacks: what a hostile script would do with a host
// function — reach its internals, hand it sandbox objects, flood it.
func TestHostFunctionAttacks(t *testing.T) {
	t.Parallel()
	var got []any
	keep, err := interp.RawFunc("keep", func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		got = append(got, args...)
		return nil, nil
	})
	require.NoError(t, err)
	// Sandbox objects reach the host as inert Opaque values.
	_, err = runWith(t, "class C:\n    pass\nkeep(lambda: 1, C(), C, [C()])\n", []*interp.Function{keep}, interp.RunOptions{})
	require.NoError(t, err)
	require.Len(t, got, 4)
	for _, v := range got[:3] {
		assert.IsType(t, interp.Opaque{}, v)
	}
	assert.IsType(t, interp.Opaque{}, got[3].([]any)[0])

	// Internals of the function object are policy blocks, static or built.
	for _, src := range []string{"keep.__globals__\n", "getattr(keep, '__cl' + 'ass__')\n", "getattr(keep, '__self' + '__')\n"} {
		p, err := interp.Compile("t.py", src, interp.CompileOptions{Functions: []*interp.Function{keep}})
		if err == nil {
			_, err = p.Run(context.Background(), interp.RunOptions{})
		}
		var pe *interp.PolicyError
		assert.ErrorAs(t, err, &pe, src)
	}
	// Writes to it fail.
	_, err = runWith(t, "keep.x = 1\n", []*interp.Function{keep}, interp.RunOptions{})
	var py *interp.PythonError
	require.ErrorAs(t, err, &py)

	// Deeply nested arguments stop at the conversion depth, inside the run.
	_, err = runWith(t, "x = []\nfor _ in range(500):\n    x = [x]\nkeep(x)\n", []*interp.Function{keep}, interp.RunOptions{})
	assert.ErrorIs(t, err, interp.ErrDepthLimit)
}
