# When itertools pulls from its input matters once the input has side effects: a sensor
# generator that logs each reading shows what islice(), dropwhile(), filterfalse(), tee() and
# groupby() consume and when, and that a groupby group dies once the outer iterator moves on.
import asyncio
from itertools import count, dropwhile, filterfalse, groupby, islice, tee, pairwise

READINGS = [3, 3, 5, 8, 8, 8, 2, 9, 9, 1]


def sensor(values):
    for i, v in enumerate(values):
        print(f"  read #{i}: {v}")
        yield v


async def poll(name, it, n, delay):
    got = []
    for _ in range(n):
        await asyncio.sleep(delay)
        try:
            got.append(next(it))
        except StopIteration:
            print(f"{name}: exhausted")
            break
    print(f"{name} got {got}")


async def main():
    s = islice(sensor(READINGS), 2, 8, 3)
    print("islice made, nothing read yet")
    print(list(s))
    print("dropwhile:")
    d = dropwhile(lambda v: v < 5, sensor(READINGS[:5]))
    print(next(d), next(d))
    print("filterfalse:", list(filterfalse(lambda v: v % 3, sensor(READINGS[:4]))))
    a, b = tee(sensor(READINGS[:4]))
    await asyncio.gather(poll("fast", a, 5, 0.1), poll("slow", b, 3, 0.25))
    print("groupby, groups consumed in order:")
    for key, group in groupby(sensor(READINGS[:6])):
        print(" key", key, "->", list(group))
    print("groupby, outer advanced first:")
    groups = groupby(READINGS)
    k1, g1 = next(groups)
    k2, g2 = next(groups)
    print(k1, list(g1), k2, list(g2))
    firsts = [(k, next(g)) for k, g in groupby(READINGS)]
    print(firsts)
    print("by parity:", [(k, list(g)) for k, g in groupby(READINGS, key=lambda v: v % 2)])
    tick = count(0, 0.25)
    print([next(tick) for _ in range(3)], tick)
    print(list(pairwise(sensor([1, 2, 3]))))
    try:
        tee([1], -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        count("a")
    except TypeError as e:
        print("TypeError:", e)
    x, y, z = tee(iter("abc"), 3)
    print(next(x), list(y), list(x), list(z))


asyncio.run(main())
