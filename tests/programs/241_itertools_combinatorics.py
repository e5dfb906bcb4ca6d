# A test-matrix runner: product() builds every (python, os, backend) configuration, each runs
# as a task with a simulated duration; combinations() and permutations() pick reviewer pairs
# and deployment orders; zip_longest(), pairwise(), starmap() and compress() shape the report.
import asyncio
from itertools import (combinations, combinations_with_replacement, compress, pairwise,
                       permutations, product, starmap, zip_longest)

PYTHONS = ["3.11", "3.12"]
SYSTEMS = ["linux", "mac"]
BACKENDS = ["sqlite", "pg"]


async def run_config(py, system, backend):
    cost = len(system) * 0.1 + (0.3 if backend == "pg" else 0.1) + (0.05 if py == "3.12" else 0)
    await asyncio.sleep(cost)
    ok = not (system == "mac" and backend == "pg" and py == "3.11")
    return (py, system, backend, ok, round(cost, 2))


async def main():
    configs = list(product(PYTHONS, SYSTEMS, BACKENDS))
    print(len(configs), "configs, first:", configs[0], "last:", configs[-1])
    results = await asyncio.gather(*starmap(run_config, configs))
    passed = [r[3] for r in results]
    print("failed:", list(compress(configs, [not p for p in passed])))
    loop = asyncio.get_running_loop()
    print(f"all done at t={loop.time():.2f}")
    print("bits:", ["".join(bits) for bits in product("01", repeat=3)])
    reviewers = ["ana", "bo", "cy", "dee"]
    print("pairs:", list(combinations(reviewers, 2)))
    print("triples:", len(list(combinations(reviewers, 3))), list(combinations(reviewers, 5)))
    print("orders:", ["->".join(p) for p in permutations(["db", "api", "web"])])
    print("two of three:", list(permutations("abc", 2)))
    print("dice sums:", sorted({a + b for a, b in combinations_with_replacement(range(1, 4), 2)}))
    print(list(combinations_with_replacement("xy", 3)))
    timings = [r[4] for r in results]
    print("deltas:", [round(b - a, 2) for a, b in pairwise(timings)])
    for left, right in zip_longest(reviewers, ["mon", "tue"], fillvalue="(off)"):
        print(f"  {left:>4} {right}")
    print(list(zip_longest("ab", range(3), [True])))
    print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
    for bad in (lambda: permutations("abc", -1), lambda: combinations("abc", -2),
                lambda: product("ab", repeat=-1)):
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)
    print(list(product()), list(permutations([], 0)), list(combinations([], 0)))


asyncio.run(main())
