// This file defines UnpackArgs, the one way Go builtins read their
// arguments.

package builtins

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// UnpackArgs assigns the positional and keyword arguments of a call of
// fname to the variables in pairs: a parameter name, then a pointer. A
// name ending in "?" is optional (the pointer keeps its value when the
// argument is missing); a name starting with "$" is keyword-only; the
// other parameters may be passed by position or keyword. Pointers may be
// *py.Object (any value), *string (str), *int and *int64 (int, bool),
// *float64 (float or int) and *bool (any value, by truth). Errors are
// CPython-worded TypeErrors.
func UnpackArgs(fname string, args py.Tuple, kw py.StringDict, pairs ...any) error {
	if len(pairs)%2 != 0 {
		return py.ExceptionNewf(py.SystemError, "UnpackArgs: odd pairs")
	}
	n := len(pairs) / 2
	names := make([]string, n)
	optional := make([]bool, n)
	kwOnly := make([]bool, n)
	positional := 0
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		if strings.HasPrefix(name, "$") {
			name, kwOnly[i] = name[1:], true
		}
		if strings.HasSuffix(name, "?") {
			name, optional[i] = name[:len(name)-1], true
		}
		names[i] = name
		if !kwOnly[i] {
			positional++
		}
	}
	if len(args) > positional {
		if positional == 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no positional arguments", fname)
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", fname, positional, plural(positional), len(args))
	}
	set := make([]bool, n)
	vals := make([]py.Object, n)
	for i, a := range args {
		vals[i], set[i] = a, true
	}
	for k, v := range kw {
		found := false
		for i, name := range names {
			if name == k {
				if set[i] {
					return py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
				vals[i], set[i], found = v, true, true
				break
			}
		}
		if !found {
			return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < n; i++ {
		if !set[i] {
			if !optional[i] {
				return py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			}
			continue
		}
		if err := assignArg(fname, names[i], vals[i], pairs[2*i+1]); err != nil {
			return err
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func assignArg(fname, name string, v py.Object, ptr any) error {
	switch p := ptr.(type) {
	case *py.Object:
		*p = v
	case *string:
		s, ok := v.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s() argument '%s' must be str, not %s", fname, name, v.Type().Name)
		}
		*p = string(s)
	case *int64:
		i, err := indexValue(v)
		if err != nil {
			return err
		}
		*p = i
	case *int:
		i, err := indexValue(v)
		if err != nil {
			return err
		}
		*p = int(i)
	case *float64:
		switch x := v.(type) {
		case py.Float:
			*p = float64(x)
		case py.Int:
			*p = float64(x)
		case py.Bool:
			*p = 0
			if x {
				*p = 1
			}
		default:
			return py.ExceptionNewf(py.TypeError, "must be real number, not %s", v.Type().Name)
		}
	case *bool:
		b, err := py.MakeBool(v)
		if err != nil {
			return err
		}
		*p = b == py.True
	default:
		return py.ExceptionNewf(py.SystemError, "UnpackArgs: unsupported pointer for %s", name)
	}
	return nil
}

// indexValue converts an int or bool to int64, with CPython's TypeError
// for other types and OverflowError for ints that do not fit.
func indexValue(v py.Object) (int64, error) {
	switch x := v.(type) {
	case py.Int:
		return int64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}
