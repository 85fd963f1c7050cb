// This file defines the methods of int (and bool), the int() and bool()
// constructors, and the conversions between ints and decimal strings with
// CPython 3.11's 4,300-digit limit.

package builtins

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// maxStrDigits is CPython's default sys.get_int_max_str_digits(): the most
// decimal digits int↔str conversions handle.
const maxStrDigits = 4300

// maxStrDigitsBits is a bit length above which an int surely has more than
// maxStrDigits decimal digits (2**14300 > 10**4304).
const maxStrDigitsBits = 14300

// intMethods returns the method table of int, shared by bool.
func intMethods() MethodTable {
	return MethodTable{
		"as_integer_ratio": intAsIntegerRatio,
		"bit_count":        intBitCount,
		"bit_length":       intBitLength,
		"conjugate":        intConjugate,
		"from_bytes":       intFromBytesMethod,
		"to_bytes":         intToBytes,
	}
}

// numIndex converts an argument CPython reads as a Py_ssize_t: ints
// and bools, and instances of the script's classes with __index__. Other
// values raise CPython's TypeError, ints outside int64 its OverflowError.
func numIndex(o py.Object) (int64, error) {
	switch x := o.(type) {
	case py.Int:
		return int64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		if v := (*big.Int)(x); v.IsInt64() {
			return v.Int64(), nil
		}
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	if res, ok, err := numSpecial(o, "__index__"); ok {
		if err != nil {
			return 0, err
		}
		switch res.(type) {
		case py.Int, py.Bool, *py.BigInt:
			return numIndex(res)
		}
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", strTypeName(res))
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", strTypeName(o))
}

// numBig returns the value of an int or bool as a big.Int (a copy).
func numBig(o py.Object) *big.Int {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x))
	case py.Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x))
	}
	return nil
}

// numInt returns the Python int of v: a small int when it fits.
func numInt(v *big.Int) py.Object {
	if v.IsInt64() {
		return py.Int(v.Int64())
	}
	return (*py.BigInt)(v)
}

// intAsInt returns an int or bool as an int (bool becomes 0 or 1).
func intAsInt(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		if b {
			return py.Int(1)
		}
		return py.Int(0)
	}
	return o
}

func intNoArgs(name string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "int.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "int.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// intBitLength is int.bit_length().
// https://docs.python.org/3.11/library/stdtypes.html#int.bit_length
func intBitLength(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := intNoArgs("bit_length", args, kw); err != nil {
		return nil, err
	}
	return py.Int(numBig(self).BitLen()), nil
}

// intBitCount is int.bit_count(): the number of ones in abs(self).
// https://docs.python.org/3.11/library/stdtypes.html#int.bit_count
func intBitCount(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := intNoArgs("bit_count", args, kw); err != nil {
		return nil, err
	}
	v := numBig(self)
	n := 0
	for _, w := range v.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return py.Int(n), nil
}

// intConjugate is int.conjugate(): the int itself.
// https://docs.python.org/3.11/library/stdtypes.html#int.conjugate
func intConjugate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := intNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	return intAsInt(self), nil
}

// intAsIntegerRatio is int.as_integer_ratio(): (self, 1).
// https://docs.python.org/3.11/library/stdtypes.html#int.as_integer_ratio
func intAsIntegerRatio(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := intNoArgs("as_integer_ratio", args, kw); err != nil {
		return nil, err
	}
	return py.Tuple{intAsInt(self), py.Int(1)}, nil
}

// intByteorderArgs parses the byteorder and keyword-only signed arguments
// of to_bytes and from_bytes.
func intByteorder(fname string, order py.Object) (little bool, err error) {
	if order == nil {
		return false, nil
	}
	s, ok := order.(py.String)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "%s() argument 'byteorder' must be str, not %s", fname, strArgType(order))
	}
	switch s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
}

// intBytesArgs checks the arguments of to_bytes/from_bytes: two positional
// or keyword parameters and the keyword-only signed.
func intBytesArgs(fname, first string, args py.Tuple, kw py.StringDict, a, order, signed *py.Object) error {
	if err := strTooMany(fname, args, kw, 3); err != nil {
		return err
	}
	if len(args) > 2 {
		return py.ExceptionNewf(py.TypeError, "%s() takes at most 2 positional arguments (%d given)", fname, len(args))
	}
	if err := strKwNames(fname, kw, first, "byteorder", "signed"); err != nil {
		return err
	}
	req := first + "?"
	if fname == "from_bytes" {
		req = first
	}
	return UnpackArgs(fname, args, kw, req, a, "byteorder?", order, "$signed?", signed)
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
// https://docs.python.org/3.11/library/stdtypes.html#int.to_bytes
func intToBytes(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var lengthObj, orderObj, signedObj py.Object
	if err := intBytesArgs("to_bytes", "length", args, kw, &lengthObj, &orderObj, &signedObj); err != nil {
		return nil, err
	}
	length := int64(1)
	if lengthObj != nil {
		n, err := numIndex(lengthObj)
		if err != nil {
			return nil, err
		}
		length = n
	}
	if length < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
	}
	little, err := intByteorder("to_bytes", orderObj)
	if err != nil {
		return nil, err
	}
	signed := false
	if signedObj != nil {
		if signed, err = numTruth(signedObj); err != nil {
			return nil, err
		}
	}
	v := numBig(self)
	if v.Sign() < 0 && !signed {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	// Bits needed: for signed values one more than the magnitude needs,
	// except for -2**(8n-1).
	need := int64(v.BitLen())
	if signed {
		if v.Sign() < 0 {
			need = int64(new(big.Int).Add(v, big.NewInt(1)).BitLen()) + 1
		} else {
			need++
		}
	}
	if length < (need+7)/8 {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	if err := st.Alloc(length); err != nil {
		return nil, err
	}
	if err := strChargeScan(st, int(length)); err != nil {
		return nil, err
	}
	if v.Sign() < 0 {
		// Two's complement: 2**(8*length) + v.
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

// intFromBytesMethod is int.from_bytes looked up on an int value: a class
// method, the receiver is ignored.
func intFromBytesMethod(st *run.State, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return intFromBytes(st, args, kw)
}

// intFromBytes is the class method int.from_bytes(bytes, byteorder='big',
// *, signed=False).
// https://docs.python.org/3.11/library/stdtypes.html#int.from_bytes
func intFromBytes(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data, orderObj, signedObj py.Object
	if err := intBytesArgs("from_bytes", "bytes", args, kw, &data, &orderObj, &signedObj); err != nil {
		return nil, err
	}
	little, err := intByteorder("from_bytes", orderObj)
	if err != nil {
		return nil, err
	}
	signed := false
	if signedObj != nil {
		if signed, err = numTruth(signedObj); err != nil {
			return nil, err
		}
	}
	b, err := numBytesOf(st, data)
	if err != nil {
		return nil, err
	}
	if err := checkBits(st, int64(len(b))*8); err != nil {
		return nil, err
	}
	if little {
		r := make([]byte, len(b))
		for i, c := range b {
			r[len(b)-1-i] = c
		}
		b = r
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return numInt(v), nil
}

// numBytesOf converts the argument of int.from_bytes as bytes(x) does:
// bytes as they are, an iterable of ints in range(256) otherwise.
func numBytesOf(st *run.State, o py.Object) ([]byte, error) {
	switch x := o.(type) {
	case py.Bytes:
		return []byte(x), nil
	case py.String, py.Int, py.Bool, *py.BigInt, py.Float, py.NoneType:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", strTypeName(o))
	}
	it, err := iterOf(o)
	if err != nil {
		if !st.Failed() && py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", strTypeName(o))
		}
		return nil, err
	}
	var out []byte
	for {
		item, err := py.Next(it)
		if err != nil {
			if strIsStop(err) {
				return out, nil
			}
			return nil, err
		}
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		if err := st.CheckAlloc(int64(len(out)) + 1); err != nil {
			return nil, err
		}
		v, err := numIndex(item)
		if err != nil {
			if py.IsException(py.OverflowError, err) {
				return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
			}
			return nil, err
		}
		if v < 0 || v > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(v))
	}
}

// numTruth is bool(o).
func numTruth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// intDecimal returns str(o) of an int or bool, raising CPython's
// ValueError for ints of more than 4,300 digits.
func intDecimal(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(x), 10), nil
	case py.Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case *py.BigInt:
		v := (*big.Int)(x)
		if v.BitLen() > maxStrDigitsBits {
			return "", intStrLimitError()
		}
		s := v.Text(10)
		digits := len(s)
		if v.Sign() < 0 {
			digits--
		}
		if digits > maxStrDigits {
			return "", intStrLimitError()
		}
		return s, nil
	}
	return "", py.ExceptionNewf(py.TypeError, "an integer is required")
}

func intStrLimitError() error {
	return py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
}

// newInt is int(x=0) and int(x, base=10).
// https://docs.python.org/3.11/library/functions.html#int
func newInt(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strTooMany("int", args, kw, 2); err != nil {
		return nil, err
	}
	if err := strKwNames("int", kw, "base"); err != nil {
		return nil, err
	}
	var x, baseObj py.Object
	if err := UnpackArgs("int", args, kw, "x?", &x, "base?", &baseObj); err != nil {
		return nil, err
	}
	if x == nil {
		if baseObj != nil {
			return nil, py.ExceptionNewf(py.TypeError, "int() missing string argument")
		}
		return py.Int(0), nil
	}
	if baseObj != nil {
		base, err := numIndex(baseObj)
		if err != nil {
			return nil, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return nil, py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := x.(type) {
		case py.String:
			return numParseInt(st, string(s), int(base), s)
		case py.Bytes:
			return numParseInt(st, string(s), int(base), s)
		}
		return nil, py.ExceptionNewf(py.TypeError, "int() can't convert non-string with explicit base")
	}
	switch v := x.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		return intAsInt(v), nil
	case py.Float:
		return numFloatToInt(float64(v))
	case py.String:
		return numParseInt(st, string(v), 10, v)
	case py.Bytes:
		return numParseInt(st, string(v), 10, v)
	case nativeNumber:
		return v.pfInt(st)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if res, ok, err := numSpecial(x, name); ok {
			if err != nil {
				return nil, err
			}
			switch r := res.(type) {
			case py.Int, *py.BigInt:
				return r, nil
			case py.Bool:
				return intAsInt(r), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s returned non-int (type %s)", name, strTypeName(res))
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", strTypeName(x))
}

// numSpecial calls the special method name of an instance of a class the
// script defined, if the class has it.
func numSpecial(o py.Object, name string) (py.Object, bool, error) {
	t, ok := o.(*py.Type)
	if !ok || !isUserType(o.Type()) || t == o.Type() {
		return nil, false, nil
	}
	if o.Type().NativeGetAttrOrNil(name) == nil {
		return nil, false, nil
	}
	return py.TypeCall0(o, name)
}

// numFloatToInt is int(x) of a float: truncation toward zero.
func numFloatToInt(f float64) (py.Object, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return py.Int(int64(f)), nil
	}
	v, _ := big.NewFloat(f).Int(nil)
	return numInt(v), nil
}

// numParseInt parses s as int(s, base) does (PyLong_FromString): spaces
// around, a sign, a base prefix, underscores between digits, Unicode
// decimal digits. orig is the argument, quoted in the error message.
func numParseInt(st *run.State, s string, base int, orig py.Object) (py.Object, error) {
	if err := strChargeScan(st, len(s)); err != nil {
		return nil, err
	}
	bad := func() error {
		r, err := Repr(st, orig)
		if err != nil {
			return err
		}
		if _, isBytes := orig.(py.Bytes); !isBytes {
			r = strTruncate(r, 200)
		}
		return py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, r)
	}
	ascii := numASCIIDigits(s)
	i, n := 0, len(ascii)
	for i < n && ascii[i] == ' ' {
		i++
	}
	neg := false
	if i < n && (ascii[i] == '+' || ascii[i] == '-') {
		neg = ascii[i] == '-'
		i++
	}
	b := base
	zeroOnly := false
	if b == 0 {
		switch {
		case i >= n || ascii[i] != '0':
			b = 10
		case i+1 < n && (ascii[i+1] == 'x' || ascii[i+1] == 'X'):
			b = 16
		case i+1 < n && (ascii[i+1] == 'o' || ascii[i+1] == 'O'):
			b = 8
		case i+1 < n && (ascii[i+1] == 'b' || ascii[i+1] == 'B'):
			b = 2
		default:
			zeroOnly, b = true, 10
		}
	}
	if i+1 < n && ascii[i] == '0' {
		c := ascii[i+1] | 0x20
		if b == 16 && c == 'x' || b == 8 && c == 'o' || b == 2 && c == 'b' {
			i += 2
			if i < n && ascii[i] == '_' {
				i++
			}
		}
	}
	if i < n && ascii[i] == '_' {
		return nil, bad()
	}
	digits := make([]byte, 0, n-i)
	prev := byte(0)
	for ; i < n; i++ {
		c := ascii[i]
		if c == '_' {
			if prev == '_' {
				return nil, bad()
			}
			prev = c
			continue
		}
		if numDigitValue(c) >= b {
			break
		}
		digits = append(digits, c)
		prev = c
	}
	if prev == '_' || len(digits) == 0 {
		return nil, bad()
	}
	for i < n && ascii[i] == ' ' {
		i++
	}
	if i != n {
		return nil, bad()
	}
	if b&(b-1) != 0 && len(digits) > maxStrDigits {
		return nil, py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	if err := checkBits(st, int64(float64(len(digits))*math.Log2(float64(b)))+1); err != nil {
		return nil, err
	}
	v, ok := new(big.Int).SetString(string(digits), b)
	if !ok {
		return nil, bad()
	}
	if zeroOnly && v.Sign() != 0 {
		return nil, bad()
	}
	if neg {
		v.Neg(v)
	}
	return numInt(v), nil
}

// numDigitValue returns the value of an ASCII digit or letter, or 99.
func numDigitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// numASCIIDigits is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
// whitespace becomes ' ', decimal digits of any script become ASCII
// digits, other non-ASCII characters become '?'.
func numASCIIDigits(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80 && uniIsSpace(r):
			out = append(out, ' ')
		case r < 0x80:
			out = append(out, byte(r))
		case uniIsSpace(r):
			out = append(out, ' ')
		case uniIsDecimal(r):
			out = append(out, byte('0'+numDecimalValue(r)))
		default:
			out = append(out, '?')
		}
	}
	return out
}

// numDecimalValue returns the value of a decimal digit (Nd): digits come in
// blocks of runs of ten, each run starting at a zero.
func numDecimalValue(r rune) int {
	k := 0
	for r > 0 && uniIsDecimal(r-1) && k < 100 {
		r--
		k++
	}
	return k % 10
}

// strTruncate cuts s to at most n code points, as CPython's %.200R does.
func strTruncate(s string, n int) string {
	i := 0
	for b := range s {
		if i == n {
			return s[:b]
		}
		i++
	}
	return s
}

// newBool is bool(x=False).
// https://docs.python.org/3.11/library/functions.html#bool
func newBool(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	var x py.Object
	if err := UnpackArgs("bool", args, nil, "x?", &x); err != nil {
		return nil, err
	}
	if x == nil {
		return py.False, nil
	}
	t, err := Truth(st, x) // __bool__ and __len__ of script classes
	if err != nil {
		return nil, err
	}
	return py.NewBool(t), nil
}
