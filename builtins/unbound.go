// This file turns gpython's NameError for a local variable read before
// assignment into CPython's UnboundLocalError.

package builtins

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// FixUnboundLocal rewrites exc, raised with traceback tb, as CPython's
// UnboundLocalError when it is gpython's NameError for a LOAD_FAST: a
// local variable read before any assignment. gpython raises NameError
// there ("name 'x' is not defined"). It returns the class of exc after
// the rewrite.
func FixUnboundLocal(exc *py.Exception, tb *py.Traceback) *py.Type {
	if exc.Base != py.NameError || tb == nil {
		return exc.Base
	}
	for tb.Next != nil {
		tb = tb.Next // the innermost frame raised it
	}
	f := tb.Frame
	if f == nil || f.Code == nil {
		return exc.Base
	}
	code := f.Code.Code
	at := int(tb.Lasti) - 3 // the instruction before the one gpython was at
	if at < 0 || at+2 >= len(code) || vm.OpCode(code[at]) != vm.LOAD_FAST {
		return exc.Base
	}
	arg := int(code[at+1]) | int(code[at+2])<<8
	if at >= 3 && vm.OpCode(code[at-3]) == vm.EXTENDED_ARG {
		arg |= (int(code[at-2]) | int(code[at-1])<<8) << 16
	}
	if arg >= len(f.Code.Varnames) {
		return exc.Base
	}
	exc.Base = py.UnboundLocalError
	exc.Args = py.Tuple{py.String("cannot access local variable '" + f.Code.Varnames[arg] + "' where it is not associated with a value")}
	return exc.Base
}

// fixHandlerException is the guard at the start of an except handler:
// it applies FixUnboundLocal to the exception being handled and returns
// its class, which the handler matches against.
func fixHandlerException(tb, value py.Object) py.Object {
	exc, ok := value.(*py.Exception)
	if !ok {
		if value == nil {
			return py.None
		}
		return value.Type()
	}
	t, _ := tb.(*py.Traceback)
	return FixUnboundLocal(exc, t)
}
