// This file defines the iterator wrapper of instrumented for loops.

package builtins

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// loopIterator is what GET_ITER yields in instrumented code. gpython's
// FOR_ITER ends a loop on any exception from the iterator, silently; the
// wrapper reports only real exhaustion as StopIteration and parks any other
// exception in the run state, where the step probe at the loop's exit
// raises it.
type loopIterator struct {
	st    *run.State
	inner py.Object
}

var loopIteratorType = py.NewType("iterator", "")

func (it *loopIterator) Type() *py.Type { return loopIteratorType }

func (it *loopIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *loopIterator) M__next__() (py.Object, error) {
	var (
		v   py.Object
		err error
	)
	if isUserValue(it.inner) {
		var ok bool
		v, ok, err = callSpecialMethod(it.inner, "__next__")
		if err == nil && !ok {
			err = py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", typeName(it.inner))
		}
	} else {
		v, err = py.Next(it.inner)
	}
	if err != nil {
		if !isStop(err) {
			it.st.SetPending(err)
		}
		return nil, py.StopIteration
	}
	return v, nil
}

// loopIter is GET_ITER: iter(o), calling a script class's __iter__, and
// wrapped for FOR_ITER.
func loopIter(st *run.State, o py.Object) (py.Object, error) {
	var (
		it  py.Object
		err error
	)
	if isUserValue(o) {
		r, ok, cerr := callSpecialMethod(o, "__iter__")
		switch {
		case cerr != nil:
			return nil, cerr
		case ok:
			it = r
		default:
			// A class with __getitem__ only is iterable in CPython too.
			it, err = py.Iter(o)
		}
	} else if l, ok := o.(*py.List); ok {
		it = &listIterator{l: l}
	} else if s, ok := o.(py.String); ok {
		it = &strIterator{s: string(s)}
	} else {
		it, err = py.Iter(o)
	}
	if err != nil {
		return nil, err
	}
	return &loopIterator{st: st, inner: it}, nil
}

// listIterator iterates a list as CPython's list_iterator does: by index
// over the live list, so that items appended during the loop are seen and
// a list emptied during the loop ends it. (gpython's iterator copies the
// list's slice when it starts.)
type listIterator struct {
	l *py.List
	i int
}

var listIteratorType = py.NewType("list_iterator", "")

func (it *listIterator) Type() *py.Type { return listIteratorType }

func (it *listIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *listIterator) M__next__() (py.Object, error) {
	if it.l == nil || it.i >= len(it.l.Items) {
		it.l = nil // exhausted for good, as in CPython
		return nil, py.StopIteration
	}
	v := it.l.Items[it.i]
	it.i++
	return v, nil
}

// strIterator iterates the characters of a str by byte offset. (gpython's
// iterator indexes the string by character, which walks it from the start
// at every step.)
type strIterator struct {
	s   string
	off int
}

var strIteratorType = py.NewType("str_ascii_iterator", "")

func (it *strIterator) Type() *py.Type { return strIteratorType }

func (it *strIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *strIterator) M__next__() (py.Object, error) {
	if it.off >= len(it.s) {
		return nil, py.StopIteration
	}
	_, size := utf8.DecodeRuneInString(it.s[it.off:])
	c := it.s[it.off : it.off+size]
	it.off += size
	return py.String(c), nil
}
