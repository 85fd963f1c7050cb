package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestStatistics(t *testing.T) {
	t.Parallel()
	runMiscCases(t, []miscCase{
		{name: "mean of ints", src: "import statistics as s\nprint(s.mean([1, 2, 3]), s.mean([1, 2]))", want: "2 1.5\n"},
		{name: "mean is exact", src: "import statistics as s\nprint(s.mean([1e100, 1, -1e100]), s.mean([0.1, 0.2, 0.3]))", want: "0.3333333333333333 0.2\n"},
		{name: "variance and stdev", src: "import statistics as s\nprint(s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), s.stdev([1, 2, 3, 4, 5]))", want: "1.3720238095238095 1.5811388300841898\n"},
		{name: "empty mean", src: "import statistics as s\ns.mean([])", err: "statistics.StatisticsError: mean requires at least one data point"},
		{name: "two points for variance", src: "import statistics as s\ns.variance([1])", err: "statistics.StatisticsError: variance requires at least two data points"},
		{name: "StatisticsError is a ValueError", src: "import statistics as s\ntry:\n    s.pstdev([])\nexcept ValueError as e:\n    print(isinstance(e, s.StatisticsError), e)", want: "True pstdev requires at least one data point\n"},
		{name: "mode returns the first", src: "import statistics as s\nprint(s.mode([2, 1, 1, 2]))", want: "2\n"},
		{name: "raising comparison in median", src: "import statistics as s\nclass C:\n    def __lt__(self, o):\n        raise KeyError('c')\ns.median([C(), C()])", err: "KeyError: 'c'"},
		{name: "raising __eq__ in mode", src: "import statistics as s\nclass C:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        raise KeyError('eq')\ns.mode([C(), C()])", err: "KeyError: 'eq'"},
		{name: "huge and tiny floats stay exact", src: "import statistics as s\nprint(s.mean([1e308, 5e-324] * 1000))\ns.pvariance([1e308, -1e308])", err: "OverflowError: integer division result too large for a float"},
	})
	steps := interp.Limits{Steps: 200_000}
	runMiscLimitCases(t, []miscLimitCase{
		{"mean of an infinite iterator", "import statistics\nstatistics.mean(iter(int, 1))", steps, interp.StepLimit},
		{"fmean of an infinite iterator", "import statistics\nstatistics.fmean(iter(int, 1))", steps, interp.StepLimit},
		{"variance of an infinite iterator", "import statistics\nstatistics.variance(iter(float, 1))", steps, interp.StepLimit},
		{"median of an infinite iterator", "import statistics\nstatistics.median(iter(int, 1))", steps, interp.StepLimit},
		{"mode of an infinite iterator", "import statistics\nstatistics.mode(iter(int, 1))", steps, interp.StepLimit},
		{"multimode of an infinite iterator", "import statistics\nstatistics.multimode(iter(int, 1))", steps, interp.StepLimit},
		{"harmonic_mean of an infinite iterator", "import statistics\nstatistics.harmonic_mean(iter(int, 1))", steps, interp.StepLimit},
		{"quantiles with a huge n", "import statistics\nstatistics.quantiles([1, 2], n=10**12)", interp.Limits{}, interp.MemoryLimit},
		{"median of a huge range checks memory", "import statistics\nstatistics.median(range(10**12))", interp.Limits{}, interp.MemoryLimit},
		{"variance of huge ints is metered", "import statistics\nstatistics.variance([2**(2**24)] * 1000)", interp.Limits{Steps: 1_000_000}, interp.StepLimit},
		{"mean of huge ints is metered", "import statistics\nstatistics.mean([2**(2**24), 1] * 10**4)", interp.Limits{Steps: 1_000_000}, interp.StepLimit},
		{"geometric_mean of an infinite iterator", "import statistics\nstatistics.geometric_mean(iter(lambda: 2.0, 0))", steps, interp.StepLimit},
	})
	runMiscPolicyCases(t, []miscPolicyCase{
		{"module attributes are read-only", "import statistics\nstatistics.mean = len", "readonly-attr"},
		{"no dunder of the exception class", "import statistics\nstatistics.StatisticsError.__subclasses__", "dunder-attr"},
		{"no dunder of a result", "import statistics\nstatistics.linear_regression([1, 2], [1, 3]).__class__", "dunder-attr"},
	})
}
