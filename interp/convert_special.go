// This file converts the values of the safe modules' classes: datetime
// values cross the boundary as time.Time, decimal values as *apd.Decimal.

package interp

import (
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/builtins"
	"github.com/pyfence/pyfence/internal/run"
)

// toPythonSpecial converts Go values that have a module class as their
// Python equivalent: a time.Time becomes an aware datetime.datetime (in
// UTC, or at the fixed offset of its zone), an *apd.Decimal or
// apd.Decimal a decimal.Decimal. ok is false for any other value.
func toPythonSpecial(st *run.State, v any) (o py.Object, ok bool, err error) {
	switch v := v.(type) {
	case time.Time:
		return builtins.NewDateTime(v), true, nil
	case *apd.Decimal:
		if v == nil {
			return py.None, true, nil
		}
		return builtins.NewDecimal(st, v), true, nil
	case apd.Decimal:
		return builtins.NewDecimal(st, &v), true, nil
	}
	return nil, false, nil
}

// fromPythonSpecial converts values of module classes to Go: a
// datetime.datetime or datetime.date becomes a time.Time (naive values are
// read as UTC), a decimal.Decimal an *apd.Decimal.
func fromPythonSpecial(o py.Object) (any, bool) {
	if t, ok := builtins.DateTimeValue(o); ok {
		return t, true
	}
	if d, ok := builtins.DecimalValue(o); ok {
		return d, true
	}
	return nil, false
}
