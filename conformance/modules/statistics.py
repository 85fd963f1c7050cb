# The statistics module on int and float data: exact (Fraction-based)
# results as CPython 3.11 computes them.
# ---
# mean of ints stays an int when whole, else becomes a float.
import statistics
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.mean([-1, 1]), statistics.mean([5]))
print(statistics.mean(range(1, 101)), statistics.mean(iter([10**20, 1])))
# Output:
# 2 2.5 0 5
# 50.5 5e+19
# ---
# mean of floats is exact before rounding.
import statistics
print(statistics.mean([0.1, 0.2, 0.3]), statistics.mean([1e100, 1, -1e100]), statistics.mean([1, 2.5, 4]))
print(statistics.mean([0.1] * 10), sum([0.1] * 10) / 10)
# Output:
# 0.2 0.3333333333333333 2.5
# 0.1 0.09999999999999999
# ---
# bools count as ints.
import statistics
print(statistics.mean([True, False]), statistics.mean([True, True]), statistics.mean([True, 2.0]))
# Output:
# 0.5 1 1.5
# ---
# Infinities and NaNs.
import statistics
print(statistics.mean([1, float('inf')]), statistics.mean([float('-inf'), 2.5]), statistics.mean([float('nan'), 1]))
print(statistics.mean([float('inf'), float('-inf')]), statistics.variance([1.0, float('inf')]))
# Output:
# inf -inf nan
# nan inf
# ---
# mean of empty data.
import statistics
statistics.mean([])  ### exception:statistics.StatisticsError "mean requires at least one data point"
# ---
# mean of non-numbers.
import statistics
statistics.mean(['a', 'b'])  ### exception:TypeError "can't convert type 'str' to numerator/denominator"
# ---
# fmean converts to floats and uses fsum.
import statistics
print(statistics.fmean([0.1, 0.2, 0.3]), statistics.fmean([1, 2, 3, 4]), statistics.fmean(iter([3.5, 4])))
print(statistics.fmean([1e16, 1, -1e16]), statistics.fmean([3.5, 4.0, 5.25]))
# Output:
# 0.19999999999999998 2.5 3.75
# 0.3333333333333333 4.25
# ---
# fmean with weights (3.11).
import statistics
print(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.fmean([1, 2, 3], [3, 2, 1]), statistics.fmean(iter([1, 2]), iter([1, 1])))
# Output:
# 87.6
# 1.6666666666666667 1.5
# ---
# fmean errors.
import statistics
for f in [lambda: statistics.fmean([]), lambda: statistics.fmean([1, 2], weights=[1]),
          lambda: statistics.fmean([1, 2], weights=[1, -1])]:
    try:
        f()
    except statistics.StatisticsError as e:
        print(e)
# Output:
# fmean requires at least one data point
# data and weights must be the same length
# sum of weights must be non-zero
# ---
# geometric_mean.
import statistics
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.5, 2.5, 7]), statistics.geometric_mean([2, 8]))
# Output:
# 36.000000000000014 2.971960976381565 4.0
# ---
# geometric_mean needs positive data.
import statistics
for d in [[], [0, 1], [-1, 2]]:
    try:
        statistics.geometric_mean(d)
    except statistics.StatisticsError as e:
        print(e)
# Output:
# geometric mean requires a non-empty dataset containing positive numbers
# geometric mean requires a non-empty dataset containing positive numbers
# geometric mean requires a non-empty dataset containing positive numbers
# ---
# harmonic_mean, with and without weights.
import statistics
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([1, 0, 3]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([3]), statistics.harmonic_mean([2.5]))
# Output:
# 48.0 3.6 0
# 56.0 3 2.5
# ---
# harmonic_mean errors.
import statistics
for f in [lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([1, -1]),
          lambda: statistics.harmonic_mean([-1]), lambda: statistics.harmonic_mean([1, 2], weights=[1]),
          lambda: statistics.harmonic_mean([1, 2], weights=[0, 0])]:
    try:
        f()
    except statistics.StatisticsError as e:
        print(e)
# Output:
# harmonic_mean requires at least one data point
# harmonic mean does not support negative values
# harmonic mean does not support negative values
# Number of weights does not match data size
# Weighted sum must be positive
# ---
# median, median_low, median_high.
import statistics
print(statistics.median([1, 3, 5]), statistics.median([1, 3, 5, 7]), statistics.median([3, 1, 2, 5.5]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_low([5, 1, 3]))
print(statistics.median(['b', 'c', 'a']), statistics.median_high('hello'))
# Output:
# 3 4.0 2.5
# 3 5 3
# b l
# ---
# median of empty data.
import statistics
statistics.median_low([])  ### exception:statistics.StatisticsError "no median for empty data"
# ---
# median_grouped.
import statistics
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=1), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([2.5]), statistics.median_grouped([1, 2], interval='3'))
# Output:
# 52.5 3.7
# 3.25 3.5
# 2.5 0.5
# ---
# median_grouped converts to float.
import statistics
statistics.median_grouped(['a', 'b'])  ### exception:TypeError "Value cannot be converted to a float"
# ---
# mode returns the first of the most common values (3.8+).
import statistics
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(['red', 'blue', 'blue', 'red', 'green']))
print(statistics.mode('aabbbc'), statistics.mode([(1, 2), (1, 2), 3]), statistics.mode([1, 1.0, True, 2]))
# Output:
# 3 red
# b (1, 2) 1
# ---
# multimode.
import statistics
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode([]), statistics.multimode([3, 1, 2]))
# Output:
# ['b', 'd', 'f'] [] [3, 1, 2]
# ---
# mode of empty data, and unhashable data.
import statistics
try:
    statistics.mode([[1]])
except TypeError as e:
    print(e)
statistics.mode([])  ### exception:statistics.StatisticsError "no mode for empty data"
# Output:
# unhashable type: 'list'
# ---
# quantiles, exclusive (default) and inclusive.
import statistics
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(statistics.quantiles(data), statistics.quantiles(data, n=10))
print(statistics.quantiles(data, method='inclusive'), statistics.quantiles([1, 2], n=5))
print(statistics.quantiles([1.5, 2.5, 10], n=3, method='inclusive'), statistics.quantiles([1, 2, 3], n=1))
# Output:
# [87.5, 101.5, 109.75] [76.5, 86.2, 89.6, 94.8, 101.5, 105.0, 108.7, 110.8, 118.2]
# [88.5, 101.5, 109.25] [0.6, 1.2, 1.8, 2.4]
# [2.1666666666666665, 5.0] []
# ---
# quantiles errors.
import statistics
for f in [lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([1]),
          lambda: statistics.quantiles([1, 2], method='nearest')]:
    try:
        f()
    except ValueError as e:
        print(e)
# Output:
# n must be at least 1
# must have at least two data points
# Unknown method: 'nearest'
# ---
# variance and pvariance.
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.variance([1, 2, 3, 4]), statistics.variance([1, 3, 5]), statistics.pvariance([1, 2, 3, 4]), statistics.pvariance([2, 4]))
print(statistics.variance([0.1, 0.2, 0.3]), statistics.pvariance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
# Output:
# 1.3720238095238095 1.25
# 1.6666666666666667 4 1.25 1
# 0.009999999999999998 0.006666661898296727
# ---
# variance with a given mean.
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data, statistics.mean(data)), statistics.pvariance([1, 2, 3], 2), statistics.variance([0.1, 0.2, 0.3], 0.2))
print(statistics.pvariance([1, 2, 3, 4], mu=0), statistics.variance([1, 2], xbar=1.5))
# Output:
# 1.3720238095238095 0.6666666666666666 0.009999999999999998
# 7.5 0.5
# ---
# stdev and pstdev are correctly rounded square roots.
import statistics
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([10**10, 10**10 + 1]))
print(statistics.pstdev([5, 5, 5]), statistics.stdev([0.1, 0.2, 0.3, 0.4]))
# Output:
# 1.0810874155219827 0.986893273527251
# 1.5811388300841898 2.0 0.7071067811865476
# 0.0 0.12909944487358058
# ---
# Spread errors.
import statistics
for f in [lambda: statistics.variance([1]), lambda: statistics.stdev([]), lambda: statistics.pvariance([]),
          lambda: statistics.pstdev(iter([]))]:
    try:
        f()
    except statistics.StatisticsError as e:
        print(e)
# Output:
# variance requires at least two data points
# stdev requires at least two data points
# pvariance requires at least one data point
# pstdev requires at least one data point
# ---
# StatisticsError is a ValueError.
import statistics
print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.variance([1])
except ValueError as e:
    print('caught', e, isinstance(e, statistics.StatisticsError))
# Output:
# True
# caught variance requires at least two data points True
# ---
# covariance and correlation (3.10).
import statistics
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y))
print(statistics.covariance(x, x[::-1]), statistics.correlation(x, x[::-1]), statistics.correlation(x, [2 * v for v in x]))
# Output:
# 0.75 0.31622776601683794
# -7.5 -1.0 1.0
# ---
# covariance and correlation errors.
import statistics
for f in [lambda: statistics.covariance([1, 2], [1]), lambda: statistics.covariance([1], [1]),
          lambda: statistics.correlation([1, 1, 1], [1, 2, 3]), lambda: statistics.correlation([1], [2])]:
    try:
        f()
    except statistics.StatisticsError as e:
        print(e)
# Output:
# covariance requires that both inputs have same number of data points
# covariance requires at least two data points
# at least one of the inputs is constant
# correlation requires at least two data points
# ---
# linear_regression (3.10) and proportional=True (3.11).
import statistics
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = statistics.linear_regression(year, films)
print(r)
print(round(r.slope, 10), round(r.intercept, 6))
slope, intercept = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(slope, intercept)
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
# Output:
# LinearRegression(slope=0.31, intercept=-610.18)
# 0.31 -610.18
# 2.5 -0.666666666666667
# LinearRegression(slope=2.2142857142857144, intercept=0.0)
# ---
# linear_regression of a constant x.
import statistics
statistics.linear_regression([1, 1], [1, 2])  ### exception:statistics.StatisticsError "x is constant"
# ---
# The repr of a StatisticsError shows the bare class name.
import statistics
try:
    statistics.median([])
except statistics.StatisticsError as e:
    print(repr(e), e.args)
print(repr(statistics.StatisticsError('x', 1)))
# Output:
# StatisticsError('no median for empty data') ('no median for empty data',)
# StatisticsError('x', 1)
