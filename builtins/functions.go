// This file defines the builtin functions implemented by pyfence and the
// helpers that check their arguments with CPython's wording. The types
// that are also callables (enumerate, map, range, ...) are facades: see
// types.go.

package builtins

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// builtinFunc is the signature of pyfence's Go builtins.
type builtinFunc func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error)

// ownFunctionTable maps each builtin function name to its implementation.
// It is built by a function and never written afterwards.
func ownFunctionTable() map[string]builtinFunc {
	return map[string]builtinFunc{
		"abs":             builtinAbs,
		"all":             builtinAll,
		"any":             builtinAny,
		"ascii":           builtinASCII,
		"bin":             builtinBin,
		"callable":        builtinCallable,
		"chr":             builtinChr,
		"dir":             builtinDir,
		"divmod":          builtinDivmod,
		"format":          formatBuiltin,
		"hash":            builtinHash,
		"hex":             builtinHex,
		"isinstance":      builtinIsinstance,
		"issubclass":      builtinIssubclass,
		"iter":            builtinIter,
		"len":             builtinLen,
		"max":             builtinMax,
		"min":             builtinMin,
		"next":            builtinNext,
		"oct":             builtinOct,
		"ord":             builtinOrd,
		"pow":             builtinPow,
		"round":           builtinRound,
		"sorted":          builtinSorted,
		"sum":             builtinSum,
		"__build_class__": buildClass,
	}
}

// ownFunctions returns pyfence's builtin functions bound to st; they take
// precedence over gpython's.
func ownFunctions(st *run.State) py.StringDict {
	g := py.StringDict{}
	for name, fn := range ownFunctionTable() {
		fn := fn
		g[name] = &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return fn(st, args, kw)
		}}
	}
	return g
}

// OwnFunctionNames returns the names ownFunctions and facades install,
// unsorted, for the list of builtins policy knows.
func OwnFunctionNames() []string {
	var names []string
	for n := range ownFunctionTable() {
		if !IsDunder(n) {
			names = append(names, n)
		}
	}
	for n := range facadeTable() {
		names = append(names, n)
	}
	return names
}

// noKwargs is the TypeError of builtins that take no keyword arguments;
// qname is the name CPython prints ("len", "list.append").
func fnNoKwargs(qname string, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qname)
	}
	return nil
}

// oneArg checks the arguments of a builtin taking exactly one positional
// argument (CPython's METH_O).
func fnOneArg(qname string, args py.Tuple, kw py.StringDict) error {
	if err := fnNoKwargs(qname, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", qname, len(args))
	}
	return nil
}

// noArgs checks the arguments of a builtin taking none (METH_NOARGS).
func fnNoArgs(qname string, args py.Tuple, kw py.StringDict) error {
	if err := fnNoKwargs(qname, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", qname, len(args))
	}
	return nil
}

// clinicArgs checks the arguments of a builtin taking lo to hi positional
// arguments and no keywords, worded as CPython's argument clinic does:
// name in the count errors ("pop expected at most 1 argument, got 2"),
// qname in the keyword error ("list.pop() takes no keyword arguments").
func fnClinicArgs(name, qname string, args py.Tuple, kw py.StringDict, lo, hi int) error {
	if err := fnNoKwargs(qname, kw); err != nil {
		return err
	}
	n := len(args)
	switch {
	case lo == hi && n != lo:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	case n < lo:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case n > hi:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

// kwNames checks that kw holds only the given names, with CPython's
// "'x' is an invalid keyword argument for f()" (fname includes no
// parentheses).
func fnKwNames(fname string, kw py.StringDict, allowed ...string) error {
	for k := range kw {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	return nil
}

// lenOf is len(o) as a Go integer.
func lenInt(o py.Object) (int64, error) {
	switch x := o.(type) {
	case *py.List:
		return int64(len(x.Items)), nil
	case py.Tuple:
		return int64(len(x)), nil
	case py.String:
		return int64(utf8.RuneCountInString(string(x))), nil
	case py.Bytes:
		return int64(len(x)), nil
	case *py.Range:
		return int64(x.Length), nil
	}
	if isClass(o) {
		return 0, py.ExceptionNewf(py.TypeError, "object of type 'type' has no len()")
	}
	res, ok, err := callSpecialMethod(o, "__len__")
	if err != nil {
		return 0, err
	}
	if !ok {
		if _, isInst := isInstance(o); isInst {
			return 0, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", o.Type().Name)
		}
		if res, err = py.Len(o); err != nil {
			return 0, err
		}
	}
	n := res
	if err != nil {
		return 0, err
	}
	switch v := n.(type) {
	case py.Int:
		if v < 0 {
			return 0, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return int64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", n.Type().Name)
}

// builtinLen is len(s).
// https://docs.python.org/3.11/library/functions.html#len
func builtinLen(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("len", args, kw); err != nil {
		return nil, err
	}
	n, err := lenInt(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// builtinAll is all(iterable).
// https://docs.python.org/3.11/library/functions.html#all
func builtinAll(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("all", args, kw); err != nil {
		return nil, err
	}
	res := true
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		t, err := truthOf(item)
		if err != nil {
			return true, err
		}
		if !t {
			res = false
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(res), nil
}

// builtinAny is any(iterable).
// https://docs.python.org/3.11/library/functions.html#any
func builtinAny(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("any", args, kw); err != nil {
		return nil, err
	}
	res := false
	err := forEachItem(st, args[0], func(item py.Object) (bool, error) {
		t, err := truthOf(item)
		if err != nil {
			return true, err
		}
		if t {
			res = true
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(res), nil
}

// builtinCallable is callable(object).
// https://docs.python.org/3.11/library/functions.html#callable
func builtinCallable(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnOneArg("callable", args, kw); err != nil {
		return nil, err
	}
	return py.NewBool(isCallable(args[0])), nil
}

// isCallable reports whether o can be called. gpython gives every
// instance of a script class a __call__ method; only classes that define
// __call__ make callable instances.
func isCallable(o py.Object) bool {
	if t, ok := isInstance(o); ok {
		return t.Type().Lookup("__call__") != nil
	}
	if e, ok := o.(*py.Exception); ok {
		return e.Base.Lookup("__call__") != nil
	}
	_, ok := o.(py.I__call__)
	return ok
}

// builtinIter is iter(object) or iter(callable, sentinel).
// https://docs.python.org/3.11/library/functions.html#iter
func builtinIter(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("iter", "iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !isCallable(args[0]) {
			return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
		}
		return &callableIter{st: st, fn: args[0], sentinel: args[1]}, nil
	}
	return iterOf(args[0])
}

// builtinNext is next(iterator[, default]).
// https://docs.python.org/3.11/library/functions.html#next
func builtinNext(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("next", "next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if !isIterator(it) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", it.Type().Name)
	}
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	v, err := nextOf(it)
	if err != nil && len(args) == 2 && isStop(err) {
		return args[1], nil
	}
	return v, err
}

// isIterator reports whether o has a __next__ method.
func isIterator(o py.Object) bool {
	if t, ok := isInstance(o); ok {
		return t.Type().Lookup("__next__") != nil
	}
	if e, ok := o.(*py.Exception); ok {
		return e.Base.Lookup("__next__") != nil
	}
	_, ok := o.(py.I__next__)
	return ok
}

// isClass reports whether o is a class (gpython represents classes and
// instances of script classes both as *py.Type; instances have no name).
func isClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Name != ""
}

// iterOf is iter(o), finding __iter__ along the MRO of script classes.
func iterOf(o py.Object) (py.Object, error) {
	if isClass(o) {
		return nil, py.ExceptionNewf(py.TypeError, "'type' object is not iterable")
	}
	switch x := o.(type) {
	case *py.List:
		return &listIterator{l: x}, nil
	case py.String:
		return &strIterator{s: string(x)}, nil
	}
	if res, ok, err := callSpecialMethod(o, "__iter__"); ok || err != nil {
		if err == nil && !isIterator(res) {
			return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", res.Type().Name)
		}
		return res, err
	}
	if inst, ok := isInstance(o); ok {
		if inst.Type().Lookup("__getitem__") == nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", o.Type().Name)
		}
	}
	return py.Iter(o)
}

// nextOf is next(it), finding __next__ along the MRO of script classes.
func nextOf(it py.Object) (py.Object, error) {
	if res, ok, err := callSpecialMethod(it, "__next__"); ok || err != nil {
		return res, err
	}
	return py.Next(it)
}
