# dict methods: results, insertion order, and CPython's exact errors.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(1.0, "x"), d)
show("get none", lambda: d.get())
show("get three", lambda: d.get(1, 2, 3))
show("get keyword", lambda: d.get(key="a"))
show("get unhashable", lambda: d.get([]))
show("get unhashable default", lambda: d.get({}, 5))
print({1: "one"}.get(True), {1: "one"}.get(1.0), {(1, 2): "t"}.get((1, 2)))

# setdefault
d = {}
print(d.setdefault("k", []), d)
d.setdefault("k", []).append(1)
d.setdefault("k", []).append(2)
print(d.setdefault("n"), d)
print(d.setdefault("n", 5), d)
show("setdefault none", lambda: d.setdefault())
show("setdefault three", lambda: d.setdefault(1, 2, 3))
show("setdefault unhashable", lambda: d.setdefault([], 1))
show("setdefault keyword", lambda: d.setdefault("q", default=1))

# pop
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d, d.pop("z", None), d.pop("z", "dflt"), d)
show("pop missing", lambda: d.pop("z"))
show("pop missing tuple", lambda: d.pop((1, 2)))
show("pop unhashable", lambda: d.pop([], 1))
show("pop empty unhashable default", lambda: {}.pop([], "fallback"))
show("pop empty unhashable", lambda: {}.pop([]))
show("pop none", lambda: d.pop())
show("pop three", lambda: d.pop(1, 2, 3))

# popitem is last-in, first-out
d = {1: "a", 2: "b", 3: "c"}
d[4] = "d"
del d[2]
print(d.popitem(), d.popitem(), d)
d[9] = "z"
print(d.popitem(), d.popitem(), d)
show("popitem empty", lambda: d.popitem())
show("popitem arg", lambda: d.popitem(1))

# update from a dict, a mapping, pairs, and keywords
d = {"a": 1}
print(d.update({"b": 2, "a": 10}), d)
d.update([("c", 3), ["d", 4], "ef", (5, 6)])
print(d)
d.update(x=1, y=2)
d.update({"x": 0}, z=9, x=7)
print(d)
d.update()
d.update(())
print(len(d))


class Mapping:
    def __init__(self, pairs):
        self.pairs = pairs

    def keys(self):
        print("  keys() called")
        return [k for k, v in self.pairs]

    def __getitem__(self, key):
        print("  getitem", key)
        for k, v in self.pairs:
            if k == key:
                return v
        raise KeyError(key)


d = {}
d.update(Mapping([("p", 1), ("q", 2)]))
print(d)
print(dict(Mapping([("r", 3)]), s=4))


class BadKeys:
    def keys(self):
        return 5


show("keys not iterable", lambda: {}.update(BadKeys()))
show("update int", lambda: {}.update(3))
show("update bad element", lambda: {}.update([(1, 2), 3]))
show("update bad length", lambda: {}.update([(1, 2), (1, 2, 3)]))
show("update short string", lambda: {}.update(["a"]))
show("update two", lambda: {}.update({}, {}))
show("update unhashable key", lambda: {}.update([([], 1)]))
partial = {}
try:
    partial.update([(1, "one"), (2, "two"), (3,)])
except ValueError as e:
    print("partial", e, partial)


def pairs():
    yield ("g1", 1)
    yield ("g2", 2)


d = {}
d.update(pairs())
print(d)
d.update(d)
print(d)
d.update(d.items())
print(d)

# copy is shallow and keeps the order
d = {"z": [1], "a": 2}
c = d.copy()
c["z"].append(2)
c["new"] = 3
print(d, c, c is d)
show("copy arg", lambda: d.copy(1))

# clear empties the same object
alias = d
print(d.clear(), d, alias)
show("clear arg", lambda: d.clear(0))

# fromkeys is a class method
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(dict.fromkeys({"k": 1, "j": 2}), dict.fromkeys((1, 1.0, True)), dict.fromkeys(()))
show("fromkeys none", lambda: dict.fromkeys())
show("fromkeys three", lambda: dict.fromkeys(1, 2, 3))
show("fromkeys int", lambda: dict.fromkeys(5))
show("fromkeys keyword", lambda: dict.fromkeys([1], value=2))
show("fromkeys unhashable", lambda: dict.fromkeys([[1]]))

# insertion order survives updates of existing keys
d = {"b": 1, "a": 2}
d["b"] = 3
d.update(a=4)
d.setdefault("c", 5)
print(list(d), list(d.values()))
del d["b"]
d["b"] = 6
print(d)

# unbound calls check the receiver
print(dict.get({"k": 1}, "k"), dict.pop({"k": 2}, "k"), dict.copy({1: 2}))
show("unbound get list", lambda: dict.get([], 0))
show("unbound keys", lambda: dict.keys())
show("unbound update tuple", lambda: dict.update((), {}))
