// Package bytecode instruments code objects compiled by gpython: it inserts
// a step probe at the start of every basic block and routes the opcodes that
// need a runtime guard (attribute access, amplifying arithmetic, comparisons)
// through guard callables.
//
// Instrumentation happens in two phases. [Instrument] rewrites a code tree
// once, at compile time, loading placeholder [Slot] constants where a probe
// or guard goes. [Bind] then clones the tree for one run state, replacing
// every Slot by the object that state supplies. The instrumented template is
// immutable and may be bound concurrently; a bound tree belongs to its state.
//
// Probes and guards are loaded with LOAD_CONST, so no name a script can bind
// reaches them, and a script cannot remove or shadow them.
package bytecode

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// SlotKind says what a placeholder constant stands for.
type SlotKind int

// The kinds of slots.
const (
	// SlotStep is a callable of no arguments that charges N steps.
	SlotStep SlotKind = iota + 1
	// SlotGetAttr is a callable(obj) returning obj.Name.
	SlotGetAttr
	// SlotSetAttr is a callable(value, obj) doing obj.Name = value.
	SlotSetAttr
	// SlotDelAttr is a callable(obj) doing del obj.Name.
	SlotDelAttr
	// SlotBinary is a callable(a, b) computing the binary opcode Op.
	SlotBinary
	// SlotCompare is a callable(a, b) computing comparison N (vm.PyCmp_*).
	SlotCompare
	// SlotHelper is the injected helper named Name (a __pf_*__ name).
	SlotHelper
	// SlotUnary is a callable(a) computing the unary opcode Op.
	SlotUnary
	// SlotTruth is a callable(a) returning bool(a).
	SlotTruth
	// SlotGetIter is a callable(a) returning the iterator a for loop
	// runs over (GET_ITER).
	SlotGetIter
	// SlotSubscr is a callable(obj, key) returning obj[key].
	SlotSubscr
	// SlotStoreSubscr is a callable((value, obj, key)) doing
	// obj[key] = value; it takes the three as one tuple, as the stack
	// has no rotation of four.
	SlotStoreSubscr
	// SlotDelSubscr is a callable(obj, key) doing del obj[key].
	SlotDelSubscr
	// SlotUnpackEx is a callable(v) returning the values of v as a
	// tuple, run before UNPACK_EX with counts N.
	SlotUnpackEx
	// SlotHandler is a callable(traceback, value) run at the start of
	// every except handler; it returns the class of the exception,
	// which it may have rewritten (see the handler prologue).
	SlotHandler
	// SlotSlice is a callable(a, s) computing a[s] for a slice s built by
	// the slice syntax a[i:j:k] (BUILD_SLICE then BINARY_SUBSCR).
	SlotSlice
)

// A Slot is a placeholder constant in an instrumented code object.
type Slot struct {
	Kind SlotKind
	N    int       // steps for SlotStep, comparison for SlotCompare
	Mem  int       // bytes the block's container opcodes allocate, for SlotStep
	Line int       // first line of the block, for SlotStep
	Op   vm.OpCode // opcode for SlotBinary
	Name string    // attribute name, or helper name
}

var slotType = py.NewType("pyfence_slot", "placeholder for an instrumentation hook")

// Type implements py.Object.
func (s *Slot) Type() *py.Type { return slotType }

// Guarded binary opcodes: each may allocate in proportion to its operands'
// values (repetition, big integers, concatenation).
//
// Every binary operator is guarded: besides the amplifying ones
// (repetition, big integers, concatenation), any may have an operand that
// is an instance of a script class, whose special method gpython would
// not call.
var guardedBinary = map[vm.OpCode]bool{
	vm.BINARY_MULTIPLY: true, vm.INPLACE_MULTIPLY: true,
	vm.BINARY_POWER: true, vm.INPLACE_POWER: true,
	vm.BINARY_LSHIFT: true, vm.INPLACE_LSHIFT: true,
	vm.BINARY_ADD: true, vm.INPLACE_ADD: true,
	vm.BINARY_MODULO: true, vm.INPLACE_MODULO: true,
	vm.BINARY_SUBTRACT: true, vm.INPLACE_SUBTRACT: true,
	vm.BINARY_TRUE_DIVIDE: true, vm.INPLACE_TRUE_DIVIDE: true,
	vm.BINARY_FLOOR_DIVIDE: true, vm.INPLACE_FLOOR_DIVIDE: true,
	vm.BINARY_RSHIFT: true, vm.INPLACE_RSHIFT: true,
	vm.BINARY_AND: true, vm.INPLACE_AND: true,
	vm.BINARY_OR: true, vm.INPLACE_OR: true,
	vm.BINARY_XOR: true, vm.INPLACE_XOR: true,
}

// IsHelper reports whether name is reserved for injected helpers.
func IsHelper(name string) bool {
	return len(name) > 7 && name[:5] == "__pf_" && name[len(name)-2:] == "__"
}

type instr struct {
	op     vm.OpCode
	arg    int32
	off    int32 // original offset (of the EXTENDED_ARG prefix if any)
	line   int32
	target int // index of the jump target instruction, -1 if none
}

// out is one emitted instruction of the rewritten code.
type out struct {
	op     vm.OpCode
	arg    int32
	line   int32
	target int // index into the original instructions: jump to its new start
	abs    bool
}

func isRelJump(op vm.OpCode) bool {
	switch op {
	case vm.JUMP_FORWARD, vm.FOR_ITER, vm.SETUP_LOOP, vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH:
		return true
	}
	return false
}

func isAbsJump(op vm.OpCode) bool {
	switch op {
	case vm.JUMP_ABSOLUTE, vm.POP_JUMP_IF_TRUE, vm.POP_JUMP_IF_FALSE,
		vm.JUMP_IF_TRUE_OR_POP, vm.JUMP_IF_FALSE_OR_POP, vm.CONTINUE_LOOP:
		return true
	}
	return false
}

// endsBlock reports whether the instruction after op starts a new block.
func endsBlock(op vm.OpCode) bool {
	if isRelJump(op) || isAbsJump(op) {
		return true
	}
	switch op {
	case vm.RETURN_VALUE, vm.RAISE_VARARGS, vm.BREAK_LOOP, vm.END_FINALLY,
		vm.POP_BLOCK, vm.POP_EXCEPT, vm.WITH_CLEANUP, vm.YIELD_VALUE, vm.YIELD_FROM:
		return true
	}
	return false
}

// decode splits code into instructions, folding EXTENDED_ARG prefixes and
// attaching a line to each.
func decode(co *py.Code) ([]instr, error) {
	code := co.Code
	var res []instr
	var ext int32
	start := int32(-1)
	for pc := 0; pc < len(code); {
		op := vm.OpCode(code[pc])
		off := int32(pc)
		pc++
		var arg int32
		if op.HAS_ARG() {
			if pc+2 > len(code) {
				return nil, fmt.Errorf("truncated instruction at %d", off)
			}
			arg = int32(code[pc]) | int32(code[pc+1])<<8
			pc += 2
		}
		if op == vm.EXTENDED_ARG {
			ext = arg
			if start < 0 {
				start = off
			}
			continue
		}
		if start >= 0 {
			off = start
			arg |= ext << 16
			start, ext = -1, 0
		}
		res = append(res, instr{op: op, arg: arg, off: off, target: -1})
	}
	// Lines, by the usual lnotab rule: an address belongs to the last entry
	// at or before it.
	line := co.Firstlineno
	addr := int32(0)
	j := 0
	for i := range res {
		for j+1 < len(co.Lnotab) {
			next := addr + int32(co.Lnotab[j])
			if next > res[i].off {
				break
			}
			addr = next
			line += int32(co.Lnotab[j+1])
			j += 2
		}
		res[i].line = line
	}
	// Jump targets.
	byOff := make(map[int32]int, len(res))
	for i, in := range res {
		byOff[in.off] = i
	}
	for i := range res {
		in := &res[i]
		var t int32
		switch {
		case isRelJump(in.op):
			size := int32(3)
			if i+1 < len(res) {
				size = res[i+1].off - in.off
			}
			t = in.off + size + in.arg
		case isAbsJump(in.op):
			t = in.arg
		default:
			continue
		}
		idx, ok := byOff[t]
		if !ok {
			if int(t) == len(code) {
				idx = len(res)
			} else {
				return nil, fmt.Errorf("jump at %d to %d: not an instruction", in.off, t)
			}
		}
		in.target = idx
	}
	return res, nil
}

// Stats counts what Instrument inserted.
type Stats struct {
	Codes  int // code objects
	Probes int // step probes
	Guards int // guarded opcodes
}

// Options select optional instrumentation.
type Options struct {
	// KwargsHelper, when not empty, names a helper that every function
	// with a **kwargs parameter passes that parameter through on entry
	// (gpython collects keyword arguments in its own str-keyed dict).
	KwargsHelper string
}

// Instrument returns an instrumented copy of co and of every code object
// nested in its constants. co itself is not modified.
func Instrument(co *py.Code, opts Options) (*py.Code, Stats, error) {
	var st Stats
	res, err := instrument(co, opts, &st)
	return res, st, err
}

// kwargsPrologue returns the instructions that pass the **kwargs
// parameter of co through the helper, or nil.
func kwargsPrologue(co *py.Code, opts Options, slot func(Slot) int32, line int32) []out {
	if opts.KwargsHelper == "" || co.Flags&py.CO_VARKEYWORDS == 0 {
		return nil
	}
	idx := int(co.Argcount + co.Kwonlyargcount)
	if co.Flags&py.CO_VARARGS != 0 {
		idx++
	}
	if idx >= len(co.Varnames) {
		return nil
	}
	name := co.Varnames[idx]
	load, store, arg := vm.LOAD_FAST, vm.STORE_FAST, int32(idx)
	for i, c := range co.Cellvars {
		if c == name {
			load, store, arg = vm.LOAD_DEREF, vm.STORE_DEREF, int32(i)
		}
	}
	return []out{
		{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotHelper, Name: opts.KwargsHelper}), line: line, target: -1},
		{op: load, arg: arg, line: line, target: -1},
		{op: vm.CALL_FUNCTION, arg: 1, line: line, target: -1},
		{op: store, arg: arg, line: line, target: -1},
	}
}

// cellPrologue returns the instructions that copy each parameter captured
// by a closure into its cell. gpython v0.2.0 leaves Cell2arg empty, so
// without this a closure over a parameter (def f(x): return lambda: x)
// finds its cell empty and raises NameError.
func cellPrologue(co *py.Code, line int32) []out {
	nparams := int(co.Argcount + co.Kwonlyargcount)
	if co.Flags&py.CO_VARARGS != 0 {
		nparams++
	}
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		nparams++
	}
	var res []out
	for ci, cell := range co.Cellvars {
		if len(co.Cell2arg) > ci && co.Cell2arg[ci] != py.CO_CELL_NOT_AN_ARG {
			continue // gpython fills this cell itself
		}
		for ai := 0; ai < nparams && ai < len(co.Varnames); ai++ {
			if co.Varnames[ai] == cell {
				res = append(res,
					out{op: vm.LOAD_FAST, arg: int32(ai), line: line, target: -1},
					out{op: vm.STORE_DEREF, arg: int32(ci), line: line, target: -1})
			}
		}
	}
	return res
}

func instrument(co *py.Code, opts Options, st *Stats) (*py.Code, error) {
	st.Codes++
	ins, err := decode(co)
	if err != nil {
		return nil, fmt.Errorf("code %s: %w", co.Name, err)
	}
	consts := append(py.Tuple(nil), co.Consts...)
	for i, c := range consts {
		if nested, ok := c.(*py.Code); ok {
			consts[i], err = instrument(nested, opts, st)
			if err != nil {
				return nil, err
			}
		}
	}
	constIdx := func(o py.Object) int32 {
		consts = append(consts, o)
		return int32(len(consts) - 1)
	}
	slots := map[Slot]int32{}
	slot := func(s Slot) int32 {
		if i, ok := slots[s]; ok {
			return i
		}
		i := constIdx(&Slot{Kind: s.Kind, N: s.N, Mem: s.Mem, Line: s.Line, Op: s.Op, Name: s.Name})
		slots[s] = i
		return i
	}

	// Leaders and block lengths.
	leader := make([]bool, len(ins)+1)
	if len(ins) > 0 {
		leader[0] = true
	}
	for i, in := range ins {
		if in.target >= 0 {
			leader[in.target] = true
		}
		if endsBlock(in.op) {
			leader[i+1] = true
		}
	}

	w := newWalrus(co, ins)

	// Starts of except handlers: gpython enters them with the traceback,
	// the exception and its class pushed.
	handler := make([]bool, len(ins)+1)
	for _, in := range ins {
		if in.op == vm.SETUP_EXCEPT && in.target >= 0 {
			handler[in.target] = true
		}
	}

	var outs []out
	if len(ins) > 0 {
		outs = append(outs, cellPrologue(co, ins[0].line)...)
		outs = append(outs, kwargsPrologue(co, opts, slot, ins[0].line)...)
	}
	first := make([]int, len(ins)+1) // index in outs where original i starts
	for i, in := range ins {
		first[i] = len(outs)
		if leader[i] {
			n, mem := 1, allocBytes(in)
			for j := i + 1; j < len(ins) && !leader[j]; j++ {
				n++
				mem += allocBytes(ins[j])
			}
			outs = append(outs,
				out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotStep, N: n, Mem: mem, Line: int(in.line)}), line: in.line, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 0, line: in.line, target: -1},
				out{op: vm.POP_TOP, line: in.line, target: -1},
			)
			st.Probes++
		}
		if handler[i] {
			// Replace the class by what the guard returns for the
			// traceback and the exception.
			st.Guards++
			outs = append(outs,
				out{op: vm.POP_TOP, line: in.line, target: -1},
				out{op: vm.DUP_TOP_TWO, line: in.line, target: -1},
				out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotHandler}), line: in.line, target: -1},
				out{op: vm.ROT_THREE, line: in.line, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, line: in.line, target: -1})
		}
		name := func() string {
			if int(in.arg) < len(co.Names) {
				return co.Names[in.arg]
			}
			return ""
		}
		emit := func(o ...out) {
			for k := range o {
				o[k].line = in.line
			}
			outs = append(outs, o...)
		}
		plain := out{op: in.op, arg: in.arg, line: in.line, target: in.target, abs: isAbsJump(in.op)}
		switch {
		case w.skip[i]:
			// The 'is' of an assignment expression's marker: gone.
		case w.marker(in, co) != "":
			emit(out{op: vm.DUP_TOP, target: -1}, w.store(w.marker(in, co)))
		case isDottedLoad(in, co):
			st.Guards++
			emit(w.dotted(in, slot)...)
		case in.op == vm.LOAD_GLOBAL && w.isLocal(name()):
			emit(out{op: vm.LOAD_FAST, arg: w.local(name()), target: -1})
		case in.op == vm.LOAD_ATTR:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotGetAttr, Name: name()}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1})
		case in.op == vm.STORE_ATTR:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotSetAttr, Name: name()}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1},
				out{op: vm.POP_TOP, target: -1})
		case in.op == vm.DELETE_ATTR:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotDelAttr, Name: name()}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1},
				out{op: vm.POP_TOP, target: -1})
		case in.op == vm.BINARY_SUBSCR && i > 0 && ins[i-1].op == vm.BUILD_SLICE:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotSlice}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1})
		case in.op == vm.BINARY_SUBSCR:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotSubscr}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1})
		case in.op == vm.STORE_SUBSCR:
			st.Guards++
			emit(out{op: vm.BUILD_TUPLE, arg: 3, target: -1},
				out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotStoreSubscr}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1},
				out{op: vm.POP_TOP, target: -1})
		case in.op == vm.UNPACK_EX:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotUnpackEx, N: int(in.arg)}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1},
				plain)
		case in.op == vm.DELETE_SUBSCR:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotDelSubscr}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1},
				out{op: vm.POP_TOP, target: -1})
		case guardedBinary[in.op]:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotBinary, Op: in.op}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1})
		case in.op == vm.COMPARE_OP && guardedCompare(in.arg) && !safeCompare(co, ins, i):
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotCompare, N: int(in.arg)}), target: -1},
				out{op: vm.ROT_THREE, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 2, target: -1})
		case in.op == vm.UNARY_NEGATIVE || in.op == vm.UNARY_POSITIVE || in.op == vm.UNARY_INVERT || in.op == vm.UNARY_NOT:
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotUnary, Op: in.op}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1})
		case (in.op == vm.POP_JUMP_IF_FALSE || in.op == vm.POP_JUMP_IF_TRUE) && !boolOperand(ins, i):
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotTruth}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1},
				plain)
		case in.op == vm.JUMP_IF_FALSE_OR_POP || in.op == vm.JUMP_IF_TRUE_OR_POP:
			st.Guards++
			jump := vm.POP_JUMP_IF_FALSE
			if in.op == vm.JUMP_IF_TRUE_OR_POP {
				jump = vm.POP_JUMP_IF_TRUE
			}
			emit(out{op: vm.DUP_TOP, target: -1},
				out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotTruth}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1},
				out{op: jump, target: in.target, abs: true},
				out{op: vm.POP_TOP, target: -1})
		case in.op == vm.GET_ITER && !(i+2 < len(ins) && ins[i+2].op == vm.YIELD_FROM):
			st.Guards++
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotGetIter}), target: -1},
				out{op: vm.ROT_TWO, target: -1},
				out{op: vm.CALL_FUNCTION, arg: 1, target: -1})
		case (in.op == vm.LOAD_GLOBAL || in.op == vm.LOAD_NAME) && IsHelper(name()):
			emit(out{op: vm.LOAD_CONST, arg: slot(Slot{Kind: SlotHelper, Name: name()}), target: -1})
		default:
			outs = append(outs, plain)
		}
	}
	first[len(ins)] = len(outs)

	code, lnotab, err := layout(outs, first, co.Firstlineno)
	if err != nil {
		return nil, fmt.Errorf("code %s: %w", co.Name, err)
	}
	nc := *co
	nc.Code = code
	nc.Lnotab = lnotab
	nc.Consts = consts
	nc.Names = w.names
	nc.Varnames = w.varnames
	nc.Nlocals = int32(len(w.varnames))
	nc.Stacksize = co.Stacksize + 3
	return &nc, nil
}

// Bytes charged for the containers the VM builds itself, which no guard
// sees: a slot of a list or tuple is an interface value (16 bytes), an
// appended item costs twice that on average because the list's backing
// array grows by doubling, and each new container has a header.
const (
	slotBytes      = 16
	containerBytes = 48
)

// allocBytes returns the bytes instruction in allocates each time it runs,
// when that does not depend on its operands: the step probe of its block
// accounts them, so that list displays and comprehensions count against
// the memory budget without a guard call per instruction.
func allocBytes(in instr) int {
	switch in.op {
	case vm.BUILD_LIST, vm.BUILD_TUPLE, vm.BUILD_SET, vm.BUILD_MAP:
		return containerBytes + slotBytes*int(in.arg)
	case vm.LIST_APPEND:
		return 2 * slotBytes
	}
	return 0
}

// guardedCompare reports whether comparison op can recurse into containers
// or compare uncomparable Go values (is, ==, <, in, ...). Exception matching
// cannot.
func guardedCompare(op int32) bool {
	return op != vm.PyCmp_EXC_MATCH
}

// scalarConst reports whether instruction i-1 loads a constant of a
// comparable scalar type (None, bool, int, float, str).
func scalarConst(co *py.Code, ins []instr, i int) (py.Object, bool) {
	if i == 0 || ins[i-1].op != vm.LOAD_CONST || int(ins[i-1].arg) >= len(co.Consts) {
		return nil, false
	}
	c := co.Consts[ins[i-1].arg]
	switch c.(type) {
	case py.NoneType, py.Bool, py.Int, py.Float, py.String:
		return c, true
	}
	return nil, false
}

// safeCompare: identity with a scalar constant (x is None) can neither
// compare uncomparable Go values nor call a script's special method.
func safeCompare(co *py.Code, ins []instr, i int) bool {
	op := ins[i].arg
	if op != vm.PyCmp_IS && op != vm.PyCmp_IS_NOT {
		return false
	}
	_, ok := scalarConst(co, ins, i)
	return ok
}

// boolOperand reports whether the value a conditional jump at i tests is
// the result of a comparison, which is already a bool.
func boolOperand(ins []instr, i int) bool {
	return i > 0 && ins[i-1].op == vm.COMPARE_OP
}

// layout assigns offsets to outs (with EXTENDED_ARG where an argument needs
// more than 16 bits), resolves jumps and builds the line table.
func layout(outs []out, first []int, firstLine int32) (string, string, error) {
	size := make([]int32, len(outs))
	for k, o := range outs {
		size[k] = instrSize(o.op, 0)
	}
	offs := make([]int32, len(outs)+1)
	for iter := 0; ; iter++ {
		if iter > 20 {
			return "", "", fmt.Errorf("layout did not converge")
		}
		offs[0] = 0
		for k := range outs {
			offs[k+1] = offs[k] + size[k]
		}
		changed := false
		for k := range outs {
			arg := argOf(outs[k], k, offs, first)
			if s := instrSize(outs[k].op, arg); s > size[k] {
				size[k] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	buf := make([]byte, 0, offs[len(outs)])
	for k, o := range outs {
		arg := argOf(o, k, offs, first)
		if o.op.HAS_ARG() {
			if size[k] == 6 {
				hi := arg >> 16
				buf = append(buf, byte(vm.EXTENDED_ARG), byte(hi), byte(hi>>8))
			}
			buf = append(buf, byte(o.op), byte(arg), byte(arg>>8))
		} else {
			buf = append(buf, byte(o.op))
		}
	}
	// Line table. gpython looks up the line of the address after the
	// failing instruction, so each line change is recorded one byte after
	// the instruction that starts the new line: then the lookup lands on
	// the line of the instruction that actually ran.
	var ln []byte
	lastAddr, lastLine := int32(0), firstLine
	for k, o := range outs {
		if o.line <= lastLine {
			continue
		}
		at := offs[k] + 1
		da, dl := at-lastAddr, o.line-lastLine
		for da > 255 {
			ln = append(ln, 255, 0)
			da -= 255
		}
		for dl > 255 {
			ln = append(ln, byte(da), 255)
			da = 0
			dl -= 255
		}
		ln = append(ln, byte(da), byte(dl))
		lastAddr, lastLine = at, o.line
	}
	return string(buf), string(ln), nil
}

func instrSize(op vm.OpCode, arg int32) int32 {
	if !op.HAS_ARG() {
		return 1
	}
	if arg > 0xFFFF || arg < 0 {
		return 6
	}
	return 3
}

func argOf(o out, k int, offs []int32, first []int) int32 {
	if o.target < 0 {
		return o.arg
	}
	t := offs[first[o.target]]
	if o.abs {
		return t
	}
	return t - offs[k+1]
}

// Resolver supplies, for one run state, the object each slot stands for.
type Resolver interface {
	Resolve(s *Slot) py.Object
}

// Bind returns a copy of the instrumented tree co whose slots are replaced
// by the objects r supplies. Identical slots resolve once per call.
func Bind(co *py.Code, r Resolver) *py.Code {
	memo := map[*Slot]py.Object{}
	return bind(co, r, memo)
}

func bind(co *py.Code, r Resolver, memo map[*Slot]py.Object) *py.Code {
	nc := *co
	nc.Consts = make(py.Tuple, len(co.Consts))
	for i, c := range co.Consts {
		switch c := c.(type) {
		case *Slot:
			o, ok := memo[c]
			if !ok {
				o = r.Resolve(c)
				memo[c] = o
			}
			nc.Consts[i] = o
		case *py.Code:
			nc.Consts[i] = bind(c, r, memo)
		default:
			nc.Consts[i] = c
		}
	}
	return &nc
}
