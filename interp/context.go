// This file defines pyContext, pyfence's implementation of gpython's
// py.Context: no file system, no module registry, builtins of its own.

package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// pyContext is the py.Context of one pooled run state. gpython's stdlib
// context is not used: it registers os, sys and a file importer.
type pyContext struct {
	st    *run.State
	store *py.ModuleStore
	done  chan struct{}
}

var _ py.Context = (*pyContext)(nil)

func newPyContext(st *run.State) *pyContext {
	c := &pyContext{st: st, store: py.NewModuleStore(), done: make(chan struct{})}
	close(c.done)
	return c
}

// ResolveAndCompile refuses: scripts never load code from files.
func (c *pyContext) ResolveAndCompile(pathname string, _ py.CompileOpts) (py.CompileOut, error) {
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "no module named %q", pathname)
}

// ModuleInit refuses: modules are instantiated by pyfence's importer only.
func (c *pyContext) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	return nil, py.ExceptionNewf(py.ImportError, "no module named %q", impl.Info.Name)
}

// RunCode runs code through the depth-counting hook.
func (c *pyContext) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return py.VmEvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}

// GetModule returns a module this run imported.
func (c *pyContext) GetModule(name string) (*py.Module, error) {
	return c.store.GetModule(name)
}

// Store returns the run's module store.
func (c *pyContext) Store() *py.ModuleStore { return c.store }

// Close does nothing: a pyContext holds no resources.
func (c *pyContext) Close() error { return nil }

// Done returns a closed channel.
func (c *pyContext) Done() <-chan struct{} { return c.done }
