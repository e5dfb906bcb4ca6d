# statistics results bit-identical with CPython on ints, floats and bools, and its
# StatisticsError messages.
import statistics as st
from statistics import *
import random
random.seed(7)
fl = [random.random() * 100 for _ in range(37)]
ints = [random.randint(1, 50) for _ in range(21)]
for data in ([1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], fl, ints, [True, False, True], [1, 2.5]):
    print(mean(data), fmean(data), median(data), median_low(data), median_high(data), median_grouped(data), median_grouped(data, 5))
    if len(data) > 1:
        print(stdev(data), pstdev(data), variance(data), pvariance(data), quantiles(data), quantiles(data, n=10, method='inclusive'))
        print(variance(data, mean(data)), pstdev(data, 2))
    print(harmonic_mean([abs(x) + 1 for x in data]), geometric_mean([abs(x) + 1 for x in data]))
print(mode([1, 1, 2, 3, 3]), mode('aabbbc'), multimode('aabbcc'), multimode([]), mode(['x']))
print(fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), harmonic_mean([40, 60], weights=[5, 30]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, y), correlation(x, [v * v for v in x], method='ranked'), linear_regression(x, y))
lr = linear_regression([1, 2, 3], [2, 4, 7], proportional=True); print(lr, lr.slope, lr[1], tuple(lr))
print(covariance(fl[:10], fl[10:20]), correlation(fl[:10], fl[10:20]), linear_regression(fl[:10], fl[10:20]))
print(mean([float('inf'), 1]), st.mean([0.1] * 10), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.1, 0.2, 0.3]))
for f in (lambda: mean([]), lambda: stdev([1]), lambda: variance([]), lambda: pvariance([]), lambda: median([]), lambda: mode([]),
          lambda: quantiles([1]), lambda: quantiles([1, 2], n=0), lambda: quantiles([1, 2], method='x'), lambda: fmean([]),
          lambda: geometric_mean([0, 1]), lambda: harmonic_mean([-1, 2]), lambda: correlation([1, 1], [1, 2]),
          lambda: linear_regression([1], [2]), lambda: covariance([1, 2], [1]), lambda: mean(['a']), lambda: fmean([1], weights=[1, 2]),
          lambda: correlation([1,2], [3,4], method='x'), lambda: linear_regression([1, 1], [1, 2])):
    try: print(f())
    except (StatisticsError, TypeError, ValueError) as e: print(type(e).__name__, e)
print(isinstance(StatisticsError('x'), ValueError), pstdev([1, 2, 3, 4]), stdev(range(10)))
import statistics as s
print(s.variance([2, 4, 6]), s.pvariance([1, 3, 5, 7]), s.mean([10**30, 1]), s.mean([1, 2, 3.0]), s.stdev([2, 4, 4, 4, 5, 5, 7, 9]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(s.median([1, 2]), s.median([1.0, 2]), s.median_low(['b', 'a', 'c', 'd']), s.median_high('abcd'), s.mode([[1], [1]]) if False else s.mode([(1,), (1,), 2]))
print(s.mean(iter([1, 2, 3, 4])), s.fmean(iter([1, 2, 3])), s.mean([True, True]), s.variance([True, False, True]))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), s.quantiles(range(100), n=3), s.quantiles([1.5, 2.5], n=2))
print(s.geometric_mean([1, 2, 4]), s.harmonic_mean([1, 0, 2]), s.harmonic_mean([2, 4], weights=[0, 1]))
print(s.variance([1.5, 2.5, 3.5], 2.5), s.pvariance([1, 2, 3], 2), s.stdev([1, 2, 3], 2), s.pvariance([1.25, 1.25]), s.pstdev([5]))
print(s.mean([float('nan'), 1]), s.variance([1e308, -1e308]) if False else 0, s.median_grouped([52, 52, 53, 54]), s.median_grouped(['1', '2']) if False else 0)
try: s.mean([1, 'a'])
except TypeError as e: print(e)
try: s.mode([[1], [1]])
except TypeError as e: print(e)
try: s.median_grouped(['a', 'b'])
except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(s.covariance([1, 2, 3], [1, 2, 3]), s.correlation([1, 2, 3], [3, 2, 1]), s.linear_regression([1, 2, 3], [1, 2, 3]))
print(s.correlation([1, 2, 3, 4], [1, 3, 2, 4], method='ranked'))
