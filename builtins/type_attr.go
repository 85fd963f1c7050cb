// This file defines ownAttr, the attribute lookup of pyfence's own objects
// that GetAttr consults first: type facades, super(), properties, the
// data attributes of ranges and numbers and the attributes of the script's classes.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// ownAttr serves obj.name for the objects pyfence defines that carry
// attributes of their own. ok is false for every other object. Each case
// applies the dunder rule itself: super() lets the special methods a
// script may call through it pass, the others none.
func ownAttr(st *run.State, obj py.Object, name string) (v py.Object, ok bool, err error) {
	switch o := obj.(type) {
	case HostAttrs:
		if IsDunder(name) {
			return nil, true, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
		}
		return o.PyfenceAttr(st, name)
	case *superObject:
		v, err = o.getAttr(st, name)
		return v, true, err
	case typeFacade:
		v, err = o.getAttr(st, name)
		return v, true, err
	case *propertyObject:
		v, err = o.getAttr(st, name)
		return v, true, err
	case *py.Range:
		if v, ok := rangeAttr(o, name); ok {
			return v, true, nil
		}
	case py.Int, *py.BigInt, py.Bool, py.Float:
		if v, ok := numberAttr(o, name); ok {
			return v, true, nil
		}
	case *py.Type:
		if isClass(o) && isUserType(o) {
			v, err = classAttr(st, o, name)
			return v, true, err
		}
	}
	return nativeAttr(st, obj, name)
}

// classAttr is C.name for a class of the script: the first class of its
// MRO that defines name, bound to the class as CPython binds class
// attributes (functions stay plain, classmethods bind to C). gpython's
// own lookup on a class misses the attributes of its base classes.
func classAttr(st *run.State, cls *py.Type, name string) (py.Object, error) {
	if IsDunder(name) {
		return nil, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
	}
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || !isUserType(bt) {
			continue
		}
		if v, ok := bt.Dict[name]; ok {
			return bind(v, nil, cls)
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
}

// HostAttrs is implemented by host objects (package interp's Object): values
// whose attributes are an allowlist the embedder chose. The guard asks
// them for every attribute that is not a dunder name.
type HostAttrs interface {
	py.Object
	// PyfenceAttr returns the attribute name, or an AttributeError.
	PyfenceAttr(st *run.State, name string) (py.Object, bool, error)
	// PyfenceSetAttr refuses or performs obj.name = value.
	PyfenceSetAttr(st *run.State, name string) error
	// PyfenceDir returns the attribute names, for dir().
	PyfenceDir() []string
}
