# Ranking results from several async sources with heapq: merge() of already-sorted streams
# (with key= and reverse=), nlargest()/nsmallest() for top-k with keys and ties (the first seen
# wins), and how many comparisons a merge needs.
import asyncio
import heapq


class Score:
    calls = 0

    def __init__(self, value, who):
        self.value, self.who = value, who

    def __lt__(self, other):
        Score.calls += 1
        return self.value < other.value

    def __eq__(self, other):
        return self.value == other.value

    def __repr__(self):
        return f"{self.who}:{self.value}"


async def fetch(source, values, delay):
    await asyncio.sleep(delay)
    print(f"fetched {source} ({len(values)} rows)")
    return sorted(values)


async def main():
    a, b, c = await asyncio.gather(
        fetch("east", [12, 5, 30, 18], 0.3),
        fetch("west", [7, 25, 5], 0.1),
        fetch("north", [], 0.2),
    )
    print("merged:", list(heapq.merge(a, b, c)))
    print("merged desc:", list(heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True)))
    words = [["apple", "Banana", "cherry"], ["Apricot", "blueberry"], ["avocado", "Cranberry"]]
    print("by lower:", list(heapq.merge(*words, key=str.lower)))
    print("by len desc:", list(heapq.merge(["ccc", "b"], ["dddd", "aa", "e"], key=len, reverse=True)))

    latencies = [120, 85, 340, 85, 97, 340, 15, 260, 97, 33]
    print("slowest 3:", heapq.nlargest(3, latencies))
    print("fastest 4:", heapq.nsmallest(4, latencies))
    print("n=1:", heapq.nlargest(1, latencies), heapq.nsmallest(1, iter([])))
    print("n>=len:", heapq.nsmallest(20, [3, 1, 2]), heapq.nlargest(0, latencies))
    hosts = [("db1", 0.7), ("web1", 0.2), ("web2", 0.9), ("db2", 0.7), ("cache", 0.9), ("lb", 0.1)]
    print("busiest:", heapq.nlargest(2, hosts, key=lambda h: h[1]))
    print("idlest:", heapq.nsmallest(3, iter(hosts), key=lambda h: h[1]))
    scores = [Score(v, f"p{i}") for i, v in enumerate([5, 3, 9, 3, 9, 1, 5, 7])]
    print(heapq.nlargest(3, iter(scores)), heapq.nsmallest(3, iter(scores)))
    Score.calls = 0
    print(list(heapq.merge(scores[:4], scores[4:])), Score.calls)


asyncio.run(main())
