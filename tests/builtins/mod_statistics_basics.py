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
