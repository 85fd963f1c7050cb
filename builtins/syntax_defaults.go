// This file defines __pf_defaults__, the helper of decorated functions
// with default values (see policy/rewrite_defaults.go).

package builtins

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// defaultsHelper returns __pf_defaults__(decorator, *defaults, **kwdefaults):
// a decorator that gives the function it receives those defaults, then
// applies decorator to it.
func defaultsHelper(st *run.State) py.Object {
	return &callable{name: "__pf_defaults__", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, syntaxMalformed("__pf_defaults__")
		}
		deco := args[0]
		defaults := append(py.Tuple(nil), args[1:]...)
		var kwdefaults py.StringDict
		if len(kw) > 0 {
			kwdefaults = py.StringDict{}
			for k, v := range kw {
				kwdefaults[k] = v
			}
		}
		return &callable{name: "decorator", fn: func(fargs py.Tuple, fkw py.StringDict) (py.Object, error) {
			if len(fargs) != 1 || len(fkw) != 0 {
				return nil, syntaxMalformed("__pf_defaults__")
			}
			fn, ok := fargs[0].(*py.Function)
			if !ok {
				return nil, syntaxMalformed("__pf_defaults__")
			}
			if len(defaults) > 0 {
				fn.Defaults = defaults
			}
			if kwdefaults != nil {
				fn.KwDefaults = kwdefaults
			}
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			return py.Call(deco, py.Tuple{fn}, nil)
		}}, nil
	}}
}
