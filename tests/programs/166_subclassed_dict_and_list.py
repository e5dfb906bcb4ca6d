# Subclasses of the builtin containers, as programs write them for shared state between
# tasks: a dict that counts lookups and answers missing keys, a list that keeps a bounded
# event log, a tuple subclass for results, all still working with len, in, sorted, json,
# unpacking and == against plain dicts, lists and tuples.
import asyncio
import json


class Inventory(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lookups = 0

    def __missing__(self, item):
        return 0

    def __getitem__(self, item):
        self.lookups += 1
        return super().__getitem__(item)

    def take(self, item, n):
        if self[item] < n:
            raise ValueError(f"only {self[item]} {item} left")
        self[item] -= n


class EventLog(list):
    limit = 4

    def append(self, event):
        super().append(event)
        if len(self) > self.limit:
            del self[0]


class Pick(tuple):
    def __new__(cls, who, item, n):
        return super().__new__(cls, (who, item, n))

    @property
    def who(self):
        return self[0]

    def __repr__(self):
        return f"Pick{tuple.__repr__(self)}"


async def picker(name, inventory, log, wants):
    picks = []
    for item, n in wants:
        await asyncio.sleep(0.1)
        try:
            inventory.take(item, n)
            picks.append(Pick(name, item, n))
            log.append(f"{name} took {n} {item}")
        except ValueError as e:
            log.append(f"{name}: {e}")
    return picks


async def main():
    inventory = Inventory(apples=5, pears=2)
    log = EventLog()
    results = await asyncio.gather(
        picker("ann", inventory, log, [("apples", 3), ("pears", 1), ("plums", 1)]),
        picker("bob", inventory, log, [("apples", 3), ("pears", 1)]),
    )
    print(inventory, inventory.lookups, inventory["kiwis"], "kiwis" in inventory)
    print(len(inventory), sorted(inventory), inventory == {"apples": 2, "pears": 0})
    print(isinstance(inventory, dict), type(inventory).__name__, dict(inventory))
    print(log, len(log), log[-1], log == list(log), isinstance(log, list))
    for picks in results:
        for pick in picks:
            who, item, n = pick
            print(pick, pick.who, who == pick[0], pick == (who, item, n))
    flat = [p for picks in results for p in picks]
    print(sorted(flat, key=lambda p: (p[1], p[0])), hash(flat[0]) == hash(tuple(flat[0])))
    print(json.dumps({"inventory": inventory, "log": log, "first": flat[0]}))
    print(log + ["end"], ["start"] + log[:1], flat[0] + ("extra",))


asyncio.run(main())
