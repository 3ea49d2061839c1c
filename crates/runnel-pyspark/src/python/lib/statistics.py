# statistics: the common functions of CPython's Lib/statistics.py (floats via math.fsum;
# an int mean stays an int when it is whole, as CPython's exact arithmetic gives).
import math

class StatisticsError(ValueError):
    pass

def _data(data, least, what):
    xs = list(data)
    if len(xs) < least:
        if least == 1:
            raise StatisticsError(what + ' requires at least one data point')
        raise StatisticsError(what + ' requires at least two data points')
    return xs

def _convert(total, n, xs):
    if all(isinstance(x, int) for x in xs) and total % n == 0:
        return total // n
    return total / n

def mean(data):
    xs = _data(data, 1, 'mean')
    if all(isinstance(x, int) for x in xs):
        return _convert(sum(xs), len(xs), xs)
    return math.fsum(xs) / len(xs)

def fmean(data, weights=None):
    xs = _data(data, 1, 'fmean')
    if weights is None:
        return math.fsum(xs) / len(xs)
    ws = list(weights)
    return math.fsum([x * w for x, w in zip(xs, ws)]) / math.fsum(ws)

def median(data):
    xs = sorted(data)
    n = len(xs)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return xs[n // 2]
    i = n // 2
    return (xs[i - 1] + xs[i]) / 2

def median_low(data):
    xs = sorted(data)
    if not xs:
        raise StatisticsError('no median for empty data')
    n = len(xs)
    return xs[n // 2] if n % 2 == 1 else xs[n // 2 - 1]

def median_high(data):
    xs = sorted(data)
    if not xs:
        raise StatisticsError('no median for empty data')
    return xs[len(xs) // 2]

def mode(data):
    xs = list(data)
    if not xs:
        raise StatisticsError('no mode for empty data')
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in xs:
        if counts[x] == best:
            return x

def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]

def _ss(xs, c=None):
    if c is None:
        c = math.fsum(xs) / len(xs)
    return math.fsum([(x - c) ** 2 for x in xs])

def variance(data, xbar=None):
    xs = _data(data, 2, 'variance')
    return _ss(xs, xbar) / (len(xs) - 1)

def pvariance(data, mu=None):
    xs = _data(data, 1, 'pvariance')
    return _ss(xs, mu) / len(xs)

def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))

def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))

def quantiles(data, n=4, method='exclusive'):
    xs = sorted(data)
    m = len(xs)
    if n < 1:
        raise StatisticsError('n must be at least 1')
    if m < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        for i in range(1, n):
            j, delta = divmod(i * (m - 1), n)
            result.append((xs[j] * (n - delta) + xs[j + 1] * delta) / n)
        return result
    for i in range(1, n):
        j = i * (m + 1) // n
        j = 1 if j < 1 else m - 1 if j > m - 1 else j
        delta = i * (m + 1) - j * n
        result.append((xs[j - 1] * (n - delta) + xs[j] * delta) / n)
    return result
