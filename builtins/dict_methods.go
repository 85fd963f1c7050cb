// This file defines the methods of dict.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// dictMethods returns the method table of dict.
func dictMethods() MethodTable {
	return MethodTable{
		"clear":      dictClear,
		"copy":       dictCopy,
		"fromkeys":   dictFromkeys,
		"get":        dictGet,
		"items":      dictItems,
		"keys":       dictKeys,
		"pop":        dictPop,
		"popitem":    dictPopitem,
		"setdefault": dictSetdefault,
		"update":     dictUpdate,
		"values":     dictValues,
	}
}

// dictStaticMethods returns the class methods of dict, served on the type
// itself: dict.fromkeys.
func dictStaticMethods() map[string]StaticFunc {
	return map[string]StaticFunc{
		"fromkeys": func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return dictFromkeys(st, nil, args, kw)
		},
	}
}

// dictClear is dict.clear().
// https://docs.python.org/3.11/library/stdtypes.html#dict.clear
func dictClear(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.clear", args, kw); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	d.t.bind(st)
	d.t.clear()
	return py.None, nil
}

// dictCopy is dict.copy(), a shallow copy.
// https://docs.python.org/3.11/library/stdtypes.html#dict.copy
func dictCopy(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.copy", args, kw); err != nil {
		return nil, err
	}
	res := newDictIn(st)
	if err := res.t.copyFrom(st, &self.(*Dict).t); err != nil {
		return nil, err
	}
	return res, nil
}

// dictFromkeys is dict.fromkeys(iterable, value=None), a class method:
// self, when there is one, is ignored.
// https://docs.python.org/3.11/library/stdtypes.html#dict.fromkeys
func dictFromkeys(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := posArgs("fromkeys", "dict.fromkeys", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var iterable py.Object
	var value py.Object = py.None
	if err := UnpackArgs("fromkeys", args, nil, "iterable", &iterable, "value?", &value); err != nil {
		return nil, err
	}
	d := newDictIn(st)
	if n, ok := distinctLen(iterable); ok {
		if err := d.t.reserve(st, n); err != nil {
			return nil, err
		}
	}
	err := tableIterate(st, iterable, func(k py.Object) error {
		_, err := d.t.set(st, k, value)
		return err
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// dictGet is dict.get(key, default=None).
// https://docs.python.org/3.11/library/stdtypes.html#dict.get
func dictGet(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := posArgs("get", "dict.get", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var key py.Object
	var def py.Object = py.None
	if err := UnpackArgs("get", args, nil, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	v, ok, err := self.(*Dict).t.get(st, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return def, nil
	}
	return v, nil
}

// dictItems is dict.items(), a live view of the (key, value) pairs.
// https://docs.python.org/3.11/library/stdtypes.html#dict.items
func dictItems(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.items", args, kw); err != nil {
		return nil, err
	}
	return &dictView{d: self.(*Dict), kind: viewItems}, nil
}

// dictKeys is dict.keys(), a live view of the keys.
// https://docs.python.org/3.11/library/stdtypes.html#dict.keys
func dictKeys(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.keys", args, kw); err != nil {
		return nil, err
	}
	return &dictView{d: self.(*Dict), kind: viewKeys}, nil
}

// dictValues is dict.values(), a live view of the values.
// https://docs.python.org/3.11/library/stdtypes.html#dict.values
func dictValues(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.values", args, kw); err != nil {
		return nil, err
	}
	return &dictView{d: self.(*Dict), kind: viewValues}, nil
}

// dictPop is dict.pop(key[, default]).
// https://docs.python.org/3.11/library/stdtypes.html#dict.pop
func dictPop(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := posArgs("pop", "dict.pop", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var key, def py.Object
	if err := UnpackArgs("pop", args, nil, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	v, ok, err := self.(*Dict).t.remove(st, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		if def != nil {
			return def, nil
		}
		return nil, keyError(key)
	}
	return v, nil
}

// dictPopitem is dict.popitem(): removes and returns the last inserted
// (key, value) pair.
// https://docs.python.org/3.11/library/stdtypes.html#dict.popitem
func dictPopitem(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noArgs("dict.popitem", args, kw); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	d.t.bind(st)
	i := d.t.last()
	if i < 0 {
		return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
	}
	e := d.t.entries[i]
	d.t.removeAt(st, i)
	return py.Tuple{e.key, e.value}, nil
}

// dictSetdefault is dict.setdefault(key, default=None).
// https://docs.python.org/3.11/library/stdtypes.html#dict.setdefault
func dictSetdefault(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := posArgs("setdefault", "dict.setdefault", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var key py.Object
	var def py.Object = py.None
	if err := UnpackArgs("setdefault", args, nil, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	i, h, err := d.t.lookup(st, key)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		return d.t.entries[i].value, nil
	}
	if _, err := d.t.setHashed(st, -1, key, h, def); err != nil {
		return nil, err
	}
	return def, nil
}

// dictUpdate is dict.update([other], **kwargs). Keyword arguments are
// added in sorted order: gpython does not keep the order they were
// written in.
// https://docs.python.org/3.11/library/stdtypes.html#dict.update
func dictUpdate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	var other py.Object
	if err := UnpackArgs("update", args, nil, "other?", &other); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	d.t.bind(st)
	if other != nil {
		if err := dictUpdateArg(st, d, other); err != nil {
			return nil, err
		}
	}
	if err := dictAddKeywords(st, d, kw); err != nil {
		return nil, err
	}
	return py.None, nil
}
