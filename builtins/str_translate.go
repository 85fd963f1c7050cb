// This file defines str.translate and str.maketrans.

package builtins

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// strLookup is table[key] for translate and format_map: pyfence's dict
// directly (KeyError when the key is missing), anything else through its
// __getitem__.
func strLookup(st *run.State, table, key py.Object) (py.Object, error) {
	if d, ok := table.(*Dict); ok {
		v, found, err := d.GetItem(st, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
		}
		return v, nil
	}
	switch table.(type) {
	case *py.BigInt, py.Complex:
		// gpython names these types bigint and complex64.
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", strTypeName(table))
	}
	return py.GetItem(table, key)
}

// strTranslate is str.translate(table): table[ord(c)] is None (delete),
// an int (a code point) or a str; LookupError keeps c.
// https://docs.python.org/3.11/library/stdtypes.html#str.translate
func strTranslate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	table, err := strOneArg("translate", args, kw)
	if err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	var b strings.Builder
	for _, r := range s {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		v, err := strLookup(st, table, py.Int(r))
		if err != nil {
			if !st.Failed() && py.IsException(py.LookupError, err) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		var add string
		switch m := v.(type) {
		case py.NoneType:
			continue
		case py.String:
			add = string(m)
		case py.Int, py.Bool, *py.BigInt:
			c, err := numIndex(m)
			if err != nil || c < 0 || c > utf8.MaxRune {
				return nil, py.ExceptionNewf(py.ValueError, "character mapping must be in range(0x110000)")
			}
			add = string(rune(c))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
		}
		if err := st.CheckAlloc(int64(b.Len()) + int64(len(add))); err != nil {
			return nil, err
		}
		b.WriteString(add)
	}
	return py.String(b.String()), nil
}

// strMaketransMethod is str.maketrans looked up on a str value: a static
// method, the receiver is ignored.
func strMaketransMethod(st *run.State, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return strMaketrans(st, args, kw)
}

// strMaketrans is the static method str.maketrans(x[, y[, z]]). It returns
// a dict mapping code points to code points, strs or None.
// https://docs.python.org/3.11/library/stdtypes.html#str.maketrans
func strMaketrans(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := strArgs("maketrans", true, args, kw, 1, 3); err != nil {
		return nil, err
	}
	var x, y, z py.Object
	if err := strPos("maketrans", args, &x, &y, &z); err != nil {
		return nil, err
	}
	res := newDictIn(st)
	if y == nil {
		var items [][2]py.Object
		switch d := x.(type) {
		case *Dict:
			items = d.Items()
		case py.StringDict:
			for k, v := range d {
				items = append(items, [2]py.Object{py.String(k), v})
			}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, it := range items {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			key := it[0]
			switch k := key.(type) {
			case py.String:
				if utf8.RuneCountInString(string(k)) != 1 {
					return nil, py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(k))
				key = py.Int(r)
			case py.Int, *py.BigInt:
			case py.Bool:
				key = py.Int(0)
				if k {
					key = py.Int(1)
				}
			default:
				return nil, py.ExceptionNewf(py.TypeError, "keys in translate table must be strings or integers")
			}
			if err := res.SetItem(st, key, it[1]); err != nil {
				return nil, err
			}
		}
		return res, nil
	}
	ys, ok := y.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument 2 must be str, not %s", strArgType(y))
	}
	var zs py.String
	if z != nil {
		if zs, ok = z.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument 3 must be str, not %s", strArgType(z))
		}
	}
	xs, ok := x.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	if utf8.RuneCountInString(string(xs)) != utf8.RuneCountInString(string(ys)) {
		return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	rest := string(ys)
	for _, xr := range string(xs) {
		yr, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		if err := res.SetItem(st, py.Int(xr), py.Int(yr)); err != nil {
			return nil, err
		}
	}
	for _, r := range string(zs) {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		if err := res.SetItem(st, py.Int(r), py.None); err != nil {
			return nil, err
		}
	}
	return res, nil
}
