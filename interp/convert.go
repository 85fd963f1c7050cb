// This file defines the conversion of values between Go and Python at the
// boundary of a run.

package interp

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strings"

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

// Valuer is implemented by Go types that choose how scripts see them:
// PyfenceValue returns a value [RunOptions.Inputs] accepts (a string, a
// number, a map, an *[Object], ...), which is converted in its place.
type Valuer interface {
	PyfenceValue() (any, error)
}

// toPython converts an input: nil, bool, every int and uint kind,
// *big.Int, float32/64, string, []byte, slices and arrays, maps (keys
// inserted in sorted order, so that runs are deterministic), structs and
// pointers to them (exported fields, named by their json tags), [Valuer]s,
// *[Function]s and *[Object]s.
func toPython(st *run.State, v any, depth int) (py.Object, error) {
	if depth > maxConvertDepth {
		return nil, fmt.Errorf("value nested deeper than %d", maxConvertDepth)
	}
	switch v := v.(type) {
	case nil:
		return py.None, nil
	case bool:
		return py.NewBool(v), nil
	case int:
		return py.Int(v), nil
	case int64:
		return py.Int(v), nil
	case float64:
		return py.Float(v), nil
	case string:
		return py.String(v), nil
	case []byte:
		return py.Bytes(append([]byte(nil), v...)), nil
	case *big.Int:
		if v == nil {
			return py.None, nil
		}
		if v.IsInt64() {
			return py.Int(v.Int64()), nil
		}
		return (*py.BigInt)(new(big.Int).Set(v)), nil
	case float32:
		return py.Float(v), nil
	case *Function:
		if v == nil {
			return py.None, nil
		}
		return &hostFunc{st: st, f: v}, nil
	case *Object:
		if v == nil {
			return py.None, nil
		}
		return &hostObject{st: st, o: v}, nil
	case Valuer:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return py.None, nil
		}
		g, err := v.PyfenceValue()
		if err != nil {
			return nil, fmt.Errorf("%T.PyfenceValue: %w", v, err)
		}
		return toPython(st, g, depth+1)
	}
	if o, ok, err := toPythonSpecial(st, v); ok {
		return o, err
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Bool:
		return py.NewBool(rv.Bool()), nil
	case reflect.String:
		return py.String(rv.String()), nil
	case reflect.Float32, reflect.Float64:
		return py.Float(rv.Float()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return (*py.BigInt)(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return py.None, nil
		}
		return toPython(st, rv.Elem().Interface(), depth+1)
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return py.NewListFromItems(nil), nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 { // named byte slices and arrays
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return py.Bytes(b), nil
		}
		items := make([]py.Object, rv.Len())
		for i := range items {
			o, err := toPython(st, rv.Index(i).Interface(), depth+1)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			items[i] = o
		}
		return py.NewListFromItems(items), nil
	case reflect.Map:
		return mapToPython(st, rv, depth)
	case reflect.Struct:
		return structToPython(st, rv, depth)
	}
	return nil, fmt.Errorf("values of Go type %T are not supported", v)
}

// mapToPython converts a map to a dict whose keys are inserted in sorted
// order: numbers by value, strings lexically, other keys by their
// printed form, so that a script iterating the dict always sees the same
// order.
func mapToPython(st *run.State, rv reflect.Value, depth int) (py.Object, error) {
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return lessKey(keys[i], keys[j]) })
	d := builtins.NewDict()
	for _, k := range keys {
		pk, err := toPython(st, k.Interface(), depth+1)
		if err != nil {
			return nil, fmt.Errorf("key %v: %w", k, err)
		}
		o, err := toPython(st, rv.MapIndex(k).Interface(), depth+1)
		if err != nil {
			return nil, fmt.Errorf("[%v]: %w", k, err)
		}
		if err := d.SetItem(st, pk, o); err != nil {
			return nil, fmt.Errorf("key %v: %v", k, err)
		}
	}
	return d, nil
}

func lessKey(a, b reflect.Value) bool {
	for a.Kind() == reflect.Interface && !a.IsNil() {
		a = a.Elem()
	}
	for b.Kind() == reflect.Interface && !b.IsNil() {
		b = b.Elem()
	}
	ka, kb := keyClass(a), keyClass(b)
	if ka != kb {
		return ka < kb
	}
	switch ka {
	case 1:
		return !a.Bool() && b.Bool()
	case 2:
		return num(a) < num(b)
	case 3:
		return a.String() < b.String()
	}
	return fmt.Sprint(a.Interface()) < fmt.Sprint(b.Interface())
}

// keyClass orders map keys of mixed kinds: bools, numbers, strings, rest.
func keyClass(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Bool:
		return 1
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return 2
	case reflect.String:
		return 3
	}
	return 4
}

func num(v reflect.Value) float64 {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int())
	case reflect.Float32, reflect.Float64:
		return v.Float()
	}
	return float64(v.Uint())
}

// structToPython converts a struct to a dict of its exported fields in
// declaration order, named and filtered as encoding/json does: the json
// tag's name, "-" to skip, omitempty, embedded structs flattened.
func structToPython(st *run.State, rv reflect.Value, depth int) (py.Object, error) {
	d := builtins.NewDict()
	var walk func(rv reflect.Value) error
	walk = func(rv reflect.Value) error {
		t := rv.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			f, ok := jsonField(sf)
			if !ok {
				continue
			}
			fv := rv.Field(i)
			if sf.Anonymous && f.name == "" {
				for fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						break
					}
					fv = fv.Elem()
				}
				if fv.Kind() == reflect.Struct {
					if err := walk(fv); err != nil {
						return err
					}
				}
				continue
			}
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			name := f.name
			if name == "" {
				name = sf.Name
			}
			o, err := toPython(st, fv.Interface(), depth+1)
			if err != nil {
				return fmt.Errorf(".%s: %w", sf.Name, err)
			}
			if err := d.SetItem(st, py.String(name), o); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(rv); err != nil {
		return nil, err
	}
	return d, nil
}

// field is what a struct field's json tag says.
type field struct {
	name      string // "" when the tag gives none
	omitEmpty bool
}

// jsonField reads the json tag of an exported field; ok is false for
// fields that are skipped (unexported, or tagged "-").
func jsonField(sf reflect.StructField) (field, bool) {
	if !sf.IsExported() && !sf.Anonymous {
		return field{}, false
	}
	tag := sf.Tag.Get("json")
	if tag == "-" {
		return field{}, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	f := field{name: name}
	for _, o := range strings.Split(opts, ",") {
		if o == "omitempty" {
			f.omitEmpty = true
		}
	}
	if !sf.IsExported() && (name != "" || sf.Type.Kind() != reflect.Struct) {
		return field{}, false
	}
	return f, true
}

// fromPython converts a script's value to plain Go data: nil, bool, int64,
// *big.Int, float64, string, []byte, []any (lists and tuples) and
// map[string]any. Anything else, notably functions, classes and instances
// defined by the script, becomes an [Opaque] whose repr is computed under
// the run's own meter (a hostile __repr__ is still bounded).
func fromPython(st *run.State, o py.Object, depth int) (any, error) {
	v, ok, err := plainValue(st, o, depth)
	if ok || err != nil {
		return v, err
	}
	return opaque(st, o)
}

// plainValue converts o to plain Go data; ok is false when o has no plain
// equivalent and becomes an [Opaque].
func plainValue(st *run.State, o py.Object, depth int) (v any, ok bool, err error) {
	if depth > maxConvertDepth {
		return nil, true, st.Fail(run.Depth, int64(depth), maxConvertDepth)
	}
	switch o := o.(type) {
	case py.NoneType:
		return nil, true, nil
	case py.Bool:
		return bool(o), true, nil
	case py.Int:
		return int64(o), true, nil
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(o)), true, nil
	case py.Float:
		return float64(o), true, nil
	case py.String:
		return string(o), true, nil
	case py.Bytes:
		return append([]byte(nil), o...), true, nil
	case *py.List:
		v, err = fromItems(st, o.Items, depth)
		return v, true, err
	case py.Tuple:
		v, err = fromItems(st, o, depth)
		return v, true, err
	case py.StringDict:
		m := make(map[string]any, len(o))
		for k, x := range o {
			g, err := fromPython(st, x, depth+1)
			if err != nil {
				return nil, true, err
			}
			m[k] = g
		}
		return m, true, nil
	case *builtins.Dict:
		v, err = fromDict(st, o, depth)
		return v, true, err
	case *builtins.Set:
		v, err = fromItems(st, o.Items(), depth)
		return v, true, err
	case *hostFunc:
		return o.f, true, nil
	case *hostObject:
		return o.o, true, nil
	}
	if v, ok := fromPythonSpecial(o); ok {
		return v, true, nil
	}
	return nil, false, nil
}

// opaque returns o as an [Opaque]: its type name and its repr, computed
// under the run's meter.
func opaque(st *run.State, o py.Object) (any, error) {
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
// str, else to map[any]any with keys converted. A dict with a key that
// converts to a Go value that cannot be a map key, such as a tuple,
// becomes an [Opaque], as values with no Go equivalent do.
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
			return opaque(st, d)
		}
		v, err := fromPython(st, kv[1], depth+1)
		if err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, nil
}
