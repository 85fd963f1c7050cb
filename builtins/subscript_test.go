package builtins_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

func TestSubscript(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"list index out of range", `[1][5]`, `!! IndexError: list index out of range`},
		{"tuple index out of range", `(1,)[-2]`, `!! IndexError: tuple index out of range`},
		{"string index out of range", `'a'[5]`, `!! IndexError: string index out of range`},
		{"bytes index out of range", `b'a'[5]`, `!! IndexError: index out of range`},
		{"range index out of range", `range(2)[5]`, `!! IndexError: range object index out of range`},
		{"huge index", `[1][10**30]`, `!! IndexError: cannot fit 'int' into an index-sized integer`},
		{"missing key", `{}['k']`, `!! KeyError: 'k'`},
		{"not subscriptable", `(5)[0]`, `!! TypeError: 'int' object is not subscriptable`},
		{"list with str index", `[1]['a']`, `!! TypeError: list indices must be integers or slices, not str`},
		{"tuple with float index", `(1,)[1.0]`, `!! TypeError: tuple indices must be integers or slices, not float`},
		{"string with str index", `'ab'['a']`, `!! TypeError: string indices must be integers, not 'str'`},
		{"bytes with str index", `b'ab'['a']`, `!! TypeError: byte indices must be integers or slices, not str`},
		{"bytes index", `[b'abc'[0], b'abc'[-1], b'abc'[True]]`, `[97, 99, 98]`},
		{"bytes slice", `[b'abcdef'[1:4], b'abcdef'[::-2], b'ab'[5:]]`, `[b'bcd', b'fdb', b'']`},
		{"bool index", `['a', 'b'][True]`, `'b'`},
		{"slices pass through", `[[1, 2, 3][1:], (1, 2, 3)[::-1], 'abc'[:2]]`, `[[2, 3], (3, 2, 1), 'ab']`},
	})
}

func TestSubscriptStatements(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, typ, msg string
	}{
		{"list assignment out of range", "x = [1]\nx[3] = 0\n", "IndexError", "list assignment index out of range"},
		{"list deletion out of range", "x = [1]\ndel x[3]\n", "IndexError", "list assignment index out of range"},
		{"list assignment with str index", "x = [1]\nx['a'] = 0\n", "TypeError", "list indices must be integers or slices, not str"},
		{"tuple assignment", "x = (1,)\nx[0] = 0\n", "TypeError", "'tuple' object does not support item assignment"},
		{"tuple assignment with str index", "x = (1,)\nx['a'] = 0\n", "TypeError", "'tuple' object does not support item assignment"},
		{"tuple deletion", "x = (1,)\ndel x[0]\n", "TypeError", "'tuple' object doesn't support item deletion"},
		{"str deletion", "x = 'a'\ndel x[0]\n", "TypeError", "'str' object doesn't support item deletion"},
		{"int assignment", "x = 5\nx[0] = 1\n", "TypeError", "'int' object does not support item assignment"},
		{"dict deletion of a missing key", "d = {}\ndel d['k']\n", "KeyError", "'k'"},
		{"script's own error passes", "class C:\n    def __getitem__(self, k):\n        raise IndexError('mine')\nC()[0]\n", "IndexError", "mine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := runPy(t, tt.src, interp.Limits{})
			var pe *interp.PythonError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.typ, pe.Type)
			assert.Equal(t, tt.msg, pe.Message)
		})
	}
}

func TestNumberAttributes(t *testing.T) {
	t.Parallel()
	runPyCases(t, []pyCase{
		{"int", `[(5).real, (5).imag, (5).numerator, (5).denominator]`, `[5, 0, 5, 1]`},
		{"bool", `[True.real, False.imag, True.numerator, True.denominator]`, `[1, 0, 1, 1]`},
		{"float", `[(2.5).real, (2.5).imag]`, `[2.5, 0.0]`},
		{"float has no numerator", `(2.5).numerator`, `!! AttributeError: 'float' object has no attribute 'numerator'`},
		{"dir of int lists no dunder", `[n for n in dir(1) if n.startswith('_')]`, `[]`},
	})
}

func TestExceptionAttributes(t *testing.T) {
	t.Parallel()
	out, err := runPy(t, `class E(Exception):
    def __init__(self, code):
        super().__init__('failed')
        self.code = code
    def __str__(self):
        return 'E%d' % self.code
    def __repr__(self):
        return '<E %d>' % self.code
e = E(3)
e.code += 1
e.extra = [1]
print(e, repr(e), [e], e.args, e.extra)
del e.extra
print(hasattr(e, 'extra'))
`, interp.Limits{})
	require.NoError(t, err)
	assert.Equal(t, "E4 <E 4> [<E 4>] ('failed',) [1]\nFalse\n", out)
}
