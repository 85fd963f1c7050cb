// This file defines passThrough, a Method that forwards to gpython's own
// implementation of a method. Tables use it only where pyfence has no
// implementation of its own yet.

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

func passThrough(name string) Method {
	return func(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		m, err := py.GetAttrString(self, name)
		if err != nil {
			return nil, err
		}
		return py.Call(m, args, kw)
	}
}

func passThroughTable(names ...string) MethodTable {
	t := MethodTable{}
	for _, n := range names {
		t[n] = passThrough(n)
	}
	return t
}
