# Looplab's statistics: CPython's algorithms, with its exact rational arithmetic done on
# (numerator, denominator) int pairs, so results are bit-identical.
from math import fsum, gcd, isqrt, sqrt, exp, log, isfinite
from bisect import bisect_left, bisect_right

class StatisticsError(ValueError):
    pass


class NormalDist:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('statistics.NormalDist is not supported by Looplab yet')


def _q(n, d):
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _qadd(a, b):
    return _q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _qdiv(a, k):
    return _q(a[0], a[1] * k)


def _ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sums(data, squares):
    # CPython's _sum/_ss: exact partial sums keyed by denominator.
    count, T, sx, sxx = 0, int, {}, {}
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if squares:
            sxx[d] = sxx.get(d, 0) + n * n
    if None in sx:
        return T, sx[None], sx[None], count
    total = (0, 1)
    for d, n in sx.items():
        total = _qadd(total, _q(n, d))
    if not squares:
        return T, total, None, count
    if not count:
        return T, (0, 1), (0, 1), 0
    tsq = (0, 1)
    for d, n in sxx.items():
        tsq = _qadd(tsq, _q(n, d * d))
    ssd = _q(count * tsq[0] * total[1] ** 2 - total[0] ** 2 * tsq[1], tsq[1] * total[1] ** 2 * count)
    return T, ssd, _qdiv(total, count), count


def _ss(data, c):
    if c is None:
        return _sums(data, True)
    T, ssd, _, count = _sums([(x - c) * (x - c) for x in data], False)
    return T, ssd, c, count


def _convert(value, T):
    if type(value) is not tuple:
        return value
    n, d = value
    if T is int and d == 1:
        return n
    if T is int or T is float:
        return n / d
    return T(n) / T(d)


def _sqrt_frac(q):
    if type(q) is not tuple:
        return sqrt(q)
    n, m = q
    if n <= 0:
        if not n:
            return 0.0
        n, m = -n, -m
    # Correctly rounded: round-to-odd integer square root at 109 bits, then one division.
    s = (n.bit_length() - m.bit_length() - 109) // 2
    if s >= 0:
        return (_isqrt_rto(n, m << 2 * s) << s) / 1
    return _isqrt_rto(n << -2 * s, m) / (1 << -s)


def _isqrt_rto(n, m):
    a = isqrt(n // m)
    return a | (a * a * m != n)


def mean(data):
    T, total, _, n = _sums(data, False)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_qdiv(total, n) if type(total) is tuple else total / n, T)


def _sumprod(p, q):
    p, q = list(p), list(q)
    if len(p) != len(q):
        raise ValueError('Inputs are not the same length')
    total, exact = (0, 1), True
    for a, b in zip(p, q):
        if type(a) is not int and type(a) is not bool or type(b) is not int and type(b) is not bool:
            exact = False
        if not (isfinite(a) and isfinite(b)):
            return sum(a * b for a, b in zip(p, q))
        total = _qadd(total, _q(*_mulr(_ratio(a), _ratio(b))))
    return total[0] if exact else total[0] / total[1]


def _mulr(a, b):
    return a[0] * b[0], a[1] * b[1]


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(data) / len(data)
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length') from None
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _nonneg(values, msg):
    for x in values:
        if x < 0:
            raise StatisticsError(msg)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    msg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(msg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sums(_nonneg(weights, msg), False)[1]
    try:
        T, total, _, count = _sums([w / x if w else 0 for w, x in zip(weights, _nonneg(data, msg))], False)
    except ZeroDivisionError:
        return 0
    if type(total) is not tuple:
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(_convert(sum_weights, float) / total, T)
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if type(sum_weights) is not tuple:
        return _convert(sum_weights / _convert(total, float), T)
    return _convert(_q(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)


def _sorted(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data, len(data)


def median(data):
    data, n = _sorted(data)
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data, n = _sorted(data)
    return data[(n - 1) // 2]


def median_high(data):
    data, n = _sorted(data)
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data, n = _sorted(data)
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    return max(counts.items(), key=lambda kv: kv[1])[0]


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _msq(ss, k):
    return _qdiv(ss, k) if type(ss) is tuple else ss / k


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_msq(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_msq(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_frac(_msq(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_frac(_msq(ss, n))


def _pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    n = _pair(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return _sumprod([xi - xbar for xi in x], [yi - ybar for yi in y]) / (n - 1)


def _rank(data, start):
    pairs = sorted(zip(data, range(len(data))))
    result = [0] * len(pairs)
    i = start - 1
    k = 0
    while k < len(pairs):
        e = k
        while e < len(pairs) and pairs[e][0] == pairs[k][0]:
            e += 1
        rank = i + (e - k + 1) / 2
        for value, pos in pairs[k:e]:
            result[pos] = rank
        i += e - k
        k = e
    return result


def correlation(x, y, /, *, method='linear'):
    n = _pair(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        start = (n - 1) / -2
        x = _rank(x, start)
        y = _rank(y, start)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y)
    sxx = _sumprod(x, x)
    syy = _sumprod(y, y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


class LinearRegression:
    # CPython's namedtuple('LinearRegression', ('slope', 'intercept')), as a plain class.
    _fields = ('slope', 'intercept')

    def __init__(self, slope, intercept):
        self.slope, self.intercept = slope, intercept

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return tuple(self)[i]

    def __eq__(self, other):
        return tuple(self) == (tuple(other) if isinstance(other, LinearRegression) else other)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    n = _pair(x, y, 'linear regression')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y) + 0.0
    sxx = _sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
