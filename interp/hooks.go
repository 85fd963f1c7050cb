// This file installs the call-depth hooks on gpython's two exported entry
// points for running Python frames.

package interp

import (
	"sync"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/vm" // sets py.VmEvalCode and py.VmRunFrame
)

// installHooks wraps py.VmEvalCode (every Python-level call) and
// py.VmRunFrame (every generator resume) once per process, so that frames
// of pyfence runs count against their run's depth budget. Frames of other
// gpython users in the process pass through untouched.
var installHooks = sync.OnceFunc(func() {
	evalCode := py.VmEvalCode
	runFrame := py.VmRunFrame
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
		c, ok := ctx.(*pyContext)
		if !ok {
			return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
		}
		if err := c.st.Enter(); err != nil {
			return nil, err
		}
		res, err := evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
		c.st.Leave()
		if err != nil && c.st.Failed() {
			// The first frame a failure leaves knows where it happened.
			if line := innermostLine(err); line > 0 {
				c.st.NoteLine(line)
			}
		}
		return res, err
	}
	py.VmRunFrame = func(frame *py.Frame) (py.Object, error) {
		c, ok := frame.Context.(*pyContext)
		if !ok {
			return runFrame(frame)
		}
		if err := c.st.Enter(); err != nil {
			return nil, err
		}
		res, err := runFrame(frame)
		c.st.Leave()
		if err != nil && c.st.Failed() {
			if line := innermostLine(err); line > 0 {
				c.st.NoteLine(line)
			}
		}
		return res, err
	}
})
