// This file defines what the class statement and class bodies use:
// __build_class__ (mapping facades to classes, making exception subclasses
// real exceptions), property, super() and dir().

package builtins

import (
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// buildClass is the __build_class__(func, name, *bases, **kwds) the class
// statement calls. Facades are not classes gpython knows: object maps to
// its class, other builtin types cannot be subclassed. Subclasses of
// exceptions are created so that their instances are exceptions that can
// be raised and caught, and their __init__ runs.
func buildClass(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	for k, v := range kw {
		if f, isFacade := v.(typeFacade); k == "metaclass" && isFacade && f.t == py.TypeType {
			continue
		}
		if k == "metaclass" {
			return nil, py.ExceptionNewf(py.TypeError, "metaclasses are not supported")
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", string(name))
	}
	bases, exc, err := classBases(args[2:])
	if err != nil {
		return nil, err
	}
	ns := py.NewStringDict()
	cell, err := fn.Context.RunCode(fn.Code, fn.Globals, ns, fn.Closure)
	if err != nil {
		return nil, err
	}
	// gpython's builtin exception classes have their base class as their
	// type; creating the class with that metatype keeps its metaclass
	// check satisfied.
	meta := py.TypeType
	if len(bases) > 0 {
		meta = bases[0].(*py.Type).Type()
	}
	obj, err := py.TypeNew(meta, py.Tuple{name, bases, ns}, nil)
	if err != nil {
		return nil, err
	}
	cls, ok := obj.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not a class")
	}
	if exc {
		cls.New = exceptionNew
		cls.Init = exceptionInit
	} else {
		cls.New = instanceNew
		// A base class built in Go (a namedtuple) makes the instances.
		if c, ok := cls.Lookup("__pf_new__").(goConstructor); ok {
			c.inheritTo(cls)
		}
	}
	for k, v := range ns {
		if p, ok := v.(*propertyObject); ok && p.name == "" {
			p.name = k
		}
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}

// goConstructor is kept by a class built in Go (by
// collections.namedtuple) in its dict under "__pf_new__", a name scripts
// cannot spell. A subclass the script defines passes itself to
// inheritTo, which sets its New (so that its instances are made as the
// base class makes its own) and its special methods (gpython finds those
// only in the class's own dict).
type goConstructor interface {
	inheritTo(cls *py.Type)
}

// classBases maps the bases of a class statement to gpython classes and
// reports whether the class is an exception.
func classBases(in py.Tuple) (py.Tuple, bool, error) {
	bases := make(py.Tuple, len(in))
	exc, plain := false, false
	for i, b := range in {
		switch x := b.(type) {
		case typeFacade:
			if x.t != py.ObjectType {
				return nil, false, py.ExceptionNewf(py.TypeError, "subclassing builtin type '%s' is not supported", x.t.Name)
			}
			bases[i] = py.ObjectType
			continue
		case *py.Type:
			if !isClass(x) {
				return nil, false, py.ExceptionNewf(py.TypeError, "bases must be types")
			}
			switch {
			case x.IsSubtype(py.BaseException):
				exc = true
			case isUserType(x):
				plain = true
			case x != py.ObjectType:
				return nil, false, py.ExceptionNewf(py.TypeError, "subclassing builtin type '%s' is not supported", x.Name)
			}
			bases[i] = x
			continue
		}
		return nil, false, py.ExceptionNewf(py.TypeError, "bases must be types")
	}
	if exc && plain {
		return nil, false, py.ExceptionNewf(py.TypeError, "a class cannot derive from both an exception class and another class")
	}
	return bases, exc, nil
}

// instanceNew creates an instance of a class of the script. gpython
// represents instances as types: calling one runs its New, which is made
// to call the class's __call__.
func instanceNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	obj, err := py.ObjectNew(t, args, kw)
	if err != nil {
		return nil, err
	}
	if inst, ok := obj.(*py.Type); ok {
		inst.New = instanceCall
	}
	return obj, nil
}

// instanceCall is inst(*args, **kw): the __call__ of inst's class.
func instanceCall(inst *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	m, owner := userMethod(inst.Type(), "__call__")
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", inst.Type().Name)
	}
	bound, err := bind(m, inst, owner)
	if err != nil {
		return nil, err
	}
	return py.Call(bound, args, kw)
}

// exceptionNew creates an instance of an exception class of the script:
// a gpython exception whose args are the call's arguments.
func exceptionNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return &py.Exception{Base: t, Args: args.Copy(), Dict: py.StringDict{}}, nil
}

// exceptionInit runs the __init__ a class of the script defines, else
// rejects keyword arguments as BaseException.__init__ does.
func exceptionInit(self py.Object, args py.Tuple, kw py.StringDict) error {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil
	}
	init, owner := userMethod(e.Base, "__init__")
	if init == nil {
		if len(kw) != 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
		}
		return nil
	}
	bound, err := bind(init, e, owner)
	if err != nil {
		return err
	}
	res, err := py.Call(bound, args, kw)
	if err != nil {
		return err
	}
	if res != py.None {
		return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", res.Type().Name)
	}
	return nil
}

// userMethod returns name from the first class of the script in the MRO
// of cls (starting at index 0) that defines it.
func userMethod(cls *py.Type, name string) (py.Object, *py.Type) {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || !isUserType(bt) {
			continue
		}
		if v, ok := bt.Dict[name]; ok {
			return v, bt
		}
	}
	return nil, nil
}

// bind binds a class attribute to an instance (or, for nil instance, to
// the class owner) through its __get__, as attribute lookup does.
func bind(v py.Object, instance py.Object, owner *py.Type) (py.Object, error) {
	g, ok := v.(py.I__get__)
	if !ok {
		return v, nil
	}
	if instance == nil {
		if _, isFn := v.(*py.Function); isFn {
			return v, nil
		}
		if p, isProp := v.(*propertyObject); isProp {
			return p, nil
		}
		return g.M__get__(py.None, owner)
	}
	return g.M__get__(instance, owner)
}

// propertyObject is property(fget, fset, fdel, doc).
type propertyObject struct {
	fget, fset, fdel py.Object // nil when absent
	doc              py.Object
	name             string // the class attribute it was assigned to
}

// Type implements py.Object.
func (p *propertyObject) Type() *py.Type { return propertyType }

func (p *propertyObject) missing(instance py.Object, what string) error {
	return py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no %s", p.name, instance.Type().Name, what)
}

// M__get__ reads the property of instance.
func (p *propertyObject) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == nil {
		return nil, p.missing(instance, "getter")
	}
	return py.Call(p.fget, py.Tuple{instance}, nil)
}

// M__set__ writes the property of instance.
func (p *propertyObject) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == nil {
		return nil, p.missing(instance, "setter")
	}
	if _, err := py.Call(p.fset, py.Tuple{instance, value}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// M__delete__ deletes the property of instance.
func (p *propertyObject) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == nil {
		return nil, p.missing(instance, "deleter")
	}
	if _, err := py.Call(p.fdel, py.Tuple{instance}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// getAttr serves fget, fset, fdel and the getter, setter and deleter
// decorators.
func (p *propertyObject) getAttr(st *run.State, name string) (py.Object, error) {
	if IsDunder(name) {
		return nil, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
	}
	orNone := func(o py.Object) py.Object {
		if o == nil {
			return py.None
		}
		return o
	}
	with := func(set func(*propertyObject, py.Object)) py.Object {
		return &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnOneArg(name, args, kw); err != nil {
				return nil, err
			}
			c := *p
			v := args[0]
			if v == py.None {
				v = nil
			}
			set(&c, v)
			return &c, nil
		}}
	}
	switch name {
	case "fget":
		return orNone(p.fget), nil
	case "fset":
		return orNone(p.fset), nil
	case "fdel":
		return orNone(p.fdel), nil
	case "getter":
		return with(func(c *propertyObject, v py.Object) { c.fget = v }), nil
	case "setter":
		return with(func(c *propertyObject, v py.Object) { c.fset = v }), nil
	case "deleter":
		return with(func(c *propertyObject, v py.Object) { c.fdel = v }), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'property' object has no attribute '%s'", name)
}

// newProperty is property(fget=None, fset=None, fdel=None, doc=None).
// https://docs.python.org/3.11/library/functions.html#property
func newProperty(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("property", kw, "fget", "fset", "fdel", "doc"); err != nil {
		return nil, err
	}
	p := &propertyObject{}
	var fget, fset, fdel, doc py.Object = py.None, py.None, py.None, py.None
	if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		v   py.Object
		dst *py.Object
	}{{fget, &p.fget}, {fset, &p.fset}, {fdel, &p.fdel}} {
		if f.v != py.None {
			*f.dst = f.v
		}
	}
	p.doc = doc
	return p, nil
}

// superSpecialMethods are the special methods scripts may reach through
// super(): policy.DefaultSpecialMethods, the list the static check allows
// after super().
func superSpecialMethods() []string {
	return []string{
		"__init__", "__repr__", "__str__",
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__",
		"__len__", "__iter__", "__next__", "__reversed__", "__contains__",
		"__getitem__", "__setitem__", "__delitem__",
		"__call__", "__enter__", "__exit__",
		"__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__",
		"__mul__", "__rmul__", "__imul__", "__truediv__", "__rtruediv__", "__itruediv__",
		"__floordiv__", "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__", "__imod__",
		"__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__ipow__",
		"__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__",
		"__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__",
		"__xor__", "__rxor__", "__ixor__",
		"__neg__", "__pos__", "__abs__", "__invert__",
		"__index__", "__int__", "__float__", "__round__", "__trunc__", "__floor__", "__ceil__",
	}
}

// superObject is super(cls, obj): attribute lookup that starts after cls
// in the MRO of obj's class and binds what it finds to obj.
type superObject struct {
	cls      *py.Type
	start    *py.Type  // the class whose MRO is searched
	instance py.Object // obj, or nil when obj is a class
}

// Type implements py.Object.
func (s *superObject) Type() *py.Type { return superType }

// M__repr__ is repr(super(cls, obj)).
func (s *superObject) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.cls.Name, s.start.Name)), nil
}

// newSuper is super(type, object_or_type). The zero-argument form is
// rewritten by policy into this one.
// https://docs.python.org/3.11/library/functions.html#super
func newSuper(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoKwargs("super", kw); err != nil {
		return nil, err
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	case 1:
		return nil, py.ExceptionNewf(py.TypeError, "super() with one argument is not supported")
	case 2:
	default:
		return nil, py.ExceptionNewf(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !isClass(cls) {
		if f, isFacade := args[0].(typeFacade); isFacade {
			cls = f.t
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", typeName(args[0]))
		}
	}
	obj := args[1]
	if c, isCls := obj.(*py.Type); isCls && isClass(c) && c.IsSubtype(cls) {
		return &superObject{cls: cls, start: c}, nil
	}
	if c := classOf(obj); c.IsSubtype(cls) {
		return &superObject{cls: cls, start: c, instance: obj}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// typeName is type(o).__name__ as scripts see it.
func typeName(o py.Object) string {
	return canonicalType(classOf(o)).Name
}

// getAttr is super(...).name: the dunder rule applies, except to the
// special methods a script may call on super().
func (s *superObject) getAttr(st *run.State, name string) (py.Object, error) {
	if IsDunder(name) {
		allowed := false
		for _, m := range superSpecialMethods() {
			allowed = allowed || m == name
		}
		if !allowed {
			return nil, st.Deny(ruleDunderAttr, "access to dunder attribute '%s'", name)
		}
	}
	mro := s.start.Mro
	i := 0
	for i < len(mro) && mro[i] != py.Object(s.cls) {
		i++
	}
	for _, b := range mro[min(i+1, len(mro)):] {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		if !isUserType(bt) {
			return s.builtinAttr(st, bt, name)
		}
		if v, ok := bt.Dict[name]; ok {
			return bind(v, s.instance, s.start)
		}
	}
	return nil, s.noAttr(name)
}

func (s *superObject) noAttr(name string) error {
	return py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// builtinAttr serves the special methods of the first builtin class in
// the MRO (object or an exception class), bound to the instance.
func (s *superObject) builtinAttr(st *run.State, base *py.Type, name string) (py.Object, error) {
	obj := s.instance
	if obj == nil {
		return nil, s.noAttr(name)
	}
	exc, isExc := obj.(*py.Exception)
	isExc = isExc && base.IsSubtype(py.BaseException)
	fn := func(f func(args py.Tuple, kw py.StringDict) (py.Object, error)) (py.Object, error) {
		return &callable{name: name, fn: f}, nil
	}
	binary := func(f func(other py.Object) py.Object) (py.Object, error) {
		return fn(func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnOneArg(base.Name+"."+name, args, kw); err != nil {
				return nil, err
			}
			return f(args[0]), nil
		})
	}
	noArgCall := func(f func() (py.Object, error)) (py.Object, error) {
		return fn(func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := fnNoArgs(base.Name+"."+name, args, kw); err != nil {
				return nil, err
			}
			return f()
		})
	}
	switch name {
	case "__init__":
		return fn(func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if isExc {
				if len(kw) != 0 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", base.Name)
				}
				exc.Args = args.Copy()
				return py.None, nil
			}
			if len(args) != 0 || len(kw) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return py.None, nil
		})
	case "__repr__":
		return noArgCall(func() (py.Object, error) {
			if isExc {
				r, err := Repr(st, exc)
				return py.String(r), err
			}
			return py.String(objectRepr(obj)), nil
		})
	case "__str__":
		return noArgCall(func() (py.Object, error) {
			if isExc {
				r, err := Str(st, exc)
				return py.String(r), err
			}
			r, err := Repr(st, obj)
			return py.String(r), err
		})
	case "__hash__":
		return noArgCall(func() (py.Object, error) { return py.Int(identityHash(obj)), nil })
	case "__eq__":
		return binary(func(other py.Object) py.Object {
			if same(obj, other) {
				return py.True
			}
			return py.NotImplemented
		})
	case "__ne__":
		return binary(func(other py.Object) py.Object {
			if same(obj, other) {
				return py.False
			}
			return py.NotImplemented
		})
	case "__lt__", "__le__", "__gt__", "__ge__":
		return binary(func(py.Object) py.Object { return py.NotImplemented })
	}
	return nil, s.noAttr(name)
}

// objectRepr is object.__repr__: <__main__.C object at 0x...>.
func objectRepr(o py.Object) string {
	cls := classOf(o)
	mod := "__main__"
	if m, ok := cls.Dict["__module__"].(py.String); ok {
		mod = string(m)
	}
	return fmt.Sprintf("<%s.%s object at %p>", mod, cls.Name, o)
}

// builtinDir is dir(object): the attribute names a script can reach,
// sorted. dir() without an argument (the caller's local names) is not
// provided.
// https://docs.python.org/3.11/library/functions.html#dir
func builtinDir(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnClinicArgs("dir", "dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "dir() without an argument is not supported")
	}
	names := map[string]bool{}
	add := func(d py.StringDict) error {
		for k := range d {
			if err := st.Charge(1); err != nil {
				return err
			}
			if !IsDunder(k) {
				names[k] = true
			}
		}
		return nil
	}
	addClass := func(cls *py.Type) error {
		for _, b := range cls.Mro {
			if bt, ok := b.(*py.Type); ok && isUserType(bt) {
				if err := add(bt.Dict); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var err error
	switch o := args[0].(type) {
	case HostAttrs:
		for _, n := range o.PyfenceDir() {
			names[n] = true
		}
	case typeFacade:
		for _, n := range MethodNames(o.t) {
			names[n] = true
		}
		if o.t == py.RangeType || o.t == py.SliceType {
			names["start"], names["stop"], names["step"] = true, true, true
		}
		for _, n := range numberAttrNames(o.t) {
			names[n] = true
		}
	case *py.Type:
		if isClass(o) {
			err = addClass(o)
		} else {
			if err = add(o.Dict); err == nil {
				err = addClass(o.Type())
			}
		}
	case *py.Exception:
		names["args"] = true
		if err = add(o.Dict); err == nil {
			err = addClass(o.Base)
		}
	case *py.Module:
		for k := range o.Globals {
			if !strings.HasPrefix(k, "_") {
				names[k] = true
			}
		}
	case *propertyObject:
		for _, n := range []string{"deleter", "fdel", "fget", "fset", "getter", "setter"} {
			names[n] = true
		}
	default:
		for _, n := range MethodNames(o.Type()) {
			names[n] = true
		}
		for _, n := range otherAttrs[o.Type()] {
			names[n] = true
		}
		for _, n := range numberAttrNames(o.Type()) {
			names[n] = true
		}
		if _, ok := o.(*py.Range); ok {
			names["start"], names["stop"], names["step"] = true, true, true
		}
	}
	if err != nil {
		return nil, err
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	return py.NewListFromStrings(list), nil
}
