// This file defines the injected helpers that policy's translations of
// modern syntax call (policy/translate*.go): the PEP 448 unpackings of
// Python 3.5 in displays and calls, which gpython's 3.4 grammar lacks.
//
// The translations pass their operands in one tuple of (tag, value)
// pairs, so that the helpers never guess what a value is (and a display
// of any size is one argument: gpython's calls take at most 255):
//
//	[a, *b]            →  __pf_list__((0, a, 1, b))
//	(a, *b), a, *b     →  __pf_tuple__((0, a, 1, b))
//	{a, *b}            →  __pf_set__(__pf_chain__((0, a, 1, b)))
//	{'k': v, **m}      →  __pf_dict_merge__((0, 'k', v, 1, m))
//	f(a, *b, k=v, **m) →  __pf_call__(f, (0, a, 1, b, 'k', v, 2, m))
//
// Scripts cannot name the helpers (policy's reserved-name rule), so their
// arguments always come from a translation; a malformed call is still an
// error, never a panic.

package builtins

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// Tags of the (tag, value) pairs the translations pass.
const (
	syntaxTagItem     = 0 // a single item, or a key and a value for __pf_dict_merge__
	syntaxTagIterable = 1 // *iterable; **mapping for __pf_dict_merge__
	syntaxTagMapping  = 2 // **mapping in a call
)

// syntaxSlotSize is the bytes one slot of a list, tuple or argument list
// costs: a Go interface value.
const syntaxSlotSize = 16

// syntaxHelpers returns the helpers used by policy's syntax translations,
// bound to st.
func syntaxHelpers(st *run.State) map[string]py.Object {
	h := map[string]py.Object{}
	add := func(name string, fn func(*run.State, py.Tuple) (py.Object, error)) {
		h[name] = &callable{name: name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(kw) != 0 || len(args) != 1 {
				return nil, syntaxMalformed(name)
			}
			pairs, ok := args[0].(py.Tuple)
			if !ok {
				return nil, syntaxMalformed(name)
			}
			return fn(st, pairs)
		}}
	}
	add("__pf_list__", syntaxList)
	add("__pf_tuple__", syntaxTuple)
	add("__pf_chain__", syntaxChain)
	add("__pf_dict_merge__", syntaxDictMerge)
	h["__pf_call__"] = &callable{name: "__pf_call__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) != 0 || len(args) != 2 {
			return nil, syntaxMalformed("__pf_call__")
		}
		pairs, ok := args[1].(py.Tuple)
		if !ok {
			return nil, syntaxMalformed("__pf_call__")
		}
		return syntaxCall(st, args[0], pairs)
	}}
	return h
}

func syntaxMalformed(name string) error {
	return py.ExceptionNewf(py.SystemError, "%s: malformed arguments", name)
}

// syntaxList builds the list display [a, *b, ...].
// https://docs.python.org/3.11/reference/expressions.html#list-displays
func syntaxList(st *run.State, args py.Tuple) (py.Object, error) {
	items, err := syntaxUnpack(st, "__pf_list__", args, syntaxStarMessage)
	if err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

// syntaxTuple builds the tuple display (a, *b, ...) and the expression
// list a, *b.
// https://docs.python.org/3.11/reference/expressions.html#expression-lists
func syntaxTuple(st *run.State, args py.Tuple) (py.Object, error) {
	items, err := syntaxUnpack(st, "__pf_tuple__", args, syntaxStarMessage)
	if err != nil {
		return nil, err
	}
	return py.Tuple(items), nil
}

// syntaxChain returns, as a tuple, the items of the set display {a, *b},
// which __pf_set__ then builds. CPython reports a non-iterable here as
// "'int' object is not iterable", not as in the other displays.
// https://docs.python.org/3.11/reference/expressions.html#set-displays
func syntaxChain(st *run.State, args py.Tuple) (py.Object, error) {
	items, err := syntaxUnpack(st, "__pf_chain__", args, syntaxNotIterableMessage)
	if err != nil {
		return nil, err
	}
	return py.Tuple(items), nil
}

// syntaxStarMessage and syntaxNotIterableMessage say how a non-iterable after '*' is
// reported.
const (
	syntaxStarMessage        = "Value after * must be an iterable, not %s"
	syntaxNotIterableMessage = "'%s' object is not iterable"
)

// syntaxUnpack returns the items of the (tag, value) pairs in args: the
// value itself for syntaxTagItem, its elements for syntaxTagIterable.
func syntaxUnpack(st *run.State, helper string, args py.Tuple, notIterable string) ([]py.Object, error) {
	if len(args)%2 != 0 {
		return nil, syntaxMalformed(helper)
	}
	items := make([]py.Object, 0, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		tag, ok := args[i].(py.Int)
		if !ok {
			return nil, syntaxMalformed(helper)
		}
		var err error
		switch tag {
		case syntaxTagItem:
			items, err = syntaxAppend(st, items, args[i+1])
		case syntaxTagIterable:
			items, err = syntaxAppendIterable(st, items, args[i+1], notIterable)
		default:
			return nil, syntaxMalformed(helper)
		}
		if err != nil {
			return nil, err
		}
	}
	return items, nil
}

// syntaxAppend appends item to items, charging a step and checking memory
// before the slice grows.
func syntaxAppend(st *run.State, items []py.Object, item py.Object) ([]py.Object, error) {
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	if len(items) == cap(items) {
		if err := st.Alloc(int64(2*cap(items)+8) * syntaxSlotSize); err != nil {
			return nil, err
		}
	}
	return append(items, item), nil
}

// syntaxAppendIterable appends the elements of o to items. A value that is not
// iterable is a TypeError worded by notIterable.
func syntaxAppendIterable(st *run.State, items []py.Object, o py.Object, notIterable string) ([]py.Object, error) {
	err := syntaxIterate(st, o, notIterable, func(item py.Object) error {
		var err error
		items, err = syntaxAppend(st, items, item)
		return err
	})
	return items, err
}

// syntaxIterate calls fn with each element of o. Lists are read live by
// index, as CPython's list iterator does; every element charges a step,
// so an iterable that never ends stops at the step or time limit.
func syntaxIterate(st *run.State, o py.Object, notIterable string, fn func(py.Object) error) error {
	switch x := o.(type) {
	case py.Tuple:
		for _, item := range x {
			if err := fn(item); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := fn(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if !syntaxIsIterable(o) {
		return py.ExceptionNewf(py.TypeError, notIterable, o.Type().Name)
	}
	it, err := iterOf(o)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if syntaxIsStop(err) {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// syntaxIsIterable reports whether py.Iter accepts o without calling anything.
func syntaxIsIterable(o py.Object) bool {
	if _, ok := o.(py.I__iter__); ok {
		return true
	}
	if t, ok := o.(*py.Type); ok && t.GetAttrOrNil("__iter__") != nil {
		return true
	}
	return py.ObjectIsSequence(o)
}

// syntaxIsStop reports whether err is StopIteration, whatever shape
// gpython gave it.
func syntaxIsStop(err error) bool {
	if e, ok := err.(*py.ExceptionInfo); ok {
		return e != nil && py.IsException(py.StopIteration, *e)
	}
	return py.IsException(py.StopIteration, err)
}

// syntaxDictMerge builds the dict display {'k': v, **m, ...} as pyfence's
// dict: later keys win and keep the position of their first insertion.
// https://docs.python.org/3.11/reference/expressions.html#dictionary-displays
func syntaxDictMerge(st *run.State, args py.Tuple) (py.Object, error) {
	d := NewDict()
	for i := 0; i < len(args); {
		tag, ok := args[i].(py.Int)
		switch {
		case ok && tag == syntaxTagItem && i+2 < len(args):
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			if err := d.SetItem(st, args[i+1], args[i+2]); err != nil {
				return nil, err
			}
			i += 3
		case ok && tag == syntaxTagIterable && i+1 < len(args):
			m := args[i+1]
			err := syntaxMappingItems(st, m, func(k, v py.Object) error { return d.SetItem(st, k, v) })
			if err == (syntaxNotMapping{}) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
			}
			if err != nil {
				return nil, err
			}
			i += 2
		default:
			return nil, syntaxMalformed("__pf_dict_merge__")
		}
	}
	return d, nil
}

// syntaxNotMapping is returned by syntaxMappingItems for a value that has
// no keys method; callers word the TypeError.
type syntaxNotMapping struct{}

func (syntaxNotMapping) Error() string { return "not a mapping" }

// syntaxMappingItems calls fn with each key and value of the mapping m, as
// CPython's dict.update reads one: pyfence's dict and gpython's dict in
// their own order (gpython's sorted, since it has none), anything else
// through its keys() method and m[key]. Every item charges a step.
func syntaxMappingItems(st *run.State, m py.Object, fn func(k, v py.Object) error) error {
	switch x := m.(type) {
	case *Dict:
		for _, kv := range x.Items() {
			if err := st.Charge(1); err != nil {
				return err
			}
			if err := fn(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	case py.StringDict:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := st.Charge(1); err != nil {
				return err
			}
			if err := fn(py.String(k), x[k]); err != nil {
				return err
			}
		}
		return nil
	}
	keysMethod, err := GetAttr(st, m, "keys")
	if err != nil {
		if !st.Failed() && py.IsException(py.AttributeError, err) {
			return syntaxNotMapping{}
		}
		return err
	}
	keys, err := py.Call(keysMethod, nil, nil)
	if err != nil {
		return err
	}
	return syntaxIterate(st, keys, syntaxNotIterableMessage, func(k py.Object) error {
		if err := st.Charge(1); err != nil {
			return err
		}
		v, err := py.GetItem(m, k)
		if err != nil {
			return err
		}
		return fn(k, v)
	})
}

// syntaxCall calls fn with the arguments described by the (tag, value)
// pairs in args: positional arguments and *iterables in order, then
// keyword arguments and **mappings, with CPython's TypeErrors for a
// non-iterable, a non-mapping, a key that is not a str and a keyword given
// twice.
// https://docs.python.org/3.11/reference/expressions.html#calls
func syntaxCall(st *run.State, fn py.Object, args py.Tuple) (py.Object, error) {
	if len(args)%2 != 0 {
		return nil, syntaxMalformed("__pf_call__")
	}
	if m, ok := fn.(*py.Method); ok && m.Internal() != py.InternalMethodNone {
		// globals(), locals(), eval(), exec() and __import__ need the
		// caller's frame; scripts never reach them.
		return nil, py.ExceptionNewf(py.TypeError, "%s cannot be called with argument unpacking", m.Name)
	}
	pos := make([]py.Object, 0, len(args)/2)
	var kw py.StringDict
	setKw := func(name string, v py.Object) error {
		if err := st.Charge(1); err != nil {
			return err
		}
		if kw == nil {
			kw = py.StringDict{}
		}
		if _, dup := kw[name]; dup {
			return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", syntaxFuncDesc(st, fn), name)
		}
		if err := st.CheckAlloc(int64(len(kw)+1) * 4 * syntaxSlotSize); err != nil {
			return err
		}
		kw[name] = v
		return nil
	}
	for i := 0; i < len(args); i += 2 {
		v := args[i+1]
		var err error
		switch tag := args[i].(type) {
		case py.String:
			err = setKw(string(tag), v)
		case py.Int:
			switch tag {
			case syntaxTagItem:
				pos, err = syntaxAppend(st, pos, v)
			case syntaxTagIterable:
				pos, err = syntaxAppendIterable(st, pos, v, syntaxStarMessage)
			case syntaxTagMapping:
				err = syntaxMappingItems(st, v, func(k, val py.Object) error {
					name, ok := k.(py.String)
					if !ok {
						return py.ExceptionNewf(py.TypeError, "keywords must be strings")
					}
					return setKw(string(name), val)
				})
				if err == (syntaxNotMapping{}) {
					err = py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", syntaxFuncDesc(st, fn), v.Type().Name)
				}
			default:
				err = syntaxMalformed("__pf_call__")
			}
		default:
			err = syntaxMalformed("__pf_call__")
		}
		if err != nil {
			return nil, err
		}
	}
	return py.Call(fn, py.Tuple(pos), kw)
}

// syntaxFuncDesc describes a callable in call errors as CPython 3.11 does
// (_PyObject_FunctionStr): "module.qualname()" for functions and classes
// defined by scripts, "name()" for builtins.
func syntaxFuncDesc(st *run.State, fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		if mod, ok := f.Globals["__name__"].(py.String); ok && mod != "builtins" {
			return string(mod) + "." + f.Qualname + "()"
		}
		return f.Qualname + "()"
	case *py.BoundMethod:
		return syntaxFuncDesc(st, f.Method)
	case *py.Method:
		return f.Name + "()"
	case *callable:
		return f.name + "()"
	case *boundMethod:
		return f.self.Type().Name + "." + f.name + "()"
	case *py.Type:
		if mod, ok := f.Dict["__module__"].(py.String); ok && mod != "builtins" {
			return string(mod) + "." + f.Name + "()"
		}
		return f.Name + "()"
	}
	if s, err := Str(st, fn); err == nil {
		return s
	}
	return fn.Type().Name + " object"
}
