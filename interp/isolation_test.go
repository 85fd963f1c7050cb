package interp_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyfence/pyfence/interp"
)

// isolationPrograms are the scripts TestIsolationUnderConcurrency runs,
// each compiled once and shared by every goroutine. Ordinary scripts check
// that nothing of another run is visible to them; hostile ones try to
// leave something behind (a global, a class, an attribute of a builtin
// type or function) or end with a limit half-way through.
var isolationPrograms = map[string]string{
	// Module globals, classes, instance attributes and inputs are the
	// run's own (every run gets the same Go slice as items).
	"globals": `
try:
    counter
    print('leak: global of another run', counter)
except NameError:
    pass
try:
    Leaked
    print('leak: class of another run')
except NameError:
    pass
counter = seed
class Leaked:
    tag = seed
    def get(self):
        return self.tag
o = Leaked()
o.extra = seed * 2
Leaked.tag2 = seed + 1
items.append(seed)
items[0] = seed
print(o.get(), o.extra, Leaked.tag2, counter, items)
`,
	// Nothing written by a poisoner is visible, and builtins still work.
	"observer": `
types = [str, int, list, dict, set, tuple, range, object, ValueError, KeyError,
         Exception, BaseException, type(None), type(len), bool, float, bytes,
         type(iter([])), type]
for t in types:
    if hasattr(t, 'poison'):
        print('leak: poisoned type', t)
for f in [len, print, sorted, getattr, setattr, hasattr, repr, iter]:
    if hasattr(f, 'poison'):
        print('leak: poisoned builtin', f)
if hasattr('', 'poison') or hasattr(1, 'poison') or hasattr([], 'poison'):
    print('leak: poisoned instance')
xs = []
xs.append(seed)
print(xs, ','.join(['a', 'b']), (5).bit_length(), len([1, 2]), sorted([3, 1, 2]))
`,
	// Writes to builtin types and functions, reached by name or through
	// type(x); each run tries one target, picked by the input i.
	"poisoner": `
targets = [str, int, list, dict, set, tuple, range, object, ValueError, KeyError,
           Exception, BaseException, type(None), type(len), bool, float, bytes,
           type(iter([])), type, type(''), type(1), type([]), type({}),
           len, print, sorted, getattr, setattr, hasattr, repr, iter]
t = targets[i % len(targets)]
if i % 2 == 0:
    setattr(t, 'poison', seed)
else:
    t.poison = seed
print('poisoned', i)
`,
	// One program, four behaviours: an ordinary run, or a limit tripped
	// deep in recursion, after output, or mid-way through a loop.
	"limits": `
print('start', seed)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
if mode == 'steps':
    down(40)
    while True:
        pass
elif mode == 'depth':
    down(10**6)
elif mode == 'output':
    while True:
        print('x' * 100)
elif mode == 'memory':
    down(40)
    x = 'a' * 10**10
elif mode == 'time':
    while True:
        pass
else:
    print(down(50), seed)
`,
	// Modules are per run: a write to one (a policy block) or to one of
	// its classes (a TypeError) never reaches another run, and every run
	// sees the modules as CPython defines them.
	"modules": `
import math, json, datetime
if seed % 3 == 0:
    k = seed % 5
    if k == 0:
        math.pi = 3
    elif k == 1:
        setattr(json, 'dumps', repr)
    elif k == 2:
        json.JSONDecodeError.poison = seed
    elif k == 3:
        datetime.date.poison = seed
    else:
        del math.sqrt
for o in [json.JSONDecodeError, datetime.date, datetime.timedelta]:
    if hasattr(o, 'poison'):
        print('leak: poisoned module class', o)
print(math.pi, math.sqrt(16), json.dumps({'a': [seed]}), datetime.date(2024, 1, 1) + datetime.timedelta(days=seed % 7))
`,
	// Other hostile runs: a runtime policy block, an exception, deep
	// data, a memory bomb.
	"hostile": `
print('hostile', seed)
if seed % 4 == 0:
    getattr(1, '__cl' + 'ass__')
elif seed % 4 == 1:
    raise ValueError(seed)
elif seed % 4 == 2:
    x = []
    for _ in range(10**4):
        x = [x]
    print(repr(x))
else:
    x = [0] * 10**10
`,
}

// isolationLimits are the budgets of every run: small, so that hostile
// runs end quickly even under the race detector.
var isolationLimits = interp.Limits{Steps: 200_000, Time: 20 * time.Second, Memory: 16 << 20, Depth: 60, Output: 4 << 10}

// isolationJob is one run.
type isolationJob struct {
	prog   string
	inputs map[string]any
}

// TestIsolationUnderConcurrency runs 1,000 runs of a mix of ordinary and
// hostile scripts on 32 goroutines sharing the compiled programs. Run it
// with -race: no run may crash, race, or see anything of another run, and
// every ordinary run must print exactly what it prints alone.
func TestIsolationUnderConcurrency(t *testing.T) {
	const (
		runs       = 1000
		goroutines = 32
	)
	progs := map[string]*interp.Program{}
	for name, src := range isolationPrograms {
		p, err := interp.Compile(name+".py", src, interp.CompileOptions{AllowImport: interp.Modules()})
		require.NoError(t, err, name)
		progs[name] = p
	}

	// What an ordinary run of "limits" costs, measured on a program of its
	// own: every ordinary run on the shared one must cost exactly as much,
	// whatever limit the previous run of its pooled state tripped.
	fresh, err := interp.Compile("limits.py", isolationPrograms["limits"], interp.CompileOptions{})
	require.NoError(t, err)
	ref, err := fresh.Run(context.Background(), interp.RunOptions{Limits: isolationLimits, Inputs: map[string]any{"seed": 0, "mode": "ordinary"}})
	require.NoError(t, err)
	wantSteps := ref.Steps

	// Every "globals" run gets this slice as an input and mutates what
	// it sees; the Go slice must stay as it is.
	shared := []any{1, 2, 3}

	rng := rand.New(rand.NewPCG(1, 2))
	modes := []string{"steps", "depth", "output", "memory", "time", "ordinary", "ordinary", "ordinary"}
	jobs := make([]isolationJob, runs)
	for i := range jobs {
		seed := 1000 + i
		switch r := rng.IntN(10); {
		case r < 2:
			jobs[i] = isolationJob{"globals", map[string]any{"seed": seed, "items": shared}}
		case r < 4:
			jobs[i] = isolationJob{"observer", map[string]any{"seed": seed}}
		case r < 6:
			jobs[i] = isolationJob{"poisoner", map[string]any{"seed": seed, "i": rng.IntN(1000)}}
		case r < 7:
			jobs[i] = isolationJob{"modules", map[string]any{"seed": seed}}
		case r < 9:
			jobs[i] = isolationJob{"limits", map[string]any{"seed": seed, "mode": modes[rng.IntN(len(modes))]}}
		default:
			jobs[i] = isolationJob{"hostile", map[string]any{"seed": seed}}
		}
	}

	var (
		mu       sync.Mutex
		failures []string
		counts   = map[string]int{}
	)
	fail := func(job isolationJob, format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		failures = append(failures, fmt.Sprintf("%s %v: %s", job.prog, job.inputs, fmt.Sprintf(format, args...)))
	}
	next := make(chan isolationJob)
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for job := range next {
				outcome := runIsolationJob(progs[job.prog], job, wantSteps, func(format string, args ...any) { fail(job, format, args...) })
				mu.Lock()
				counts[job.prog+" "+outcome]++
				mu.Unlock()
			}
		})
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()

	for _, f := range failures[:min(len(failures), 20)] {
		t.Error(f)
	}
	if len(failures) > 20 {
		t.Errorf("... and %d more failures", len(failures)-20)
	}
	assert.Equal(t, []any{1, 2, 3}, shared, "the input slice, after every run mutated its copy")
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Fprintf(&b, "  %-40s %d\n", k, counts[k])
	}
	t.Logf("outcomes:\n%s", b.String())
}

// runIsolationJob runs one job and reports, through fail, anything that
// shows state shared between runs. It returns a short description of the
// outcome for the summary.
func runIsolationJob(p *interp.Program, job isolationJob, wantSteps int64, fail func(string, ...any)) string {
	ctx := context.Background()
	if job.inputs["mode"] == "time" {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 20*time.Millisecond)
		defer cancel()
	}
	lim := isolationLimits
	if job.inputs["mode"] == "time" {
		lim.Steps = interp.Unlimited
	}
	res, err := runRecovered(ctx, p, interp.RunOptions{Limits: lim, Inputs: job.inputs})
	seed := job.inputs["seed"].(int)

	var (
		le *interp.LimitError
		pe *interp.PolicyError
		ye *interp.PythonError
		ie *interp.InternalError
	)
	switch {
	case errors.As(err, &ie):
		fail("internal error: %v\n%s", ie.Value, ie.Stack)
		return "internal"
	case err != nil && !errors.As(err, &le) && !errors.As(err, &pe) && !errors.As(err, &ye):
		fail("error of unexpected type %T: %v", err, err)
		return "error"
	}
	if res != nil && strings.Contains(res.Output, "leak:") {
		fail("sees another run's state: %q", res.Output)
	}

	switch job.prog {
	case "globals":
		want := fmt.Sprintf("%d %d %d %d [%d, 2, 3, %d]\n", seed, 2*seed, seed+1, seed, seed, seed)
		if assertRun(fail, res, err, want) {
			return "ok"
		}
	case "observer":
		want := fmt.Sprintf("[%d] a,b 3 2 [1, 2, 3]\n", seed)
		if assertRun(fail, res, err, want) {
			return "ok"
		}
	case "poisoner":
		if err == nil {
			// CPython refuses every one of these writes; the observers
			// report whether the write leaked.
			fail("a write to a builtin type or function succeeded: %q", res.Output)
			return "wrote"
		}
		return errKind(err)
	case "limits":
		mode := job.inputs["mode"].(string)
		if mode == "ordinary" {
			want := fmt.Sprintf("start %d\n50 %d\n", seed, seed)
			if assertRun(fail, res, err, want) && res.Steps != wantSteps {
				fail("steps %d, want %d: the pooled state kept something of a previous run", res.Steps, wantSteps)
			}
			return "ordinary"
		}
		wantKind := map[string]interp.LimitKind{"steps": interp.StepLimit, "depth": interp.DepthLimit,
			"output": interp.OutputLimit, "memory": interp.MemoryLimit, "time": interp.TimeLimit}[mode]
		if le == nil || le.Kind != wantKind {
			fail("mode %s ended with %v, want a %v limit", mode, err, wantKind)
		}
		if res != nil && !strings.HasPrefix(res.Output, fmt.Sprintf("start %d\n", seed)) {
			fail("output %q does not start with this run's own output", shorten(res.Output))
		}
		return "limit:" + mode
	case "modules":
		if seed%3 == 0 {
			if err == nil {
				fail("a write to a module or one of its classes succeeded: %q", res.Output)
				return "wrote"
			}
			return errKind(err)
		}
		want := fmt.Sprintf("3.141592653589793 4.0 {\"a\": [%d]} 2024-01-0%d\n", seed, 1+seed%7)
		if assertRun(fail, res, err, want) {
			return "ok"
		}
	case "hostile":
		if err == nil {
			fail("hostile run succeeded: %q", shorten(res.Output))
			return "ok"
		}
		if res != nil && res.Output != fmt.Sprintf("hostile %d\n", seed) {
			fail("output %q, want only this run's own output", shorten(res.Output))
		}
		return errKind(err)
	}
	return "failed"
}

// runRecovered runs p and turns a panic that escapes Run into an error:
// the test must report it, not die of it.
func runRecovered(ctx context.Context, p *interp.Program, opts interp.RunOptions) (res *interp.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, &interp.InternalError{Value: fmt.Sprintf("panic escaped Run: %v", r)}
		}
	}()
	return p.Run(ctx, opts)
}

// assertRun reports through fail unless the run succeeded with exactly
// the output want, and returns whether it did.
func assertRun(fail func(string, ...any), res *interp.Result, err error, want string) bool {
	if err != nil {
		fail("ordinary run failed: %v", err)
		return false
	}
	if res.Output != want {
		fail("output %q, want %q", shorten(res.Output), want)
		return false
	}
	return true
}

func errKind(err error) string {
	var (
		le *interp.LimitError
		pe *interp.PolicyError
		ye *interp.PythonError
	)
	switch {
	case errors.As(err, &le):
		return "limit:" + le.Kind.String()
	case errors.As(err, &pe):
		return "policy"
	case errors.As(err, &ye):
		return "exception:" + ye.Type
	}
	return "other"
}

func shorten(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// TestPooledStateAfterLimits trips every kind of limit on one program and
// checks, after each, that an ordinary run of the same program prints and
// costs exactly what it does on a fresh program: steps, output, depth and
// memory of the pooled state are reset.
func TestPooledStateAfterLimits(t *testing.T) {
	src := isolationPrograms["limits"]
	fresh, err := interp.Compile("limits.py", src, interp.CompileOptions{})
	require.NoError(t, err)
	ordinary := map[string]any{"seed": 7, "mode": "ordinary"}
	ref, err := fresh.Run(context.Background(), interp.RunOptions{Limits: isolationLimits, Inputs: ordinary})
	require.NoError(t, err)

	p, err := interp.Compile("limits.py", src, interp.CompileOptions{})
	require.NoError(t, err)
	for _, mode := range []string{"steps", "depth", "output", "memory", "time", "steps", "depth"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		lim := isolationLimits
		if mode == "time" {
			lim.Steps = interp.Unlimited
		}
		_, err := p.Run(ctx, interp.RunOptions{Limits: lim, Inputs: map[string]any{"seed": 1, "mode": mode}})
		cancel()
		var le *interp.LimitError
		require.ErrorAs(t, err, &le, mode)

		// On one goroutine, sync.Pool's per-P cache almost always hands
		// back the runner that just tripped.
		res, err := p.Run(context.Background(), interp.RunOptions{Limits: isolationLimits, Inputs: ordinary})
		require.NoError(t, err, "ordinary run after a %s limit", mode)
		assert.Equal(t, ref.Output, res.Output, "after a %s limit", mode)
		assert.Equal(t, ref.Steps, res.Steps, "steps after a %s limit", mode)
		assert.Equal(t, ref.Memory, res.Memory, "memory after a %s limit", mode)
	}
}
