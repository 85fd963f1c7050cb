// This file defines the instrumentation of assignment expressions.
//
// The policy stage translates NAME := VALUE into
// ((VALUE) is __pf_walrus_NAME__), which gpython compiles to the value's
// code, a load of the marker name and COMPARE_OP is. The instrumenter
// replaces the marker's load and the comparison by DUP_TOP and a store
// of NAME in the scope of the code object: STORE_NAME in a module or
// class body; in a function STORE_FAST, or STORE_DEREF for a cell or free
// variable. A NAME the function binds nowhere else is a global to gpython's
// compiler: it becomes a new local, and the function's loads of it become
// LOAD_FAST, as CPython's compiler would have made them. The checker
// (policy/walrus.go) refuses the cases this cannot reproduce: ':=' in a
// comprehension or lambda, a NAME declared global or nonlocal, and a NAME
// bound only by ':=' but used in a nested scope.

package bytecode

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// WalrusPrefix starts the marker names of assignment expressions; the
// marker of NAME is WalrusPrefix + NAME + "__".
const WalrusPrefix = "__pf_walrus_"

// walrus holds the assignment expressions of one code object.
type walrus struct {
	co        *py.Code
	names     []string       // co.Names, with the targets STORE_NAME needs
	varnames  []string       // co.Varnames, with the new locals
	newLocals map[string]int // targets that became locals, by index
	skip      []bool         // instructions to drop: the markers' COMPARE_OP
}

func newWalrus(co *py.Code, ins []instr) *walrus {
	w := &walrus{co: co, names: co.Names, varnames: co.Varnames, skip: make([]bool, len(ins))}
	for i, in := range ins {
		target := w.marker(in, co)
		if target == "" {
			continue
		}
		if i+1 < len(ins) && ins[i+1].op == vm.COMPARE_OP && ins[i+1].arg == vm.PyCmp_IS {
			w.skip[i+1] = true
		}
		if co.Flags&py.CO_OPTIMIZED == 0 || slices.Contains(co.Varnames, target) ||
			slices.Contains(co.Cellvars, target) || slices.Contains(co.Freevars, target) {
			continue
		}
		if w.newLocals == nil {
			w.newLocals = map[string]int{}
			w.varnames = slices.Clone(co.Varnames)
		}
		if _, ok := w.newLocals[target]; !ok {
			w.newLocals[target] = len(w.varnames)
			w.varnames = append(w.varnames, target)
		}
	}
	return w
}

// marker returns the target of the marker load in, or "".
func (w *walrus) marker(in instr, co *py.Code) string {
	if (in.op != vm.LOAD_GLOBAL && in.op != vm.LOAD_NAME) || int(in.arg) >= len(co.Names) {
		return ""
	}
	n := co.Names[in.arg]
	if !strings.HasPrefix(n, WalrusPrefix) || !strings.HasSuffix(n, "__") || len(n) <= len(WalrusPrefix)+2 {
		return ""
	}
	return n[len(WalrusPrefix) : len(n)-2]
}

// isLocal reports whether name became a local of the function.
func (w *walrus) isLocal(name string) bool {
	_, ok := w.newLocals[name]
	return ok
}

// local returns the local index of a target that became a local.
func (w *walrus) local(name string) int32 { return int32(w.newLocals[name]) }

// store returns the instruction storing the top of the stack to target.
func (w *walrus) store(target string) out {
	co := w.co
	if co.Flags&py.CO_OPTIMIZED == 0 {
		i := slices.Index(w.names, target)
		if i < 0 {
			if len(w.names) == len(co.Names) {
				w.names = slices.Clone(co.Names)
			}
			i = len(w.names)
			w.names = append(w.names, target)
		}
		return out{op: vm.STORE_NAME, arg: int32(i), target: -1}
	}
	if i := slices.Index(co.Cellvars, target); i >= 0 {
		return out{op: vm.STORE_DEREF, arg: int32(i), target: -1}
	}
	if i := slices.Index(co.Freevars, target); i >= 0 {
		return out{op: vm.STORE_DEREF, arg: int32(len(co.Cellvars) + i), target: -1}
	}
	return out{op: vm.STORE_FAST, arg: int32(slices.Index(w.varnames, target)), target: -1}
}
