// This file defines isinstance and issubclass over facades, the script's
// classes and exception classes, and tuples of them.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// builtinIsinstance is isinstance(object, classinfo).
// https://docs.python.org/3.11/library/functions.html#isinstance
func builtinIsinstance(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("isinstance", "isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := classInfoMatch(st, args[1], 0, "isinstance() arg 2 must be a type, a tuple of types, or a union",
		func(cls py.Object) bool { return instanceOf(args[0], cls) })
	return py.NewBool(ok), err
}

// builtinIssubclass is issubclass(class, classinfo).
// https://docs.python.org/3.11/library/functions.html#issubclass
func builtinIssubclass(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("issubclass", "issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	sub := args[0]
	if _, ok := sub.(typeFacade); !ok && !isClass(sub) {
		return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	ok, err := classInfoMatch(st, args[1], 0, "issubclass() arg 2 must be a class, a tuple of classes, or a union",
		func(cls py.Object) bool { return subclassOf(sub, cls) })
	return py.NewBool(ok), err
}

// classInfoMatch reports whether match holds for a class of info, a class
// or a (nested) tuple of classes, scanned in order as CPython does: a
// non-class is an error only if no earlier entry matched.
func classInfoMatch(st *run.State, info py.Object, depth int, msg string, match func(py.Object) bool) (bool, error) {
	if err := depthErr(st, depth); err != nil {
		return false, err
	}
	if err := st.Charge(1); err != nil {
		return false, err
	}
	switch c := info.(type) {
	case py.Tuple:
		for _, item := range c {
			ok, err := classInfoMatch(st, item, depth+1, msg, match)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case typeFacade:
		return match(c), nil
	case *py.Type:
		if isClass(c) {
			return match(c), nil
		}
	}
	return false, py.ExceptionNewf(py.TypeError, "%s", msg)
}

// instanceOf reports whether o is an instance of cls, a facade or a
// class.
func instanceOf(o py.Object, cls py.Object) bool {
	if f, ok := cls.(typeFacade); ok {
		switch f.t {
		case py.ObjectType:
			return true
		case py.TypeType:
			_, isFacade := o.(typeFacade)
			return isFacade || isClass(o)
		}
		return typeIsA(classOf(o), f.t)
	}
	return classOf(o).IsSubtype(cls.(*py.Type))
}

// subclassOf reports whether sub (a facade or a class) is a subclass of
// cls (a facade or a class).
func subclassOf(sub, cls py.Object) bool {
	var subT *py.Type
	switch s := sub.(type) {
	case typeFacade:
		subT = s.t
	case *py.Type:
		subT = s
	}
	if f, ok := cls.(typeFacade); ok {
		if f.t == py.ObjectType {
			return true
		}
		return typeIsA(subT, f.t)
	}
	return subT.IsSubtype(cls.(*py.Type))
}

// typeIsA reports whether values of type t are instances of the facade of
// the canonical type want: bool is an int, big ints are ints, gpython's
// and pyfence's dicts and sets are dicts and sets.
func typeIsA(t, want *py.Type) bool {
	c := canonicalType(t)
	if c == want {
		return true
	}
	if want == py.IntType && c == py.BoolType {
		return true
	}
	if want == py.ObjectType {
		return true
	}
	return len(t.Mro) > 0 && t.IsSubtype(want)
}
