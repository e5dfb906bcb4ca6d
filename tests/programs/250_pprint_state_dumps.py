# Dumping the state of a small job system with pprint: nested dicts/lists/tuples/sets
# broken over lines at CPython's places, at several widths and indents, with depth limits,
# compact lists, sort_dicts off (and pp), underscore_numbers, and a PrettyPrinter kept
# around by a monitor task.
import asyncio
import pprint


async def job(jid, state):
    await asyncio.sleep(0.1 * (jid % 3 + 1))
    state["jobs"][f"job-{jid:02d}"] = {
        "status": "done" if jid % 4 else "failed",
        "attempts": jid % 3 + 1,
        "log": [f"step {k}" for k in range(jid % 4 + 1)],
        "node": ("rack-" + "abc"[jid % 3], jid * 7 % 5),
    }
    state["totals"][jid % 4 == 0] += 1


async def monitor(state, printer):
    for tick in range(2):
        await asyncio.sleep(0.15)
        print(f"-- tick {tick}")
        printer.pprint({"done": sorted(state["jobs"]), "totals": state["totals"]})


async def main():
    state = {"jobs": {}, "totals": {True: 0, False: 0}, "config": {"zones": ["eu", "us", "ap"],
             "limits": (8, 16, 32), "owner": "ops"}, "bytes_moved": 123456789012}
    printer = pprint.PrettyPrinter(width=50, indent=2)
    await asyncio.gather(monitor(state, printer), *(job(i, state) for i in range(6)))
    print("== full, default width")
    pprint.pprint(state)
    print("== width 60, depth 2")
    pprint.pprint(state, width=60, depth=2)
    print("== depth 1, unsorted")
    pprint.pp(state, depth=1)
    print("== compact numbers")
    pprint.pprint({"ids": list(range(100, 160)), "primes": [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] * 2},
                  compact=True, width=72)
    print("== underscore numbers")
    pprint.pprint({"moved": state["bytes_moved"], "ratio": 0.25, "counts": [10**6, 2**40]}, underscore_numbers=True)
    print("== tuples and sets")
    pprint.pprint([(i, "x" * i, {i, i * 2}) for i in range(1, 9)], width=40)
    pprint.pprint(frozenset(range(25)), width=30)
    pprint.pprint(((("deep",),),), width=5)
    text = pprint.pformat(state["jobs"]["job-01"], width=30)
    print(text.count("\n"), "lines:")
    print(text)
    print(printer.pformat([]), printer.pformat({}), printer.pformat(()), printer.pformat(set()))


asyncio.run(main())
