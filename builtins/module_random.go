// This file defines the random module: CPython's Mersenne Twister
// (MT19937, seeded with init_by_array as _randommodule.c does) and the
// algorithms of CPython 3.11's random.py on top of it, so that a script
// that calls random.seed(n) sees exactly CPython's numbers.
//
// Every run has its own generator, seeded at the run's start from the
// embedder's seed (interp.RunOptions.Seed, as random.seed(Seed) would), so
// a run is reproducible and runs never share generator state. There is no
// operating system randomness: seed(None) and Random() reseed from the
// run's seed, and SystemRandom, os.urandom based functions, getstate and
// setstate are absent.

package builtins

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// Mersenne Twister parameters, as in _randommodule.c.
const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mt19937 is CPython's Mersenne Twister state plus random.Random's
// gauss_next.
type mt19937 struct {
	mt        [mtN]uint32
	index     int
	gaussNext float64
	hasGauss  bool
}

// initGenrand is init_genrand.
func (r *mt19937) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

// initByArray is init_by_array.
func (r *mt19937) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// uint32 is genrand_uint32.
func (r *mt19937) uint32() uint32 {
	if r.index >= mtN {
		mag01 := [2]uint32{0, mtMatrixA}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (r.mt[kk] & mtUpperMask) | (r.mt[kk+1] & mtLowerMask)
			r.mt[kk] = r.mt[kk+mtM] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (r.mt[kk] & mtUpperMask) | (r.mt[kk+1] & mtLowerMask)
			r.mt[kk] = r.mt[kk+mtM-mtN] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (r.mt[mtN-1] & mtUpperMask) | (r.mt[0] & mtLowerMask)
		r.mt[mtN-1] = r.mt[mtM-1] ^ (y >> 1) ^ mag01[y&1]
		r.index = 0
	}
	y := r.mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float is random_random (genrand_res53).
func (r *mt19937) float() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedBig is random_seed for a non-negative int: the int split into
// 32-bit words, least significant first.
func (r *mt19937) seedBig(n *big.Int) {
	b := n.Bytes() // big-endian
	key := make([]uint32, max((len(b)+3)/4, 1))
	for i := range b {
		// byte i from the least significant end goes to word i/4
		key[i/4] |= uint32(b[len(b)-1-i]) << (8 * (i % 4))
	}
	r.initByArray(key)
	r.hasGauss = false
}

// bitsSmall is getrandbits(k) for 0 <= k <= 64.
func (r *mt19937) bitsSmall(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.uint32() >> (32 - k))
	}
	lo := uint64(r.uint32())
	hi := uint64(r.uint32() >> (64 - k))
	return hi<<32 | lo
}

// bitsBig is getrandbits(k) for any k >= 0, filled by 32-bit words from
// the least significant one, as _random_Random_getrandbits_impl does.
func (r *mt19937) bitsBig(k int64) *big.Int {
	if k <= 64 {
		return new(big.Int).SetUint64(r.bitsSmall(int(k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := int64(0); i < words; i, k = i+1, k-32 {
		w := r.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		// big-endian bytes, least significant word last
		o := (words - 1 - i) * 4
		buf[o], buf[o+1], buf[o+2], buf[o+3] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
	}
	return new(big.Int).SetBytes(buf)
}

// below is _randbelow_with_getrandbits for n > 0.
func (r *mt19937) below(st *run.State, n *big.Int) (*big.Int, error) {
	k := n.BitLen()
	if n.IsUint64() {
		u := n.Uint64()
		for {
			if err := st.Charge(1); err != nil {
				return nil, err
			}
			if v := r.bitsSmall(k); v < u {
				return new(big.Int).SetUint64(v), nil
			}
		}
	}
	if err := st.CheckAlloc(int64(k) / 4); err != nil {
		return nil, err
	}
	for {
		if err := st.Charge(int64(k)/32 + 1); err != nil {
			return nil, err
		}
		if v := r.bitsBig(int64(k)); v.Cmp(n) < 0 {
			return v, nil
		}
	}
}

// belowInt is below for an int64 n > 0.
func (r *mt19937) belowInt(st *run.State, n int64) (int64, error) {
	v, err := r.below(st, big.NewInt(n))
	if err != nil {
		return 0, err
	}
	return v.Int64(), nil
}

// randomType is the type of random.Random instances.
var randomType = py.NewType("random.Random", "Random number generator base class used by bound module functions.")

// randomObject is a random.Random instance; the module functions are
// the methods of one of them, made per run.
type randomObject struct {
	mt19937
	runSeed int64 // what seed(None) seeds from
}

// Type implements py.Object.
func (r *randomObject) Type() *py.Type { return randomType }

// M__repr__ is repr(r): <random.Random object at 0x...>.
func (r *randomObject) M__repr__() (py.Object, error) { return iterRepr(r) }

// M__eq__ is identity, as for CPython objects without __eq__.
func (r *randomObject) M__eq__(other py.Object) (py.Object, error) {
	return py.NewBool(other == py.Object(r)), nil
}

// M__ne__ is the negation of M__eq__.
func (r *randomObject) M__ne__(other py.Object) (py.Object, error) {
	return py.NewBool(other != py.Object(r)), nil
}

// randomMethods returns the methods of random.Random, which are also the
// functions of the module.
func randomMethods() MethodTable {
	return MethodTable{
		"seed":           randomSeed,
		"random":         randomRandom,
		"getrandbits":    randomGetrandbits,
		"randbytes":      randomRandbytes,
		"randrange":      randomRandrange,
		"randint":        randomRandint,
		"choice":         randomChoice,
		"choices":        randomChoices,
		"shuffle":        randomShuffle,
		"sample":         randomSample,
		"uniform":        randomUniform,
		"triangular":     randomTriangular,
		"gauss":          randomGauss,
		"normalvariate":  randomNormalvariate,
		"lognormvariate": randomLognormvariate,
		"expovariate":    randomExpovariate,
		"gammavariate":   randomGammavariate,
		"betavariate":    randomBetavariate,
		"paretovariate":  randomParetovariate,
		"weibullvariate": randomWeibullvariate,
	}
}

// randomClass describes random.Random.
func randomClass() *nativeClass {
	return &nativeClass{typ: randomType, ctor: newRandom, methods: randomMethods()}
}

// randomModule describes the random module.
// https://docs.python.org/3.11/library/random.html
func randomModule() *moduleSpec {
	rc := randomClass()
	return &moduleSpec{name: "random", classes: []*nativeClass{rc}, build: func(st *run.State) (py.StringDict, error) {
		def := &randomObject{runSeed: st.Host.Seed}
		def.seedBig(new(big.Int).Abs(big.NewInt(st.Host.Seed)))
		members := py.StringDict{"Random": classFacade(st, rc)}
		for name, m := range rc.methods {
			m := m
			members[name] = moduleFunc(st, name, func(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return m(st, def, args, kw)
			})
		}
		return members, nil
	}}
}

// newRandom is random.Random(x=None).
// https://docs.python.org/3.11/library/random.html#random.Random
func newRandom(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var x py.Object = py.None
	if err := UnpackArgs("Random", args, kw, "x?", &x); err != nil {
		return nil, err
	}
	r := &randomObject{runSeed: st.Host.Seed}
	if err := r.seed(st, x); err != nil {
		return nil, err
	}
	return r, nil
}

// seed is Random.seed(a) for version 2.
func (r *randomObject) seed(st *run.State, a py.Object) error {
	var n *big.Int
	switch v := a.(type) {
	case py.NoneType:
		n = big.NewInt(r.runSeed)
	case py.String, py.Bytes:
		var b []byte
		if s, ok := v.(py.String); ok {
			b = []byte(string(s))
		} else {
			b = []byte(v.(py.Bytes))
		}
		if err := st.CheckAlloc(int64(len(b)) * 3); err != nil {
			return err
		}
		if err := st.Charge(int64(len(b))/64 + 1); err != nil {
			return err
		}
		sum := sha512.Sum512(b)
		n = new(big.Int).SetBytes(append(b, sum[:]...))
	case py.Float:
		n = new(big.Int).SetUint64(uint64(hashFloat(float64(v))))
	default:
		iv, ok := intValue(a)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		}
		n = iv
	}
	if err := st.Charge(int64(n.BitLen())/32 + 1); err != nil {
		return err
	}
	r.seedBig(new(big.Int).Abs(n))
	return nil
}

func randomSelf(self py.Object) *randomObject {
	return self.(*randomObject)
}

// randomSeed is random.seed(a=None, version=2).
// https://docs.python.org/3.11/library/random.html#random.seed
func randomSeed(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var a py.Object = py.None
	version := int64(2)
	if err := UnpackArgs("seed", args, kw, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	if version == 1 {
		if a2, ok := randomSeedV1(a); ok {
			a = a2
		}
	}
	return py.None, randomSelf(self).seed(st, a)
}

// randomSeedV1 is the version 1 seeding of str and bytes: a 64-bit
// string hash as Python 2 computed it.
func randomSeedV1(a py.Object) (py.Object, bool) {
	var codes []uint64
	switch v := a.(type) {
	case py.String:
		for _, r := range string(v) {
			codes = append(codes, uint64(r))
		}
	case py.Bytes:
		for _, b := range v {
			codes = append(codes, uint64(b))
		}
	default:
		return nil, false
	}
	var x uint64
	if len(codes) > 0 {
		x = codes[0] << 7
	}
	for _, c := range codes {
		x = (1000003 * x) ^ c
	}
	x ^= uint64(len(codes))
	return intFromBig(new(big.Int).SetUint64(x)), true
}

// randomRandom is random.random().
// https://docs.python.org/3.11/library/random.html#random.random
func randomRandom(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoArgs("random", args, kw); err != nil {
		return nil, err
	}
	return py.Float(randomSelf(self).float()), nil
}

// randomGetrandbits is random.getrandbits(k).
// https://docs.python.org/3.11/library/random.html#random.getrandbits
func randomGetrandbits(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var k int64
	if err := UnpackArgs("getrandbits", args, kw, "k", &k); err != nil {
		return nil, err
	}
	return randomBits(st, randomSelf(self), k)
}

func randomBits(st *run.State, r *randomObject, k int64) (py.Object, error) {
	if k < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
	}
	if k > maxIntBits {
		return nil, st.FailMemory(k / 8)
	}
	if err := st.CheckAlloc(k / 4); err != nil {
		return nil, err
	}
	if err := st.Charge(k/32 + 1); err != nil {
		return nil, err
	}
	return intFromBig(r.bitsBig(k)), nil
}

// randomRandbytes is random.randbytes(n).
// https://docs.python.org/3.11/library/random.html#random.randbytes
func randomRandbytes(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var n int64
	if err := UnpackArgs("randbytes", args, kw, "n", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
	}
	if err := st.CheckAlloc(n * 2); err != nil {
		return nil, err
	}
	v, err := randomBits(st, randomSelf(self), n*8)
	if err != nil {
		return nil, err
	}
	be := numBig(v).Bytes()
	out := make([]byte, n)
	for i, b := range be {
		out[len(be)-1-i] = b
	}
	return py.Bytes(out), nil
}

// randomIndexArg converts an argument of randrange as random.py does:
// operator.index, else int() of a value that equals its int (deprecated
// in CPython, still accepted), else ValueError "non-integer <what> for
// randrange()".
func randomIndexArg(st *run.State, o py.Object, what string) (*big.Int, error) {
	v, err := indexBig(o)
	if err == nil || st.Failed() || !py.IsException(py.TypeError, err) {
		return v, err
	}
	io, err := newInt(st, py.Tuple{o}, nil)
	if err != nil {
		return nil, err
	}
	eq, err := Equal(st, io, o)
	if err != nil {
		return nil, err
	}
	if !eq {
		return nil, py.ExceptionNewf(py.ValueError, "non-integer %s for randrange()", what)
	}
	return numBig(io), nil
}

// randrange is Random.randrange(start, stop=None, step=1); stop is nil
// when absent or None and step nil when not given.
func (r *randomObject) randrange(st *run.State, start, stop, step py.Object) (py.Object, error) {
	istart, err := randomIndexArg(st, start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil {
		if step != nil && step != py.Object(py.Int(1)) {
			return nil, py.ExceptionNewf(py.TypeError, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			v, err := r.below(st, istart)
			if err != nil {
				return nil, err
			}
			return intFromBig(v), nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange()")
	}
	istop, err := randomIndexArg(st, stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = randomIndexArg(st, step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			v, err := r.below(st, width)
			if err != nil {
				return nil, err
			}
			return intFromBig(v.Add(v, istart)), nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = floorDivBig(new(big.Int).Add(width, new(big.Int).Sub(istep, big.NewInt(1))), istep)
	case -1:
		n = floorDivBig(new(big.Int).Add(width, new(big.Int).Add(istep, big.NewInt(1))), istep)
	default:
		return nil, py.ExceptionNewf(py.ValueError, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange()")
	}
	v, err := r.below(st, n)
	if err != nil {
		return nil, err
	}
	v.Mul(v, istep)
	return intFromBig(v.Add(v, istart)), nil
}

// floorDivBig is Python's a // b.
func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// randomRandrange is random.randrange(stop) or randrange(start, stop[, step]).
// https://docs.python.org/3.11/library/random.html#random.randrange
func randomRandrange(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var start, stop, step py.Object
	if err := UnpackArgs("randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return nil, err
	}
	if stop == py.None {
		stop = nil
	}
	return randomSelf(self).randrange(st, start, stop, step)
}

// randomRandint is random.randint(a, b): randrange(a, b+1).
// https://docs.python.org/3.11/library/random.html#random.randint
func randomRandint(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var a, b py.Object
	if err := UnpackArgs("randint", args, kw, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	b1, err := Binary(st, vm.BINARY_ADD, b, py.Int(1))
	if err != nil {
		return nil, err
	}
	return randomSelf(self).randrange(st, a, b1, nil)
}

// randomChoice is random.choice(seq).
// https://docs.python.org/3.11/library/random.html#random.choice
func randomChoice(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var seq py.Object
	if err := UnpackArgs("choice", args, kw, "seq", &seq); err != nil {
		return nil, err
	}
	n, err := lenInt(seq)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "Cannot choose from an empty sequence")
	}
	i, err := randomSelf(self).belowInt(st, n)
	if err != nil {
		return nil, err
	}
	return seqItem(st, seq, i)
}

// randomShuffle is random.shuffle(x): CPython's Fisher-Yates.
// https://docs.python.org/3.11/library/random.html#random.shuffle
func randomShuffle(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var x py.Object
	if err := UnpackArgs("shuffle", args, kw, "x", &x); err != nil {
		return nil, err
	}
	n, err := lenInt(x)
	if err != nil {
		return nil, err
	}
	l, ok := x.(*py.List)
	r := randomSelf(self)
	for i := n - 1; i >= 1; i-- {
		j, err := r.belowInt(st, i+1)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", x.Type().Name)
		}
		if i >= int64(len(l.Items)) {
			return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
		}
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
	return py.None, nil
}

// randomIsSequence reports whether o is a collections.abc.Sequence that
// pyfence knows: list, tuple, str, range, bytes and collections.deque.
func randomIsSequence(o py.Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple, py.String, *py.Range, py.Bytes:
		return true
	}
	return o.Type().Name == "collections.deque"
}

// randomSample is random.sample(population, k, *, counts=None), with
// CPython's choice between a pool and a set of selected indices.
// https://docs.python.org/3.11/library/random.html#random.sample
func randomSample(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var population py.Object
	var k int64
	counts := py.Object(py.None)
	if err := UnpackArgs("sample", args, kw, "population", &population, "k", &k, "$counts?", &counts); err != nil {
		return nil, err
	}
	r := randomSelf(self)
	if !randomIsSequence(population) {
		return nil, py.ExceptionNewf(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := lenInt(population)
	if err != nil {
		return nil, err
	}
	if counts != py.None {
		cum, err := randomAccumulate(st, counts)
		if err != nil {
			return nil, err
		}
		if int64(len(cum)) != n {
			return nil, py.ExceptionNewf(py.ValueError, "The number of counts does not match the population")
		}
		if len(cum) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		total := cum[len(cum)-1]
		cum = cum[:len(cum)-1]
		tv, ok := intValue(total)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Counts must be integers")
		}
		if tv.Sign() <= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Total of counts must be greater than zero")
		}
		if !tv.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		sel, err := r.sample(st, &py.Range{Start: 0, Stop: py.Int(tv.Int64()), Step: 1, Length: py.Int(tv.Int64())}, tv.Int64(), k)
		if err != nil {
			return nil, err
		}
		out := make([]py.Object, len(sel))
		cumList := py.NewListFromItems(cum)
		for i, s := range sel {
			j, err := bisectSearch(st, cumList, s, py.None, 0, int64(len(cum)), false)
			if err != nil {
				return nil, err
			}
			if out[i], err = seqItem(st, population, j); err != nil {
				return nil, err
			}
		}
		return py.NewListFromItems(out), nil
	}
	out, err := r.sample(st, population, n, k)
	if err != nil {
		return nil, err
	}
	return py.NewListFromItems(out), nil
}

// sample is the body of Random.sample without counts.
func (r *randomObject) sample(st *run.State, population py.Object, n, k int64) ([]py.Object, error) {
	if k < 0 || k > n {
		return nil, py.ExceptionNewf(py.ValueError, "Sample larger than population or is negative")
	}
	if err := st.CheckAlloc(k * slotSize); err != nil {
		return nil, err
	}
	result := make([]py.Object, k)
	setsize := int64(21)
	if k > 5 {
		setsize += int64(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		if err := st.CheckAlloc(n * slotSize); err != nil {
			return nil, err
		}
		pool, err := collectItems(st, population)
		if err != nil {
			return nil, err
		}
		if int64(len(pool)) != n {
			return nil, py.ExceptionNewf(py.RuntimeError, "population changed size during sample")
		}
		for i := int64(0); i < k; i++ {
			j, err := r.belowInt(st, n-i)
			if err != nil {
				return nil, err
			}
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	// The set of selected indexes: about 48 bytes an entry.
	if err := st.CheckAlloc(k * (slotSize + 48)); err != nil {
		return nil, err
	}
	selected := make(map[int64]struct{}, min(k, 1<<16))
	for i := int64(0); i < k; i++ {
		j, err := r.belowInt(st, n)
		if err != nil {
			return nil, err
		}
		for {
			if _, dup := selected[j]; !dup {
				break
			}
			if j, err = r.belowInt(st, n); err != nil {
				return nil, err
			}
		}
		selected[j] = struct{}{}
		if result[i], err = seqItem(st, population, j); err != nil {
			return nil, err
		}
	}
	return result, nil
}

// randomAccumulate is list(itertools.accumulate(iterable)).
func randomAccumulate(st *run.State, iterable py.Object) ([]py.Object, error) {
	var out []py.Object
	var acc py.Object
	err := forEachItem(st, iterable, func(item py.Object) (bool, error) {
		if acc == nil {
			acc = item
		} else {
			var err error
			if acc, err = addValues(st, acc, item); err != nil {
				return true, err
			}
		}
		if len(out) == cap(out) {
			if err := st.CheckAlloc(int64(2*cap(out)+8) * slotSize); err != nil {
				return true, err
			}
		}
		out = append(out, acc)
		return false, nil
	})
	return out, err
}

// randomChoices is random.choices(population, weights=None, *,
// cum_weights=None, k=1).
// https://docs.python.org/3.11/library/random.html#random.choices
func randomChoices(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var population py.Object
	weights, cumWeights := py.Object(py.None), py.Object(py.None)
	var kObj py.Object = py.Int(1)
	if err := UnpackArgs("choices", args, kw, "population", &population, "weights?", &weights,
		"$cum_weights?", &cumWeights, "$k?", &kObj); err != nil {
		return nil, err
	}
	r := randomSelf(self)
	n, err := lenInt(population)
	if err != nil {
		return nil, err
	}
	// k is checked when the list is built (itertools.repeat(None, k)).
	count := func() (int64, error) {
		k, err := indexValue(kObj)
		if err != nil {
			return 0, err
		}
		k = max(k, 0)
		if err := st.CheckAlloc(k * slotSize); err != nil {
			return 0, err
		}
		return k, nil
	}
	if cumWeights == py.None {
		if weights == py.None {
			k, err := count()
			if err != nil {
				return nil, err
			}
			out := make([]py.Object, k)
			fn := float64(n)
			for i := range out {
				if err := st.Charge(1); err != nil {
					return nil, err
				}
				if out[i], err = seqItem(st, population, int64(math.Floor(r.float()*fn))); err != nil {
					return nil, err
				}
			}
			return py.NewListFromItems(out), nil
		}
		cum, err := randomAccumulate(st, weights)
		if err != nil {
			if _, isInt := intValue(weights); isInt && !st.Failed() && py.IsException(py.TypeError, err) {
				s, _ := intDecimal(weights)
				return nil, py.ExceptionNewf(py.TypeError, "The number of choices must be a keyword argument: k=%s", s)
			}
			return nil, err
		}
		cumWeights = py.NewListFromItems(cum)
	} else if weights != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot specify both weights and cumulative weights")
	}
	m, err := lenInt(cumWeights)
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, py.ExceptionNewf(py.ValueError, "The number of weights does not match the population")
	}
	lastW, err := seqItem(st, cumWeights, m-1)
	if err != nil {
		return nil, err
	}
	totalObj, err := Binary(st, vm.BINARY_ADD, lastW, py.Float(0))
	if err != nil {
		return nil, err
	}
	total, err := floatValue(totalObj)
	if err != nil {
		return nil, err
	}
	if total <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, py.ExceptionNewf(py.ValueError, "Total of weights must be finite")
	}
	k, err := count()
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, k)
	for i := range out {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		j, err := bisectSearch(st, cumWeights, py.Float(r.float()*total), py.None, 0, n-1, false)
		if err != nil {
			return nil, err
		}
		if out[i], err = seqItem(st, population, j); err != nil {
			return nil, err
		}
	}
	return py.NewListFromItems(out), nil
}

// randomUniform is random.uniform(a, b): a + (b-a) * random().
// https://docs.python.org/3.11/library/random.html#random.uniform
func randomUniform(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var a, b py.Object
	if err := UnpackArgs("uniform", args, kw, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	d, err := Binary(st, vm.BINARY_SUBTRACT, b, a)
	if err != nil {
		return nil, err
	}
	d, err = Binary(st, vm.BINARY_MULTIPLY, d, py.Float(randomSelf(self).float()))
	if err != nil {
		return nil, err
	}
	return Binary(st, vm.BINARY_ADD, a, d)
}

// randomFloats unpacks float parameters with defaults.
func randomFloats(fname string, args py.Tuple, kw py.StringDict, names []string, vals ...*float64) error {
	pairs := make([]any, 0, 2*len(names))
	for i, n := range names {
		pairs = append(pairs, n, vals[i])
	}
	return UnpackArgs(fname, args, kw, pairs...)
}

// randomTriangular is random.triangular(low=0.0, high=1.0, mode=None).
// https://docs.python.org/3.11/library/random.html#random.triangular
func randomTriangular(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var lowObj, highObj py.Object = py.Float(0), py.Float(1)
	mode := py.Object(py.None)
	if err := UnpackArgs("triangular", args, kw, "low?", &lowObj, "high?", &highObj, "mode?", &mode); err != nil {
		return nil, err
	}
	low, err := floatValue(lowObj)
	if err != nil {
		return nil, err
	}
	high, err := floatValue(highObj)
	if err != nil {
		return nil, err
	}
	u := randomSelf(self).float()
	c := 0.5
	if mode != py.None {
		m, err := floatValue(mode)
		if err != nil {
			return nil, err
		}
		if high-low == 0 {
			return lowObj, nil // ZeroDivisionError: low, as given
		}
		c = (m - low) / (high - low)
	}
	if u > c {
		u, c = 1.0-u, 1.0-c
		low, high = high, low
	}
	return py.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

// randomGauss is random.gauss(mu=0.0, sigma=1.0), with gauss_next.
// https://docs.python.org/3.11/library/random.html#random.gauss
func randomGauss(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	mu, sigma := 0.0, 1.0
	if err := randomFloats("gauss", args, kw, []string{"mu?", "sigma?"}, &mu, &sigma); err != nil {
		return nil, err
	}
	r := randomSelf(self)
	z, had := r.gaussNext, r.hasGauss
	r.hasGauss = false
	if !had {
		x2pi := r.float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * crLog(1.0-r.float()))
		z = crCos(x2pi) * g2rad
		r.gaussNext, r.hasGauss = crSin(x2pi)*g2rad, true
	}
	return py.Float(mu + z*sigma), nil
}

// nvMagicConst is random.py's NV_MAGICCONST, 4 * exp(-0.5) / sqrt(2.0).
const nvMagicConst = 1.7155277699214135

func (r *randomObject) normal(mu, sigma float64) float64 {
	for {
		u1 := r.float()
		u2 := 1.0 - r.float()
		z := nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -crLog(u2) {
			return mu + z*sigma
		}
	}
}

// randomNormalvariate is random.normalvariate(mu=0.0, sigma=1.0).
// https://docs.python.org/3.11/library/random.html#random.normalvariate
func randomNormalvariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	mu, sigma := 0.0, 1.0
	if err := randomFloats("normalvariate", args, kw, []string{"mu?", "sigma?"}, &mu, &sigma); err != nil {
		return nil, err
	}
	return py.Float(randomSelf(self).normal(mu, sigma)), nil
}

// randomLognormvariate is random.lognormvariate(mu, sigma).
// https://docs.python.org/3.11/library/random.html#random.lognormvariate
func randomLognormvariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var mu, sigma float64
	if err := randomFloats("lognormvariate", args, kw, []string{"mu", "sigma"}, &mu, &sigma); err != nil {
		return nil, err
	}
	v := crExp(randomSelf(self).normal(mu, sigma))
	if math.IsInf(v, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "math range error")
	}
	return py.Float(v), nil
}

// randomExpovariate is random.expovariate(lambd).
// https://docs.python.org/3.11/library/random.html#random.expovariate
func randomExpovariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var lambd float64
	if err := randomFloats("expovariate", args, kw, []string{"lambd"}, &lambd); err != nil {
		return nil, err
	}
	u := randomSelf(self).float()
	if lambd == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(-crLog(1.0-u) / lambd), nil
}

// gamma is Random.gammavariate.
func (r *randomObject) gamma(st *run.State, alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, py.ExceptionNewf(py.ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	const (
		log4          = 1.3862943611198906 // log(4.0)
		sgMagicConst  = 2.504077396776274  // 1.0 + log(4.5)
		e             = math.E
		maxIterations = 1 << 30
	)
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			if err := st.Charge(1); err != nil {
				return 0, err
			}
			u1 := r.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.float()
			v := crLog(u1/(1.0-u1)) / ainv
			x := alpha * crExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= crLog(z) {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -crLog(1.0-r.float()) * beta, nil
	}
	for {
		if err := st.Charge(1); err != nil {
			return 0, err
		}
		u := r.float()
		b := (e + alpha) / e
		p := b * u
		var x float64
		if p <= 1.0 {
			x = crPow(p, 1.0/alpha)
		} else {
			x = -crLog((b - p) / alpha)
		}
		u1 := r.float()
		if p > 1.0 {
			if u1 <= crPow(x, alpha-1.0) {
				return x * beta, nil
			}
		} else if u1 <= crExp(-x) {
			return x * beta, nil
		}
	}
}

// randomGammavariate is random.gammavariate(alpha, beta).
// https://docs.python.org/3.11/library/random.html#random.gammavariate
func randomGammavariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var alpha, beta float64
	if err := randomFloats("gammavariate", args, kw, []string{"alpha", "beta"}, &alpha, &beta); err != nil {
		return nil, err
	}
	v, err := randomSelf(self).gamma(st, alpha, beta)
	if err != nil {
		return nil, err
	}
	return py.Float(v), nil
}

// randomBetavariate is random.betavariate(alpha, beta).
// https://docs.python.org/3.11/library/random.html#random.betavariate
func randomBetavariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var alpha, beta float64
	if err := randomFloats("betavariate", args, kw, []string{"alpha", "beta"}, &alpha, &beta); err != nil {
		return nil, err
	}
	r := randomSelf(self)
	y, err := r.gamma(st, alpha, 1.0)
	if err != nil {
		return nil, err
	}
	if y == 0 {
		return py.Float(0), nil
	}
	y2, err := r.gamma(st, beta, 1.0)
	if err != nil {
		return nil, err
	}
	return py.Float(y / (y + y2)), nil
}

// randomParetovariate is random.paretovariate(alpha).
// https://docs.python.org/3.11/library/random.html#random.paretovariate
func randomParetovariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var alpha float64
	if err := randomFloats("paretovariate", args, kw, []string{"alpha"}, &alpha); err != nil {
		return nil, err
	}
	u := 1.0 - randomSelf(self).float()
	if alpha == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(crPow(u, -1.0/alpha)), nil
}

// randomWeibullvariate is random.weibullvariate(alpha, beta).
// https://docs.python.org/3.11/library/random.html#random.weibullvariate
func randomWeibullvariate(st *run.State, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var alpha, beta float64
	if err := randomFloats("weibullvariate", args, kw, []string{"alpha", "beta"}, &alpha, &beta); err != nil {
		return nil, err
	}
	u := 1.0 - randomSelf(self).float()
	if beta == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(alpha * crPow(-crLog(u), 1.0/beta)), nil
}

// crLog, crExp, crSin, crCos and crPow are the elementary functions the
// variates (and statistics.geometric_mean) use. Go's math package is
// not correctly rounded and differs from the C library CPython uses in
// the last bit for a few percent of arguments; these compute the
// correctly rounded result in extended precision, which is what glibc
// returns for all but rare arguments.

// crPrec is the working precision of the correctly rounded functions.
const crPrec = 160

// crConsts holds ln 2 and pi/2 to more than crPrec bits. Built once;
// never written afterwards.
var crConsts = sync.OnceValue(func() [2]*big.Float {
	const prec = crPrec + 96
	// ln 2 = sum 1/(k 2^k).
	ln2 := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := int64(1); k < prec+8; k++ {
		pow.Quo(pow, big.NewFloat(2))
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(k))
		ln2.Add(ln2, term)
	}
	// pi = 16 atan(1/5) - 4 atan(1/239) (Machin).
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetPrec(prec).SetInt64(n))
		x2 := new(big.Float).SetPrec(prec).Mul(x, x)
		sum := new(big.Float).SetPrec(prec).Set(x)
		p := new(big.Float).SetPrec(prec).Set(x)
		for k := int64(3); k < 2*prec; k += 2 {
			p.Mul(p, x2)
			t := new(big.Float).SetPrec(prec).Quo(p, new(big.Float).SetPrec(prec).SetInt64(k))
			if (k/2)%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4), atanInv(239)))
	halfPi := pi.Quo(pi, big.NewFloat(2))
	return [2]*big.Float{ln2, halfPi}
})

func crFloat(x float64) *big.Float { return new(big.Float).SetPrec(crPrec).SetFloat64(x) }

// crRound rounds an extended result to the nearest float64.
func crRound(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

// bigLog is the natural logarithm of x > 0: x = m 2^e with m in
// [sqrt(1/2), sqrt(2)), log m = 2 atanh((m-1)/(m+1)).
func bigLog(x *big.Float) *big.Float {
	m := new(big.Float).SetPrec(crPrec)
	e := x.MantExp(m) // x = m 2^e, m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	num := new(big.Float).SetPrec(crPrec).Sub(m, big.NewFloat(1))
	den := new(big.Float).SetPrec(crPrec).Add(m, big.NewFloat(1))
	z := num.Quo(num, den)
	z2 := new(big.Float).SetPrec(crPrec).Mul(z, z)
	sum := new(big.Float).SetPrec(crPrec).Set(z)
	p := new(big.Float).SetPrec(crPrec).Set(z)
	t := new(big.Float).SetPrec(crPrec)
	for k := int64(3); k < 400; k += 2 {
		p.Mul(p, z2)
		t.Quo(p, new(big.Float).SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -crPrec-4 {
			break
		}
	}
	sum.Mul(sum, big.NewFloat(2))
	l2 := new(big.Float).SetPrec(crPrec).Mul(crConsts()[0], new(big.Float).SetInt64(int64(e)))
	return sum.Add(sum, l2)
}

// bigExp is e**x for a finite x of moderate size: x = k ln2 + r, then
// the Taylor series of r / 2^8, squared 8 times.
func bigExp(x *big.Float) *big.Float {
	ln2 := crConsts()[0]
	kf := new(big.Float).SetPrec(crPrec).Quo(x, ln2)
	ki, _ := kf.Int64()
	r := new(big.Float).SetPrec(crPrec).Mul(ln2, new(big.Float).SetInt64(ki))
	r.Sub(x, r)
	const halvings = 8
	r.SetMantExp(r, -halvings)
	sum := new(big.Float).SetPrec(crPrec).SetInt64(1)
	t := new(big.Float).SetPrec(crPrec).SetInt64(1)
	for k := int64(1); k < 100; k++ {
		t.Mul(t, r)
		t.Quo(t, new(big.Float).SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || t.MantExp(nil) < -crPrec-4 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(ki))
}

// crLog is log(x), correctly rounded: one Newton step in double-double
// from Go's estimate, or extended precision near x = 1.
func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return math.Log(x)
	}
	if x < 0.9375 || x > 1.0625 {
		if y, ok := ddLog(x); ok {
			return y
		}
	}
	return crRound(bigLog(crFloat(x)))
}

// crExp is exp(x), correctly rounded.
func crExp(x float64) float64 {
	if math.IsNaN(x) || x > 709.8 || x < -745.2 || x == 0 {
		return math.Exp(x)
	}
	if x > -708 {
		return ddExp(x).round()
	}
	return crRound(bigExp(crFloat(x)))
}

// crPow is x**y for the variates: exp(y log x) in extended precision
// for x > 0, math.Pow otherwise.
func crPow(x, y float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(y) || x == 1 || y == 0 {
		return math.Pow(x, y)
	}
	l := bigLog(crFloat(x))
	l.Mul(l, crFloat(y))
	lf, _ := l.Float64()
	if lf > 709.8 || lf < -745.2 {
		return math.Pow(x, y)
	}
	return crRound(bigExp(l))
}

// crSinCos returns sin(x) (cos false) or cos(x), correctly rounded for
// |x| < 2^40.
func crSinCos(x float64, cos bool) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1<<40 || x == 0 {
		if cos {
			return math.Cos(x)
		}
		return math.Sin(x)
	}
	halfPi := crConsts()[1]
	bx := crFloat(x)
	kf := new(big.Float).SetPrec(crPrec).Quo(bx, halfPi)
	ki, _ := kf.Int64()
	if d := new(big.Float).Sub(kf, new(big.Float).SetInt64(ki)); d.Cmp(big.NewFloat(0.5)) > 0 {
		ki++
	} else if d.Cmp(big.NewFloat(-0.5)) < 0 {
		ki--
	}
	r := new(big.Float).SetPrec(crPrec).Mul(halfPi, new(big.Float).SetInt64(ki))
	r.Sub(bx, r)
	q := ki & 3
	if cos {
		q = (q + 1) & 3
	}
	// sin(x) = sin(r + q pi/2): q=0 sin r, 1 cos r, 2 -sin r, 3 -cos r.
	useCos := q == 1 || q == 3
	r2 := new(big.Float).SetPrec(crPrec).Mul(r, r)
	var sum, t *big.Float
	k := int64(1)
	if useCos {
		sum = new(big.Float).SetPrec(crPrec).SetInt64(1)
		t = new(big.Float).SetPrec(crPrec).SetInt64(1)
	} else {
		sum = new(big.Float).SetPrec(crPrec).Set(r)
		t = new(big.Float).SetPrec(crPrec).Set(r)
		k = 2
	}
	for i := 0; i < 60 && t.Sign() != 0; i++ {
		t.Mul(t, r2)
		t.Quo(t, new(big.Float).SetInt64(k*(k+1)))
		t.Neg(t)
		sum.Add(sum, t)
		k += 2
		if t.Sign() == 0 || sum.Sign() != 0 && t.MantExp(nil)-sum.MantExp(nil) < -crPrec-4 {
			break
		}
	}
	if q >= 2 {
		sum.Neg(sum)
	}
	return crRound(sum)
}

// crSin is sin(x), correctly rounded.
func crSin(x float64) float64 {
	if y, ok := ddSinCos(x, false); ok {
		return y
	}
	return crSinCos(x, false)
}

// crCos is cos(x), correctly rounded.
func crCos(x float64) float64 {
	if y, ok := ddSinCos(x, true); ok {
		return y
	}
	return crSinCos(x, true)
}

// dd is a double-double number hi + lo, |lo| <= ulp(hi)/2: about 106
// bits, enough to round the elementary functions correctly but for
// arguments whose result lies within 2^-100 of a rounding boundary.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(x, y dd) dd {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

// round returns the float64 nearest to the double-double value.
func (x dd) round() float64 { return x.hi + x.lo }

// ddConsts are ln 2, pi/2 (both as double-doubles, plus a third part)
// and 1/k! for k < 32. Built once; never written afterwards.
var ddConsts = sync.OnceValue(func() (c struct {
	ln2, halfPi     dd
	ln2Tail, piTail float64
	invFact         [32]dd
}) {
	split := func(b *big.Float) (dd, float64) {
		hi, _ := b.Float64()
		r := new(big.Float).SetPrec(crPrec).Sub(b, big.NewFloat(hi))
		lo, _ := r.Float64()
		r.Sub(r, big.NewFloat(lo))
		tail, _ := r.Float64()
		return dd{hi, lo}, tail
	}
	k := crConsts()
	c.ln2, c.ln2Tail = split(k[0])
	c.halfPi, c.piTail = split(k[1])
	f := new(big.Float).SetPrec(crPrec).SetInt64(1)
	for i := range c.invFact {
		if i > 0 {
			f.Quo(f, new(big.Float).SetInt64(int64(i)))
		}
		c.invFact[i], _ = split(f)
	}
	return c
})

// ddExp is exp(x) for -708 < x < 709.8 in double-double: x = k ln2 + r,
// the Taylor series of r/2^9, squared 9 times.
func ddExp(x float64) dd {
	c := ddConsts()
	k := math.Round(x / c.ln2.hi)
	// r = x - k ln2, with k*ln2.hi exact by FMA.
	p := k * c.ln2.hi
	pe := math.FMA(k, c.ln2.hi, -p)
	r := ddAdd(dd{x, 0}, dd{-p, -pe})
	r = ddAdd(r, dd{-k * c.ln2.lo, -k * c.ln2Tail})
	const halvings = 9
	r = dd{math.Ldexp(r.hi, -halvings), math.Ldexp(r.lo, -halvings)}
	sum := c.invFact[13]
	for i := 12; i >= 0; i-- {
		sum = ddAdd(ddMul(sum, r), c.invFact[i])
	}
	for i := 0; i < halvings; i++ {
		sum = ddMul(sum, sum)
	}
	ki := int(k)
	return dd{math.Ldexp(sum.hi, ki), math.Ldexp(sum.lo, ki)}
}

// ddLog is log(x) for x away from 1: y = log x estimated by Go, then
// log x = y + log(1 + e) with 1 + e = x exp(-y), |e| about 2^-52.
func ddLog(x float64) (float64, bool) {
	y := math.Log(x)
	if y > 708 || y < -708 {
		return 0, false
	}
	t := ddExp(-y)
	t = ddMul(t, dd{x, 0})
	e := ddAdd(t, dd{-1, 0})
	// log(1+e) = e - e^2/2 + e^3/3: e^3 is below 2^-150.
	l := ddAdd(e, dd{-0.5 * e.hi * e.hi, 0})
	return ddAdd(dd{y, 0}, l).round(), true
}

// ddSinCos is sin(x) or cos(x) in double-double for |x| < 2^20, when the
// reduced argument is not so close to 0 that the reduction loses bits.
func ddSinCos(x float64, cos bool) (float64, bool) {
	if math.IsNaN(x) || math.Abs(x) > 1<<20 || x == 0 {
		return 0, false
	}
	c := ddConsts()
	k := math.Round(x / c.halfPi.hi)
	p := k * c.halfPi.hi
	pe := math.FMA(k, c.halfPi.hi, -p)
	r := ddAdd(dd{x, 0}, dd{-p, -pe})
	r = ddAdd(r, dd{-k * c.halfPi.lo, -k * c.piTail})
	if math.Abs(r.hi) < 1.0/(1<<20) {
		return 0, false
	}
	q := int64(k) & 3
	if cos {
		q = (q + 1) & 3
	}
	r2 := ddMul(r, r)
	var v dd
	if q == 1 || q == 3 {
		// cos r = sum (-1)^i r^2i / (2i)!
		v = dd{-c.invFact[30].hi, -c.invFact[30].lo}
		for i := 14; i >= 0; i-- {
			term := c.invFact[2*i]
			if i%2 == 1 {
				term = dd{-term.hi, -term.lo}
			}
			v = ddAdd(ddMul(v, r2), term)
		}
	} else {
		// sin r = r sum (-1)^i r^2i / (2i+1)!
		v = dd{-c.invFact[31].hi, -c.invFact[31].lo}
		for i := 14; i >= 0; i-- {
			term := c.invFact[2*i+1]
			if i%2 == 1 {
				term = dd{-term.hi, -term.lo}
			}
			v = ddAdd(ddMul(v, r2), term)
		}
		v = ddMul(v, r)
	}
	if q >= 2 {
		v = dd{-v.hi, -v.lo}
	}
	return v.round(), true
}
