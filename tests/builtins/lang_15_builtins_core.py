# Core builtins: print, len, range, enumerate, zip, sorted, reversed, sum, min, max, ...
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="|")
print("next", end="\n")
print("x", 1, None, True, 2.5, sep="")
print()
print(*[1, 2, 3], sep=", ", end=".\n")
print("sep None", "ok", sep=None, end=None)
print(sep="!")

print(len("hello"), len([1, 2]), len({}), len(range(10)), len((1,)), len({1, 2, 2}))
print(list(range(5)), list(range(2, 8, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, r[1], r[-1], len(r), 9 in r, 10 in r, r[1:3], list(r[::-1]))
print(range(3) == range(0, 3), range(0) == range(5, 5))
print(list(enumerate("abc")), list(enumerate([5, 6], start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["aa", "b", "ccc"], key=len))
print(sorted({"b": 1, "a": 2}), sorted([-3, 2, -1], key=abs))
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=lambda w: (len(w), w)))
print(list(reversed([1, 2, 3])), sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum(range(101)))
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"), min([], default="empty"))
print(max([1, -5, 3], key=abs), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in [1, 3]))
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7.0), round(1.25, 1))
print(type(round(2.5)), type(round(2.5, 1)), round(0.5), round(1.5), round(15, -1), round(25, -1))

# Constructors / conversions
print(int("42"), int("-7"), int(" 12 "), int(3.9), int(-3.9), int("ff", 16), int("0b101", 0), int("1_000"))
print(float("1.5"), float(" -2 "), float(3), float("inf"), float("-inf"), float("nan"))
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), tuple("ab"), tuple())
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("ab", [1, 2])))
print(set(), set([1, 1, 2]), sorted(set("hello")), frozenset([1]) == {1})
print(repr("a'b"), repr('a"b'), repr("both'\""), repr("tab\tnl\n"), repr(1.0), repr([None]), repr("é"), repr("\x00"))

print(type(1), type("s"), type([]), type(None), type(type), type(1.5).__name__, type(print).__name__)
print(type(len), type(lambda: 0).__name__, type(range(1)), type({}).__name__, type(True))

# isinstance with various
print(isinstance(1, int), isinstance(1.0, int), isinstance("s", (int, str)), isinstance(None, type(None)))
print(isinstance([], list), isinstance({}, dict), isinstance(int, type), isinstance(1, object))

# Errors from builtins
for bad in (lambda: len(5), lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: int("abc"),
            lambda: range(1.5), lambda: list(5), lambda: dict([1]), lambda: min(),
            lambda: abs("x"), lambda: round("x"), lambda: zip(1), lambda: enumerate(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Some list/dict/set operators (not methods)
a = [1, 2, 3]
print(a + [4], a * 2, a[::-1], a[1:], a[:-1], a[::2], 2 in a, a == [1, 2, 3], a < [1, 3])
a[1:2] = [7, 8, 9]
print(a)
a[::2] = [0, 0, 0]
print(a)
t = (1, 2) + (3,)
print(t, t * 2, t[1:], (1, 2) == (1, 2))
d = {"a": 1}
d["b"] = 2
d["a"] += 10
print(d, "a" in d, len(d), d == {"b": 2, "a": 11}, {**d, "c": 3}, d | {"z": 0})
s = {1, 2, 3}
print(s & {2, 3, 4} == {2, 3}, s | {4} == {1, 2, 3, 4}, s - {1} == {2, 3}, s ^ {3, 4} == {1, 2, 4}, {1} < s, s >= {1})
print(sorted(s & {2, 3, 4}), sorted(s | {5}), sorted({1, 2} ^ {2, 3}))
