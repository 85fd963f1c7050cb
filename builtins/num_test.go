package builtins_test

import (
	"context"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/interp"
)

func TestNumRepr(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"float repr", `[0.1, 1/3, 1e16, 1e15, 1e-4, 1e-5, -0.0, 1.0, 2.5e-7]`, `[0.1, 0.3333333333333333, 1e+16, 1000000000000000.0, 0.0001, 1e-05, -0.0, 1.0, 2.5e-07]`},
		{"float repr large", `[1e22, 1e300, 1.7976931348623157e308, 123456789012345678.0]`, `[1e+22, 1e+300, 1.7976931348623157e+308, 1.2345678901234568e+17]`},
		{"float repr tiny", `[5e-324, 2.2250738585072014e-308]`, `[5e-324, 2.2250738585072014e-308]`},
		{"float repr special", `[float('inf'), float('-inf'), float('nan')]`, `[inf, -inf, nan]`},
		{"float str", `str(0.1 + 0.2)`, `'0.30000000000000004'`},
		{"float repr of 2**53 + 1", `2.0**53 + 1`, `9007199254740992.0`},
		{"big int repr", `2**100`, `1267650600228229401496703205376`},
		{"int repr over the limit", `repr(10**4300)`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`},
		{"int str over the limit", `str(-10**4300)`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`},
		{"int str at the limit", `len(str(10**4299))`, `4300`},
	})
}

func TestNumMethods(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"bit_length", `[(255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length()]`, `[8, 8, 0, 101]`},
		{"bit_count", `[(10**30).bit_count(), (-7).bit_count(), True.bit_count()]`, `[37, 3, 1]`},
		{"conjugate", `[(5).conjugate(), True.conjugate(), (2.5).conjugate()]`, `[5, 1, 2.5]`},
		{"int as_integer_ratio", `[(-5).as_integer_ratio(), True.as_integer_ratio()]`, `[(-5, 1), (1, 1)]`},
		{"to_bytes", `[(1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes()]`, `[b'\x04\x00', b'\x00\x04', b'\x05']`},
		{"to_bytes signed", `[(-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True)]`, `[b'\xff\xff', b'\x80', b'\x7f']`},
		{"to_bytes keywords", `(5).to_bytes(length=2, byteorder='little', signed=False)`, `b'\x05\x00'`},
		{"to_bytes zero length", `(0).to_bytes(0, 'big')`, `b''`},
		{"to_bytes overflow", `(256).to_bytes(1, 'big')`, `!! OverflowError: int too big to convert`},
		{"to_bytes signed overflow", `(128).to_bytes(1, 'big', signed=True)`, `!! OverflowError: int too big to convert`},
		{"to_bytes negative unsigned", `(-1).to_bytes(1, 'big')`, `!! OverflowError: can't convert negative int to unsigned`},
		{"to_bytes negative length", `(5).to_bytes(-1)`, `!! ValueError: length argument must be non-negative`},
		{"to_bytes bad length", `(5).to_bytes('x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
		{"to_bytes bad byteorder type", `(5).to_bytes(1, 1)`, `!! TypeError: to_bytes() argument 'byteorder' must be str, not int`},
		{"to_bytes bad byteorder", `(5).to_bytes(1, 'mid')`, `!! ValueError: byteorder must be either 'little' or 'big'`},
		{"to_bytes positional signed", `(5).to_bytes(1, 'big', True)`, `!! TypeError: to_bytes() takes at most 2 positional arguments (3 given)`},
		{"to_bytes bad keyword", `(5).to_bytes(1, bad=1)`, `!! TypeError: 'bad' is an invalid keyword argument for to_bytes()`},
		{"from_bytes", `[(0).from_bytes(b'\x01\x00'), (0).from_bytes(b'\x01\x00', 'little'), (0).from_bytes([1, 2])]`, `[256, 1, 258]`},
		{"from_bytes signed", `(0).from_bytes(b'\xff\xfe', signed=True)`, `-2`},
		{"from_bytes keyword", `(0).from_bytes(bytes=b'\x05')`, `5`},
		{"from_bytes out of range", `(0).from_bytes([1, 256])`, `!! ValueError: bytes must be in range(0, 256)`},
		{"from_bytes str", `(0).from_bytes('ab')`, `!! TypeError: cannot convert 'str' object to bytes`},
		{"from_bytes int", `(0).from_bytes(5)`, `!! TypeError: cannot convert 'int' object to bytes`},
		{"from_bytes missing", `(0).from_bytes()`, `!! TypeError: from_bytes() missing required argument 'bytes' (pos 1)`},
		{"bit_length argument", `(5).bit_length(1)`, `!! TypeError: int.bit_length() takes no arguments (1 given)`},
		{"is_integer", `[(2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer(), float('nan').is_integer()]`, `[True, False, False, False]`},
		{"float as_integer_ratio", `[(1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (0.0).as_integer_ratio()]`, `[(3, 2), (3602879701896397, 36028797018963968), (-2, 1), (0, 1)]`},
		{"float as_integer_ratio inf", `float('inf').as_integer_ratio()`, `!! OverflowError: cannot convert Infinity to integer ratio`},
		{"float as_integer_ratio nan", `float('nan').as_integer_ratio()`, `!! ValueError: cannot convert NaN to integer ratio`},
		{"hex", `[(1.5).hex(), (-0.0).hex(), (0.1).hex(), (5e-324).hex(), (1e308).hex(), float('-inf').hex()]`, `['0x1.8000000000000p+0', '-0x0.0p+0', '0x1.999999999999ap-4', '0x0.0000000000001p-1022', '0x1.1ccf385ebc8a0p+1023', '-inf']`},
		{"fromhex", `[(0.0).fromhex('0x1.8p1'), (0.0).fromhex(' -0X1.8P-1 '), (0.0).fromhex('.8'), (0.0).fromhex('1.'), (0.0).fromhex('-infinity')]`, `[3.0, -0.75, 0.5, 1.0, -inf]`},
		{"fromhex rounding", `[(0.0).fromhex('0x1.00000000000008p0'), (0.0).fromhex('0x1.00000000000018p0'), (0.0).fromhex('0x1p-10000')]`, `[1.0, 1.0000000000000004, 0.0]`},
		{"fromhex overflow", `(0.0).fromhex('0x1p10000')`, `!! OverflowError: hexadecimal value too large to represent as a float`},
		{"fromhex invalid", `(0.0).fromhex('0x1p')`, `!! ValueError: invalid hexadecimal floating-point string`},
		{"fromhex underscore", `(0.0).fromhex('0x1_0')`, `!! ValueError: invalid hexadecimal floating-point string`},
		{"fromhex non-str", `(0.0).fromhex(1)`, `!! TypeError: bad argument type for built-in operation`},
		{"hex argument", `(1.5).hex(1)`, `!! TypeError: float.hex() takes no arguments (1 given)`},
	})
}

func TestNumConstructors(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"int of str", `[int(' 12 '), int('1_000'), int('-0'), int('+7'), int('١٢'), int('\u3000 12\u3000')]`, `[12, 1000, 0, 7, 12, 12]`},
		{"int with base", `[int('ff', 16), int('0x_1f', 0), int('0b101', 0), int('0o17', 8), int('z', 36), int('00', 0), int('0_0', 0)]`, `[255, 31, 5, 15, 35, 0, 0]`},
		{"int of bytes", `[int(b'12'), int(b' 12 ', 16)]`, `[12, 18]`},
		{"int of float", `[int(1e30), int(-2.9), int(2.9), int(True)]`, `[1000000000000000019884624838656, -2, 2, 1]`},
		{"int no args", `int()`, `0`},
		{"int keyword base", `int('10', base=2)`, `2`},
		{"int bad literal", `int('1.5')`, `!! ValueError: invalid literal for int() with base 10: '1.5'`},
		{"int leading underscore", `int('_1')`, `!! ValueError: invalid literal for int() with base 10: '_1'`},
		{"int double underscore", `int('1__0')`, `!! ValueError: invalid literal for int() with base 10: '1__0'`},
		{"int trailing underscore", `int('1_')`, `!! ValueError: invalid literal for int() with base 10: '1_'`},
		{"int leading zero base 0", `int('010', 0)`, `!! ValueError: invalid literal for int() with base 0: '010'`},
		{"int space inside", `int('+ 1')`, `!! ValueError: invalid literal for int() with base 10: '+ 1'`},
		{"int empty", `int('')`, `!! ValueError: invalid literal for int() with base 10: ''`},
		{"int long literal message", `int('x' * 300)`, `!! ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`},
		{"int bytes literal message", `int(b'x')`, `!! ValueError: invalid literal for int() with base 10: b'x'`},
		{"int too many digits", `int('1' * 4301)`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit`},
		{"int too many digits with underscores", `int('1_' * 4300 + '1')`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit`},
		{"int hex has no limit", `int('f' * 5000, 16) > 0`, `True`},
		{"int bad base", `int('1', 37)`, `!! ValueError: int() base must be >= 2 and <= 36, or 0`},
		{"int base type", `int('1', 'x')`, `!! TypeError: 'str' object cannot be interpreted as an integer`},
		{"int explicit base non-str", `int(5, 10)`, `!! TypeError: int() can't convert non-string with explicit base`},
		{"int of None", `int(None)`, `!! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'`},
		{"int of complex", `int(1j)`, `!! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'`},
		{"int of inf", `int(float('inf'))`, `!! OverflowError: cannot convert float infinity to integer`},
		{"int of nan", `int(float('nan'))`, `!! ValueError: cannot convert float NaN to integer`},
		{"int keyword x", `int(x=1)`, `!! TypeError: 'x' is an invalid keyword argument for int()`},
		{"int too many", `int('1', 2, 3)`, `!! TypeError: int() takes at most 2 arguments (3 given)`},
		{"float of str", `[float(' 1.5 '), float('1_0.5'), float('1e1_0'), float('.5'), float('5.'), float('١.٥'), float('1E+5')]`, `[1.5, 10.5, 10000000000.0, 0.5, 5.0, 1.5, 100000.0]`},
		{"float special", `[float('inf'), float('-Infinity'), float('+NaN'), float('1e999'), float('-1e999')]`, `[inf, -inf, nan, inf, -inf]`},
		{"float of others", `[float(True), float(10**20), float(b'1.5'), float(), float(2)]`, `[1.0, 1e+20, 1.5, 0.0, 2.0]`},
		{"float bad", `float('x')`, `!! ValueError: could not convert string to float: 'x'`},
		{"float double underscore", `float('1__0')`, `!! ValueError: could not convert string to float: '1__0'`},
		{"float underscore before point", `float('1_.5')`, `!! ValueError: could not convert string to float: '1_.5'`},
		{"float underscore after point", `float('1._5')`, `!! ValueError: could not convert string to float: '1._5'`},
		{"float hex", `float('0x10')`, `!! ValueError: could not convert string to float: '0x10'`},
		{"float dot", `float('.')`, `!! ValueError: could not convert string to float: '.'`},
		{"float bad exponent", `float('1e')`, `!! ValueError: could not convert string to float: '1e'`},
		{"float long message", `float('x' * 250)`, `!! ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'`},
		{"float bytes message", `float(b'x')`, `!! ValueError: could not convert string to float: b'x'`},
		{"float huge int", `float(10**400)`, `!! OverflowError: int too large to convert to float`},
		{"float None", `float(None)`, `!! TypeError: float() argument must be a string or a real number, not 'NoneType'`},
		{"float keyword", `float(x=1)`, `!! TypeError: float() takes no keyword arguments`},
		{"bool", `[bool(), bool(0), bool([]), bool('x'), bool(0.0)]`, `[False, False, False, True, False]`},
		{"bool keyword", `bool(x=1)`, `!! TypeError: bool() takes no keyword arguments`},
		{"bool too many", `bool(1, 2)`, `!! TypeError: bool expected at most 1 argument, got 2`},
		{"str", `[str(), str(42), str(1.5), str(None), str([1, 'a'])]`, `['', '42', '1.5', 'None', "[1, 'a']"]`},
		{"str decode", `[str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'utf-8', 'ignore'), str(b'\xe9', 'latin-1')]`, `['café', '�', '', 'é']`},
		{"str decode error", `str(b'\xff', 'utf-8')`, `!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`},
		{"str decode truncated", `str(b'\xe2\x82', 'utf-8')`, `!! UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data`},
		{"str decode continuation", `str(b'a\xe2\x28\xa1', 'utf-8')`, `!! UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 1: invalid continuation byte`},
		{"str decode ascii", `str(b'\xe9', 'ascii')`, `!! UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)`},
		{"str decode str", `str('a', 'utf-8')`, `!! TypeError: decoding str is not supported`},
		{"str decode int", `str(1, 'utf-8')`, `!! TypeError: decoding to str: need a bytes-like object, int found`},
		{"str unknown encoding", `str(b'a', 'foo')`, `!! LookupError: unknown encoding: foo`},
		{"str keyword object", `str(object=1)`, `'1'`},
		{"str bad keyword", `str(x=1)`, `!! TypeError: 'x' is an invalid keyword argument for str()`},
		{"str too many", `str(1, 2, 3, 4)`, `!! TypeError: str() takes at most 3 arguments (4 given)`},
	})
}

// TestStaticMethods calls the static and class methods served on the types
// themselves (str.maketrans, int.from_bytes, float.fromhex).
func TestStaticMethods(t *testing.T) {
	t.Parallel()
	st := run.New()
	st.Reset(context.Background(), run.Limits{Steps: 10_000, Memory: 1 << 20, Depth: 50})

	fromBytes := builtins.StaticMethods(py.IntType)["from_bytes"]
	require.NotNil(t, fromBytes)
	v, err := fromBytes(st, py.Tuple{py.Bytes{1, 0}, py.String("little")}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	assert.NotNil(t, builtins.StaticMethods(py.BoolType)["from_bytes"])

	fromhex := builtins.StaticMethods(py.FloatType)["fromhex"]
	require.NotNil(t, fromhex)
	v, err = fromhex(st, py.Tuple{py.String("0x1.8p1")}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Float(3), v)

	maketrans := builtins.StaticMethods(py.StringType)["maketrans"]
	require.NotNil(t, maketrans)
	v, err = maketrans(st, py.Tuple{py.String("ab"), py.String("cd")}, nil)
	require.NoError(t, err)
	d, ok := v.(*builtins.Dict)
	require.True(t, ok)
	assert.Equal(t, 2, d.Len())
	_, err = maketrans(st, py.Tuple{py.Int(1)}, nil)
	require.Error(t, err)

	assert.Nil(t, builtins.StaticMethods(py.ListType))
}

func TestNumAttacks(t *testing.T) {
	t.Parallel()
	slow := interp.Limits{Time: 10 * time.Minute}
	runAttacks(t, []attackCase{
		{"to_bytes of a huge length", "x = (1).to_bytes(10**10, 'big')\n", interp.Limits{}, "memory"},
		{"from_bytes of an endless iterator", "x = (0).from_bytes(iter(lambda: 1, 2))\n", interp.Limits{Steps: 100_000}, "steps"},
		// These two do real work before they trip; under -race it is slow.
		{"from_bytes past the int size cap", "x = (0).from_bytes([255] * (5 * 10**6))\n", slow, "memory"},
		{"int of a huge hex literal", "x = int('f' * 10**7, 16)\n", slow, "memory"},
		{"int of a huge decimal literal", "x = int('1' * 10**6)\n", interp.Limits{}, "exception:ValueError"},
		{"str of a huge int", "x = str(10**5000)\n", interp.Limits{}, "exception:ValueError"},
		{"print of a huge int", "print(2**20000)\n", interp.Limits{}, "exception:ValueError"},
		{"float of a long literal is charged", "s = '1' * 10**6\nwhile True:\n    float(s)\n", interp.Limits{Steps: 100_000}, "steps"},
		{"fromhex of a long literal is charged", "s = '0' * 10**6\nwhile True:\n    (0.0).fromhex(s)\n", interp.Limits{Steps: 100_000}, "steps"},
		{"repr of a self-referential list", "a = [1.5]\na.append(a)\nassert repr(a) == '[1.5, [...]]'\nraise ValueError\n", interp.Limits{}, "exception:ValueError"},
	})
}
