// This file defines collections.namedtuple. A namedtuple class is a class
// of the script's kind (a gpython heap type, so the script may subclass
// it and the attribute guard, operators and repr treat it as one), whose
// dict holds Go methods: the tuple operations, the field accessors and
// _make, _replace and _asdict. Its instances are instances of that class
// that carry their items as a tuple under a dunder key of their dict,
// which scripts cannot name. tuple is inserted in the class's MRO, so
// isinstance(p, tuple) holds.

package builtins

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// ntItemsKey is the key of an instance's dict under which its items are
// kept; ntInfoKey the key of a namedtuple class's dict under which its
// description is kept (and which subclasses inherit as their
// constructor, see goConstructor).
const (
	ntItemsKey = "__pf_items__"
	ntInfoKey  = "__pf_new__"
)

// pythonKeywords are the names keyword.iskeyword accepts in CPython 3.11.
func pythonKeywords() []string {
	return []string{
		"False", "None", "True", "and", "as", "assert", "async", "await", "break",
		"class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
		"from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
		"pass", "raise", "return", "try", "while", "with", "yield",
	}
}

// isKeyword is keyword.iskeyword(s).
func isKeyword(s string) bool {
	for _, k := range pythonKeywords() {
		if k == s {
			return true
		}
	}
	return false
}

// isIdentifier is str.isidentifier().
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !uniIsIDStart(r) || i > 0 && !uniIsIDContinue(r) {
			return false
		}
	}
	return true
}

// ntInfo describes a namedtuple class: its name, fields and defaults. It
// is the constructor of the class and of the script's subclasses of it.
type ntInfo struct {
	st       *run.State
	name     string
	fields   []string
	defaults py.Tuple // the defaults of the last len(defaults) fields
}

// Type implements py.Object; an ntInfo is never reachable by scripts.
func (n *ntInfo) Type() *py.Type { return ntInfoType }

var ntInfoType = &py.Type{ObjectType: py.TypeType, Name: "namedtuple_info", Dict: py.StringDict{}}

// namedtupleFunc is namedtuple(typename, field_names, *, rename=False,
// defaults=None, module=None).
// https://docs.python.org/3.11/library/collections.html#collections.namedtuple
func namedtupleFunc(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var typeObj, namesObj py.Object
	var rename bool
	var defaultsObj, moduleObj py.Object = py.None, py.None
	if err := UnpackArgs("namedtuple", args, kw, "typename", &typeObj, "field_names", &namesObj,
		"$rename?", &rename, "$defaults?", &defaultsObj, "$module?", &moduleObj); err != nil {
		return nil, err
	}
	typename, err := Str(st, typeObj)
	if err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := namesObj.(py.String); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
		if err := st.Charge(int64(len(fields)) + 1); err != nil {
			return nil, err
		}
	} else {
		err := forEachItem(st, namesObj, func(x py.Object) (bool, error) {
			s, err := Str(st, x)
			fields = append(fields, s)
			return false, err
		})
		if err != nil {
			return nil, err
		}
	}
	if rename {
		seen := map[string]bool{}
		for i, name := range fields {
			if !isIdentifier(name) || isKeyword(name) || strings.HasPrefix(name, "_") || seen[name] {
				fields[i] = "_" + itoa(i)
			}
			seen[name] = true
		}
	}
	for _, name := range append([]string{typename}, fields...) {
		if !isIdentifier(name) {
			return nil, py.ExceptionNewf(py.ValueError, "Type names and field names must be valid identifiers: %s", pyQuote(name))
		}
		if isKeyword(name) {
			return nil, py.ExceptionNewf(py.ValueError, "Type names and field names cannot be a keyword: %s", pyQuote(name))
		}
	}
	seen := map[string]bool{}
	for _, name := range fields {
		if strings.HasPrefix(name, "_") && !rename {
			return nil, py.ExceptionNewf(py.ValueError, "Field names cannot start with an underscore: %s", pyQuote(name))
		}
		if seen[name] {
			return nil, py.ExceptionNewf(py.ValueError, "Encountered duplicate field name: %s", pyQuote(name))
		}
		seen[name] = true
	}
	info := &ntInfo{st: st, name: typename, fields: fields}
	if defaultsObj != py.None {
		d, err := collectItems(st, defaultsObj)
		if err != nil {
			return nil, err
		}
		if len(d) > len(fields) {
			return nil, py.ExceptionNewf(py.TypeError, "Got more default values than field names")
		}
		info.defaults = py.Tuple(d)
	}
	module := py.Object(py.String("__main__"))
	if moduleObj != py.None {
		module = moduleObj
	}
	return info.makeClass(module)
}

// makeClass builds the class.
func (n *ntInfo) makeClass(module py.Object) (py.Object, error) {
	st := n.st
	if err := st.CheckAlloc(int64(len(n.fields)+32) * 128); err != nil {
		return nil, err
	}
	names := make(py.Tuple, len(n.fields))
	for i, f := range n.fields {
		names[i] = py.String(f)
	}
	defaults := newDictIn(st)
	off := len(n.fields) - len(n.defaults)
	for i, v := range n.defaults {
		if err := defaults.SetItem(st, names[off+i], v); err != nil {
			return nil, err
		}
	}
	dict := py.StringDict{
		"__module__":      module,
		"__qualname__":    py.String(n.name),
		"__doc__":         py.String(n.name + "(" + strings.Join(n.fields, ", ") + ")"),
		ntInfoKey:         n,
		"_fields":         names,
		"_field_defaults": defaults,
	}
	for name, fn := range ntMethods() {
		dict[name] = &ntMethod{st: st, name: name, fn: fn}
	}
	dict["_make"] = &ntMethod{st: st, name: "_make", fn: ntMake, classMethod: true}
	for i, f := range n.fields {
		dict[f] = &ntField{index: i}
	}
	obj, err := py.TypeNew(py.TypeType, py.Tuple{py.String(n.name), py.Tuple{py.ObjectType}, dict}, nil)
	if err != nil {
		return nil, err
	}
	cls, ok := obj.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "namedtuple: not a class")
	}
	cls.New = n.newInstance
	// tuple before object: isinstance(p, tuple) holds.
	cls.Mro = py.Tuple{cls, py.TupleType, py.ObjectType}
	return cls, nil
}

// newInstance is the constructor of the class and its subclasses:
// cls(*args, **kw) with the field names as parameters.
func (n *ntInfo) newInstance(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	st := n.st
	nf := len(n.fields)
	if err := st.Charge(int64(nf) + 1); err != nil {
		return nil, err
	}
	minArgs := nf - len(n.defaults)
	if len(args) > nf {
		takes := itoa(nf + 1)
		if minArgs < nf {
			takes = "from " + itoa(minArgs+1) + " to " + itoa(nf+1)
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() takes %s positional arguments but %d were given", n.name, takes, len(args)+1)
	}
	items := make(py.Tuple, nf)
	copy(items, args)
	keys := make([]string, 0, len(kw))
	for k := range kw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		i := n.field(k)
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got an unexpected keyword argument '%s'", n.name, k)
		}
		if i < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got multiple values for argument '%s'", n.name, k)
		}
		items[i] = kw[k]
	}
	var missing []string
	for i := range items {
		if items[i] != nil {
			continue
		}
		if i >= minArgs {
			items[i] = n.defaults[i-minArgs]
			continue
		}
		missing = append(missing, "'"+n.fields[i]+"'")
	}
	if len(missing) > 0 {
		list := missing[0]
		switch len(missing) {
		case 1:
		case 2:
			list = missing[0] + " and " + missing[1]
		default:
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
		}
		s := ""
		if len(missing) > 1 {
			s = "s"
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() missing %d required positional argument%s: %s", n.name, len(missing), s, list)
	}
	return ntAlloc(t, items), nil
}

// inheritTo makes cls, a subclass the script defines of the namedtuple
// class, construct its instances as namedtuples, and copies the special
// methods it inherits into its dict, where gpython looks for them. A
// subclass that defines __eq__ without __hash__ is unhashable, as in
// CPython.
func (n *ntInfo) inheritTo(cls *py.Type) {
	cls.New = n.newInstance
	_, ownEq := cls.Dict["__eq__"]
	_, ownHash := cls.Dict["__hash__"]
	if ownEq && !ownHash {
		cls.Dict["__hash__"] = py.None
	}
	for name := range ntMethods() {
		if !IsDunder(name) {
			continue
		}
		if _, own := cls.Dict[name]; own {
			continue
		}
		if m := cls.Lookup(name); m != nil {
			cls.Dict[name] = m
		}
	}
}

// field returns the index of the field name, or -1.
func (n *ntInfo) field(name string) int {
	for i, f := range n.fields {
		if f == name {
			return i
		}
	}
	return -1
}

// ntAlloc makes an instance of the namedtuple class (or subclass) t.
func ntAlloc(t *py.Type, items py.Tuple) *py.Type {
	inst := t.Alloc()
	inst.Dict[ntItemsKey] = items
	return inst
}

// ntItems returns the items of a namedtuple instance.
func ntItems(o py.Object) (py.Tuple, bool) {
	inst, ok := o.(*py.Type)
	if !ok || inst.Name != "" {
		return nil, false
	}
	items, ok := inst.Dict[ntItemsKey].(py.Tuple)
	return items, ok
}

// ntInfoOf returns the description of the namedtuple class of an
// instance.
func ntInfoOf(o py.Object) *ntInfo {
	info, _ := o.Type().Lookup(ntInfoKey).(*ntInfo)
	return info
}

// tupleLike returns the items of a tuple or a namedtuple instance.
func tupleLike(o py.Object) (py.Tuple, bool) {
	if t, ok := o.(py.Tuple); ok {
		return t, true
	}
	return ntItems(o)
}

// ntMethod is a method of namedtuple classes implemented in Go. Called
// through the class it takes the instance first (as gpython calls special
// methods); attribute lookup binds it to the instance, or to the class
// for a class method.
type ntMethod struct {
	st          *run.State
	name        string
	fn          Method
	classMethod bool
}

// Type implements py.Object.
func (m *ntMethod) Type() *py.Type { return methodDescriptorType }

// M__call__ calls the method with the instance (or class) first.
func (m *ntMethod) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "unbound method %s() needs an argument", m.name)
	}
	if !m.classMethod && m.name != "__setattr__" {
		if _, ok := ntItems(args[0]); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", m.name, typeName(args[0]))
		}
	}
	return m.fn(m.st, args[0], args[1:], kw)
}

// M__get__ binds the method.
func (m *ntMethod) M__get__(instance, owner py.Object) (py.Object, error) {
	self := instance
	if m.classMethod {
		self = owner
	} else if instance == nil || instance == py.None {
		return m, nil
	}
	return &boundMethod{st: m.st, self: self, name: m.name, fn: m.fn}, nil
}

// M__repr__ is the repr of an unbound method.
func (m *ntMethod) M__repr__() (py.Object, error) {
	return py.String("<method '" + m.name + "' of 'tuple' objects>"), nil
}

// ntField is the accessor of one field: the item at index of an
// instance, read-only.
type ntField struct {
	index int
}

var ntFieldType = &py.Type{ObjectType: py.TypeType, Name: "_collections._tuplegetter", Dict: py.StringDict{}}

// Type implements py.Object.
func (f *ntField) Type() *py.Type { return ntFieldType }

// M__get__ reads the field of instance; on the class it is the accessor.
func (f *ntField) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return f, nil
	}
	items, ok := ntItems(instance)
	if !ok || f.index >= len(items) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", f.index, typeName(instance))
	}
	return items[f.index], nil
}

// M__set__ refuses writes, as CPython's _tuplegetter does.
func (f *ntField) M__set__(instance, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "can't set attribute")
}

// M__delete__ refuses deletion.
func (f *ntField) M__delete__(instance py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "can't delete attribute")
}

// M__repr__ is repr(Point.x).
func (f *ntField) M__repr__() (py.Object, error) {
	return py.String("_tuplegetter(" + itoa(f.index) + ", 'Alias for field number " + itoa(f.index) + "')"), nil
}

// ntMethods returns the instance methods and special methods of
// namedtuple classes.
func ntMethods() MethodTable {
	selfItems := func(fn func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error)) Method {
		return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			items, ok := ntItems(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "not a namedtuple")
			}
			// Comparing or hashing nested namedtuples recurses in Go:
			// count it as call depth.
			if err := st.Enter(); err != nil {
				return nil, err
			}
			defer st.Leave()
			return fn(st, items, args, kw)
		}
	}
	compare := func(op int32) Method {
		return selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			other, ok := tupleLike(args[0])
			if !ok {
				return py.NotImplemented, nil
			}
			return richCompare(st, op, items, other, 0)
		})
	}
	return MethodTable{
		"count": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return tupleCount(st, items, args, kw)
		}),
		"index": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return tupleIndex(st, items, args, kw)
		}),
		"_asdict":  ntAsdict,
		"_replace": ntReplace,
		"__repr__": func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			// Not Repr(st, self): a subclass's __repr__ calling
			// super().__repr__() must get the namedtuple's.
			inst, ok := self.(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "not a namedtuple")
			}
			r := &reprer{st: st}
			if err := ntRepr(r, inst, 0); err != nil {
				return nil, err
			}
			return py.String(r.b.String()), nil
		},
		"__getitem__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			return tupleItem(items, args[0])
		}),
		"__len__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.Int(len(items)), nil
		}),
		"__iter__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.NewIterator(items), nil
		}),
		"__contains__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			in, err := contains(st, items, args[0], 0)
			return py.NewBool(in), err
		}),
		"__hash__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			h, err := hashTuple(st, items, 0)
			return py.Int(h), err
		}),
		"__eq__": compare(vm.PyCmp_EQ),
		"__ne__": compare(vm.PyCmp_NE),
		"__lt__": compare(vm.PyCmp_LT),
		"__le__": compare(vm.PyCmp_LE),
		"__gt__": compare(vm.PyCmp_GT),
		"__ge__": compare(vm.PyCmp_GE),
		"__add__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			other, ok := tupleLike(args[0])
			if len(args) != 1 || !ok {
				return py.NotImplemented, nil
			}
			return tupleConcat(st, items, other)
		}),
		"__radd__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			other, ok := tupleLike(args[0])
			if len(args) != 1 || !ok {
				return py.NotImplemented, nil
			}
			return tupleConcat(st, other, items)
		}),
		"__mul__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if _, ok := intValue(args[0]); len(args) != 1 || !ok {
				return py.NotImplemented, nil
			}
			return Binary(st, vm.BINARY_MULTIPLY, items, args[0])
		}),
		"__rmul__": selfItems(func(st *run.State, items py.Tuple, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if _, ok := intValue(args[0]); len(args) != 1 || !ok {
				return py.NotImplemented, nil
			}
			return Binary(st, vm.BINARY_MULTIPLY, items, args[0])
		}),
		"__setattr__": ntSetattr,
	}
}

// tupleConcat is a + b for two tuples.
func tupleConcat(st *run.State, a, b py.Tuple) (py.Object, error) {
	if err := st.CheckAlloc(int64(len(a)+len(b)) * slotSize); err != nil {
		return nil, err
	}
	if err := st.Charge(int64(len(a)+len(b))/64 + 1); err != nil {
		return nil, err
	}
	res := make(py.Tuple, 0, len(a)+len(b))
	return append(append(res, a...), b...), nil
}

// tupleItem is t[key] with CPython's errors.
func tupleItem(t py.Tuple, key py.Object) (py.Object, error) {
	if _, ok := key.(*py.Slice); ok {
		return t.M__getitem__(key)
	}
	v, err := indexBig(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "tuple indices must be integers or slices, not %s", typeName(key))
	}
	if !v.IsInt64() {
		return nil, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i := v.Int64()
	if i < 0 {
		i += int64(len(t))
	}
	if i < 0 || i >= int64(len(t)) {
		return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
	}
	return t[i], nil
}

// ntSetattr is setattr on an instance for a name that is not a field:
// refused on the namedtuple class itself (it has no instance dict in
// CPython), allowed on the script's subclasses.
func ntSetattr(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	inst, ok := self.(*py.Type)
	if !ok || len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(args[0]))
	}
	if IsDunder(string(name)) {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", inst.Type().Name, string(name))
	}
	if isClass(inst) {
		// gpython asks the class's own __setattr__ to set attributes of
		// the class: P.attr = v.
		inst.Dict[string(name)] = args[1]
		return py.None, nil
	}
	if _, own := inst.Type().Dict[ntInfoKey]; own {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", inst.Type().Name, string(name))
	}
	inst.Dict[string(name)] = args[1]
	return py.None, nil
}

// ntMake is the class method _make(iterable).
// https://docs.python.org/3.11/library/collections.html#collections.somenamedtuple._make
func ntMake(st *run.State, cls py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var iterable py.Object
	if err := UnpackArgs("_make", args, kw, "iterable", &iterable); err != nil {
		return nil, err
	}
	t, ok := cls.(*py.Type)
	if !ok || !isClass(t) {
		return nil, py.ExceptionNewf(py.TypeError, "_make() needs a class")
	}
	info, _ := t.Lookup(ntInfoKey).(*ntInfo)
	if info == nil {
		return nil, py.ExceptionNewf(py.TypeError, "_make() needs a namedtuple class")
	}
	items, err := collectItems(st, iterable)
	if err != nil {
		return nil, err
	}
	if len(items) != len(info.fields) {
		return nil, py.ExceptionNewf(py.TypeError, "Expected %d arguments, got %d", len(info.fields), len(items))
	}
	return ntAlloc(t, py.Tuple(items)), nil
}

// ntReplace is _replace(**kwargs): a new instance with some fields
// replaced.
// https://docs.python.org/3.11/library/collections.html#collections.somenamedtuple._replace
func ntReplace(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "_replace() takes 1 positional argument but %d were given", len(args)+1)
	}
	items, ok := ntItems(self)
	info := ntInfoOf(self)
	if !ok || info == nil {
		return nil, py.ExceptionNewf(py.TypeError, "_replace() needs a namedtuple")
	}
	res := append(py.Tuple{}, items...)
	var unknown []string
	for k, v := range kw {
		i := info.field(k)
		if i < 0 || i >= len(res) {
			unknown = append(unknown, k)
			continue
		}
		res[i] = v
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		l := make([]py.Object, len(unknown))
		for i, u := range unknown {
			l[i] = py.String(u)
		}
		r, err := Repr(st, py.NewListFromItems(l))
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "Got unexpected field names: %s", r)
	}
	return ntAlloc(self.Type(), res), nil
}

// ntAsdict is _asdict(): a dict of the field names and values.
// https://docs.python.org/3.11/library/collections.html#collections.somenamedtuple._asdict
func ntAsdict(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("_asdict", args, kw); err != nil {
		return nil, err
	}
	items, ok := ntItems(self)
	info := ntInfoOf(self)
	if !ok || info == nil {
		return nil, py.ExceptionNewf(py.TypeError, "_asdict() needs a namedtuple")
	}
	d := newDictIn(st)
	for i, f := range info.fields {
		if i >= len(items) {
			break
		}
		if err := d.SetItem(st, py.String(f), items[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// reprInstance writes Name(x=1, y=2) for an instance of a namedtuple
// class, through the reprer so that a namedtuple inside itself prints as
// CPython prints it.
func (m *ntMethod) reprInstance(r *reprer, self *py.Type, depth int) error {
	return ntRepr(r, self, depth)
}

// ntRepr writes the repr of a namedtuple instance.
func ntRepr(r *reprer, self *py.Type, depth int) error {
	items, ok := ntItems(self)
	info := ntInfoOf(self)
	if !ok || info == nil {
		return py.ExceptionNewf(py.TypeError, "not a namedtuple")
	}
	r.b.WriteString(self.Type().Name + "(")
	for i, f := range info.fields {
		if i >= len(items) {
			break
		}
		if i > 0 {
			r.b.WriteString(", ")
		}
		r.b.WriteString(f + "=")
		if err := r.repr(items[i], depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString(")")
	return nil
}
