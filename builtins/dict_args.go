// This file defines the argument checks of dict and set methods, worded as
// CPython's argument clinic words them.

package builtins

import (
	"github.com/go-python/gpython/py"
)

// noArgs checks a call of a method without parameters; qual is the
// qualified name, like "dict.clear".
func noArgs(qual string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// oneArg checks a call of a method with exactly one positional parameter
// and returns the argument.
func oneArg(qual string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	var x py.Object
	if err := UnpackArgs(qual, args, nil, "x", &x); err != nil {
		return nil, err
	}
	return x, nil
}

// posArgs checks a call of a method with positional-only parameters, at
// least min and at most max of them.
func posArgs(name, qual string, args py.Tuple, kw py.StringDict, min, max int) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) < min {
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

// varArgs checks a call of a method taking only *args.
func varArgs(qual string, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qual)
	}
	return nil
}
