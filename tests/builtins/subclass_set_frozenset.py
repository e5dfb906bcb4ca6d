# Subclasses of set and frozenset. (Sets of strings print in an order that depends on
# CPython's per-process hash seed: string sets are sorted before printing.)
print(set([3, 1, 2]), set(), sorted(set("aab")), frozenset([1]), set(x for x in range(3)))
it = iter([1, 2])
print(set(it), list(it))


class TagSet(set):
    def add(self, tag):
        super().add(tag.lower())


ts = TagSet(["A"])
ts.add("X")
ts.add("x")
print(len(ts), "x" in ts, isinstance(ts, set), sorted(ts), repr(TagSet()), type(ts | {"z"}).__name__)
print(ts == {"A", "x"}, {"A", "x"} == ts, ts.issubset({"A", "x", "q"}), sorted(set(ts)))


class Numbers(set):
    pass


n = Numbers([3, 1])
print(n, n | {2}, n & {1}, n - {3}, type(n - {3}).__name__, {9} | n)
n |= {7}
print(n, type(n).__name__)


class Lower(set):
    def __init__(self, items=()):
        super().__init__(i.lower() for i in items)


print(sorted(Lower(["A", "B"])), Lower(), type(Lower()).__name__)


class FS(frozenset):
    pass


f = FS([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([1, 2])], f | {3}, type(f).__name__)
print(set.__new__(set, [5]), FS(), frozenset(FS([4])))
