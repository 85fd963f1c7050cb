// This file expands the dotted names gpython's compiler leaves in
// decorators: it compiles "@a.b.c" as a load of the single name "a.b.c",
// which never exists. The expansion loads a and reads b and c through the
// attribute guard, as CPython evaluates the decorator expression.

package bytecode

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// isDottedLoad reports whether in loads a dotted name.
func isDottedLoad(in instr, co *py.Code) bool {
	if in.op != vm.LOAD_NAME && in.op != vm.LOAD_GLOBAL || int(in.arg) >= len(co.Names) {
		return false
	}
	return strings.Contains(co.Names[in.arg], ".")
}

// dotted returns the instructions loading the dotted name of in: its first
// part from the scope it belongs to, then each further part through a
// guarded attribute read.
func (w *walrus) dotted(in instr, slot func(Slot) int32) []out {
	parts := strings.Split(w.co.Names[in.arg], ".")
	res := []out{w.loadName(in.op, parts[0])}
	for _, p := range parts[1:] {
		res = append(res,
			out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotGetAttr, Name: p}), target: -1},
			out{op: vm.ROT_TWO, target: -1},
			out{op: vm.CALL_FUNCTION, arg: 1, target: -1})
	}
	return res
}

// loadName returns the instruction loading name in the scope of the code:
// a local, a cell or free variable of a function, else op (LOAD_NAME or
// LOAD_GLOBAL) with the name added to the code's names.
func (w *walrus) loadName(op vm.OpCode, name string) out {
	co := w.co
	if co.Flags&py.CO_OPTIMIZED != 0 {
		if i := slices.Index(co.Cellvars, name); i >= 0 {
			return out{op: vm.LOAD_DEREF, arg: int32(i), target: -1}
		}
		if i := slices.Index(co.Freevars, name); i >= 0 {
			return out{op: vm.LOAD_DEREF, arg: int32(len(co.Cellvars) + i), target: -1}
		}
		if i := slices.Index(w.varnames, name); i >= 0 {
			return out{op: vm.LOAD_FAST, arg: int32(i), target: -1}
		}
	}
	i := slices.Index(w.names, name)
	if i < 0 {
		if len(w.names) == len(co.Names) {
			w.names = slices.Clone(co.Names)
		}
		i = len(w.names)
		w.names = append(w.names, name)
	}
	return out{op: op, arg: int32(i), target: -1}
}
