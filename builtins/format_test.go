package builtins_test

import (
	"context"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
	"github.com/pyfence/pyfence/interp"
)

func TestFormatSpec(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"str default", `format('abc')`, `'abc'`},
		{"str width", `format('abc', '5')`, `'abc  '`},
		{"str right", `format('abc', '>5')`, `'  abc'`},
		{"str center odd", `format('abc', '^6')`, `' abc  '`},
		{"str precision", `format('abcdef', '.2')`, `'ab'`},
		{"str width and precision", `format('héllo', '*^8.3')`, `'**hél***'`},
		{"str zero fill pads right", `format('ab', '05')`, `'ab000'`},
		{"str unicode fill", `format('ab', 'é>4')`, `'ééab'`},
		{"int grouping", `format(1234567, ',')`, `'1,234,567'`},
		{"int underscore", `format(1234567, '_')`, `'1_234_567'`},
		{"hex underscore groups of four", `format(0xdeadbeef, '_x')`, `'dead_beef'`},
		{"binary alternate", `format(5, '#010b')`, `'0b00000101'`},
		{"int zero padding with grouping", `format(1234, '010,')`, `'00,001,234'`},
		{"int zero padding extra separator", `format(123, '04,')`, `'0,123'`},
		{"negative zero padded", `format(-42, '06')`, `'-00042'`},
		{"sign aligned", `format(42, '=+8')`, `'+     42'`},
		{"space sign", `format(42, ' ')`, `' 42'`},
		{"char", `format(0x1F600, 'c')`, `'😀'`},
		{"char centered", `format(65, '*^5c')`, `'**A**'`},
		{"int as float", `format(10**20, '.3e')`, `'1.000e+20'`},
		{"int percent", `format(1, '%')`, `'100.000000%'`},
		{"bool empty spec", `format(True, '')`, `'True'`},
		{"bool with width", `format(True, '>5')`, `'    1'`},
		{"bool as float", `format(False, '.1f')`, `'0.0'`},
		{"big int grouped", `format(10**30, ',')`, `'1,000,000,000,000,000,000,000,000,000,000'`},
		{"float default", `format(1e16, '')`, `'1e+16'`},
		{"float precision without type", `format(1.0, '.3')`, `'1.0'`},
		{"float precision without type exponent", `format(123456.0, '.3')`, `'1.23e+05'`},
		{"float g", `format(0.0001234, 'g')`, `'0.0001234'`},
		{"float G", `format(1e-20, 'G')`, `'1E-20'`},
		{"float e", `format(12345.678, '.2e')`, `'1.23e+04'`},
		{"float f rounding half even", `format(2.675, '.2f')`, `'2.67'`},
		{"float percent", `format(0.256, '.1%')`, `'25.6%'`},
		{"float alternate g", `format(1.0, '#g')`, `'1.00000'`},
		{"float alternate no digits", `format(1.0, '#.0e')`, `'1.e+00'`},
		{"float negative zero", `format(-0.0, '.1f')`, `'-0.0'`},
		{"float z coerces negative zero", `format(-0.0001, 'z.2f')`, `'0.00'`},
		{"float grouping", `format(1234567.891, ',.2f')`, `'1,234,567.89'`},
		{"float zero padding grouping", `format(-1234.5, '012,.1f')`, `'-0,001,234.5'`},
		{"float inf padded", `format(float('inf'), '010')`, `'0000000inf'`},
		{"float nan upper", `format(float('nan'), 'F')`, `'NAN'`},
		{"float n", `format(1234.5, 'n')`, `'1234.5'`},
		{"float many digits", `format(0.1, '.25f')`, `'0.1000000000000000055511151'`},
		{"float tiny", `format(5e-324, '.3e')`, `'4.941e-324'`},
		{"list empty spec", `format([1, 2])`, `'[1, 2]'`},
		{"none spec", `format(None, 's')`, `!! TypeError: unsupported format string passed to NoneType.__format__`},
		{"str unknown code", `format('a', 'x')`, `!! ValueError: Unknown format code 'x' for object of type 'str'`},
		{"str non-ascii code", `format('a', 'é')`, `!! ValueError: Unknown format code '\xe9' for object of type 'str'`},
		{"str sign", `format('a', '+')`, `!! ValueError: Sign not allowed in string format specifier`},
		{"str space", `format('a', ' ')`, `!! ValueError: Space not allowed in string format specifier`},
		{"str alternate", `format('a', '#')`, `!! ValueError: Alternate form (#) not allowed in string format specifier`},
		{"str equals alignment", `format('a', '=5')`, `!! ValueError: '=' alignment not allowed in string format specifier`},
		{"str grouping", `format('a', ',')`, `!! ValueError: Cannot specify ',' with 's'.`},
		{"int precision", `format(1, '.2')`, `!! ValueError: Precision not allowed in integer format specifier`},
		{"int z", `format(1, 'z')`, `!! ValueError: Negative zero coercion (z) not allowed in integer format specifier`},
		{"int sign with c", `format(65, '+c')`, `!! ValueError: Sign not allowed with integer format specifier 'c'`},
		{"int alternate c", `format(65, '#c')`, `!! ValueError: Alternate form (#) not allowed with integer format specifier 'c'`},
		{"c out of range", `format(0x110000, 'c')`, `!! OverflowError: %c arg not in range(0x110000)`},
		{"c huge", `format(2**70, 'c')`, `!! OverflowError: Python int too large to convert to C long`},
		{"comma with x", `format(1, ',x')`, `!! ValueError: Cannot specify ',' with 'x'.`},
		{"comma and underscore", `format(1, ',_')`, `!! ValueError: Cannot specify both ',' and '_'.`},
		{"double comma", `format(1, ',,')`, `!! ValueError: Cannot specify ',' with ','.`},
		{"missing precision", `format(1.5, '.')`, `!! ValueError: Format specifier missing precision`},
		{"too many digits", `format(1, '99999999999999999999')`, `!! ValueError: Too many decimal digits in format string`},
		{"invalid specifier", `format(1.5, 'ff')`, `!! ValueError: Invalid format specifier 'ff' for object of type 'float'`},
		{"float unknown code", `format(1.5, 'd')`, `!! ValueError: Unknown format code 'd' for object of type 'float'`},
		{"bool unknown code", `format(True, 's')`, `!! ValueError: Unknown format code 's' for object of type 'bool'`},
		{"format builtin non-str spec", `format(1, 2)`, `!! TypeError: format() argument 2 must be str, not int`},
		{"format builtin no args", `format()`, `!! TypeError: format expected at least 1 argument, got 0`},
		{"format builtin keyword", `format(1, format_spec='')`, `!! TypeError: format() takes no keyword arguments`},
		{"int over 4300 digits", `format(10**5000, ',')`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`},
	})
}

func TestStrFormatMethod(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"auto numbering", `'{} {}'.format('a', 'b')`, `'a b'`},
		{"manual numbering", `'{1}{0}{1}'.format('a', 'b')`, `'bab'`},
		{"keywords", `'{x}-{y}'.format(x=1, y=[2])`, `'1-[2]'`},
		{"escapes", `'{{}} {{{0}}}'.format(5)`, `'{} {5}'`},
		{"conversions", `'{0!r} {0!s} {0!a}'.format('é')`, `"'é' é '\\xe9'"`},
		{"nested spec", `'{0:{1}.{2}f}'.format(3.14159, 8, 3)`, `'   3.142'`},
		{"nested auto spec", `'{:{}}{}'.format('a', 3, 'b')`, `'a  b'`},
		{"conversion then spec", `'{!r:>6}'.format('a')`, `"   'a'"`},
		{"item index", `'{0[1]}'.format([5, 6])`, `'6'`},
		{"item key", `'{0[k]}'.format(dict(k='v'))`, `'v'`},
		{"item chain", `'{0[0][1]}'.format([[5, 6]])`, `'6'`},
		{"unicode digit index", `'{٠}'.format('x')`, `'x'`},
		{"empty spec after colon", `'{0:}'.format(5)`, `'5'`},
		{"format_map", `'{a}{b!r}'.format_map(dict(a=1, b='x'))`, `"1'x'"`},
		{"format_map item", `'{x[0]}'.format_map(dict(x=[7]))`, `'7'`},
		{"missing keyword", `'{a}'.format(b=1)`, `!! KeyError: 'a'`},
		{"missing keyword without kwargs", `'{a}'.format()`, `!! KeyError: 'a'`},
		{"index out of range", `'{2}'.format(1, 2)`, `!! IndexError: Replacement index 2 out of range for positional args tuple`},
		{"auto then manual", `'{}{1}'.format(1, 2)`, `!! ValueError: cannot switch from automatic field numbering to manual field specification`},
		{"manual then auto", `'{1}{}'.format(1, 2)`, `!! ValueError: cannot switch from manual field specification to automatic field numbering`},
		{"single open brace", `'{'.format()`, `!! ValueError: Single '{' encountered in format string`},
		{"single close brace", `'x}'.format()`, `!! ValueError: Single '}' encountered in format string`},
		{"unclosed field", `'{0'.format(1)`, `!! ValueError: expected '}' before end of string`},
		{"unclosed conversion", `'{0!'.format(1)`, `!! ValueError: end of string while looking for conversion specifier`},
		{"long conversion", `'{0!rr}'.format(1)`, `!! ValueError: expected ':' after conversion specifier`},
		{"unknown conversion", `'{0!x}'.format(1)`, `!! ValueError: Unknown conversion specifier x`},
		{"unclosed spec", `'{0:'.format(1)`, `!! ValueError: unmatched '{' in format spec`},
		{"brace in field name", `'{a{b}'.format()`, `!! ValueError: unexpected '{' in field name`},
		{"missing bracket", `'{0[}'.format([1])`, `!! ValueError: expected '}' before end of string`},
		{"stray bracket", `'{0]}'.format(dict([(']', 1)]))`, `!! KeyError: '0]'`},
		{"empty attribute", `'{0.}'.format(1)`, `!! ValueError: Empty attribute in format string`},
		{"text after item", `'{0[0]x}'.format([1])`, `!! ValueError: Only '.' or '[' may follow ']' in format field specifier`},
		{"empty item", `'{0[]}'.format([1])`, `!! ValueError: Empty attribute in format string`},
		{"recursion limit", `'{0:{1:{2}}}'.format(1, 2, 3)`, `!! ValueError: Max string recursion exceeded`},
		{"huge index", `'{99999999999999999999}'.format(1)`, `!! ValueError: Too many decimal digits in format string`},
		{"format_map positional", `'{}'.format_map({})`, `!! ValueError: Format string contains positional fields`},
		{"format_map non-mapping", `'{x}'.format_map(1)`, `!! TypeError: 'int' object is not subscriptable`},
		{"format_map no args", `'{x}'.format_map()`, `!! TypeError: str.format_map() takes exactly one argument (0 given)`},
		{"fstring", `f'{3.14159:.2f}|{"ab"!r:>6}|{10:{"*"}^{6}}'`, `"3.14|  'ab'|**10**"`},
		{"fstring z", `f'{-0.0:z} {-0.0}'`, `'0.0 -0.0'`},
	})
}

func TestPercentFormat(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"ints", `'%d %i %u' % (1, -2, 3)`, `'1 -2 3'`},
		{"int flags", `'%+05d|%-5d|% d' % (42, 42, 42)`, `'+0042|42   | 42'`},
		{"int precision", `'%.5d|%8.3d' % (-42, 7)`, `'-00042|     007'`},
		{"hex alternate zero", `'%#08x|%#X|%#o' % (255, 255, 8)`, `'0x0000ff|0XFF|0o10'`},
		{"hex alternate left", `'%-#8x|' % 255`, `'0xff    |'`},
		{"floats", `'%e|%E|%f|%F|%g|%G' % (1234.5, 0.0, -2.5, float('inf'), 1e20, 1e-20)`, `'1.234500e+03|0.000000E+00|-2.500000|INF|1e+20|1E-20'`},
		{"float flags", `'%010.3f|%+.2f|% .2f|%#.0f|%#.0e' % (-3.14159, 2.5, 2.5, 1.5, 1.5)`, `'-00003.142|+2.50| 2.50|2.|2.e+00'`},
		{"strings", `'%s|%r|%a|%5s|%-5s|%.2s' % ('é', 'é', 'é', 'ab', 'ab', 'abc')`, `"é|'é'|'\\xe9'|   ab|ab   |ab"`},
		{"chars", `'%c%c' % (65, 'é')`, `'Aé'`},
		{"star width", `'%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159)`, `'    1|2    |3.14'`},
		{"negative star width", `'%*d|' % (-4, 7)`, `'7   |'`},
		{"negative star precision", `'%.*f' % (-2, 3.14159)`, `'3'`},
		{"mapping", `'%(a)s %(b)05.1f' % dict(a='x', b=2.25)`, `'x 002.2'`},
		{"mapping nested parens", `'%(a(b)c)s' % dict([('a(b)c', 1)])`, `'1'`},
		{"mapping unused", `'plain' % dict(a=1)`, `'plain'`},
		{"list as mapping", `'plain' % []`, `'plain'`},
		{"percent", `'%d%%' % 50`, `'50%'`},
		{"length modifiers", `'%ld %hd %Ld' % (1, 2, 3)`, `'1 2 3'`},
		{"bool as int", `'%d %s %x' % (True, True, True)`, `'1 True 1'`},
		{"float as int", `'%d' % 3.99`, `'3'`},
		{"big int", `'%d %x' % (10**25, -255)`, `'10000000000000000000000000 -ff'`},
		{"single tuple argument", `'%s' % ((1, 2),)`, `'(1, 2)'`},
		{"dict argument", `'%s' % {'k': 1} == "{'k': 1}"`, `True`},
		{"not enough", `'%s %s' % (1,)`, `!! TypeError: not enough arguments for format string`},
		{"too many", `'%s' % (1, 2)`, `!! TypeError: not all arguments converted during string formatting`},
		{"not converted", `'hello' % 5`, `!! TypeError: not all arguments converted during string formatting`},
		{"width percent", `'%5%' % ()`, `!! TypeError: not enough arguments for format string`},
		{"real number required", `'%d' % 'x'`, `!! TypeError: %d format: a real number is required, not str`},
		{"integer required", `'%x' % 1.5`, `!! TypeError: %x format: an integer is required, not float`},
		{"complex", `'%d' % 1j`, `!! TypeError: %d format: a real number is required, not complex`},
		{"float of str", `'%f' % 'x'`, `!! TypeError: must be real number, not str`},
		{"float of huge int", `'%f' % 10**400`, `!! OverflowError: int too large to convert to float`},
		{"int of infinity", `'%d' % float('inf')`, `!! OverflowError: cannot convert float infinity to integer`},
		{"int of nan", `'%d' % float('nan')`, `!! ValueError: cannot convert float NaN to integer`},
		{"char of float", `'%c' % 1.5`, `!! TypeError: %c requires int or char`},
		{"char of long str", `'%c' % 'ab'`, `!! TypeError: %c requires int or char`},
		{"char out of range", `'%c' % -1`, `!! OverflowError: %c arg not in range(0x110000)`},
		{"unsupported", `'%q' % 1`, `!! ValueError: unsupported format character 'q' (0x71) at index 1`},
		{"unsupported non-ascii", `'%é' % 1`, `!! ValueError: unsupported format character '?' (0xe9) at index 1`},
		{"incomplete", `'%' % ()`, `!! ValueError: incomplete format`},
		{"incomplete width", `'%5' % 1`, `!! ValueError: incomplete format`},
		{"incomplete key", `'%(a' % dict(a=1)`, `!! ValueError: incomplete format key`},
		{"key without mapping", `'%(a)s' % 5`, `!! TypeError: format requires a mapping`},
		{"missing key", `'%(a)s' % {}`, `!! KeyError: 'a'`},
		{"star wants int", `'%*d' % ('x', 3)`, `!! TypeError: * wants int`},
		{"width too big", `'%10000000000000000000d' % 1`, `!! ValueError: width too big`},
		{"precision too big", `'%.10000000000000000000d' % 1`, `!! ValueError: precision too big`},
		{"int over 4300 digits", `'%d' % 10**5000`, `!! ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`},
		{"key then positional", `'%(a)s %s' % dict(a=1)`, `!! TypeError: not enough arguments for format string`},
	})
}

// TestFormatFromGo calls Format directly, as other Go code does.
func TestFormatFromGo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		value py.Object
		spec  string
		want  string
	}{
		{"float fixed", py.Float(2.675), ".2f", "2.67"},
		{"float repr", py.Float(1e16), "", "1e+16"},
		{"int grouped", py.Int(-1234567), "_", "-1_234_567"},
		{"bool", py.True, "", "True"},
		{"str centered", py.String("é"), "*^5", "**é**"},
		{"tuple", py.Tuple{py.Int(1)}, "", "(1,)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			st := run.New()
			st.Reset(context.Background(), run.Limits{Steps: 10_000, Memory: 1 << 20, Depth: 50})
			got, err := builtins.Format(st, tt.value, tt.spec)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFormatAttacks(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 100_000}
	runAttacks(t, []attackCase{
		{"field reaches __class__", "x = '{0.__class__}'.format(1)\n", interp.Limits{}, "policy"},
		{"field reaches __globals__ through __init__", "class C:\n    pass\nx = '{0.__init__.__globals__}'.format(C())\n", interp.Limits{}, "policy"},
		{"format_map field reaches __class__", "x = '{x.__class__}'.format_map(dict(x=1))\n", interp.Limits{}, "policy"},
		{"dunder after an item", "x = '{0[0].__class__}'.format([1])\n", interp.Limits{}, "policy"},
		{"dunder in a nested spec field", "x = '{0:{1.__class__}}'.format(1, 2)\n", interp.Limits{}, "policy"},
		{"format width", "x = format(1, '1000000000d')\n", interp.Limits{}, "memory"},
		{"format zero padding", "x = format(1, '01000000000')\n", interp.Limits{}, "memory"},
		{"format grouped zero padding", "x = format(1, '0=1000000000,')\n", interp.Limits{}, "memory"},
		{"format multibyte fill", "x = format('a', '😀>100000000')\n", interp.Limits{}, "memory"},
		{"format float precision", "x = format(1.5, '.1000000000f')\n", interp.Limits{}, "memory"},
		{"format e precision", "x = format(1.5, '.1000000000e')\n", interp.Limits{}, "memory"},
		{"str.format width", "x = '{:1000000000}'.format(1)\n", interp.Limits{}, "memory"},
		{"str.format nested width", "x = '{:{}}'.format(1, 10**9)\n", interp.Limits{}, "memory"},
		{"fstring width", "w = 10**9\nx = f'{1:{w}}'\n", interp.Limits{}, "memory"},
		{"percent width", "x = '%1000000000d' % 1\n", interp.Limits{}, "memory"},
		{"percent star width", "x = '%*d' % (10**9, 1)\n", interp.Limits{}, "memory"},
		{"percent precision", "x = '%.1000000000d' % 1\n", interp.Limits{}, "memory"},
		{"percent float precision", "x = '%.1000000000f' % 1.0\n", interp.Limits{}, "memory"},
		{"percent string width", "x = '%1000000000s' % 'a'\n", interp.Limits{}, "memory"},
		{"repeated fields grow the result", "x = ('{0}' * 10**5).format('y' * 10**4)\n", interp.Limits{Memory: 1 << 24}, "memory"},
		{"repeated percent grows the result", "x = ('%s' * 10**5) % (('y' * 10**4,) * 10**5)\n", interp.Limits{Memory: 1 << 24}, "memory"},
		{"many fields are charged", "x = ('{}' * 10**5).format(*range(10**5))\n", steps, "steps"},
		{"many conversions are charged", "x = ('%d' * 10**5) % tuple(range(10**5))\n", steps, "steps"},
		{"self-referential list formats with ...", "a = []\na.append(a)\nx = '{}'.format(a)\nassert x == '[[...]]'\nraise ValueError(x)\n", interp.Limits{}, "exception:ValueError"},
		{"deeply nested list", "a = []\nfor i in range(10**4):\n    a = [a]\nx = '%s' % (a,)\n", interp.Limits{}, "depth"},
		{"recursion through __str__", "class C:\n    def __str__(self):\n        return '{}'.format(self)\nx = '%s' % C()\n", interp.Limits{}, "depth"},
	})
}
