# list.sort: keys, reverse, stability, errors, and lists changed while sorting.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


x = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 10]
print(x.sort(), x)
x.sort(reverse=True)
print(x)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig", "cherry"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(key=None)
print(words)
print([3.5, -1, 2, True, 0.0, -7.25].copy().sort(), sorted([3.5, -1, 2, True, 0.0, -7.25]))
y = [3.5, -1, 2, True, 0.0, -7.25]
y.sort()
print(y)

# stability, forwards and backwards (equal keys keep their order either way)
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f"), (0, "g"), (2, "h"),
         (1, "i"), (0, "j"), (2, "k"), (1, "l"), (0, "m"), (2, "n"), (1, "o"), (0, "p")]
p = pairs.copy()
p.sort(key=lambda pair: pair[0])
print(p)
p = pairs.copy()
p.sort(key=lambda pair: pair[0], reverse=True)
print(p)
big = [(i * 7919) % 101 for i in range(300)]
tagged = [(v % 10, i) for i, v in enumerate(big)]
tagged.sort(key=lambda t: t[0])
print(all(tagged[i][1] < tagged[i + 1][1] for i in range(len(tagged) - 1) if tagged[i][0] == tagged[i + 1][0]))
big.sort()
print(big[:12], big[-5:], len(big))
big.sort(reverse=True)
print(big[:5])

# reverse takes any truth value in 3.12
for flag in (0, 1, None, "", "yes", 2.5, [], [0]):
    z = [2, 1, 3]
    z.sort(reverse=flag)
    print(repr(flag), z)

# tuples and lists sort lexicographically
rows = [[2, "b"], [1, "z"], [2, "a"], [1, "a"], []]
rows.sort()
print(rows)
print(sorted([(1, 2), (1,), (0, 5), ()]))

# errors
show("no positional", lambda: [2, 1].sort(len))
show("bad keyword", lambda: [].sort(cmp=None))
show("mixed types", lambda: [1, "a"].sort())
show("mixed types later", lambda: [3, 1, 2, "x", 0].sort())
show("uncomparable", lambda: [{}, {}].sort())
show("key not callable", lambda: [1, 2].sort(key=5))
show("key raises", lambda: [1, 0].sort(key=lambda v: 1 / v))
show("sort unbound", lambda: list.sort((3, 1)))

kept = [3, 1, 2]
try:
    kept.sort(key=lambda v: {1: "a", 2: "b"}[v])
except KeyError as e:
    print("KeyError", e, kept)

# a list is empty while it is being sorted, and changing it is an error
seen = []
target = [3, 1, 2]


def peek(v):
    seen.append(list(target))
    return v


target.sort(key=peek)
print(seen, target)

target = [3, 1, 2]


def meddle(v):
    target.append(99)
    return v


show("append during sort", lambda: target.sort(key=meddle))
print(target)

target = [5, 4]


def meddle_and_restore(v):
    target.append(0)
    target.pop()
    return v


show("append+pop during sort", lambda: target.sort(key=meddle_and_restore))
print(target)

target = [2, 1]


def only_clear(v):
    target.clear()
    return v


show("clear during sort", lambda: target.sort(key=only_clear))
print(target)


class Cmp:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __lt__(self, other):
        self.victim.append(self.v)
        return self.v < other.v

    def __repr__(self):
        return "Cmp(" + str(self.v) + ")"


box = []
box.extend([Cmp(3, box), Cmp(1, box), Cmp(2, box)])
show("append in __lt__", lambda: box.sort())
print(box)

# sorting with __lt__ only, and key functions returning objects
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")] if False else text

    def __lt__(self, other):
        return len(self.parts) < len(other.parts) or (len(self.parts) == len(other.parts) and self.parts < other.parts)

    def __repr__(self):
        return "V(" + self.parts + ")"


vs = [Version("1.10"), Version("1.2"), Version("0.9"), Version("10"), Version("2.0.1")]
vs.sort()
print(vs)
vs.sort(reverse=True)
print(vs)
nested = [[3, [1]], [1, [2]], [3, [0]], [2, []]]
nested.sort(key=lambda n: n[0])
print(nested)
