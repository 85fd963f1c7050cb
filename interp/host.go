// This file defines host functions and host objects: Go code and data an
// embedder hands to scripts.

package interp

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

// Function is a Go function scripts can call. Create one with [Func] or
// [RawFunc] and pass it in [CompileOptions.Functions] (a builtin of every
// run of the program), as a value in [RunOptions.Inputs] (a global of one
// run), or as an attribute of an [Object].
//
// A call from a script counts against [Limits.HostCalls], converts the
// arguments to Go as [Result.Value] is converted, and runs the function
// with the run's context, which is cancelled when the run's time budget
// runs out or its own context is done: a host function that blocks must
// watch ctx. A returned error becomes a Python exception the script may
// catch ([Exception] chooses its class; any other error is a
// RuntimeError). A panic ends the run with an *[InternalError]; the host
// process is unaffected. A Function is immutable and safe for concurrent
// use.
type Function struct {
	name string
	raw  RawFunction   // set for RawFunc
	fn   reflect.Value // set for Func
	typ  reflect.Type
	ctx  bool // the first parameter is a context.Context
	nerr bool // the last result is an error
}

// RawFunction is the Go side of [RawFunc]: it receives the positional and
// keyword arguments converted to Go (as [Result.Value] is) and returns a
// value convertible to Python (as [RunOptions.Inputs] are), or an error.
type RawFunction func(ctx context.Context, args []any, kwargs map[string]any) (any, error)

var (
	ctxType   = reflect.TypeFor[context.Context]()
	errorType = reflect.TypeFor[error]()
)

// Func wraps fn, a Go function, for scripts under the Python name name.
// fn may take a context.Context first, then parameters of any type
// [Decode] fills (bool, integers, floats, string, []byte, *big.Int,
// time.Time, slices, maps, structs, any; variadic too), and return
// nothing, a value, an error, or a value and an error. The script calls
// it with positional arguments; a wrong count or type is a TypeError
// worded as CPython's.
func Func(name string, fn any) (*Function, error) {
	if err := checkHostName(name); err != nil {
		return nil, err
	}
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return nil, fmt.Errorf("interp: Func %q: %T is not a function", name, fn)
	}
	t := v.Type()
	f := &Function{name: name, fn: v, typ: t}
	f.ctx = t.NumIn() > 0 && t.In(0) == ctxType
	switch t.NumOut() {
	case 0:
	case 1:
		f.nerr = t.Out(0) == errorType
	case 2:
		if t.Out(1) != errorType {
			return nil, fmt.Errorf("interp: Func %q: the second result must be an error, not %s", name, t.Out(1))
		}
		f.nerr = true
	default:
		return nil, fmt.Errorf("interp: Func %q: at most two results (a value and an error)", name)
	}
	return f, nil
}

// MustFunc is [Func] that panics on an invalid function, for
// package-level declarations.
func MustFunc(name string, fn any) *Function {
	f, err := Func(name, fn)
	if err != nil {
		panic(err)
	}
	return f
}

// RawFunc wraps fn for scripts under the name name. Unlike [Func] it
// receives keyword arguments and checks its arguments itself; return an
// [Exception] with Type "TypeError" for wrong ones.
func RawFunc(name string, fn RawFunction) (*Function, error) {
	if err := checkHostName(name); err != nil {
		return nil, err
	}
	if fn == nil {
		return nil, fmt.Errorf("interp: RawFunc %q: nil function", name)
	}
	return &Function{name: name, raw: fn}, nil
}

// Name returns the Python name of the function.
func (f *Function) Name() string { return f.name }

func checkHostName(name string) error {
	if err := checkInputName(name); err != nil {
		return fmt.Errorf("interp: host function name %q: %w", name, err)
	}
	return nil
}

// Exception is an error a host function returns to raise a specific
// Python exception in the script: Type is the name of a builtin exception
// class ("ValueError", "KeyError", "LookupError", ...), Msg its message.
// An unknown Type raises RuntimeError.
type Exception struct {
	Type string
	Msg  string
}

func (e *Exception) Error() string { return e.Type + ": " + e.Msg }

// hostExceptionTypes are the exception classes host functions may raise.
var hostExceptionTypes = map[string]*py.Type{
	"ArithmeticError": py.ArithmeticError, "AssertionError": py.AssertionError,
	"Exception": py.ExceptionType, "IndexError": py.IndexError, "KeyError": py.KeyError,
	"LookupError": py.LookupError, "NotImplementedError": py.NotImplementedError,
	"OverflowError": py.OverflowError, "PermissionError": py.PermissionError,
	"RuntimeError": py.RuntimeError, "TimeoutError": py.TimeoutError, "TypeError": py.TypeError,
	"ValueError": py.ValueError, "ZeroDivisionError": py.ZeroDivisionError,
}

// hostFunc is a Function bound to one run: the value scripts call.
type hostFunc struct {
	st *run.State
	f  *Function
}

var hostFuncType = py.NewType("builtin_function_or_method", "")

func (h *hostFunc) Type() *py.Type { return hostFuncType }

func (h *hostFunc) M__repr__() (py.Object, error) {
	return py.String("<built-in function " + h.f.name + ">"), nil
}

// M__call__ calls the Go function under the run's host-call budget.
func (h *hostFunc) M__call__(args py.Tuple, kw py.StringDict) (res py.Object, err error) {
	st, f := h.st, h.f
	ctx, err := st.HostCall()
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, st.Abort(&InternalError{
				Value: fmt.Sprintf("host function %s panicked: %v", f.name, r), Stack: string(debug.Stack())})
		}
	}()
	var out any
	if f.raw != nil {
		out, err = h.callRaw(ctx, args, kw)
	} else {
		out, err = h.callReflect(ctx, args, kw)
	}
	if err != nil {
		if st.Failed() {
			return nil, err
		}
		// A host function that gave up because the run's deadline passed
		// or its context was cancelled reports the run's limit.
		if perr := st.Poll(); perr != nil {
			return nil, perr
		}
		return nil, hostError(err)
	}
	// Time spent in the host counts: a slow host function trips the time
	// budget as soon as it returns.
	if err := st.Poll(); err != nil {
		return nil, err
	}
	o, err := toPython(st, out, 0)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s() returned an unsupported value: %v", f.name, err)
	}
	return o, nil
}

// pyErr marks an error that already is a Python exception.
type pyErr struct{ err error }

func (e pyErr) Error() string { return e.err.Error() }

// hostError turns an error of a host function into the Python exception
// the script sees.
func hostError(err error) error {
	var pe pyErr
	if errors.As(err, &pe) {
		return pe.err
	}
	var e *Exception
	if errors.As(err, &e) {
		t, ok := hostExceptionTypes[e.Type]
		if !ok {
			t = py.RuntimeError
		}
		return py.ExceptionNewf(t, "%s", e.Msg)
	}
	return py.ExceptionNewf(py.RuntimeError, "%s", err.Error())
}

func (h *hostFunc) callRaw(ctx context.Context, args py.Tuple, kw py.StringDict) (any, error) {
	st := h.st
	gargs := make([]any, len(args))
	for i, a := range args {
		v, err := fromPython(st, a, 0)
		if err != nil {
			return nil, pyErr{err}
		}
		gargs[i] = v
	}
	var gkw map[string]any
	if len(kw) > 0 {
		gkw = make(map[string]any, len(kw))
		for k, a := range kw {
			v, err := fromPython(st, a, 0)
			if err != nil {
				return nil, pyErr{err}
			}
			gkw[k] = v
		}
	}
	return h.f.raw(ctx, gargs, gkw)
}

func (h *hostFunc) callReflect(ctx context.Context, args py.Tuple, kw py.StringDict) (any, error) {
	st, f, t := h.st, h.f, h.f.typ
	if len(kw) > 0 {
		return nil, pyErr{py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", f.name)}
	}
	first := 0
	if f.ctx {
		first = 1
	}
	nparams := t.NumIn() - first
	if t.IsVariadic() {
		if len(args) < nparams-1 {
			return nil, pyErr{py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional argument%s (%d given)",
				f.name, nparams-1, plural(nparams-1), len(args))}
		}
	} else if len(args) != nparams {
		return nil, pyErr{py.ExceptionNewf(py.TypeError, "%s() takes %d positional argument%s but %d %s given",
			f.name, nparams, plural(nparams), len(args), wasWere(len(args)))}
	}
	in := make([]reflect.Value, 0, first+len(args))
	if f.ctx {
		in = append(in, reflect.ValueOf(ctx))
	}
	for i, a := range args {
		pt := paramType(t, first+i)
		v, err := fromPython(st, a, 0)
		if err != nil {
			return nil, pyErr{err}
		}
		pv := reflect.New(pt).Elem()
		if err := decodeValue(v, pv); err != nil {
			return nil, pyErr{py.ExceptionNewf(py.TypeError, "%s() argument %d must be %s, not %s",
				f.name, i+1, pyTypeName(pt), a.Type().Name)}
		}
		in = append(in, pv)
	}
	outs := f.fn.Call(in) // for a variadic fn, Call collects the tail itself
	if f.nerr {
		if e := outs[len(outs)-1]; !e.IsNil() {
			return nil, e.Interface().(error)
		}
		outs = outs[:len(outs)-1]
	}
	if len(outs) == 0 {
		return nil, nil
	}
	return outs[0].Interface(), nil
}

// paramType is the type of parameter i, the element type for the
// variadic tail.
func paramType(t reflect.Type, i int) reflect.Type {
	if t.IsVariadic() && i >= t.NumIn()-1 {
		return t.In(t.NumIn() - 1).Elem()
	}
	return t.In(i)
}

// pyTypeName names a Go parameter type as the Python type it accepts.
func pyTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "bytes"
		}
		return "list"
	case reflect.Array:
		return "list"
	case reflect.Map, reflect.Struct:
		return "dict"
	}
	return strings.ToLower(t.String())
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// Object is a host object: a value with a fixed, explicit set of
// attributes that scripts may read (obj.name). Attribute values are
// converted like [RunOptions.Inputs] at each access, so a *[Function]
// attribute is a method the script can call and a nested *Object is an
// attribute path. Scripts cannot write or delete attributes, and see
// nothing of the Go value behind it but what Attrs lists.
type Object struct {
	// TypeName is the Python type name scripts see in repr and errors.
	TypeName string
	// Attrs maps attribute names (Python identifiers, not dunders) to
	// values.
	Attrs map[string]any
}

// hostObject is an Object bound to one run.
type hostObject struct {
	st *run.State
	o  *Object
}

var hostObjectType = py.NewType("object", "")

func (h *hostObject) Type() *py.Type { return hostObjectType }

func (h *hostObject) M__repr__() (py.Object, error) {
	return py.String("<" + h.typeName() + " object>"), nil
}

func (h *hostObject) typeName() string {
	if h.o.TypeName == "" {
		return "host"
	}
	return h.o.TypeName
}

// PyfenceAttr serves obj.name from the allowlist.
func (h *hostObject) PyfenceAttr(st *run.State, name string) (py.Object, bool, error) {
	v, ok := h.o.Attrs[name]
	if !ok || builtins.IsDunder(name) {
		return nil, true, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", h.typeName(), name)
	}
	o, err := toPython(st, v, 0)
	if err != nil {
		return nil, true, py.ExceptionNewf(py.TypeError, "attribute '%s' of '%s' object: %v", name, h.typeName(), err)
	}
	return o, true, nil
}

// PyfenceSetAttr refuses writes.
func (h *hostObject) PyfenceSetAttr(st *run.State, name string) error {
	return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", h.typeName(), name)
}

// PyfenceDir lists the attributes, for dir().
func (h *hostObject) PyfenceDir() []string {
	names := make([]string, 0, len(h.o.Attrs))
	for n := range h.o.Attrs {
		names = append(names, n)
	}
	return names
}
