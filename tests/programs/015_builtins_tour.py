# A tour of built-in functions on a small data set of API calls: len, sum,
# min/max with key, sorted, any/all, isinstance, round, abs, map/filter,
# enumerate, zip, reversed, range, type conversions and str/repr.

calls = [
    {"endpoint": "/users", "ms": 120.4, "ok": True},
    {"endpoint": "/orders", "ms": 340.0, "ok": False},
    {"endpoint": "/search", "ms": 95.75, "ok": True},
    {"endpoint": "/health", "ms": 3.2, "ok": True},
]

durations = [c["ms"] for c in calls]
print("count:", len(calls), "total:", round(sum(durations), 2))
print("fastest:", min(calls, key=lambda c: c["ms"])["endpoint"])
print("slowest:", max(calls, key=lambda c: c["ms"])["endpoint"])
print("by name:", [c["endpoint"] for c in sorted(calls, key=lambda c: c["endpoint"])])
print("any failed:", any(not c["ok"] for c in calls), "all fast:", all(d < 500 for d in durations))
print("mean:", round(sum(durations) / len(durations), 1))
print("deviation:", [round(abs(d - 100), 1) for d in durations])
print("mapped:", list(map(str.upper, ["a", "b"])), "filtered:", list(filter(None, [0, 1, "", "x"])))
print("reversed range:", list(reversed(range(1, 6))), "stepped:", list(range(10, 0, -3)))
for index, (call, ms) in enumerate(zip(calls, durations)):
    print(index, call["endpoint"].ljust(8), f"{ms:8.2f}")

values = [3, "3", 3.0, True, None, [3], (3,), {"n": 3}]
for value in values:
    kinds = [t.__name__ for t in (int, str, float, bool, list, tuple, dict) if isinstance(value, t)]
    print(f"{value!r:>10} -> {type(value).__name__:<8} {kinds}")
print(int("ff", 16), int(3.99), float("2.5"), str(7) + "!", bool([]), bool([0]))
print(list("abc"), tuple([1, 2]), set([2, 2]) == {2}, dict([("k", "v")]))
print(ord("A"), chr(97), hex(255), bin(5), len("naïve"), "naïve".upper())
print(divmod(-7, 2), pow(2, 10), pow(3, 4, 5), round(1234.5678, -2), round(-0.5))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), min("xyz"), max([1, 5], default=0))
print(isinstance(True, int), isinstance(3, (str, float)), callable(len), id is id)
