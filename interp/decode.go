// This file defines Decode and the typed accessors of Result: converting
// a run's plain Go value into the Go types an embedder declares.

package interp

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strings"
	"time"
)

// Decode stores v, a value as [Result.Value] holds it, in the Go variable
// into points to, converting as encoding/json would: dicts fill structs
// (fields named by their json tags, or their Go names matched
// case-insensitively; unknown keys are ignored) and maps, lists fill
// slices and arrays, ints fill every integer type within its range and
// floats, *big.Int and any. It never truncates: an int that does not fit,
// a float for an int, or a str for a number is an error naming the path of
// the offending element ("[2].price").
func Decode(v any, into any) error {
	rv := reflect.ValueOf(into)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("interp: Decode needs a non-nil pointer, not %T", into)
	}
	if err := decodeValue(v, rv.Elem()); err != nil {
		return fmt.Errorf("interp: decode: %w", err)
	}
	return nil
}

// Decode stores the run's value in the variable into points to; see the
// function [Decode].
func (r *Result) Decode(into any) error {
	if r == nil {
		return errors.New("interp: Decode of a nil Result")
	}
	return Decode(r.Value, into)
}

// AsBool returns the run's value when it is a bool. Truthiness is the
// script's business: a rule should end in an explicit comparison.
func (r *Result) AsBool() (bool, error) {
	var b bool
	return b, r.Decode(&b)
}

// AsInt64 returns the run's value when it is an int that fits in int64.
func (r *Result) AsInt64() (int64, error) {
	var n int64
	return n, r.Decode(&n)
}

// AsFloat64 returns the run's value when it is a float or an int (ints
// convert as Python's float() does: the nearest float).
func (r *Result) AsFloat64() (float64, error) {
	var f float64
	return f, r.Decode(&f)
}

// AsString returns the run's value when it is a str.
func (r *Result) AsString() (string, error) {
	var s string
	return s, r.Decode(&s)
}

var bigIntType = reflect.TypeFor[*big.Int]()

// decodeValue stores v in dst, a settable value.
func decodeValue(v any, dst reflect.Value) error {
	t := dst.Type()
	if t.Kind() == reflect.Interface {
		if v == nil {
			dst.SetZero()
			return nil
		}
		gv := reflect.ValueOf(v)
		if !gv.Type().AssignableTo(t) {
			return mismatch(v, t)
		}
		dst.Set(gv)
		return nil
	}
	if t == bigIntType {
		switch x := v.(type) {
		case int64:
			dst.Set(reflect.ValueOf(big.NewInt(x)))
		case *big.Int:
			dst.Set(reflect.ValueOf(new(big.Int).Set(x)))
		case nil:
			dst.SetZero()
		default:
			return mismatch(v, t)
		}
		return nil
	}
	if t.Kind() == reflect.Pointer {
		if v == nil {
			dst.SetZero()
			return nil
		}
		p := reflect.New(t.Elem())
		if err := decodeValue(v, p.Elem()); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	}
	if v == nil {
		return mismatch(v, t)
	}
	gv := reflect.ValueOf(v)
	if gv.Type().AssignableTo(t) && t.Kind() != reflect.Slice && t.Kind() != reflect.Map {
		dst.Set(gv)
		return nil
	}
	switch t.Kind() {
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			return mismatch(v, t)
		}
		dst.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := asInt(v)
		if !ok {
			return mismatch(v, t)
		}
		if !n.IsInt64() || dst.OverflowInt(n.Int64()) {
			return fmt.Errorf("int %s overflows %s", n, t)
		}
		dst.SetInt(n.Int64())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, ok := asInt(v)
		if !ok {
			return mismatch(v, t)
		}
		if n.Sign() < 0 || !n.IsUint64() || dst.OverflowUint(n.Uint64()) {
			return fmt.Errorf("int %s overflows %s", n, t)
		}
		dst.SetUint(n.Uint64())
	case reflect.Float32, reflect.Float64:
		var f float64
		switch x := v.(type) {
		case float64:
			f = x
		case int64:
			f = float64(x)
		case *big.Int:
			f, _ = new(big.Float).SetInt(x).Float64()
			if math.IsInf(f, 0) {
				return fmt.Errorf("int too large to convert to float")
			}
		default:
			return mismatch(v, t)
		}
		if t.Kind() == reflect.Float32 && !math.IsInf(f, 0) && math.Abs(f) > math.MaxFloat32 {
			return fmt.Errorf("float %v overflows float32", f)
		}
		dst.SetFloat(f)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return mismatch(v, t)
		}
		dst.SetString(s)
	case reflect.Slice:
		if b, ok := v.([]byte); ok && t.Elem().Kind() == reflect.Uint8 {
			dst.SetBytes(append([]byte(nil), b...))
			return nil
		}
		items, ok := v.([]any)
		if !ok {
			return mismatch(v, t)
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			if err := decodeValue(it, s.Index(i)); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
		}
		dst.Set(s)
	case reflect.Array:
		items, ok := v.([]any)
		if !ok {
			return mismatch(v, t)
		}
		if len(items) != t.Len() {
			return fmt.Errorf("list of %d items for %s", len(items), t)
		}
		for i, it := range items {
			if err := decodeValue(it, dst.Index(i)); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
		}
	case reflect.Map:
		return decodeMap(v, dst)
	case reflect.Struct:
		return decodeStruct(v, dst)
	default:
		return mismatch(v, t)
	}
	return nil
}

func decodeMap(v any, dst reflect.Value) error {
	t := dst.Type()
	m := reflect.MakeMap(t)
	put := func(k, val any) error {
		kv := reflect.New(t.Key()).Elem()
		if err := decodeValue(k, kv); err != nil {
			return fmt.Errorf("key %v: %w", k, err)
		}
		ev := reflect.New(t.Elem()).Elem()
		if err := decodeValue(val, ev); err != nil {
			return fmt.Errorf("[%v]: %w", k, err)
		}
		m.SetMapIndex(kv, ev)
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if err := put(k, val); err != nil {
				return err
			}
		}
	case map[any]any:
		for k, val := range x {
			if err := put(k, val); err != nil {
				return err
			}
		}
	default:
		return mismatch(v, t)
	}
	dst.Set(m)
	return nil
}

func decodeStruct(v any, dst reflect.Value) error {
	src, ok := v.(map[string]any)
	if !ok {
		return mismatch(v, dst.Type())
	}
	var fill func(dst reflect.Value) error
	fill = func(dst reflect.Value) error {
		t := dst.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			f, ok := jsonField(sf)
			if !ok {
				continue
			}
			fv := dst.Field(i)
			if sf.Anonymous && f.name == "" {
				if fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct {
					if fv.IsNil() {
						fv.Set(reflect.New(fv.Type().Elem()))
					}
					fv = fv.Elem()
				}
				if fv.Kind() == reflect.Struct {
					if err := fill(fv); err != nil {
						return err
					}
					continue
				}
			}
			name := f.name
			val, found := src[name]
			if name == "" {
				name = sf.Name
				val, found = lookupFold(src, name)
			}
			if !found {
				continue
			}
			if err := decodeValue(val, fv); err != nil {
				return fmt.Errorf(".%s: %w", name, err)
			}
		}
		return nil
	}
	return fill(dst)
}

// lookupFold finds key in m, exactly or else case-insensitively, as
// encoding/json matches untagged field names.
func lookupFold(m map[string]any, key string) (any, bool) {
	if v, ok := m[key]; ok {
		return v, true
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

func asInt(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x), true
	case *big.Int:
		return x, true
	case bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// mismatch is the error for a value of the wrong kind, named with the
// Python type the script produced.
func mismatch(v any, t reflect.Type) error {
	return fmt.Errorf("cannot store %s in %s", pyKind(v), t)
}

func pyKind(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case []any:
		return "list"
	case map[string]any, map[any]any:
		return "dict"
	case Opaque:
		return "'" + x.Type + "' object"
	case time.Time:
		return "datetime"
	}
	return fmt.Sprintf("%T", v)
}
