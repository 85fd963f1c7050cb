// This file defines the builtins module of a run: the safe subset of
// gpython's builtins plus pyfence's own print, repr, getattr family, zip,
// type and __import__.

package builtins

import (
	"sort"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/builtin" // registers only the "builtins" module implementation

	"github.com/pyfence/pyfence/internal/run"
)

// safeFunctions are gpython's builtin functions that reach nothing outside
// their arguments.
var safeFunctions = []string{
	"__build_class__", "abs", "all", "any", "ascii", "bin", "chr", "divmod", "hex",
	"isinstance", "iter", "len", "max", "min", "next", "oct", "ord", "pow", "round",
	"sorted", "sum",
}

// safeGlobals are gpython's builtin types and constants scripts may use.
// Every exception class is added too.
var safeGlobals = []string{
	"None", "Ellipsis", "False", "True", "NotImplemented",
	"bool", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
	"frozenset", "int", "list", "map", "object", "range", "set", "slice", "staticmethod",
	"str", "tuple",
}

// Names returns the sorted names of the builtins a run provides. policy
// uses it to tell builtins from unknown names.
func Names() []string {
	impl := py.GetModuleImpl("builtins")
	seen := map[string]bool{"print": true, "repr": true, "getattr": true, "hasattr": true,
		"setattr": true, "delattr": true, "zip": true, "type": true, "callable": true}
	for _, n := range safeFunctions {
		seen[n] = true
	}
	for _, n := range safeGlobals {
		seen[n] = true
	}
	for n, v := range impl.Globals {
		if t, ok := v.(*py.Type); ok && t.IsSubtype(py.BaseException) {
			seen[n] = true
		}
	}
	var names []string
	for n := range seen {
		if !IsDunder(n) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Importer imports an allowlisted module for a run; it reports an error
// for any other name.
type Importer func(name string) (py.Object, error)

// Install fills mod, the builtins module of the run state st, with the safe
// builtins bound to st.
func Install(st *run.State, mod *py.Module, imp Importer) {
	impl := py.GetModuleImpl("builtins")
	g := py.StringDict{}
	for _, m := range impl.Methods {
		for _, n := range safeFunctions {
			if m.Name == n {
				c := *m
				c.Module = mod
				g[n] = &c
			}
		}
	}
	for _, n := range safeGlobals {
		if v, ok := impl.Globals[n]; ok {
			g[n] = v
		}
	}
	for n, v := range impl.Globals {
		if t, ok := v.(*py.Type); ok && t.IsSubtype(py.BaseException) {
			g[n] = v
		}
	}
	fn := func(name string, f func(args py.Tuple, kw py.StringDict) (py.Object, error)) {
		g[name] = &callable{name: name, fn: f}
	}
	fn("print", func(args py.Tuple, kw py.StringDict) (py.Object, error) { return builtinPrint(st, args, kw) })
	fn("repr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := exactArgs("repr", args, kw, 1); err != nil {
			return nil, err
		}
		s, err := Repr(st, args[0])
		return py.String(s), err
	})
	fn("getattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) != 0 || len(args) < 2 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "getattr expected 2 or 3 arguments, got %d", len(args))
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		v, err := GetAttr(st, args[0], name)
		if err != nil && len(args) == 3 && !st.Failed() && py.IsException(py.AttributeError, err) {
			return args[2], nil
		}
		return v, err
	})
	fn("hasattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := exactArgs("hasattr", args, kw, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		_, err = GetAttr(st, args[0], name)
		if err != nil && !st.Failed() && py.IsException(py.AttributeError, err) {
			return py.False, nil
		}
		return py.True, err
	})
	fn("setattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := exactArgs("setattr", args, kw, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return py.None, SetAttr(st, args[0], name, args[2])
	})
	fn("delattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := exactArgs("delattr", args, kw, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return py.None, DelAttr(st, args[0], name)
	})
	fn("zip", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "zip() takes no keyword arguments")
		}
		if len(args) == 0 {
			return py.NewIterator(py.Tuple{}), nil // CPython: zip() is empty
		}
		return py.ZipTypeNew(py.ZipType, args, kw)
	})
	fn("type", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 argument")
		}
		return args[0].Type(), nil
	})
	fn("callable", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := exactArgs("callable", args, kw, 1); err != nil {
			return nil, err
		}
		_, ok := args[0].(py.I__call__)
		return py.NewBool(ok), nil
	})
	g["__import__"] = &callable{name: "__import__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__import__() missing required argument 'name'")
		}
		name, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__import__() argument 1 must be str")
		}
		if imp == nil {
			return nil, st.Deny(ruleImport, "import of module '%s'", string(name))
		}
		return imp(string(name))
	}}
	for n, v := range ownFunctions(st) {
		g[n] = v
	}
	for n, v := range facades(st) {
		g[n] = v
	}
	mod.Globals = g
}

// Helpers returns the injected __pf_*__ helpers of a run, bound to st.
func Helpers(st *run.State) map[string]py.Object {
	h := map[string]py.Object{}
	for _, m := range []map[string]py.Object{dictHelpers(st), setHelpers(st), formatHelpers(st), syntaxHelpers(st)} {
		for n, v := range m {
			h[n] = v
		}
	}
	h["__pf_defaults__"] = defaultsHelper(st)
	return h
}

func exactArgs(name string, args py.Tuple, kw py.StringDict, n int) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func attrName(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", o.Type().Name)
	}
	return string(s), nil
}

// builtinPrint is print(*objects, sep=' ', end='\n') writing to the run's
// bounded output buffer.
// https://docs.python.org/3.11/library/functions.html#print
func builtinPrint(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep, end := " ", "\n"
	for k, v := range kw {
		switch k {
		case "sep", "end":
			s := ""
			switch v := v.(type) {
			case py.String:
				s = string(v)
			case py.NoneType:
				s = map[string]string{"sep": " ", "end": "\n"}[k]
			default:
				return nil, py.ExceptionNewf(py.TypeError, "%s must be None or a string, not %s", k, v.Type().Name)
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "flush":
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	for i, a := range args {
		if i > 0 {
			if err := st.Write(sep); err != nil {
				return nil, err
			}
		}
		s, err := Str(st, a)
		if err != nil {
			return nil, err
		}
		if err := st.Write(s); err != nil {
			return nil, err
		}
	}
	return py.None, st.Write(end)
}
