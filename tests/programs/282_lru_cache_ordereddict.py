# An LRU cache in front of a slow async fetcher, kept in a collections.OrderedDict:
# hits move_to_end, inserts evict with popitem(last=False), a concurrent burst is
# deduplicated with in-flight futures, and the report shows OrderedDict's 3.12 repr,
# order-sensitive equality, reversed, move_to_end(last=False) and its KeyErrors.
import asyncio
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old}")


class Fetcher:
    def __init__(self, cache):
        self.cache = cache
        self.in_flight = {}

    async def fetch(self, url):
        cached = self.cache.get(url)
        if cached is not None:
            return cached
        if url in self.in_flight:
            return await self.in_flight[url]
        future = asyncio.get_running_loop().create_future()
        self.in_flight[url] = future
        await asyncio.sleep(0.05 * len(url))
        body = f"<{url}:{len(url)}>"
        self.cache.put(url, body)
        del self.in_flight[url]
        future.set_result(body)
        return body


async def main():
    cache = LRUCache(3)
    fetcher = Fetcher(cache)
    for wave in (["/a", "/bb", "/a"], ["/ccc", "/a", "/dddd"], ["/bb", "/a", "/e"]):
        loop = asyncio.get_running_loop()
        start = loop.time()
        bodies = await asyncio.gather(*(fetcher.fetch(u) for u in wave))
        print(f"wave {wave} -> {bodies} in {loop.time() - start:.2f}s")
        print("  cache:", cache.data)
    print("hits/misses:", cache.hits, cache.misses)

    d = OrderedDict.fromkeys("abcde", 0)
    d.move_to_end("b")
    d.move_to_end("e", last=False)
    print(d, list(reversed(d)))
    print("popitem:", d.popitem(), d.popitem(last=False))
    same = OrderedDict([("x", 1), ("y", 2)])
    swapped = OrderedDict([("y", 2), ("x", 1)])
    print("ordered eq:", same == swapped, "vs dict:", same == {"y": 2, "x": 1},
          "copy eq:", same.copy() == same)
    print(repr(OrderedDict()), same | {"z": 3}, type(same | {"z": 3}).__name__)
    try:
        d.move_to_end("zz")
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        OrderedDict().popitem()
    except KeyError as e:
        print(type(e).__name__, e)


asyncio.run(main())
