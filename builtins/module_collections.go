// This file defines the collections module: its registry entry and the
// native class types of defaultdict, OrderedDict, Counter and deque. The
// classes live in module_collections_*.go, one file each (namedtuple,
// defaultdict and OrderedDict, Counter, deque).

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// The canonical types of the collections classes. They are built once, at
// package initialisation, and never written afterwards. The three dict
// subclasses are pyfence dicts (*Dict) whose ext field names their class,
// so that every operation on dicts applies to them and isinstance(d, dict)
// holds.
var (
	defaultDictType = newDictSubtype("collections.defaultdict", "", "defaultdict(default_factory=None, /, [...]) --> dict with default factory")
	orderedDictType = newDictSubtype("collections.OrderedDict", "", "Dictionary that remembers insertion order")
	counterType     = newDictSubtype("Counter", "collections", "Dict subclass for counting hashable items.")
	dequeType       = &py.Type{ObjectType: py.TypeType, Name: "collections.deque", Doc: "A list-like sequence optimized for data accesses near its endpoints.", Dict: py.StringDict{}}
)

// newDictSubtype returns the type of a dict subclass implemented in Go.
// It is made by hand rather than with py.NewType, which queues types for
// gpython's one-time initialisation, and it lists dict in its MRO so that
// isinstance(x, dict) holds. module, when not empty, is the module
// CPython names in the repr of a class it implements in Python
// (<class 'collections.Counter'>), whose type name is short.
func newDictSubtype(name, module, doc string) *py.Type {
	t := &py.Type{ObjectType: py.TypeType, Name: name, Doc: doc, Dict: py.StringDict{}, Base: DictType}
	if module != "" {
		t.Dict["__module__"] = py.String(module)
	}
	t.Mro = py.Tuple{t, DictType, py.ObjectType}
	return t
}

// collectionsModule describes the collections module.
// https://docs.python.org/3.11/library/collections.html
func collectionsModule() *moduleSpec {
	classes := []*nativeClass{defaultDictClass(), orderedDictClass(), counterClass(), dequeClass()}
	return &moduleSpec{
		name:    "collections",
		classes: classes,
		build: func(st *run.State) (py.StringDict, error) {
			return py.StringDict{
				"defaultdict": classFacade(st, classes[0]),
				"OrderedDict": classFacade(st, classes[1]),
				"Counter":     classFacade(st, classes[2]),
				"deque":       classFacade(st, classes[3]),
				"namedtuple":  moduleFunc(st, "namedtuple", namedtupleFunc),
			}, nil
		},
	}
}

// withMethods returns a copy of base with the entries of extra added or
// replaced.
func withMethods(base, extra MethodTable) MethodTable {
	m := MethodTable{}
	for k, v := range base {
		m[k] = v
	}
	for k, v := range extra {
		m[k] = v
	}
	return m
}
