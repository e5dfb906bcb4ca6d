# list methods: results, mutation, and CPython's exact errors.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# append / extend
x = [1, 2]
print(x.append(3), x)
x.append(x)
print(x)
x = [1]
print(x.extend([2, 3]), x)
x.extend((4,))
x.extend(range(5, 7))
x.extend("ab")
x.extend({"k": 1})
x.extend(i * 10 for i in range(3))
print(x)
x = [1, 2]
x.extend(x)
print(x)
show("extend int", lambda: [].extend(5))
show("extend none", lambda: [].extend(None))
show("append no args", lambda: [].append())
show("append two", lambda: [].append(1, 2))
show("append keyword", lambda: [].append(x=1))
show("extend no args", lambda: [].extend())

# extend pulls one item at a time from an iterator, so it sees the list grow
grow = [1, 2]


def watcher():
    yield 3
    print("  during extend:", grow)
    yield 4


grow.extend(watcher())
print(grow)

# insert
x = ["a", "b", "c"]
x.insert(0, "start")
x.insert(2, "mid")
x.insert(100, "end")
x.insert(-1, "neg")
x.insert(-100, "far")
print(x)
y = []
y.insert(5, 1)
y.insert(-5, 0)
print(y)
show("insert True", lambda: [9, 9].insert(True, 1))
show("insert one", lambda: [].insert(1))
show("insert three", lambda: [].insert(1, 2, 3))
show("insert float", lambda: [].insert(1.0, 2))
show("insert str", lambda: [].insert("0", 2))
show("insert big", lambda: [].insert(10 ** 30, 2))
show("insert keyword", lambda: [].insert(index=0, object=1))


class Idx:
    def __index__(self):
        return 1


z = [0, 0, 0]
z.insert(Idx(), "i")
print(z)

# remove
x = [1, 2, 3, 2, 1]
x.remove(2)
print(x)
x.remove(1.0)
print(x)
show("remove missing", lambda: [1, 2].remove(5))
show("remove from empty", lambda: [].remove(None))
show("remove no args", lambda: [].remove())
n = float("nan")
x = [n, 1]
x.remove(n)
print(x)

# pop
x = list(range(6))
print(x.pop(), x.pop(0), x.pop(-2), x.pop(1), x)
print(x.pop(True), x)
show("pop empty", lambda: [].pop())
show("pop empty index", lambda: [].pop(3))
show("pop out of range", lambda: [1, 2].pop(2))
show("pop neg out of range", lambda: [1, 2].pop(-3))
show("pop str", lambda: [1].pop("0"))
show("pop float", lambda: [1].pop(0.0))
show("pop big", lambda: [1].pop(10 ** 30))
show("pop two", lambda: [1].pop(0, 1))
show("pop keyword", lambda: [1].pop(index=0))
show("pop index", lambda: [5, 6, 7].pop(Idx()))

# index
x = ["a", "b", "c", "b", "a"]
print(x.index("b"), x.index("b", 2), x.index("a", 1), x.index("a", -1), x.index("c", -3, -1))
print(x.index("a", -100), x.index("b", 0, 100), x.index("a", -10 ** 30, 10 ** 30))
show("index missing", lambda: x.index("z"))
show("index missing int", lambda: [1, 2].index(3))
show("index missing tuple", lambda: [1, 2].index((1, 2)))
show("index window", lambda: x.index("c", 3))
show("index window stop", lambda: x.index("c", 0, 2))
show("index start str", lambda: x.index("a", "1"))
show("index start none", lambda: x.index("a", None))
show("index stop float", lambda: x.index("a", 0, 2.0))
show("index no args", lambda: x.index())
show("index four", lambda: x.index(1, 2, 3, 4))
show("index keyword", lambda: x.index("a", start=1))
show("index Idx", lambda: x.index("b", Idx()))
print([1, 2.0, True].index(2), [0, False].index(False), [[1], (1,)].index((1,)))

# count
x = [1, 2, 1.0, True, "1", [1], (1,)]
print(x.count(1), x.count("1"), x.count([1]), x.count((1,)), x.count(None))
show("count no args", lambda: [].count())
show("count two", lambda: [].count(1, 2))
n = float("nan")
print([n, n, 1].count(n))

# reverse / copy / clear
x = [1, 2, 3, 4]
print(x.reverse(), x)
x = []
x.reverse()
print(x)
show("reverse arg", lambda: [].reverse(1))
x = [1, [2, 3]]
y = x.copy()
y[1].append(4)
y.append(5)
print(x, y, x is y, x[1] is y[1])
show("copy arg", lambda: [].copy(1))
x = [1, 2, 3]
alias = x
print(x.clear(), x, alias, x is alias)
show("clear arg", lambda: [].clear(1))

# identity-first comparisons and Python __eq__
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  eq", self.name, "vs", getattr(other, "name", other))
        return isinstance(other, Loud) and self.name == other.name

    __hash__ = None


a, b, c = Loud("a"), Loud("b"), Loud("c")
items = [a, b, c]
print(items.index(c) if False else "search b:")
print(items.index(Loud("b")))
print(items.count(Loud("c")))
items.remove(Loud("a"))
print([i.name for i in items])
print(items.count(b))

# __eq__ that mutates the list during a search must not crash
class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False

    def __repr__(self):
        return "Shrinker()"


victim = [1, 2, 3]
print(victim.count(Shrinker(victim)), victim)
victim = [1, 2, 3]
show("index shrink", lambda: victim.index(Shrinker(victim)))
victim = [1, 2, 3]
show("remove shrink", lambda: victim.remove(Shrinker(victim)))

# unbound calls
print(list.append.__name__)
x = []
list.append(x, 1)
list.extend(x, [2, 3])
list.insert(x, 0, 0)
print(x, list.pop(x), list.index(x, 2), list.count(x, 1), x)
show("unbound wrong type", lambda: list.append((), 1))
show("unbound wrong type 2", lambda: list.pop({}))
show("unbound no receiver", lambda: list.append())
show("unbound no receiver pop", lambda: list.pop())
