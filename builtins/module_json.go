// This file defines the json module: dumps, loads and JSONDecodeError.
// The encoder is in module_json_encode.go, the decoder in
// module_json_decode.go.
//
// Nesting is bounded by the run's depth budget: every array or object
// level that dumps or loads descends into counts one level of call depth,
// as a nested Python call would. CPython raises RecursionError around a
// thousand levels; pyfence ends the run with the depth limit instead,
// which scripts cannot catch, just as for deep Python recursion.
//
// json.dump and json.load are not provided: they need file objects, which
// scripts do not have. JSONEncoder and JSONDecoder are not provided either,
// so cls= must be None.

package builtins

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// jsonModule describes the json module.
// https://docs.python.org/3.11/library/json.html
func jsonModule() *moduleSpec {
	return &moduleSpec{name: "json", build: jsonBuild}
}

// jsonBuild returns the members of the json module bound to st.
func jsonBuild(st *run.State) (py.StringDict, error) {
	return py.StringDict{
		"dumps":           moduleFunc(st, "dumps", jsonDumps),
		"loads":           moduleFunc(st, "loads", jsonLoads),
		"JSONDecodeError": jsonDecodeErrorType(),
	}, nil
}

// jsonDecodeErrorType is json.JSONDecodeError, a subclass of ValueError.
// It is made once and shared by all runs: it is not a class of a script,
// so the attribute guard keeps it read-only.
// https://docs.python.org/3.11/library/json.html#json.JSONDecodeError
var jsonDecodeErrorType = sync.OnceValue(func() *py.Type {
	t := &py.Type{
		ObjectType: py.ValueError, // gpython: an exception class's type is its base
		Name:       "JSONDecodeError",
		Doc:        "Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos\n",
		New:        jsonDecodeErrorNew,
		Init:       py.ValueError.Init,
		Flags:      py.ValueError.Flags &^ (py.TPFLAGS_READY | py.TPFLAGS_READYING | py.TPFLAGS_HEAPTYPE),
		Base:       py.ValueError,
		Bases:      py.Tuple{py.ValueError},
		Dict:       py.StringDict{},
	}
	if err := t.Ready(); err != nil {
		panic("builtins: json.JSONDecodeError: " + err.Error())
	}
	return t
})

// jsonDecodeErrorNew is JSONDecodeError(msg, doc, pos) called by a
// script.
func jsonDecodeErrorNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	const fname = "JSONDecodeError.__init__"
	names := []string{"msg", "doc", "pos"}
	vals := make([]py.Object, 3)
	if len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 4 positional arguments but %d were given", fname, len(args)+1)
	}
	copy(vals, args)
	for k, v := range kw {
		i := -1
		for j, n := range names {
			if n == k {
				i = j
			}
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if vals[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", fname, k)
		}
		vals[i] = v
	}
	var missing []string
	for i, v := range vals {
		if v == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	switch len(missing) {
	case 1:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: %s", fname, missing[0])
	case 2:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 2 required positional arguments: %s and %s", fname, missing[0], missing[1])
	case 3:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 3 required positional arguments: %s, %s, and %s", fname, missing[0], missing[1], missing[2])
	}
	msg, ok := vals[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "JSONDecodeError() argument 'msg' must be str, not %s", vals[0].Type().Name)
	}
	doc, ok := vals[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "JSONDecodeError() argument 'doc' must be str, not %s", vals[1].Type().Name)
	}
	pos, err := indexValue(vals[2])
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "JSONDecodeError() argument 'pos' must not be negative")
	}
	return newJSONDecodeError(t, string(msg), string(doc), -1, int(pos)), nil
}

// newJSONDecodeError makes the exception CPython's JSONDecodeError(msg,
// doc, pos) makes: its message says where in doc parsing failed, and its
// attributes msg, doc, pos, lineno and colno say it again. pos is in
// characters; byteOff, when not negative, is the same place in bytes of
// doc (the decoder knows it; a script's call does not).
func newJSONDecodeError(t *py.Type, msg, doc string, byteOff, pos int) *py.Exception {
	if byteOff < 0 {
		byteOff = jsonByteOffset(doc, pos)
	}
	before := doc[:byteOff]
	lineno := strings.Count(before, "\n") + 1
	colno := pos + 1
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		colno = pos - utf8.RuneCountInString(before[:nl])
	}
	errmsg := msg + ": line " + itoa(lineno) + " column " + itoa(colno) + " (char " + itoa(pos) + ")"
	return &py.Exception{
		Base: t,
		Args: py.Tuple{py.String(errmsg)},
		Dict: py.StringDict{
			"msg":    py.String(msg),
			"doc":    py.String(doc),
			"pos":    py.Int(pos),
			"lineno": py.Int(lineno),
			"colno":  py.Int(colno),
		},
	}
}

// jsonByteOffset returns the byte offset of character pos of s (len(s)
// past its end).
func jsonByteOffset(s string, pos int) int {
	n := 0
	for i := range s {
		if n == pos {
			return i
		}
		n++
	}
	return len(s)
}

// jsonPositional checks that fname got exactly one positional argument,
// as CPython's def fname(x, *, ...) does.
func jsonPositional(fname, param string, args py.Tuple) error {
	switch {
	case len(args) == 0:
		return py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: '%s'", fname, param)
	case len(args) > 1:
		return py.ExceptionNewf(py.TypeError, "%s() takes 1 positional argument but %d were given", fname, len(args))
	}
	return nil
}

// jsonCallable returns fn, or nil for None. Whether fn can be called is
// checked at its first call (jsonCall), as CPython does.
func jsonCallable(fn py.Object) py.Object {
	if fn == nil || fn == py.None {
		return nil
	}
	return fn
}

// jsonCall calls the script's callable fn with one argument.
func jsonCall(st *run.State, fn, arg py.Object) (py.Object, error) {
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", fn.Type().Name)
	}
	res, err := py.Call(fn, py.Tuple{arg}, nil)
	if err != nil {
		return nil, err
	}
	if st.Failed() {
		return nil, st.Charge(0)
	}
	return res, nil
}
