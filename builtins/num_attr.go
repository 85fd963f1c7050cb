// This file defines the data attributes of the numeric types: real, imag,
// numerator and denominator.

package builtins

import "github.com/go-python/gpython/py"

// numberAttrNames returns the data attributes of instances of t, a
// numeric type, or nil.
func numberAttrNames(t *py.Type) []string {
	switch t {
	case py.IntType, py.BigIntType, py.BoolType:
		return []string{"denominator", "imag", "numerator", "real"}
	case py.FloatType:
		return []string{"imag", "real"}
	}
	return nil
}

// numberAttr returns the data attribute name of an int, bool or float, as
// CPython's number protocol defines them: an int is its own real part and
// numerator, a bool's are the int it equals.
// https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex
func numberAttr(obj py.Object, name string) (py.Object, bool) {
	switch o := obj.(type) {
	case py.Bool:
		n := py.Int(0)
		if o {
			n = 1
		}
		return intAttr(n, name)
	case py.Int, *py.BigInt:
		return intAttr(o, name)
	case py.Float:
		switch name {
		case "real":
			return o, true
		case "imag":
			return py.Float(0), true
		}
	}
	return nil, false
}

// intAttr returns the data attribute name of the int n.
func intAttr(n py.Object, name string) (py.Object, bool) {
	switch name {
	case "real", "numerator":
		return n, true
	case "imag":
		return py.Int(0), true
	case "denominator":
		return py.Int(1), true
	}
	return nil, false
}
