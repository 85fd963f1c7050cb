// This file turns gpython's NameError for a local variable read before
// assignment into CPython's UnboundLocalError.

package builtins

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// FixUnboundLocal rewrites exc, raised with traceback tb, as CPython
// words the read of a variable before any assignment: UnboundLocalError
// for a local (LOAD_FAST, or LOAD_DEREF of the function's own cell) and
// NameError with CPython's message for a free variable. gpython raises
// NameError "name 'x' is not defined" for a local. It returns the class
// of exc after the rewrite.
func FixUnboundLocal(exc *py.Exception, tb *py.Traceback) *py.Type {
	if exc.Base != py.NameError && exc.Base != py.UnboundLocalError || tb == nil {
		return exc.Base
	}
	for tb.Next != nil {
		tb = tb.Next // the innermost frame raised it
	}
	f := tb.Frame
	if f == nil || f.Code == nil {
		return exc.Base
	}
	co := f.Code
	code := co.Code
	at := int(tb.Lasti) - 3 // the instruction before the one gpython was at
	if at < 0 || at+2 >= len(code) {
		return exc.Base
	}
	op := vm.OpCode(code[at])
	arg := int(code[at+1]) | int(code[at+2])<<8
	if at >= 3 && vm.OpCode(code[at-3]) == vm.EXTENDED_ARG {
		arg |= (int(code[at-2]) | int(code[at-1])<<8) << 16
	}
	const local = "cannot access local variable '%s' where it is not associated with a value"
	switch {
	case op == vm.LOAD_FAST && arg < len(co.Varnames):
		setExc(exc, py.UnboundLocalError, local, co.Varnames[arg])
	case op == vm.LOAD_DEREF && arg < len(co.Cellvars):
		setExc(exc, py.UnboundLocalError, local, co.Cellvars[arg])
	case op == vm.LOAD_DEREF && arg-len(co.Cellvars) < len(co.Freevars):
		setExc(exc, py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", co.Freevars[arg-len(co.Cellvars)])
	}
	return exc.Base
}

// setExc gives exc the class cls and the message format applied to name.
func setExc(exc *py.Exception, cls *py.Type, format, name string) {
	exc.Base = cls
	exc.Args = py.Tuple{py.String(fmt.Sprintf(format, name))}
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
