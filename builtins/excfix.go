// This file rewrites the exceptions gpython raises with other words than
// CPython at opcodes pyfence does not guard: a variable read before
// assignment and a failed unpacking. The rewrite happens where the script
// or the run first sees the exception: at the start of an except handler
// (a guard the instrumenter places there) or when it ends the run. It
// also defines the guard of star unpacking.

package builtins

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// FixException rewrites exc, raised with traceback tb, as CPython words
// it, when gpython raised it at one of these instructions:
//
//   - reading a variable before any assignment: UnboundLocalError for a
//     local (LOAD_FAST, or LOAD_DEREF of the function's own cell) and
//     NameError with CPython's message for a free variable, where gpython
//     says "name 'x' is not defined";
//   - unpacking too few values (UNPACK_SEQUENCE), where gpython says
//     "need more than 2 value(s) to unpack".
//
// It returns the class of exc after the rewrite.
func FixException(exc *py.Exception, tb *py.Traceback) *py.Type {
	if tb == nil {
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
	unbound := exc.Base == py.NameError || exc.Base == py.UnboundLocalError
	switch {
	case unbound && op == vm.LOAD_FAST && arg < len(co.Varnames):
		setExc(exc, py.UnboundLocalError, local, co.Varnames[arg])
	case unbound && op == vm.LOAD_DEREF && arg < len(co.Cellvars):
		setExc(exc, py.UnboundLocalError, local, co.Cellvars[arg])
	case unbound && op == vm.LOAD_DEREF && arg-len(co.Cellvars) < len(co.Freevars):
		setExc(exc, py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", co.Freevars[arg-len(co.Cellvars)])
	case exc.Base == py.ValueError && op == vm.UNPACK_SEQUENCE:
		var got int
		if msg, ok := excMessage(exc); ok {
			if _, err := fmt.Sscanf(msg, "need more than %d value(s) to unpack", &got); err == nil {
				exc.Args = py.Tuple{py.String(fmt.Sprintf("not enough values to unpack (expected %d, got %d)", arg, got))}
			}
		}
	}
	return exc.Base
}

// excMessage returns the single string argument of exc.
func excMessage(exc *py.Exception) (string, bool) {
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(py.String)
	return string(s), ok
}

// UnpackEx is the guard before star unpacking (a, *b = v; UNPACK_EX with
// counts): it collects v through the meter, as gpython would collect any
// iterable unchecked, and raises CPython's error when v has too few
// values.
func UnpackEx(st *run.State, counts int, v py.Object) (py.Object, error) {
	items, err := collectItems(st, v)
	if err != nil {
		return nil, err
	}
	if need := counts&0xFF + counts>>8; len(items) < need {
		return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", need, len(items))
	}
	return py.Tuple(items), nil
}

// setExc gives exc the class cls and the message format applied to name.
func setExc(exc *py.Exception, cls *py.Type, format, name string) {
	exc.Base = cls
	exc.Args = py.Tuple{py.String(fmt.Sprintf(format, name))}
}

// fixHandlerException is the guard at the start of an except handler:
// it applies FixException to the exception being handled and returns
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
	return FixException(exc, t)
}
