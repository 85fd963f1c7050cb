// This file defines the statistics module for int and float data. The
// averages and measures of spread are computed exactly, as CPython's
// statistics.py does with Fractions: floats are exact dyadic rationals,
// sums are exact, and the result is rounded once (or stays an int when
// every value is an int and the result is whole). Decimal and Fraction
// data and NormalDist are not supported.

package builtins

import (
	"math"
	"math/big"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/pyfence/pyfence/internal/run"
)

// statisticsError is statistics.StatisticsError, a ValueError subclass.
// Built once; never written afterwards.
var statisticsError = sync.OnceValue(func() *py.Type {
	t := py.ValueError.NewType("statistics.StatisticsError", "", nil, nil)
	t.Base = py.ValueError // Ready would otherwise make object the base
	if err := t.Ready(); err != nil {
		panic("builtins: StatisticsError: " + err.Error())
	}
	return t
})

func statsErr(msg string) error {
	return py.ExceptionNewf(statisticsError(), "%s", msg)
}

// linearRegressionType is the type of linear_regression's result.
var linearRegressionType = py.NewType("statistics.LinearRegression", "LinearRegression(slope, intercept)")

// statisticsModule describes the statistics module.
// https://docs.python.org/3.11/library/statistics.html
func statisticsModule() *moduleSpec {
	lr := &nativeClass{typ: linearRegressionType, attrs: linearRegressionAttr}
	return &moduleSpec{name: "statistics", classes: []*nativeClass{lr}, build: func(st *run.State) (py.StringDict, error) {
		fns := map[string]builtinFunc{
			"mean": statsMean, "fmean": statsFmean, "geometric_mean": statsGeometricMean,
			"harmonic_mean": statsHarmonicMean, "median": statsMedian, "median_low": statsMedianLow,
			"median_high": statsMedianHigh, "median_grouped": statsMedianGrouped, "mode": statsMode,
			"multimode": statsMultimode, "quantiles": statsQuantiles, "variance": statsVariance,
			"pvariance": statsPvariance, "stdev": statsStdev, "pstdev": statsPstdev,
			"covariance": statsCovariance, "correlation": statsCorrelation,
			"linear_regression": statsLinearRegression,
		}
		m := py.StringDict{"StatisticsError": statisticsError()}
		for name, fn := range fns {
			m[name] = moduleFunc(st, name, fn)
		}
		return m, nil
	}}
}

// dyadic is an exact sum of ints and finite floats: n / 2**e.
type dyadic struct {
	n big.Int
	e uint
}

// add adds m / 2**e.
func (d *dyadic) add(m *big.Int, e uint) {
	if e > d.e {
		d.n.Lsh(&d.n, e-d.e)
		d.e = e
	}
	if e < d.e {
		m = new(big.Int).Lsh(m, d.e-e)
	}
	d.n.Add(&d.n, m)
}

// rat returns the sum as a rational.
func (d *dyadic) rat() *big.Rat {
	den := new(big.Int).Lsh(big.NewInt(1), d.e)
	return new(big.Rat).SetFrac(new(big.Int).Set(&d.n), den)
}

// floatDyadic splits a finite float into m / 2**e exactly.
func floatDyadic(f float64) (*big.Int, uint) {
	if f == 0 {
		return new(big.Int), 0
	}
	frac, exp := math.Frexp(f)
	mant := int64(frac * (1 << 53))
	exp -= 53
	m := big.NewInt(mant)
	if exp >= 0 {
		return m.Lsh(m, uint(exp)), 0
	}
	return m, uint(-exp)
}

// statsNum is one value of numeric data: exact (m / 2**e) unless it is a
// float infinity or NaN.
type statsNum struct {
	m       *big.Int
	e       uint
	float   bool // the value is a float (type coercion to float)
	special bool // an infinity or a NaN, in f
	f       float64
}

// statsExact is _exact_ratio for ints, bools and floats.
func statsExact(x py.Object) (statsNum, error) {
	switch v := x.(type) {
	case py.Float:
		f := float64(v)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return statsNum{float: true, special: true, f: f}, nil
		}
		m, e := floatDyadic(f)
		return statsNum{m: m, e: e, float: true}, nil
	}
	if iv, ok := intValue(x); ok {
		return statsNum{m: iv}, nil
	}
	return statsNum{}, py.ExceptionNewf(py.TypeError, "can't convert type '%s' to numerator/denominator", typeName(x))
}

// statsSum accumulates _sum and _ss: whether the result type is float,
// the count, the exact sums of the values and of their squares, and the
// plain float sum of the infinities and NaNs (which decide the result
// when there is one).
type statsSum struct {
	st       *run.State // charged for the work on big values
	isFloat  bool
	count    int64
	sx, sxx  dyadic
	hasSpec  bool
	specials float64 // running sum of infinities and NaNs
}

// statsChargeBits charges the work of adding (and squaring) a value of
// bits bits to an exact sum: linear in its size, quadratic when it is
// squared, so that sums of huge ints are bounded by the steps budget.
func statsChargeBits(st *run.State, bits int, square bool) error {
	words := int64(bits)/64 + 1
	cost := words
	if square {
		cost += words * words / 1024
		if err := st.CheckAlloc(words * 16); err != nil {
			return err
		}
	}
	return st.Charge(cost)
}

// addValue adds one data value to the sums.
func (s *statsSum) addValue(x py.Object, squares bool) error {
	n, err := statsExact(x)
	if err != nil {
		return err
	}
	if s.st != nil && !n.special {
		if err := statsChargeBits(s.st, n.m.BitLen()+int(n.e), squares); err != nil {
			return err
		}
	}
	s.count++
	s.isFloat = s.isFloat || n.float
	if n.special {
		s.hasSpec = true
		s.specials += n.f
		return nil
	}
	s.sx.add(n.m, n.e)
	if squares {
		s.sxx.add(new(big.Int).Mul(n.m, n.m), 2*n.e)
	}
	return nil
}

// statsCollect runs addValue over an iterable.
func statsCollect(st *run.State, data py.Object, squares bool) (*statsSum, error) {
	s := &statsSum{st: st}
	err := forEachItem(st, data, func(x py.Object) (bool, error) {
		if err := s.addValue(x, squares); err != nil {
			return true, err
		}
		return false, nil
	})
	return s, err
}

// ratFloat is float(Fraction): the correctly rounded quotient, with
// CPython's OverflowError when it is too large.
func ratFloat(r *big.Rat) (float64, error) {
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return f, nil
}

// statsConvert is _convert(value, T) for T int (isFloat false) or float.
func statsConvert(r *big.Rat, isFloat bool) (py.Object, error) {
	if !isFloat && r.IsInt() {
		return intFromBig(r.Num()), nil
	}
	f, err := ratFloat(r)
	if err != nil {
		return nil, err
	}
	return py.Float(f), nil
}

// statsData unpacks the single data argument of fname.
func statsData(fname string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data py.Object
	err := UnpackArgs(fname, args, kw, "data", &data)
	return data, err
}

// statsMean is statistics.mean(data).
// https://docs.python.org/3.11/library/statistics.html#statistics.mean
func statsMean(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	data, err := statsData("mean", args, kw)
	if err != nil {
		return nil, err
	}
	s, err := statsCollect(st, data, false)
	if err != nil {
		return nil, err
	}
	if s.count < 1 {
		return nil, statsErr("mean requires at least one data point")
	}
	if s.hasSpec {
		return py.Float(s.specials / float64(s.count)), nil
	}
	r := s.sx.rat()
	return statsConvert(r.Quo(r, new(big.Rat).SetInt64(s.count)), s.isFloat)
}

// statsFsum is math.fsum over floats already converted: the exactly
// rounded sum, with fsum's handling of infinities and NaNs.
func statsFsum(xs []float64) (float64, error) {
	var d dyadic
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if math.IsInf(x, 0) {
				infSum += x
			}
			special += x
			continue
		}
		m, e := floatDyadic(x)
		d.add(m, e)
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return 0, py.ExceptionNewf(py.ValueError, "-inf + inf in fsum")
		}
		return special, nil
	}
	f, _ := d.rat().Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "intermediate overflow in fsum")
	}
	return f, nil
}

// statsFloats converts the items of an iterable to floats as
// PyFloat_AsDouble does.
func statsFloats(st *run.State, data py.Object) ([]float64, error) {
	var out []float64
	err := forEachItem(st, data, func(x py.Object) (bool, error) {
		f, err := floatValue(x)
		if err != nil {
			return true, err
		}
		if len(out) == cap(out) {
			if err := st.CheckAlloc(int64(2*cap(out)+8) * 8); err != nil {
				return true, err
			}
		}
		out = append(out, f)
		return false, nil
	})
	return out, err
}

// statsFmean is statistics.fmean(data, weights=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.fmean
func statsFmean(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data py.Object
	weights := py.Object(py.None)
	if err := UnpackArgs("fmean", args, kw, "data", &data, "weights?", &weights); err != nil {
		return nil, err
	}
	if weights == py.None {
		xs, err := statsFloats(st, data)
		if err != nil {
			return nil, err
		}
		total, err := statsFsum(xs)
		if err != nil {
			return nil, err
		}
		if len(xs) == 0 {
			return nil, statsErr("fmean requires at least one data point")
		}
		return py.Float(total / float64(len(xs))), nil
	}
	xs, err := collectItems(st, data)
	if err != nil {
		return nil, err
	}
	ws, err := collectItems(st, weights)
	if err != nil {
		return nil, err
	}
	prods := make([]float64, 0, min(len(xs), len(ws)))
	for i := 0; i < len(xs) && i < len(ws); i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		p, err := Binary(st, vm.BINARY_MULTIPLY, xs[i], ws[i])
		if err != nil {
			return nil, err
		}
		f, err := floatValue(p)
		if err != nil {
			return nil, err
		}
		prods = append(prods, f)
	}
	num, err := statsFsum(prods)
	if err != nil {
		return nil, err
	}
	if len(xs) != len(ws) {
		return nil, statsErr("data and weights must be the same length")
	}
	wf, err := statsFloats(st, py.NewListFromItems(ws))
	if err != nil {
		return nil, err
	}
	den, err := statsFsum(wf)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, statsErr("sum of weights must be non-zero")
	}
	return py.Float(num / den), nil
}

// statsGeometricMean is statistics.geometric_mean(data):
// exp(fmean(map(log, data))).
// https://docs.python.org/3.11/library/statistics.html#statistics.geometric_mean
func statsGeometricMean(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	data, err := statsData("geometric_mean", args, kw)
	if err != nil {
		return nil, err
	}
	bad := statsErr("geometric mean requires a non-empty dataset containing positive numbers")
	var logs []float64
	err = forEachItem(st, data, func(x py.Object) (bool, error) {
		l, err := statsLog(x)
		if err != nil {
			return true, err
		}
		if len(logs) == cap(logs) {
			if err := st.CheckAlloc(int64(2*cap(logs)+8) * 8); err != nil {
				return true, err
			}
		}
		logs = append(logs, l)
		return false, nil
	})
	if err != nil {
		if !st.Failed() && py.IsException(py.ValueError, err) {
			return nil, bad
		}
		return nil, err
	}
	if len(logs) == 0 {
		return nil, bad
	}
	total, err := statsFsum(logs)
	if err != nil {
		if py.IsException(py.ValueError, err) {
			return nil, bad
		}
		return nil, err
	}
	return py.Float(crExp(total / float64(len(logs)))), nil
}

// statsLog is math.log(x) for an int or a float.
func statsLog(x py.Object) (float64, error) {
	if iv, ok := intValue(x); ok && iv.BitLen() > 1000 {
		if iv.Sign() <= 0 {
			return 0, py.ExceptionNewf(py.ValueError, "math domain error")
		}
		// math.log of a huge int: log(m) + e*log(2) with m in [0.5, 1).
		e := iv.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(iv), -e).Float64()
		return crLog(m) + float64(e)*math.Ln2, nil
	}
	f, err := floatValue(x)
	if err != nil {
		return 0, err
	}
	if f <= 0 || math.IsNaN(f) {
		if math.IsNaN(f) {
			return f, nil
		}
		return 0, py.ExceptionNewf(py.ValueError, "math domain error")
	}
	return crLog(f), nil
}

// statsHarmonicMean is statistics.harmonic_mean(data, weights=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.harmonic_mean
func statsHarmonicMean(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var dataObj py.Object
	weightsObj := py.Object(py.None)
	if err := UnpackArgs("harmonic_mean", args, kw, "data", &dataObj, "weights?", &weightsObj); err != nil {
		return nil, err
	}
	const negMsg = "harmonic mean does not support negative values"
	data, err := collectItems(st, dataObj)
	if err != nil {
		return nil, err
	}
	n := len(data)
	if n < 1 {
		return nil, statsErr("harmonic_mean requires at least one data point")
	}
	if n == 1 && weightsObj == py.None {
		x := data[0]
		if !isRealNumber(x) {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported type")
		}
		neg, err := orderCompare(st, vm.PyCmp_LT, x, py.Int(0))
		if err != nil {
			return nil, err
		}
		if neg {
			return nil, statsErr(negMsg)
		}
		return x, nil
	}
	var weights []py.Object
	sumWeights := new(big.Rat).SetInt64(int64(n))
	if weightsObj == py.None {
		weights = make([]py.Object, n)
		for i := range weights {
			weights[i] = py.Int(1)
		}
	} else {
		if weights, err = collectItems(st, weightsObj); err != nil {
			return nil, err
		}
		if len(weights) != n {
			return nil, statsErr("Number of weights does not match data size")
		}
		ws := &statsSum{st: st}
		for _, w := range weights {
			neg, err := orderCompare(st, vm.PyCmp_LT, w, py.Int(0))
			if err != nil {
				return nil, err
			}
			if neg {
				return nil, statsErr(negMsg)
			}
			if err := ws.addValue(w, false); err != nil {
				return nil, err
			}
		}
		if ws.hasSpec {
			sumWeights = nil
		} else {
			sumWeights = ws.sx.rat()
		}
	}
	s := &statsSum{st: st}
	for i, x := range data {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		neg, err := orderCompare(st, vm.PyCmp_LT, x, py.Int(0))
		if err != nil {
			return nil, err
		}
		if neg {
			return nil, statsErr(negMsg)
		}
		w := weights[i]
		var v py.Object = py.Int(0)
		if t, err := truthOf(w); err != nil {
			return nil, err
		} else if t {
			if v, err = Binary(st, vm.BINARY_TRUE_DIVIDE, w, x); err != nil {
				if !st.Failed() && py.IsException(py.ZeroDivisionError, err) {
					return py.Int(0), nil
				}
				return nil, err
			}
		}
		if err := s.addValue(v, false); err != nil {
			return nil, err
		}
	}
	if s.hasSpec {
		if !(s.specials > 0) && !math.IsNaN(s.specials) {
			return nil, statsErr("Weighted sum must be positive")
		}
		if sumWeights == nil {
			return py.Float(math.NaN()), nil
		}
		f, _ := sumWeights.Float64()
		return py.Float(f / s.specials), nil
	}
	total := s.sx.rat()
	if total.Sign() <= 0 {
		return nil, statsErr("Weighted sum must be positive")
	}
	if sumWeights == nil {
		return py.Float(math.Inf(1)), nil
	}
	return statsConvert(new(big.Rat).Quo(sumWeights, total), s.isFloat)
}

// statsSorted is sorted(data).
func statsSorted(st *run.State, data py.Object) ([]py.Object, error) {
	items, err := collectItems(st, data)
	if err != nil {
		return nil, err
	}
	return items, sortValues(st, items, nil, false)
}

// statsMedianKind computes median (kind 0), median_low (1) and
// median_high (2).
func statsMedianKind(st *run.State, fname string, args py.Tuple, kw py.StringDict, kind int) (py.Object, error) {
	data, err := statsData(fname, args, kw)
	if err != nil {
		return nil, err
	}
	xs, err := statsSorted(st, data)
	if err != nil {
		return nil, err
	}
	n := len(xs)
	if n == 0 {
		return nil, statsErr("no median for empty data")
	}
	if n%2 == 1 || kind == 2 {
		return xs[n/2], nil
	}
	if kind == 1 {
		return xs[n/2-1], nil
	}
	sum, err := Binary(st, vm.BINARY_ADD, xs[n/2-1], xs[n/2])
	if err != nil {
		return nil, err
	}
	return Binary(st, vm.BINARY_TRUE_DIVIDE, sum, py.Int(2))
}

// statsMedian is statistics.median(data).
// https://docs.python.org/3.11/library/statistics.html#statistics.median
func statsMedian(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsMedianKind(st, "median", args, kw, 0)
}

// statsMedianLow is statistics.median_low(data).
// https://docs.python.org/3.11/library/statistics.html#statistics.median_low
func statsMedianLow(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsMedianKind(st, "median_low", args, kw, 1)
}

// statsMedianHigh is statistics.median_high(data).
// https://docs.python.org/3.11/library/statistics.html#statistics.median_high
func statsMedianHigh(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsMedianKind(st, "median_high", args, kw, 2)
}

// statsMedianGrouped is statistics.median_grouped(data, interval=1.0).
// https://docs.python.org/3.11/library/statistics.html#statistics.median_grouped
func statsMedianGrouped(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data py.Object
	var intervalObj py.Object = py.Float(1)
	if err := UnpackArgs("median_grouped", args, kw, "data", &data, "interval?", &intervalObj); err != nil {
		return nil, err
	}
	xs, err := statsSorted(st, data)
	if err != nil {
		return nil, err
	}
	n := len(xs)
	if n == 0 {
		return nil, statsErr("no median for empty data")
	}
	x := xs[n/2]
	l := py.NewListFromItems(xs)
	i, err := bisectSearch(st, l, x, py.None, 0, int64(n), true)
	if err != nil {
		return nil, err
	}
	j, err := bisectSearch(st, l, x, py.None, i, int64(n), false)
	if err != nil {
		return nil, err
	}
	toFloat := func(o py.Object) (float64, error) {
		f, err := newFloat(st, py.Tuple{o}, nil)
		if err != nil {
			if !st.Failed() && py.IsException(py.ValueError, err) {
				return 0, py.ExceptionNewf(py.TypeError, "Value cannot be converted to a float")
			}
			return 0, err
		}
		return floatValue(f)
	}
	interval, err := toFloat(intervalObj)
	if err != nil {
		return nil, err
	}
	xf, err := toFloat(x)
	if err != nil {
		return nil, err
	}
	lower := xf - interval/2.0
	return py.Float(lower + interval*(float64(n)/2-float64(i))/float64(j-i)), nil
}

// statsCounts counts the values of data in insertion order, as
// collections.Counter does.
func statsCounts(st *run.State, data py.Object) (*Dict, error) {
	counts := newDictIn(st)
	err := forEachItem(st, data, func(x py.Object) (bool, error) {
		v, ok, err := counts.GetItem(st, x)
		if err != nil {
			return true, err
		}
		n := py.Int(1)
		if ok {
			n = v.(py.Int) + 1
		}
		return false, counts.SetItem(st, x, n)
	})
	return counts, err
}

// statsMode is statistics.mode(data): the first of the most common
// values.
// https://docs.python.org/3.11/library/statistics.html#statistics.mode
func statsMode(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	data, err := statsData("mode", args, kw)
	if err != nil {
		return nil, err
	}
	counts, err := statsCounts(st, data)
	if err != nil {
		return nil, err
	}
	var best py.Object
	var bestN py.Int
	for _, kv := range counts.Items() {
		if n := kv[1].(py.Int); best == nil || n > bestN {
			best, bestN = kv[0], n
		}
	}
	if best == nil {
		return nil, statsErr("no mode for empty data")
	}
	return best, nil
}

// statsMultimode is statistics.multimode(data).
// https://docs.python.org/3.11/library/statistics.html#statistics.multimode
func statsMultimode(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	data, err := statsData("multimode", args, kw)
	if err != nil {
		return nil, err
	}
	counts, err := statsCounts(st, data)
	if err != nil {
		return nil, err
	}
	items := counts.Items()
	var maxN py.Int
	for _, kv := range items {
		maxN = max(maxN, kv[1].(py.Int))
	}
	out := []py.Object{}
	for _, kv := range items {
		if kv[1].(py.Int) == maxN {
			out = append(out, kv[0])
		}
	}
	return py.NewListFromItems(out), nil
}

// statsQuantiles is statistics.quantiles(data, *, n=4, method='exclusive').
// https://docs.python.org/3.11/library/statistics.html#statistics.quantiles
func statsQuantiles(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data py.Object
	var n int64 = 4
	var method py.Object = py.String("exclusive")
	if err := UnpackArgs("quantiles", args, kw, "data", &data, "$n?", &n, "$method?", &method); err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, statsErr("n must be at least 1")
	}
	xs, err := statsSorted(st, data)
	if err != nil {
		return nil, err
	}
	ld := int64(len(xs))
	if ld < 2 {
		return nil, statsErr("must have at least two data points")
	}
	m, _ := method.(py.String)
	if m != "inclusive" && m != "exclusive" {
		r, err := Repr(st, method)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "Unknown method: %s", r)
	}
	if err := st.CheckAlloc(n * slotSize); err != nil {
		return nil, err
	}
	interp := func(a, b py.Object, wa, wb int64) (py.Object, error) {
		x, err := Binary(st, vm.BINARY_MULTIPLY, a, py.Int(wa))
		if err != nil {
			return nil, err
		}
		y, err := Binary(st, vm.BINARY_MULTIPLY, b, py.Int(wb))
		if err != nil {
			return nil, err
		}
		s, err := Binary(st, vm.BINARY_ADD, x, y)
		if err != nil {
			return nil, err
		}
		return Binary(st, vm.BINARY_TRUE_DIVIDE, s, py.Int(n))
	}
	out := make([]py.Object, 0, n-1)
	for i := int64(1); i < n; i++ {
		if err := st.Charge(1); err != nil {
			return nil, err
		}
		var v py.Object
		var err error
		if m == "inclusive" {
			j, delta := i*(ld-1)/n, i*(ld-1)%n
			v, err = interp(xs[j], xs[j+1], n-delta, delta)
		} else {
			mm := ld + 1
			j := min(max(i*mm/n, 1), ld-1)
			delta := i*mm - j*n
			v, err = interp(xs[j-1], xs[j], n-delta, delta)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return py.NewListFromItems(out), nil
}

// statsSS is _ss(data, c): the type, the sum of squared deviations
// (exact, or a special float), and the count.
type statsSS struct {
	isFloat bool
	ss      *big.Rat // nil when special
	special float64
	count   int64
}

func statsSumSquares(st *run.State, data, c py.Object) (statsSS, error) {
	if c != py.None {
		s := &statsSum{st: st}
		err := forEachItem(st, data, func(x py.Object) (bool, error) {
			d, err := Binary(st, vm.BINARY_SUBTRACT, x, c)
			if err != nil {
				return true, err
			}
			if d, err = Binary(st, vm.BINARY_MULTIPLY, d, d); err != nil {
				return true, err
			}
			return false, s.addValue(d, false)
		})
		if err != nil {
			return statsSS{}, err
		}
		if s.hasSpec {
			return statsSS{isFloat: s.isFloat, special: s.specials, count: s.count}, nil
		}
		return statsSS{isFloat: s.isFloat, ss: s.sx.rat(), count: s.count}, nil
	}
	s, err := statsCollect(st, data, true)
	if err != nil {
		return statsSS{}, err
	}
	if s.count == 0 {
		return statsSS{isFloat: s.isFloat, ss: new(big.Rat)}, nil
	}
	if s.hasSpec {
		return statsSS{isFloat: s.isFloat, special: s.specials, count: s.count}, nil
	}
	// ssd = (count * sxx - sx * sx) / count, exactly.
	if err := statsChargeBits(st, s.sx.n.BitLen()+int(s.sx.e), true); err != nil {
		return statsSS{}, err
	}
	sx, sxx := s.sx.rat(), s.sxx.rat()
	cnt := new(big.Rat).SetInt64(s.count)
	ss := new(big.Rat).Mul(cnt, sxx)
	ss.Sub(ss, new(big.Rat).Mul(sx, sx))
	ss.Quo(ss, cnt)
	return statsSS{isFloat: s.isFloat, ss: ss, count: s.count}, nil
}

// statsSpread computes variance (sample, sqrt false), pvariance,
// stdev and pstdev.
func statsSpread(st *run.State, fname, param string, args py.Tuple, kw py.StringDict, sample, sqrt bool) (py.Object, error) {
	var data py.Object
	c := py.Object(py.None)
	if err := UnpackArgs(fname, args, kw, "data", &data, param+"?", &c); err != nil {
		return nil, err
	}
	r, err := statsSumSquares(st, data, c)
	if err != nil {
		return nil, err
	}
	den := r.count
	if sample {
		if r.count < 2 {
			return nil, statsErr(fname + " requires at least two data points")
		}
		den--
	} else if r.count < 1 {
		return nil, statsErr(fname + " requires at least one data point")
	}
	if r.ss == nil {
		if sqrt {
			return nil, py.ExceptionNewf(py.AttributeError, "'float' object has no attribute 'numerator'")
		}
		return py.Float(r.special / float64(den)), nil
	}
	mss := new(big.Rat).Quo(r.ss, new(big.Rat).SetInt64(den))
	if sqrt {
		f, err := floatSqrtOfFrac(mss.Num(), mss.Denom())
		if err != nil {
			return nil, err
		}
		return py.Float(f), nil
	}
	return statsConvert(mss, r.isFloat)
}

// floatSqrtOfFrac is _float_sqrt_of_frac: sqrt(n/m) correctly rounded.
func floatSqrtOfFrac(n, m *big.Int) (float64, error) {
	if n.Sign() < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
	}
	const width = 2*53 + 3
	q := n.BitLen() - m.BitLen() - width
	q = int(math.Floor(float64(q) / 2))
	rto := func(n, m *big.Int) *big.Int {
		a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
		chk := new(big.Int).Mul(a, a)
		chk.Mul(chk, m)
		if chk.Cmp(n) != 0 {
			a.SetBit(a, 0, 1)
		}
		return a
	}
	var num, den *big.Int
	if q >= 0 {
		num = rto(n, new(big.Int).Lsh(m, uint(2*q)))
		num.Lsh(num, uint(q))
		den = big.NewInt(1)
	} else {
		num = rto(new(big.Int).Lsh(n, uint(-2*q)), m)
		den = new(big.Int).Lsh(big.NewInt(1), uint(-q))
	}
	return ratFloat(new(big.Rat).SetFrac(num, den))
}

// statsVariance is statistics.variance(data, xbar=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.variance
func statsVariance(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsSpread(st, "variance", "xbar", args, kw, true, false)
}

// statsPvariance is statistics.pvariance(data, mu=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.pvariance
func statsPvariance(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsSpread(st, "pvariance", "mu", args, kw, false, false)
}

// statsStdev is statistics.stdev(data, xbar=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.stdev
func statsStdev(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsSpread(st, "stdev", "xbar", args, kw, true, true)
}

// statsPstdev is statistics.pstdev(data, mu=None).
// https://docs.python.org/3.11/library/statistics.html#statistics.pstdev
func statsPstdev(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return statsSpread(st, "pstdev", "mu", args, kw, false, true)
}

// statsPairs reads the two inputs of covariance, correlation and
// linear_regression as floats, with their length checks.
func statsPairs(st *run.State, what string, args py.Tuple) (xs, ys []float64, err error) {
	if len(args) != 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 positional arguments but %d were given", what, len(args))
	}
	n, err := lenInt(args[0])
	if err != nil {
		return nil, nil, err
	}
	m, err := lenInt(args[1])
	if err != nil {
		return nil, nil, err
	}
	name := what
	if what == "linear_regression" {
		name = "linear regression"
	}
	if m != n {
		return nil, nil, statsErr(name + " requires that both inputs have same number of data points")
	}
	if n < 2 {
		return nil, nil, statsErr(name + " requires at least two data points")
	}
	if xs, err = statsFloats(st, args[0]); err != nil {
		return nil, nil, err
	}
	if ys, err = statsFloats(st, args[1]); err != nil {
		return nil, nil, err
	}
	if len(xs) != len(ys) {
		return nil, nil, py.ExceptionNewf(py.RuntimeError, "inputs changed size")
	}
	return xs, ys, nil
}

// statsCentered returns fsum(x)/n, fsum(y)/n, and the fsums of the
// centred products and squares.
func statsCentered(st *run.State, xs, ys []float64) (xbar, ybar, sxy, sxx, syy float64, err error) {
	n := float64(len(xs))
	if xbar, err = statsFsum(xs); err != nil {
		return
	}
	if ybar, err = statsFsum(ys); err != nil {
		return
	}
	xbar, ybar = xbar/n, ybar/n
	if err = st.CheckAlloc(int64(len(xs)) * 24); err != nil {
		return
	}
	if err = st.Charge(int64(len(xs))); err != nil {
		return
	}
	pxy := make([]float64, len(xs))
	pxx := make([]float64, len(xs))
	pyy := make([]float64, len(xs))
	for i := range xs {
		dx, dy := xs[i]-xbar, ys[i]-ybar
		pxy[i], pxx[i], pyy[i] = dx*dy, dx*dx, dy*dy
	}
	if sxy, err = statsFsum(pxy); err != nil {
		return
	}
	if sxx, err = statsFsum(pxx); err != nil {
		return
	}
	syy, err = statsFsum(pyy)
	return
}

// statsCovariance is statistics.covariance(x, y, /).
// https://docs.python.org/3.11/library/statistics.html#statistics.covariance
func statsCovariance(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoKwargs("covariance", kw); err != nil {
		return nil, err
	}
	xs, ys, err := statsPairs(st, "covariance", args)
	if err != nil {
		return nil, err
	}
	_, _, sxy, _, _, err := statsCentered(st, xs, ys)
	if err != nil {
		return nil, err
	}
	return py.Float(sxy / float64(len(xs)-1)), nil
}

// statsCorrelation is statistics.correlation(x, y, /).
// https://docs.python.org/3.11/library/statistics.html#statistics.correlation
func statsCorrelation(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := fnNoKwargs("correlation", kw); err != nil {
		return nil, err
	}
	xs, ys, err := statsPairs(st, "correlation", args)
	if err != nil {
		return nil, err
	}
	_, _, sxy, sxx, syy, err := statsCentered(st, xs, ys)
	if err != nil {
		return nil, err
	}
	d := math.Sqrt(sxx * syy)
	if d == 0 {
		return nil, statsErr("at least one of the inputs is constant")
	}
	return py.Float(sxy / d), nil
}

// statsLinearRegression is statistics.linear_regression(x, y, /, *,
// proportional=False).
// https://docs.python.org/3.11/library/statistics.html#statistics.linear_regression
func statsLinearRegression(st *run.State, args py.Tuple, kw py.StringDict) (py.Object, error) {
	proportional := false
	if err := UnpackArgs("linear_regression", nil, kw, "$proportional?", &proportional); err != nil {
		return nil, err
	}
	xs, ys, err := statsPairs(st, "linear_regression", args)
	if err != nil {
		return nil, err
	}
	var sxy, sxx, xbar, ybar float64
	if proportional {
		if err := st.CheckAlloc(int64(len(xs)) * 16); err != nil {
			return nil, err
		}
		pxy := make([]float64, len(xs))
		pxx := make([]float64, len(xs))
		for i := range xs {
			pxy[i], pxx[i] = xs[i]*ys[i], xs[i]*xs[i]
		}
		if sxy, err = statsFsum(pxy); err != nil {
			return nil, err
		}
		if sxx, err = statsFsum(pxx); err != nil {
			return nil, err
		}
	} else if xbar, ybar, sxy, sxx, _, err = statsCentered(st, xs, ys); err != nil {
		return nil, err
	}
	if sxx == 0 {
		return nil, statsErr("x is constant")
	}
	slope := sxy / sxx
	intercept := 0.0
	if !proportional {
		intercept = ybar - slope*xbar
	}
	return &linearRegression{slope: slope, intercept: intercept}, nil
}

// linearRegression is the named tuple LinearRegression(slope, intercept).
type linearRegression struct {
	slope, intercept float64
}

// Type implements py.Object.
func (l *linearRegression) Type() *py.Type { return linearRegressionType }

func (l *linearRegression) tuple() py.Tuple {
	return py.Tuple{py.Float(l.slope), py.Float(l.intercept)}
}

// M__len__ is len(result): 2.
func (l *linearRegression) M__len__() (py.Object, error) { return py.Int(2), nil }

// M__iter__ iterates over slope and intercept.
func (l *linearRegression) M__iter__() (py.Object, error) { return py.NewIterator(l.tuple()), nil }

// M__getitem__ is result[i].
func (l *linearRegression) M__getitem__(key py.Object) (py.Object, error) {
	return l.tuple().M__getitem__(key)
}

// M__eq__ compares with another result or a tuple.
func (l *linearRegression) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *linearRegression:
		return py.NewBool(*l == *o), nil
	case py.Tuple:
		return l.tuple().M__eq__(o)
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (l *linearRegression) M__ne__(other py.Object) (py.Object, error) {
	eq, err := l.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq != py.True), nil
}

// pfRepr writes LinearRegression(slope=..., intercept=...).
func (l *linearRegression) pfRepr(r *reprer, depth int) error {
	r.b.WriteString("LinearRegression(slope=" + floatRepr(l.slope) + ", intercept=" + floatRepr(l.intercept) + ")")
	return nil
}

// M__repr__ is repr(result).
func (l *linearRegression) M__repr__() (py.Object, error) {
	return py.String("LinearRegression(slope=" + floatRepr(l.slope) + ", intercept=" + floatRepr(l.intercept) + ")"), nil
}

// linearRegressionAttr serves slope and intercept.
func linearRegressionAttr(st *run.State, self py.Object, name string) (py.Object, bool, error) {
	l, ok := self.(*linearRegression)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "slope":
		return py.Float(l.slope), true, nil
	case "intercept":
		return py.Float(l.intercept), true, nil
	}
	return nil, false, nil
}
