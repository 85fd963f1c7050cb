// This file defines the format builtin.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// formatBuiltin is format(value[, format_spec]).
// https://docs.python.org/3.11/library/functions.html#format
func formatBuiltin(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "format() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, py.ExceptionNewf(py.TypeError, "format expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, py.ExceptionNewf(py.TypeError, "format expected at most 2 arguments, got %d", len(args))
	}
	var value, specObj py.Object
	if err := UnpackArgs("format", args, nil, "value", &value, "format_spec?", &specObj); err != nil {
		return nil, err
	}
	spec := ""
	if specObj != nil {
		s, ok := specObj.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", strArgType(specObj))
		}
		spec = string(s)
	}
	s, err := Format(st, value, spec)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}
