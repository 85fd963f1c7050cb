// This file defines the conversion of values between Go and Python at the
// boundary of a run.

package interp

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

// Opaque stands for a script value that has no plain Go equivalent, such
// as a function, a class or an instance of a script class. It holds only
// data computed inside the run: the host never receives an object whose
// methods would run sandbox code.
type Opaque struct {
	Type string // the Python type name, e.g. "function" or a class name
	Repr string // repr() of the value, computed by the script's run
}

// String returns the repr.
func (o Opaque) String() string { return o.Repr }

// maxConvertDepth bounds the nesting of converted values.
const maxConvertDepth = 100

// toPython converts an input. Supported: nil, bool, every int and uint
// kind, *big.Int, float32/64, string, []byte, slices and arrays, and maps
// with string keys (inserted in sorted key order).
func toPython(st *run.State, v any, depth int) (py.Object, error) {
	if depth > maxConvertDepth {
		return nil, fmt.Errorf("value nested deeper than %d", maxConvertDepth)
	}
	switch v := v.(type) {
	case nil:
		return py.None, nil
	case bool:
		return py.NewBool(v), nil
	case string:
		return py.String(v), nil
	case []byte:
		return py.Bytes(append([]byte(nil), v...)), nil
	case *big.Int:
		if v.IsInt64() {
			return py.Int(v.Int64()), nil
		}
		return (*py.BigInt)(new(big.Int).Set(v)), nil
	case float64:
		return py.Float(v), nil
	case float32:
		return py.Float(v), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return (*py.BigInt)(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	case reflect.Slice, reflect.Array:
		items := make([]py.Object, rv.Len())
		for i := range items {
			o, err := toPython(st, rv.Index(i).Interface(), depth+1)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewListFromItems(items), nil
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key type %s is not supported (string keys only)", rv.Type().Key())
		}
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		d := builtins.NewDict()
		for _, k := range keys {
			o, err := toPython(st, rv.MapIndex(k).Interface(), depth+1)
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(st, py.String(k.String()), o); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, fmt.Errorf("values of Go type %T are not supported", v)
}

// fromPython converts a script's value to plain Go data: nil, bool, int64,
// *big.Int, float64, string, []byte, []any (lists and tuples) and
// map[string]any. Anything else, notably functions, classes and instances
// defined by the script, becomes an [Opaque] whose repr is computed under
// the run's own meter (a hostile __repr__ is still bounded).
func fromPython(st *run.State, o py.Object, depth int) (any, error) {
	if depth > maxConvertDepth {
		return nil, st.Fail(run.Depth, int64(depth), maxConvertDepth)
	}
	switch o := o.(type) {
	case py.NoneType:
		return nil, nil
	case py.Bool:
		return bool(o), nil
	case py.Int:
		return int64(o), nil
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(o)), nil
	case py.Float:
		return float64(o), nil
	case py.String:
		return string(o), nil
	case py.Bytes:
		return append([]byte(nil), o...), nil
	case *py.List:
		return fromItems(st, o.Items, depth)
	case py.Tuple:
		return fromItems(st, o, depth)
	case py.StringDict:
		m := make(map[string]any, len(o))
		for k, v := range o {
			g, err := fromPython(st, v, depth+1)
			if err != nil {
				return nil, err
			}
			m[k] = g
		}
		return m, nil
	case *builtins.Dict:
		return fromDict(st, o, depth)
	case *builtins.Set:
		return fromItems(st, o.Items(), depth)
	}
	r, err := builtins.Repr(st, o)
	if err != nil {
		if st.Failed() {
			return nil, err // a limit or a policy block: reported as such
		}
		// The value's own __repr__ raised: the host gets the type only.
		r = "<" + o.Type().Name + " object>"
	}
	return Opaque{Type: o.Type().Name, Repr: r}, nil
}

func fromItems(st *run.State, items []py.Object, depth int) ([]any, error) {
	res := make([]any, len(items))
	for i, it := range items {
		g, err := fromPython(st, it, depth+1)
		if err != nil {
			return nil, err
		}
		res[i] = g
	}
	return res, nil
}

// fromDict converts pyfence's dict: to map[string]any when every key is a
// str, else to map[any]any with keys converted (a key that converts to a
// Go value that cannot be a map key, such as a tuple, is an error).
func fromDict(st *run.State, d *builtins.Dict, depth int) (any, error) {
	items := d.Items()
	allStr := true
	for _, kv := range items {
		if _, ok := kv[0].(py.String); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		m := make(map[string]any, len(items))
		for _, kv := range items {
			v, err := fromPython(st, kv[1], depth+1)
			if err != nil {
				return nil, err
			}
			m[string(kv[0].(py.String))] = v
		}
		return m, nil
	}
	m := make(map[any]any, len(items))
	for _, kv := range items {
		k, err := fromPython(st, kv[0], depth+1)
		if err != nil {
			return nil, err
		}
		if k != nil && !reflect.TypeOf(k).Comparable() {
			return nil, fmt.Errorf("dict key of type '%s' has no Go map key equivalent", kv[0].Type().Name)
		}
		v, err := fromPython(st, kv[1], depth+1)
		if err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, nil
}
