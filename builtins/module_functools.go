// This file defines the functools module: reduce, partial, lru_cache and
// cache, cmp_to_key, total_ordering, wraps and update_wrapper.
//
// singledispatch, cached_property and partialmethod are not provided
// (AttributeError). wraps and update_wrapper copy the name, qualified
// name and docstring of a script function to another; the other
// attributes CPython copies (__module__, __dict__, __wrapped__) are
// dunders scripts cannot read, so they are not copied.

package builtins

import (
	"fmt"
	"math"
	"sort"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// Types of the functools objects, with CPython's qualified names.
var (
	partialType    = py.NewType("functools.partial", "")
	lruWrapperType = py.NewType("functools._lru_cache_wrapper", "")
	cacheInfoType  = py.NewType("functools.CacheInfo", "")
	keyWrapperType = py.NewType("functools.KeyWrapper", "")
	kwdMarkType    = py.NewType("object", "")
)

// functoolsModule describes the functools module.
// https://docs.python.org/3.11/library/functools.html
func functoolsModule() *moduleSpec {
	partial := &nativeClass{typ: partialType, ctor: newPartial, attrs: partialAttr}
	lru := &nativeClass{typ: lruWrapperType, methods: MethodTable{
		"cache_info":       lruCacheInfo,
		"cache_clear":      lruCacheClear,
		"cache_parameters": lruCacheParameters,
	}}
	info := &nativeClass{typ: cacheInfoType, attrs: cacheInfoAttr}
	key := &nativeClass{typ: keyWrapperType, attrs: keyWrapperAttr}
	return &moduleSpec{
		name:    "functools",
		classes: []*nativeClass{partial, lru, info, key},
		build: func(st *run.State) (py.StringDict, error) {
			g := py.StringDict{"partial": classFacade(st, partial)}
			for name, fn := range map[string]builtinFunc{
				"reduce":         functoolsReduce,
				"lru_cache":      functoolsLruCache,
				"cache":          functoolsCache,
				"cmp_to_key":     functoolsCmpToKey,
				"total_ordering": functoolsTotalOrdering,
				"wraps":          functoolsWraps,
				"update_wrapper": functoolsUpdateWrapper,
			} {
				g[name] = moduleFunc(st, name, fn)
			}
			return g, nil
		},
	}
}

// functoolsReduce is reduce(function, iterable[, initial]).
// https://docs.python.org/3.11/library/functools.html#functools.reduce
func functoolsReduce(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := positional("reduce", args, kw, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	it, err := iterOf(args[1])
	if err != nil {
		if st.Failed() || !py.IsException(py.TypeError, err) {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.TypeError, "reduce() arg 2 must support iteration")
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	err = drain(st, it, func(v py.Object) (bool, error) {
		if acc == nil {
			acc = v
			return false, nil
		}
		r, err := py.Call(fn, py.Tuple{acc, v}, nil)
		acc = r
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	if acc == nil {
		return nil, py.ExceptionNewf(py.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// partialObject is functools.partial(func, /, *args, **keywords).
type partialObject struct {
	st       *run.State
	fn       py.Object
	args     py.Tuple
	keywords *Dict // str keys, in the order of the call (sorted: gpython passes keywords unordered)
}

// Type implements py.Object.
func (p *partialObject) Type() *py.Type { return partialType }

// M__call__ calls func with the stored and the given arguments; given
// keywords override stored ones.
func (p *partialObject) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	st := p.st
	if err := st.Charge(int64(len(p.args)+p.keywords.Len()) + 1); err != nil {
		return nil, err
	}
	if err := st.CheckAlloc(int64(len(p.args)+len(args)) * slotSize); err != nil {
		return nil, err
	}
	all := make(py.Tuple, 0, len(p.args)+len(args))
	all = append(append(all, p.args...), args...)
	var merged py.StringDict
	if p.keywords.Len() > 0 || len(kw) > 0 {
		merged = py.StringDict{}
		for _, kv := range p.keywords.Items() {
			k, ok := kv[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			merged[string(k)] = kv[1]
		}
		for k, v := range kw {
			merged[k] = v
		}
	}
	return py.Call(p.fn, all, merged)
}

// M__repr__ is repr(p) for gpython's own formatting paths.
func (p *partialObject) M__repr__() (py.Object, error) {
	s, err := Repr(p.st, p)
	return py.String(s), err
}

// pfRepr writes functools.partial(<function f at 0x...>, 1, k=2).
func (p *partialObject) pfRepr(r *reprer, depth int) error {
	if r.onStack(p) {
		r.b.WriteString("...")
		return nil
	}
	r.stack = append(r.stack, p)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	r.b.WriteString("functools.partial(")
	if err := r.repr(p.fn, depth+1); err != nil {
		return err
	}
	for _, a := range p.args {
		r.b.WriteString(", ")
		if err := r.repr(a, depth+1); err != nil {
			return err
		}
	}
	for _, kv := range p.keywords.Items() {
		r.b.WriteString(", ")
		s, err := Str(r.st, kv[0])
		if err != nil {
			return err
		}
		r.b.WriteString(s + "=")
		if err := r.repr(kv[1], depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString(")")
	return nil
}

// sortedKeys returns the names of kw in sorted order, the deterministic
// order pyfence gives keywords whose call order gpython does not keep.
func sortedKeys(kw py.StringDict) []string {
	keys := make([]string, 0, len(kw))
	for k := range kw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// newPartial is partial(func, /, *args, **keywords). A partial of a
// partial is flattened, as CPython does.
// https://docs.python.org/3.11/library/functools.html#functools.partial
func newPartial(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "the first argument must be callable")
	}
	if err := st.Charge(int64(len(args)+len(kw)) + 1); err != nil {
		return nil, err
	}
	p := &partialObject{st: st, fn: fn, keywords: newDictIn(st)}
	if inner, ok := fn.(*partialObject); ok {
		if err := st.CheckAlloc(int64(len(inner.args)+len(args)) * slotSize); err != nil {
			return nil, err
		}
		p.fn = inner.fn
		p.args = append(inner.args.Copy(), args[1:]...)
		for _, kv := range inner.keywords.Items() {
			if err := p.keywords.SetItem(st, kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
	} else {
		var err error
		if p.args, err = copyArgs(st, args[1:]); err != nil {
			return nil, err
		}
	}
	for _, k := range sortedKeys(kw) {
		if err := p.keywords.SetItem(st, py.String(k), kw[k]); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// partialAttr serves func, args and keywords.
func partialAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	p, ok := self.(*partialObject)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "func":
		return p.fn, true, nil
	case "args":
		return p.args, true, nil
	case "keywords":
		return p.keywords, true, nil
	}
	return nil, false, nil
}

// kwdMark separates positional from keyword arguments in cache keys.
type kwdMark struct{}

// Type implements py.Object.
func (*kwdMark) Type() *py.Type { return kwdMarkType }

// lruWrapper is the function lru_cache returns. Its cache is a pyfence
// dict in least-recently-used order; it belongs to the run, like the
// module.
type lruWrapper struct {
	st           *run.State
	fn           py.Object
	maxsize      int64 // -1: unbounded
	maxsizeObj   py.Object
	typed        py.Object
	cache        *Dict
	mark         *kwdMark
	hits, misses int64
}

// Type implements py.Object.
func (w *lruWrapper) Type() *py.Type { return lruWrapperType }

// key is CPython's _make_key: the arguments, then a marker and the
// keyword items (sorted by name), then the types of all values when typed.
// A single str or int argument is its own key.
func (w *lruWrapper) key(args py.Tuple, kw py.StringDict) (py.Object, error) {
	typed, err := Truth(w.st, w.typed)
	if err != nil {
		return nil, err
	}
	if !typed && len(kw) == 0 {
		if len(args) == 1 {
			switch args[0].(type) {
			case py.String, py.Int, *py.BigInt:
				return args[0], nil
			}
		}
		return args.Copy(), nil
	}
	n := int64(len(args) + 2*len(kw) + 1)
	if typed {
		n += int64(len(args) + len(kw))
	}
	if err := w.st.Charge(n); err != nil {
		return nil, err
	}
	key := append(make(py.Tuple, 0, n), args...)
	keys := sortedKeys(kw)
	if len(kw) > 0 {
		key = append(key, w.mark)
		for _, k := range keys {
			key = append(key, py.String(k), kw[k])
		}
	}
	if typed {
		for _, a := range args {
			key = append(key, typeOf(w.st, a))
		}
		for _, k := range keys {
			key = append(key, typeOf(w.st, kw[k]))
		}
	}
	return key, nil
}

// M__call__ returns the cached result for the arguments, or calls the
// function and caches its result, evicting the least recently used
// entry when the cache is full.
func (w *lruWrapper) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	st := w.st
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	if w.maxsize == 0 {
		w.misses++
		return py.Call(w.fn, args, kw)
	}
	key, err := w.key(args, kw)
	if err != nil {
		return nil, err
	}
	t := &w.cache.t
	i, h, err := t.lookup(st, key)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		w.hits++
		v := t.entries[i].value
		if w.maxsize > 0 { // move to the most recent end
			t.removeAt(st, i)
			if _, err := t.setHashed(st, -1, key, h, v); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	w.misses++
	res, err := py.Call(w.fn, args, kw)
	if err != nil {
		return nil, err
	}
	// The call may have run anything, this cache included: look again.
	if i, h, err = t.lookup(st, key); err != nil {
		return nil, err
	}
	if i >= 0 {
		return res, nil // a recursive call cached it meanwhile
	}
	if w.maxsize > 0 && int64(t.len()) >= w.maxsize {
		if j := t.first(); j >= 0 {
			t.removeAt(st, j)
			if i, h, err = t.lookup(st, key); err != nil {
				return nil, err
			}
		}
	}
	if _, err := t.setHashed(st, i, key, h, res); err != nil {
		return nil, err
	}
	return res, nil
}

// M__get__ binds the wrapper to an instance, so that lru_cache decorates
// methods as in CPython.
func (w *lruWrapper) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return w, nil
	}
	return &callable{name: "method", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		return w.M__call__(append(py.Tuple{instance}, args...), kw)
	}}, nil
}

// M__repr__ is repr(w) for gpython's own formatting paths.
func (w *lruWrapper) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<functools._lru_cache_wrapper object at %p>", w)), nil
}

// pfRepr implements nativeReprer.
func (w *lruWrapper) pfRepr(r *reprer, depth int) error {
	r.b.WriteString(fmt.Sprintf("<functools._lru_cache_wrapper object at %p>", w))
	return nil
}

// lruCacheInfo is f.cache_info().
// https://docs.python.org/3.11/library/functools.html#functools.lru_cache
func lruCacheInfo(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("cache_info", args, kw); err != nil {
		return nil, err
	}
	w, ok := self.(*lruWrapper)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cache_info() needs a cached function")
	}
	return &cacheInfo{st: st, vals: py.Tuple{py.Int(w.hits), py.Int(w.misses), w.maxsizeObj, py.Int(w.cache.Len())}}, nil
}

// lruCacheClear is f.cache_clear().
// https://docs.python.org/3.11/library/functools.html#functools.lru_cache
func lruCacheClear(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("cache_clear", args, kw); err != nil {
		return nil, err
	}
	w, ok := self.(*lruWrapper)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cache_clear() needs a cached function")
	}
	w.hits, w.misses = 0, 0
	w.cache.t.clear()
	return py.None, nil
}

// lruCacheParameters is f.cache_parameters().
// https://docs.python.org/3.11/library/functools.html#functools.lru_cache
func lruCacheParameters(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("cache_parameters", args, kw); err != nil {
		return nil, err
	}
	w, ok := self.(*lruWrapper)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cache_parameters() needs a cached function")
	}
	d := newDictIn(st)
	if err := d.SetItem(st, py.String("maxsize"), w.maxsizeObj); err != nil {
		return nil, err
	}
	if err := d.SetItem(st, py.String("typed"), w.typed); err != nil {
		return nil, err
	}
	return d, nil
}

// newLruWrapper wraps fn in a cache of maxsize entries (None: unbounded).
func newLruWrapper(st *run.State, fn, maxsize, typed py.Object) (py.Object, error) {
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "the first argument must be callable")
	}
	w := &lruWrapper{st: st, fn: fn, maxsize: -1, maxsizeObj: maxsize, typed: typed, cache: newDictIn(st), mark: &kwdMark{}}
	if maxsize != py.None {
		v, err := indexBig(maxsize)
		if err != nil {
			return nil, err
		}
		switch {
		case v.Sign() < 0:
			w.maxsize, w.maxsizeObj = 0, py.Int(0)
		case v.IsInt64():
			w.maxsize = v.Int64()
		default:
			w.maxsize = math.MaxInt64
		}
		if _, isBool := maxsize.(py.Bool); isBool {
			w.maxsizeObj = py.Int(w.maxsize)
		}
	}
	return w, nil
}

// functoolsLruCache is lru_cache(maxsize=128, typed=False), also used
// bare as @lru_cache.
// https://docs.python.org/3.11/library/functools.html#functools.lru_cache
func functoolsLruCache(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "lru_cache() takes from 0 to 2 positional arguments but %d were given", len(args))
	}
	for k := range kw {
		if k != "maxsize" && k != "typed" {
			return nil, py.ExceptionNewf(py.TypeError, "lru_cache() got an unexpected keyword argument '%s'", k)
		}
	}
	var maxsize, typed py.Object = py.Int(128), py.False
	if err := UnpackArgs("lru_cache", args, kw, "maxsize?", &maxsize, "typed?", &typed); err != nil {
		return nil, err
	}
	switch maxsize.(type) {
	case py.Int, *py.BigInt, py.Bool, py.NoneType:
	default:
		_, typedBool := typed.(py.Bool)
		if isCallable(maxsize) && typedBool {
			return newLruWrapper(st, maxsize, py.Int(128), typed)
		}
		return nil, py.ExceptionNewf(py.TypeError, "Expected first argument to be an integer, a callable, or None")
	}
	return &callable{name: "decorating_function", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "decorating_function() takes 1 positional argument but %d were given", len(args))
		}
		return newLruWrapper(st, args[0], maxsize, typed)
	}}, nil
}

// functoolsCache is cache(user_function): lru_cache(maxsize=None).
// https://docs.python.org/3.11/library/functools.html#functools.cache
func functoolsCache(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "cache() got some positional-only arguments passed as keyword arguments: 'user_function'")
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.TypeError, "cache() missing 1 required positional argument: 'user_function'")
	case 1:
	default:
		return nil, py.ExceptionNewf(py.TypeError, "cache() takes 1 positional argument but %d were given", len(args))
	}
	return newLruWrapper(st, args[0], py.None, py.False)
}

// cacheInfo is the CacheInfo(hits, misses, maxsize, currsize) named
// tuple cache_info returns.
type cacheInfo struct {
	st   *run.State
	vals py.Tuple
}

// cacheInfoFields are the field names of CacheInfo.
var cacheInfoFields = [...]string{"hits", "misses", "maxsize", "currsize"}

// Type implements py.Object.
func (c *cacheInfo) Type() *py.Type { return cacheInfoType }

// M__len__ is len(c).
func (c *cacheInfo) M__len__() (py.Object, error) { return py.Int(len(c.vals)), nil }

// M__iter__ iterates over the fields.
func (c *cacheInfo) M__iter__() (py.Object, error) { return py.Iter(c.vals) }

// M__getitem__ is c[i], as for the tuple.
func (c *cacheInfo) M__getitem__(key py.Object) (py.Object, error) { return py.GetItem(c.vals, key) }

// M__eq__ compares as a tuple.
func (c *cacheInfo) M__eq__(other py.Object) (py.Object, error) {
	o := other
	if x, ok := other.(*cacheInfo); ok {
		o = x.vals
	}
	if _, ok := o.(py.Tuple); !ok {
		return py.NotImplemented, nil
	}
	eq, err := Equal(c.st, c.vals, o)
	return py.NewBool(eq), err
}

// M__ne__ is the negation of M__eq__.
func (c *cacheInfo) M__ne__(other py.Object) (py.Object, error) {
	r, err := c.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__hash__ hashes as the tuple.
func (c *cacheInfo) M__hash__() (py.Object, error) {
	h, err := Hash(c.st, c.vals)
	return py.Int(h), err
}

// M__repr__ is repr(c) for gpython's own formatting paths.
func (c *cacheInfo) M__repr__() (py.Object, error) {
	s, err := Repr(c.st, c)
	return py.String(s), err
}

// pfRepr writes CacheInfo(hits=1, misses=2, maxsize=128, currsize=2).
func (c *cacheInfo) pfRepr(r *reprer, depth int) error {
	r.b.WriteString("CacheInfo(")
	for i, v := range c.vals {
		if i > 0 {
			r.b.WriteString(", ")
		}
		r.b.WriteString(cacheInfoFields[i] + "=")
		if err := r.repr(v, depth+1); err != nil {
			return err
		}
	}
	r.b.WriteString(")")
	return nil
}

// cacheInfoAttr serves the fields by name.
func cacheInfoAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	c, ok := self.(*cacheInfo)
	if !ok {
		return nil, false, nil
	}
	for i, f := range cacheInfoFields {
		if f == name {
			return c.vals[i], true, nil
		}
	}
	return nil, false, nil
}

// keyWrapper is what cmp_to_key returns and what calling it returns: a
// key object that orders by mycmp(a, b) compared with 0.
type keyWrapper struct {
	st  *run.State
	cmp py.Object
	obj py.Object // nil for the function cmp_to_key returns
}

// Type implements py.Object.
func (k *keyWrapper) Type() *py.Type { return keyWrapperType }

// M__call__ is K(obj): a key object for obj.
func (k *keyWrapper) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("K", kw, "obj"); err != nil {
		return nil, err
	}
	var obj py.Object
	if err := UnpackArgs("K", args, kw, "obj", &obj); err != nil {
		return nil, err
	}
	return &keyWrapper{st: k.st, cmp: k.cmp, obj: obj}, nil
}

// compare is the rich comparison op of two key objects.
func (k *keyWrapper) compare(op int32, other py.Object) (py.Object, error) {
	o, ok := other.(*keyWrapper)
	if !ok || k.obj == nil || o.obj == nil {
		return nil, py.ExceptionNewf(py.TypeError, "other argument must be K instance")
	}
	if err := k.st.Charge(1); err != nil {
		return nil, err
	}
	res, err := py.Call(k.cmp, py.Tuple{k.obj, o.obj}, nil)
	if err != nil {
		return nil, err
	}
	return Compare(k.st, op, res, py.Int(0))
}

// M__lt__ is a < b.
func (k *keyWrapper) M__lt__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_LT, other)
}

// M__le__ is a <= b.
func (k *keyWrapper) M__le__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_LE, other)
}

// M__gt__ is a > b.
func (k *keyWrapper) M__gt__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_GT, other)
}

// M__ge__ is a >= b.
func (k *keyWrapper) M__ge__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_GE, other)
}

// M__eq__ is a == b.
func (k *keyWrapper) M__eq__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_EQ, other)
}

// M__ne__ is a != b.
func (k *keyWrapper) M__ne__(other py.Object) (py.Object, error) {
	return k.compare(vm.PyCmp_NE, other)
}

// M__hash__ refuses: key objects are unhashable.
func (k *keyWrapper) M__hash__() (py.Object, error) { return nil, unhashable(k) }

// M__repr__ is repr(k).
func (k *keyWrapper) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<functools.KeyWrapper object at %p>", k)), nil
}

// pfRepr implements nativeReprer.
func (k *keyWrapper) pfRepr(r *reprer, depth int) error {
	r.b.WriteString(fmt.Sprintf("<functools.KeyWrapper object at %p>", k))
	return nil
}

// keyWrapperAttr serves k.obj.
func keyWrapperAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	k, ok := self.(*keyWrapper)
	if !ok || name != "obj" || k.obj == nil {
		return nil, false, nil
	}
	return k.obj, true, nil
}

// functoolsCmpToKey is cmp_to_key(mycmp).
// https://docs.python.org/3.11/library/functools.html#functools.cmp_to_key
func functoolsCmpToKey(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnKwNames("cmp_to_key", kw, "mycmp"); err != nil {
		return nil, err
	}
	var cmp py.Object
	if err := UnpackArgs("cmp_to_key", args, kw, "mycmp", &cmp); err != nil {
		return nil, err
	}
	return &keyWrapper{st: st, cmp: cmp}, nil
}

// wrapperArgs unpacks (wrapper?, wrapped, assigned, updated) of wraps
// and update_wrapper, with the TypeErrors of their Python definitions.
func wrapperArgs(name string, params []string, args py.Tuple, kw py.StringDict) ([]py.Object, error) {
	vals := make([]py.Object, len(params))
	if len(args) > len(params) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes from %d to %d positional arguments but %d were given",
			name, len(params)-2, len(params), len(args))
	}
	copy(vals, args)
	for k, v := range kw {
		found := false
		for i, p := range params {
			if p == k {
				if vals[i] != nil {
					return nil, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", name, k)
				}
				vals[i], found = v, true
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	var missing []string
	for i := 0; i < len(params)-2; i++ {
		if vals[i] == nil {
			missing = append(missing, "'"+params[i]+"'")
		}
	}
	switch len(missing) {
	case 0:
	case 1:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: %s", name, missing[0])
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 2 required positional arguments: %s and %s", name, missing[0], missing[1])
	}
	return vals, nil
}

// updateWrapper copies the name, qualified name and docstring of
// wrapped to wrapper when both are functions of the script.
func updateWrapper(wrapper, wrapped py.Object) py.Object {
	dst, ok1 := wrapper.(*py.Function)
	src, ok2 := wrapped.(*py.Function)
	if ok1 && ok2 {
		dst.Name, dst.Qualname, dst.Doc = src.Name, src.Qualname, src.Doc
	}
	return wrapper
}

// functoolsUpdateWrapper is update_wrapper(wrapper, wrapped,
// assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES). It returns
// wrapper, with the name and docstring of wrapped when both are script
// functions; assigned and updated are accepted and ignored.
// https://docs.python.org/3.11/library/functools.html#functools.update_wrapper
func functoolsUpdateWrapper(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := wrapperArgs("update_wrapper", []string{"wrapper", "wrapped", "assigned", "updated"}, args, kw)
	if err != nil {
		return nil, err
	}
	return updateWrapper(vals[0], vals[1]), nil
}

// functoolsWraps is wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS,
// updated=WRAPPER_UPDATES): a decorator that applies update_wrapper.
// https://docs.python.org/3.11/library/functools.html#functools.wraps
func functoolsWraps(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	vals, err := wrapperArgs("wraps", []string{"wrapped", "assigned", "updated"}, args, kw)
	if err != nil {
		return nil, err
	}
	wrapped := vals[0]
	return &callable{name: "update_wrapper", fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) != 0 || len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update_wrapper() takes 1 positional argument but %d were given", len(args))
		}
		return updateWrapper(args[0], wrapped), nil
	}}, nil
}

// orderingKind is how total_ordering derives one comparison from the
// root comparison r = root(self, other).
type orderingKind int

const (
	notAndNe orderingKind = iota // not r and self != other
	orEq                         // r or self == other
	notR                         // not r
	notOrEq                      // not r or self == other
	andNe                        // r and self != other
)

// orderingRoots lists the comparison methods in the order total_ordering
// prefers them as the root (max() of their names), and what each derives.
var orderingRoots = [...]struct {
	root    string
	derived [3]struct {
		name string
		kind orderingKind
	}
}{
	{"__lt__", [3]struct {
		name string
		kind orderingKind
	}{{"__gt__", notAndNe}, {"__le__", orEq}, {"__ge__", notR}}},
	{"__le__", [3]struct {
		name string
		kind orderingKind
	}{{"__ge__", notOrEq}, {"__lt__", andNe}, {"__gt__", notR}}},
	{"__gt__", [3]struct {
		name string
		kind orderingKind
	}{{"__lt__", notAndNe}, {"__ge__", orEq}, {"__le__", notR}}},
	{"__ge__", [3]struct {
		name string
		kind orderingKind
	}{{"__le__", notOrEq}, {"__gt__", andNe}, {"__lt__", notR}}},
}

// orderingMethod is a comparison method total_ordering adds to a class,
// derived from the class's root comparison as functools does.
type orderingMethod struct {
	st   *run.State
	name string
	root string
	kind orderingKind
}

// Type implements py.Object.
func (m *orderingMethod) Type() *py.Type { return builtinFunctionType }

// M__get__ binds the method to an instance.
func (m *orderingMethod) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return m, nil
	}
	return &callable{name: m.name, fn: func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		return m.M__call__(append(py.Tuple{instance}, args...), kw)
	}}, nil
}

// M__call__ is method(self, other).
func (m *orderingMethod) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 positional arguments but %d were given", m.name, len(args))
	}
	st, self, other := m.st, args[0], args[1]
	if err := st.Charge(1); err != nil {
		return nil, err
	}
	r, ok, err := callSpecialMethod(self, m.root, other)
	if err != nil {
		return nil, err
	}
	if !ok || r == py.NotImplemented {
		return py.NotImplemented, nil
	}
	t, err := Truth(st, r)
	if err != nil {
		return nil, err
	}
	switch m.kind {
	case notAndNe:
		if t {
			return py.False, nil
		}
		return Compare(st, vm.PyCmp_NE, self, other)
	case orEq:
		if t {
			return r, nil
		}
		return Compare(st, vm.PyCmp_EQ, self, other)
	case notOrEq:
		if !t {
			return py.True, nil
		}
		return Compare(st, vm.PyCmp_EQ, self, other)
	case andNe:
		if !t {
			return r, nil
		}
		return Compare(st, vm.PyCmp_NE, self, other)
	}
	return py.NewBool(!t), nil
}

// M__repr__ is repr(m).
func (m *orderingMethod) M__repr__() (py.Object, error) {
	return py.String("<built-in function " + m.name + ">"), nil
}

// functoolsTotalOrdering is total_ordering(cls): it adds the comparison
// methods a class of the script lacks, derived from the one it defines
// (preferring __lt__, then __le__, __gt__, __ge__).
// https://docs.python.org/3.11/library/functools.html#functools.total_ordering
func functoolsTotalOrdering(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 || len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "total_ordering() takes 1 positional argument but %d were given", len(args)+len(kw))
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !isClass(cls) || !isUserType(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "total_ordering() argument must be a class defined by the script")
	}
	defined := map[string]bool{}
	root := -1
	for i, r := range orderingRoots {
		if m, _ := userMethod(cls, r.root); m != nil && m != py.None {
			defined[r.root] = true
			if root < 0 {
				root = i
			}
		}
	}
	if root < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	r := orderingRoots[root]
	for _, d := range r.derived {
		if !defined[d.name] {
			cls.Dict[d.name] = &orderingMethod{st: st, name: d.name, root: r.root, kind: d.kind}
		}
	}
	return cls, nil
}

// M__eq__ is identity.
func (p *partialObject) M__eq__(other py.Object) (py.Object, error) { return identityEq(p, other) }

// M__ne__ is non-identity.
func (p *partialObject) M__ne__(other py.Object) (py.Object, error) { return identityNe(p, other) }

// M__eq__ is identity.
func (w *lruWrapper) M__eq__(other py.Object) (py.Object, error) { return identityEq(w, other) }

// M__ne__ is non-identity.
func (w *lruWrapper) M__ne__(other py.Object) (py.Object, error) { return identityNe(w, other) }

// M__eq__ is identity.
func (m *orderingMethod) M__eq__(other py.Object) (py.Object, error) { return identityEq(m, other) }

// M__ne__ is non-identity.
func (m *orderingMethod) M__ne__(other py.Object) (py.Object, error) { return identityNe(m, other) }
