package builtins_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// runJSON runs src, which may import json, with the limits lim.
func runJSON(src string, lim interp.Limits) (string, error) {
	p, err := interp.Compile("t.py", src, interp.CompileOptions{AllowImport: []string{"json"}})
	if err != nil {
		return "", err
	}
	res, err := p.Run(context.Background(), interp.RunOptions{Limits: lim})
	if err != nil {
		return "", err
	}
	return res.Output, nil
}

// jsonCase is a script and its output or its Python exception
// ("Type: message").
type jsonCase struct {
	name, src, want, err string
}

func runJSONCases(t *testing.T, cases []jsonCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, err := runJSON("import json\n"+strings.TrimLeft(tt.src, "\n"), interp.Limits{})
			if tt.err != "" {
				var pe *interp.PythonError
				require.ErrorAs(t, err, &pe, "%v", err)
				assert.Equal(t, tt.err, pe.Type+": "+pe.Message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, out)
		})
	}
}

func TestJSONDumps(t *testing.T) {
	t.Parallel()
	runJSONCases(t, []jsonCase{
		{name: "compact defaults", src: "print(json.dumps({'a': [1, 2.5, None, True], 'b': (), 'c': {}}))", want: "{\"a\": [1, 2.5, null, true], \"b\": [], \"c\": {}}\n"},
		{name: "keys become strings", src: "print(json.dumps({1: 0, 1.5: 0, None: 0, 2**70: 0}), json.dumps({True: 0}))", want: "{\"1\": 0, \"1.5\": 0, \"null\": 0, \"1180591620717411303424\": 0} {\"true\": 0}\n"},
		{name: "ensure_ascii surrogate pairs", src: "print(json.dumps('é😀\\x7f'), json.dumps('é😀', ensure_ascii=False))", want: "\"\\u00e9\\ud83d\\ude00\\u007f\" \"é😀\"\n"},
		{name: "indent and separators", src: "print(json.dumps({'a': [1]}, indent=1, separators=(',', '=')))", want: "{\n \"a\"=[\n  1\n ]\n}\n"},
		{name: "sort_keys", src: "print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))", want: "{\"a\": {\"c\": 2, \"d\": 1}, \"b\": 1}\n"},
		{name: "skipkeys", src: "print(json.dumps({(1,): 1, 'a': 2}, skipkeys=True))", want: "{\"a\": 2}\n"},
		{name: "default is called", src: "print(json.dumps({1, 2}, default=sorted))", want: "[1, 2]\n"},
		{name: "shared lists are not circular", src: "b = [1]\nprint(json.dumps([b, b]))", want: "[[1], [1]]\n"},
		{name: "bad key", src: "json.dumps({(1,): 1})", err: "TypeError: keys must be str, int, float, bool or None, not tuple"},
		{name: "set is not serializable", src: "json.dumps({1})", err: "TypeError: Object of type set is not JSON serializable"},
		{name: "complex is named as CPython names it", src: "json.dumps(1j)", err: "TypeError: Object of type complex is not JSON serializable"},
		{name: "circular list", src: "a = []\na.append(a)\njson.dumps(a)", err: "ValueError: Circular reference detected"},
		{name: "circular dict through a tuple", src: "d = {}\nd['t'] = (1, d)\njson.dumps(d)", err: "ValueError: Circular reference detected"},
		{name: "default returning its argument", src: "json.dumps({1}, default=lambda o: o)", err: "ValueError: Circular reference detected"},
		{name: "allow_nan", src: "json.dumps(float('nan'), allow_nan=False)", err: "ValueError: Out of range float values are not JSON compliant"},
		{name: "allow_nan with indent names the value", src: "json.dumps([float('-inf')], allow_nan=False, indent=1)", err: "ValueError: Out of range float values are not JSON compliant: -inf"},
		{name: "int too long", src: "json.dumps(10**5000)", err: "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
		{name: "positional flags", src: "json.dumps(1, True)", err: "TypeError: dumps() takes 1 positional argument but 2 were given"},
		{name: "no object", src: "json.dumps()", err: "TypeError: dumps() missing 1 required positional argument: 'obj'"},
		{name: "unknown keyword", src: "json.dumps(1, bogus=1)", err: "TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'bogus'"},
		{name: "cls is refused", src: "json.dumps(1, cls=dict)", err: "TypeError: dumps(): the cls argument is not supported (custom encoder classes are not available)"},
		{name: "float indent", src: "json.dumps([1], indent=1.5)", err: "TypeError: can't multiply sequence by non-int of type 'float'"},
		{name: "separator not a str", src: "json.dumps([1], separators=(',', 1))", err: "TypeError: make_encoder() argument 5 must be str, not int"},
		{name: "separators of one item", src: "json.dumps([1], separators=',')", err: "ValueError: not enough values to unpack (expected 2, got 1)"},
		{name: "default that raises", src: "def d(o):\n    raise KeyError('x')\njson.dumps({1}, default=d)", err: "KeyError: 'x'"},
		{name: "default not callable", src: "json.dumps({1}, default=1)", err: "TypeError: 'int' object is not callable"},
		{name: "default that clears the list being encoded", src: "x = [1, {2}, 3]\ndef d(o):\n    x.clear()\n    return 0\nprint(json.dumps(x, default=d))", want: "[1, 0]\n"},
		{name: "default that appends to the list being encoded", src: "x = [{1}]\ndef d(o):\n    if len(x) < 5:\n        x.append({1})\n    return len(x)\nprint(json.dumps(x, default=d))", want: "[2, 3, 4, 5, 5]\n"},
	})
}

func TestJSONLoads(t *testing.T) {
	t.Parallel()
	runJSONCases(t, []jsonCase{
		{name: "all types, insertion order", src: "v = json.loads('{\"z\": [1, -2.5e1, null, true, false], \"a\": \"\\\\u00e9\"}')\nprint(v, list(v), type(v) is dict)", want: "{'z': [1, -25.0, None, True, False], 'a': 'é'} ['z', 'a'] True\n"},
		{name: "duplicate keys", src: "print(json.loads('{\"a\": 1, \"b\": 2, \"a\": 3}'))", want: "{'a': 3, 'b': 2}\n"},
		{name: "big int", src: "print(json.loads('-123456789012345678901234567890'))", want: "-123456789012345678901234567890\n"},
		{name: "bytes", src: "print(json.loads(b'[\"\\xc3\\xa9\"]'), json.loads(b'\\xef\\xbb\\xbf1'), json.loads(b'[\\x001\\x00]\\x00'))", want: "['é'] 1 [1]\n"},
		{name: "hooks", src: "print(json.loads('{\"a\": [1.5, 2, NaN]}', object_pairs_hook=tuple, parse_float=str, parse_int=float, parse_constant=len))", want: "(('a', ['1.5', 2.0, 3]),)\n"},
		{name: "error attributes", src: "try:\n    json.loads('[\\n  1,\\n  ]')\nexcept json.JSONDecodeError as e:\n    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))", want: "Expecting value 9 3 3 True\n"},
		{name: "positions count characters", src: "try:\n    json.loads('[\"é😀\" x')\nexcept ValueError as e:\n    print(e)", want: "Expecting ',' delimiter: line 1 column 7 (char 6)\n"},
		{name: "script raises JSONDecodeError", src: "try:\n    raise json.JSONDecodeError('m', 'a\\nbc', 3)\nexcept ValueError as e:\n    print(e, e.colno)", want: "m: line 2 column 2 (char 3) 2\n"},
		{name: "script subclasses JSONDecodeError", src: "class E(json.JSONDecodeError):\n    pass\ntry:\n    raise E('x')\nexcept json.JSONDecodeError as e:\n    print(e)", want: "x\n"},
		{name: "expecting value", src: "json.loads('')", err: "JSONDecodeError: Expecting value: line 1 column 1 (char 0)"},
		{name: "extra data", src: "json.loads('1 2')", err: "JSONDecodeError: Extra data: line 1 column 3 (char 2)"},
		{name: "unterminated string", src: "json.loads('[\"abc')", err: "JSONDecodeError: Unterminated string starting at: line 1 column 2 (char 1)"},
		{name: "control character", src: "json.loads('\"a\\x01\"')", err: "JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)"},
		{name: "property name", src: "json.loads('{\"a\": 1,}')", err: "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"},
		{name: "colon", src: "json.loads('{\"a\" 1}')", err: "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)"},
		{name: "bad escape", src: "json.loads('\"\\\\q\"')", err: "JSONDecodeError: Invalid \\escape: line 1 column 2 (char 1)"},
		{name: "bad unicode escape", src: "json.loads('\"\\\\u12x4\"')", err: "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
		{name: "BOM in str", src: "json.loads('\\ufeff1')", err: "JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"},
		{name: "int over 4300 digits", src: "json.loads('1' * 100000)", err: "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit"},
		{name: "negative int over 4300 digits", src: "json.loads('[-' + '1' * 4301 + ']')", err: "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
		{name: "not a str", src: "json.loads(1)", err: "TypeError: the JSON object must be str, bytes or bytearray, not int"},
		{name: "invalid utf-8", src: "json.loads(b'\"\\xff\"')", err: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
		{name: "truncated utf-16", src: "json.loads(b'1\\x002\\x00\\x00')", err: "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x00 in position 4: truncated data"},
		{name: "object_hook raising", src: "def h(d):\n    raise RuntimeError('no')\njson.loads('[{}]', object_hook=h)", err: "RuntimeError: no"},
		{name: "hook not callable", src: "json.loads('{}', object_hook='x')", err: "TypeError: 'str' object is not callable"},
		{name: "unknown keyword", src: "json.loads('1', bogus=1)", err: "TypeError: JSONDecoder.__init__() got an unexpected keyword argument 'bogus'"},
		{name: "cls is refused", src: "json.loads('1', cls=dict)", err: "TypeError: loads(): the cls argument is not supported (custom decoder classes are not available)"},
		{name: "JSONDecodeError with missing arguments", src: "json.JSONDecodeError('m')", err: "TypeError: JSONDecodeError.__init__() missing 2 required positional arguments: 'doc' and 'pos'"},
	})
}

// TestJSONAttacks checks that hostile input ends with a limit, never with
// a Go stack overflow, an out-of-memory host or a hang.
func TestJSONAttacks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		src  string
		lim  interp.Limits
		kind interp.LimitKind
	}{
		{"loads of 100000 open brackets", "json.loads('[' * 100000)", interp.Limits{}, interp.DepthLimit},
		{"loads of 100000 nested objects", "json.loads('{\"a\":' * 100000)", interp.Limits{}, interp.DepthLimit},
		{"loads of deep nesting with unlimited depth", "json.loads('[' * 100000 + ']' * 100000)", interp.Limits{Depth: interp.Unlimited}, interp.DepthLimit},
		{"dumps of a 100000-deep list", "x = []\nfor _ in range(100000):\n    x = [x]\njson.dumps(x)", interp.Limits{}, interp.DepthLimit},
		{"dumps of a 100000-deep dict with indent", "x = {}\nfor _ in range(100000):\n    x = {'a': x}\njson.dumps(x, indent=1)", interp.Limits{}, interp.DepthLimit},
		{"default returning a new object forever", "json.dumps({1}, default=lambda o: [{1}])", interp.Limits{}, interp.DepthLimit},
		{"default returning itself without the circular check", "json.dumps({1}, default=lambda o: o, check_circular=False)", interp.Limits{}, interp.DepthLimit},
		{"circular list without the circular check", "a = []\na.append(a)\njson.dumps(a, check_circular=False)", interp.Limits{}, interp.DepthLimit},
		{"object_hook that recurses into loads", "def h(d):\n    return json.loads('[{}]', object_hook=h)\njson.loads('{}', object_hook=h)", interp.Limits{}, interp.DepthLimit},
		{"dumps of a huge structure", "x = ['x' * 1000] * 100000\njson.dumps(x)", interp.Limits{Memory: 16 << 20}, interp.MemoryLimit},
		{"dumps with a huge indent", "json.dumps([1], indent=10**9)", interp.Limits{Memory: 16 << 20}, interp.MemoryLimit},
		{"dumps with a big indent deep down", "x = 1\nfor _ in range(150):\n    x = [x]\njson.dumps(x, indent=10**5)", interp.Limits{Memory: 64 << 20}, interp.MemoryLimit},
		{"dumps with a huge str indent", "json.dumps([[[1]]], indent='x' * 10**6)", interp.Limits{Memory: 4 << 20}, interp.MemoryLimit},
		{"dumps of a shared list many times", "x = [1] * 1000\nfor _ in range(4):\n    x = [x] * 100\njson.dumps(x)", interp.Limits{Steps: 1_000_000}, interp.StepLimit},
		{"dumps with escapes grows six times", "json.dumps('\\x00' * 10**6)", interp.Limits{Memory: 4 << 20}, interp.MemoryLimit},
		{"default that keeps growing the list", "x = [{1}]\ndef d(o):\n    x.append({1})\n    return 0\njson.dumps(x, default=d)", interp.Limits{Steps: 1_000_000}, interp.StepLimit},
		{"loads of many small lists", "json.loads('[' + '[],' * 300000 + '[]]')", interp.Limits{Memory: 4 << 20}, interp.MemoryLimit},
		{"loads is charged per element", "json.loads('[' + '1,' * 10**6 + '1]')", interp.Limits{Steps: 200_000}, interp.StepLimit},
		{"loads of a long whitespace run is charged", "s = ' ' * 10**7 + '1'\nfor _ in range(100):\n    json.loads(s)", interp.Limits{Steps: 300_000, Memory: 64 << 20}, interp.StepLimit},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			_, err := runJSON("import json\n"+tt.src, tt.lim)
			var le *interp.LimitError
			require.ErrorAs(t, err, &le, "%v", err)
			if tt.kind == interp.StepLimit && le.Kind == interp.TimeLimit {
				return
			}
			assert.Equal(t, tt.kind, le.Kind, "%v", err)
			assert.Less(t, time.Since(start), time.Minute)
		})
	}
}

// TestJSONReachesNothing checks that nothing of the module or its
// exception class leads past the guard.
func TestJSONReachesNothing(t *testing.T) {
	t.Parallel()
	policyCases := []struct{ name, src, rule string }{
		{"module dict", "json.__dict__", "dunder-attr"},
		{"dunder through getattr", "getattr(json, '__dict__')", "dunder-attr"},
		{"function globals", "getattr(json.dumps, '__globals__')", "dunder-attr"},
		{"exception class internals", "getattr(json.JSONDecodeError, '__subclasses__')", "dunder-attr"},
		{"exception instance traceback", "try:\n    json.loads('x')\nexcept ValueError as e:\n    getattr(e, '__traceback__')", "dunder-attr"},
		{"writing a module attribute", "json.loads = print", "readonly-attr"},
		{"writing through setattr", "setattr(json, 'dumps', None)", "readonly-attr"},
	}
	for _, tt := range policyCases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runJSON("import json\n"+tt.src, interp.Limits{})
			var pe *interp.PolicyError
			require.ErrorAs(t, err, &pe, "%v", err)
			require.NotEmpty(t, pe.Violations)
			assert.Equal(t, tt.rule, pe.Violations[0].Rule)
		})
	}
	runJSONCases(t, []jsonCase{
		{name: "no private or file members", src: "print(hasattr(json, 'dump'), hasattr(json, 'load'), hasattr(json, 'decoder'), hasattr(json, 'JSONEncoder'))", want: "False False False False\n"},
		{name: "the exception class is read-only", src: "json.JSONDecodeError.x = 1", err: "TypeError: cannot set 'x' attribute of immutable type 'JSONDecodeError'"},
		{name: "the exception class has no mro", src: "json.JSONDecodeError.mro", err: "AttributeError: type object 'JSONDecodeError' has no attribute 'mro'"},
		{name: "private names are absent", src: "getattr(json, '_default_encoder')", err: "AttributeError: module 'json' has no attribute '_default_encoder'"},
	})
}

// TestJSONRunsAreIsolated checks that what one run does to the module
// is invisible to the next.
func TestJSONRunsAreIsolated(t *testing.T) {
	t.Parallel()
	p, err := interp.Compile("t.py", "import json\ntry:\n    json.JSONDecodeError.x = 1\nexcept TypeError:\n    pass\nprint(hasattr(json.JSONDecodeError, 'x'), json.dumps([1]))", interp.CompileOptions{AllowImport: []string{"json"}})
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		res, err := p.Run(context.Background(), interp.RunOptions{})
		require.NoError(t, err)
		assert.Equal(t, "False [1]\n", res.Output)
	}
}
