# Latency report for simulated requests with statistics: mean/fmean/median variants, stdev and
# variance (population and sample, with a given mean), quantiles in both methods, mode and
# multimode of status codes, and the StatisticsError messages for too little data.
import asyncio
import random
import statistics
from statistics import StatisticsError

random.seed(2024)


async def request(i):
    latency = round(random.uniform(0.02, 0.4), 3)
    await asyncio.sleep(latency)
    status = random.choice([200, 200, 200, 404, 500])
    return latency, status


async def main():
    results = await asyncio.gather(*(request(i) for i in range(25)))
    ms = [round(lat * 1000) for lat, _ in results]
    secs = [lat for lat, _ in results]
    codes = [code for _, code in results]
    print("ms:", ms)
    print("mean", statistics.mean(ms), statistics.mean(secs), statistics.fmean(secs))
    print("medians", statistics.median(ms), statistics.median_low(secs), statistics.median_high(secs))
    print("grouped", statistics.median_grouped(ms, interval=50), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
    print("spread", statistics.stdev(ms), statistics.pstdev(ms))
    print("variance", statistics.variance(ms), statistics.pvariance(ms), statistics.variance(secs))
    mu = statistics.mean(secs)
    print("given mean", statistics.pvariance(secs, mu), statistics.stdev(secs, mu))
    print("quartiles", statistics.quantiles(ms))
    print("deciles", statistics.quantiles(secs, n=10))
    print("inclusive", statistics.quantiles(ms, n=5, method="inclusive"))
    print("mode", statistics.mode(codes), statistics.multimode(codes), statistics.multimode("aabbc"))
    print("ints", statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.variance([1, 2, 3, 4]),
          statistics.pvariance([1, 2, 3]), statistics.median([1, 3, 2, 4]), statistics.mean([True, False, True]))
    print("exact", statistics.mean([0.1] * 10), statistics.mean([1e20, 1, -1e20]), statistics.pstdev([1.5, 2.5, 2.5, 2.75]))
    print("weighted", statistics.fmean([85, 92, 78], weights=[0.2, 0.5, 0.3]))
    print("means", statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]),
          statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([2.5]))
    for name, call in [("mean", lambda: statistics.mean([])), ("stdev", lambda: statistics.stdev([5])),
                       ("pvariance", lambda: statistics.pvariance([])), ("median", lambda: statistics.median([])),
                       ("mode", lambda: statistics.mode([])), ("quantiles", lambda: statistics.quantiles([1])),
                       ("quantiles n", lambda: statistics.quantiles(ms, n=0)),
                       ("method", lambda: statistics.quantiles(ms, method="nearest")),
                       ("fmean", lambda: statistics.fmean([])), ("geo", lambda: statistics.geometric_mean([3, -1])),
                       ("harmonic", lambda: statistics.harmonic_mean([1, -2])),
                       ("weights", lambda: statistics.fmean([1, 2], weights=[1])),
                       ("types", lambda: statistics.mean(["1", "2"]))]:
        try:
            print(name, call())
        except (StatisticsError, ValueError, TypeError) as e:
            print(name, "->", type(e).__name__, e)
    print(issubclass(StatisticsError, ValueError))


asyncio.run(main())
