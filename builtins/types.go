// This file defines the type facades: the objects the names str, int,
// list, dict, ... are bound to in a run. Calling one runs pyfence's own
// constructor; isinstance, issubclass and type() map between facades and
// the gpython or pyfence types of values.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// typeFacade is the value a builtin type's name is bound to in a run. It
// prints as the class (<class 'int'>), calling it runs pyfence's
// constructor, and type() returns it for values of the type. It is a
// comparable Go value: every facade of one type in one run is the same
// object for `is`, however it was obtained.
type typeFacade struct {
	st *run.State
	t  *py.Type // the canonical type: IntType for int, DictType for dict, ...
}

// Type implements py.Object: a facade is a class, of type type.
func (f typeFacade) Type() *py.Type { return py.TypeType }

// M__repr__ is repr(cls).
func (f typeFacade) M__repr__() (py.Object, error) {
	name := f.t.Name
	// A native class written in Python in CPython (collections.Counter)
	// has a short name and its module in its dict.
	if m, ok := f.t.Dict["__module__"].(py.String); ok {
		name = string(m) + "." + name
	}
	return py.String("<class '" + name + "'>"), nil
}

// M__str__ is str(cls).
func (f typeFacade) M__str__() (py.Object, error) { return f.M__repr__() }

// M__call__ constructs a value of the type with pyfence's constructor.
func (f typeFacade) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	ctor, ok := facadeCtor(f.t)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create '%s' instances", f.t.Name)
	}
	if err := f.st.Charge(1); err != nil {
		return nil, err
	}
	return ctor(f.st, args, kw)
}

// M__eq__ compares two classes by identity.
func (f typeFacade) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(typeFacade); ok {
		return py.NewBool(o.t == f.t), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (f typeFacade) M__ne__(other py.Object) (py.Object, error) {
	if o, ok := other.(typeFacade); ok {
		return py.NewBool(o.t != f.t), nil
	}
	return py.NotImplemented, nil
}

// M__hash__ hashes a class by its identity.
func (f typeFacade) M__hash__() (py.Object, error) {
	return py.Int(identityHash(f.t)), nil
}

// getAttr serves cls.name: the type's static and class methods
// (str.maketrans, dict.fromkeys, ...), and the methods of its table,
// unbound.
func (f typeFacade) getAttr(st *run.State, name string) (py.Object, error) {
	if IsDunder(name) {
		return nil, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
	}
	if fn, ok := StaticMethods(f.t)[name]; ok {
		return &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			return fn(st, args, kw)
		}}, nil
	}
	if fn, ok := tableOf(f.t)[name]; ok {
		return &unboundMethod{st: st, typ: f.t, name: name, fn: fn}, nil
	}
	if c := nativeClassOf(f.t); c != nil {
		if v, ok := c.consts[name]; ok {
			return v, nil
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", f.t.Name, name)
}

// Types of pyfence's own callables that are classes in CPython.
var (
	propertyType = py.NewType("property", "")
	superType    = py.NewType("super", "")
)

// facadeTable maps the builtin names bound to facades to their canonical
// types. Built by a function; never written.
func facadeTable() map[string]*py.Type {
	return map[string]*py.Type{
		"bool":         py.BoolType,
		"bytes":        py.BytesType,
		"classmethod":  py.ClassMethodType,
		"dict":         DictType,
		"enumerate":    enumerateType,
		"filter":       filterType,
		"float":        py.FloatType,
		"frozenset":    FrozenSetType,
		"int":          py.IntType,
		"list":         py.ListType,
		"map":          mapType,
		"object":       py.ObjectType,
		"property":     propertyType,
		"range":        py.RangeType,
		"reversed":     reversedType,
		"set":          SetType,
		"slice":        py.SliceType,
		"staticmethod": py.StaticMethodType,
		"str":          py.StringType,
		"super":        superType,
		"tuple":        py.TupleType,
		"type":         py.TypeType,
		"zip":          zipType,
	}
}

// facadeCtor returns the constructor of a canonical type, if it has one.
func facadeCtor(t *py.Type) (builtinFunc, bool) {
	switch t {
	case py.BoolType:
		return newBool, true
	case py.BytesType:
		return newBytes, true
	case py.ClassMethodType, py.StaticMethodType:
		return gpythonCtor(t), true
	case DictType:
		return newDict, true
	case enumerateType:
		return newEnumerate, true
	case filterType:
		return newFilter, true
	case py.FloatType:
		return newFloat, true
	case FrozenSetType:
		return newFrozenSet, true
	case py.IntType:
		return newInt, true
	case py.ListType:
		return newList, true
	case mapType:
		return newMap, true
	case py.ObjectType:
		return newObject, true
	case propertyType:
		return newProperty, true
	case py.RangeType:
		return newRange, true
	case reversedType:
		return newReversed, true
	case SetType:
		return newSet, true
	case py.SliceType:
		return newSlice, true
	case py.StringType:
		return newStr, true
	case superType:
		return newSuper, true
	case py.TupleType:
		return newTuple, true
	case py.TypeType:
		return newTypeOf, true
	case zipType:
		return newZip, true
	}
	if c := nativeClassOf(t); c != nil && c.ctor != nil {
		return c.ctor, true
	}
	return nil, false
}

// facades returns the builtins that name types, bound to st.
func facades(st *run.State) py.StringDict {
	g := py.StringDict{}
	for name, t := range facadeTable() {
		g[name] = typeFacade{st: st, t: t}
	}
	return g
}

// gpythonCtor calls gpython's own constructor of t (classmethod and
// staticmethod, which only wrap their argument).
func gpythonCtor(t *py.Type) builtinFunc {
	return func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := fnClinicArgs(t.Name, t.Name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return t.New(t, args, nil)
	}
}

// canonicalType maps the types of values to the type their facade names:
// big ints are int, gpython's and pyfence's dicts and sets are one type.
func canonicalType(t *py.Type) *py.Type {
	switch t {
	case py.BigIntType:
		return py.IntType
	case py.StringDictType:
		return DictType
	case py.SetType:
		return SetType
	case py.FrozenSetType:
		return FrozenSetType
	}
	return t
}

// classOf returns the class of o as gpython represents it: the script's
// class for its instances, the exception class for exceptions.
func classOf(o py.Object) *py.Type {
	switch x := o.(type) {
	case *py.Type:
		if isClass(x) {
			return py.TypeType
		}
		return x.Type()
	case *py.Exception:
		return x.Base
	case typeFacade:
		return py.TypeType
	}
	return o.Type()
}

// typeOf is type(o): a facade for values of builtin types, the class
// itself for instances of the script's classes and for exceptions.
func typeOf(st *run.State, o py.Object) py.Object {
	c := classOf(o)
	if isUserType(c) || c.IsSubtype(py.BaseException) {
		return c
	}
	return typeFacade{st: st, t: canonicalType(c)}
}

// newTypeOf is type(object). The three-argument form, which creates a
// class from a name and a namespace dict, is not provided.
// https://docs.python.org/3.11/library/functions.html#type
func newTypeOf(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	switch {
	case len(args)+len(kw) == 3:
		return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 argument")
	case len(args) != 1 || len(kw) != 0:
		return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
	}
	return typeOf(st, args[0]), nil
}

// newObject is object(): a featureless instance.
// https://docs.python.org/3.11/library/functions.html#object
func newObject(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 0 || len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "object() takes no arguments")
	}
	return py.ObjectType.New(py.ObjectType, nil, nil)
}

// newSlice is slice(stop) or slice(start, stop[, step]).
// https://docs.python.org/3.11/library/functions.html#slice
func newSlice(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("slice", "slice", args, kw, 1, 3); err != nil {
		return nil, err
	}
	s := &py.Slice{Start: py.None, Stop: py.None, Step: py.None}
	switch len(args) {
	case 1:
		s.Stop = args[0]
	case 2:
		s.Start, s.Stop = args[0], args[1]
	case 3:
		s.Start, s.Stop, s.Step = args[0], args[1], args[2]
	}
	return s, nil
}
