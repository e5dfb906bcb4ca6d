# Trend analysis of metrics gathered by periodic sampler tasks: covariance, correlation
# (linear and ranked), linear_regression (with proportional=) and its result used like a
# named tuple, plus the errors for mismatched or constant inputs.
import asyncio
import statistics


async def sampler(name, f, samples, every):
    out = []
    for t in range(samples):
        await asyncio.sleep(every)
        out.append(f(t))
    print(f"{name}: {out}")
    return out


async def main():
    users, cpu, errors = await asyncio.gather(
        sampler("users", lambda t: 100 + 20 * t + (t % 3) * 5, 8, 0.5),
        sampler("cpu", lambda t: round(12.5 + 3.1 * t - (t % 2) * 1.7, 2), 8, 0.5),
        sampler("errors", lambda t: [3, 1, 4, 1, 5, 9, 2, 6][t], 8, 0.5),
    )
    print("cov", statistics.covariance(users, cpu), statistics.covariance(users, errors))
    print("corr", statistics.correlation(users, cpu), statistics.correlation(cpu, errors))
    print("ranked", statistics.correlation(users, [u ** 2 for u in users], method="ranked"),
          statistics.correlation(errors, cpu, method="ranked"))
    fit = statistics.linear_regression(users, cpu)
    print(fit)
    slope, intercept = fit
    print(f"cpu at 400 users: {slope * 400 + intercept:.3f}", fit.slope == fit[0], len(fit))
    print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 6, 8]))
    print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
    print(statistics.linear_regression([0.5, 1.5, 2.5], [1.0, 2.5, 2.0]))
    for call in (lambda: statistics.correlation([1, 2], [3]), lambda: statistics.covariance([1], [2]),
                 lambda: statistics.correlation([1, 1, 1], [1, 2, 3]),
                 lambda: statistics.linear_regression([2, 2], [1, 3]),
                 lambda: statistics.correlation([1, 2], [2, 1], method="kendall"),
                 lambda: statistics.linear_regression([1, 2, 3], [1, 2])):
        try:
            print(call())
        except (statistics.StatisticsError, ValueError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
