# dict's special methods called by name agree with the operators.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = {"a": 1, 2: "b", (3, 4): None}
print(d.__len__(), dict.__len__({}), d.__getitem__("a"), d.__getitem__(2.0), d.__getitem__((3, 4)))
print(d.__contains__("a"), d.__contains__("b"), dict.__contains__(d, 2), d.__repr__(), {}.__repr__())
d.__setitem__("c", 3)
d.__setitem__("a", 100)
d.__delitem__(2)
print(d, list(d.__iter__()), list(d.__reversed__()), list(reversed(d)))
show("getitem missing", lambda: d.__getitem__("zz"))
show("getitem unhashable", lambda: d.__getitem__([]))
show("delitem missing", lambda: d.__delitem__((1,)))
show("contains unhashable", lambda: d.__contains__({}))
show("setitem unhashable", lambda: d.__setitem__([], 1))

# equality
a = {1: "x", 2: "y"}
print(a.__eq__({2: "y", 1: "x"}), a.__ne__({1: "x"}), a.__eq__({1: "x", 2: "z"}), a.__eq__([1, 2]))
print(a == {2: "y", 1: "x"}, a != {}, {}.__eq__({}), a.__ne__(None))
print(dict.__hash__, {}.__hash__ is None)
show("hash dict", lambda: hash({}))
show("ordering", lambda: {} < {})

# union operators
left, right = {"a": 1, "b": 2}, {"b": 20, "c": 30}
print(left.__or__(right), left | right, right | left, left, right)
print(left.__ror__(right), left.__or__([("z", 0)]), left.__ror__(5))
merged = left.__ior__(right)
print(merged, merged is left)
left.__ior__([("p", 1), ("q", 2)])
left |= {"q": 3}
left |= [("r", 4)]
print(left)
show("or list", lambda: {} | [("a", 1)])
show("ior int", lambda: {}.__ior__(1))
show("ior bad pair", lambda: {}.__ior__([(1, 2, 3)]))
e = {}
e |= {1: 2}
print(e)

# reversed iteration
d = {"first": 1, "second": 2, "third": 3}
del d["second"]
d["fourth"] = 4
r = d.__reversed__()
print(type(r).__name__, list(r), list(r))
r = reversed(d)
print(next(r), iter(r) is r)
d["fifth"] = 5
show("reversed after insert", lambda: next(r))
d.pop("fifth")
show("still broken", lambda: next(r))
r = reversed({})
show("reversed empty", lambda: next(r))
r = reversed({1: 1})
print(list(r))
d = {1: 1}
r = reversed(d)
print(list(r))
d[2] = 2
print(list(r))
show("reversed type", lambda: type(reversed({}))())

# mutation during forward iteration
d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as err:
    print("RuntimeError", err)
d = {1: 1, 2: 2}
it = d.__iter__()
print(next(it))
d.clear()
show("next after clear", lambda: next(it))

# argument checking
show("len extra", lambda: {}.__len__(1))
show("len keyword", lambda: {}.__len__(x=1))
show("getitem none", lambda: {}.__getitem__())
show("setitem one", lambda: {}.__setitem__(1))
show("delitem none", lambda: {}.__delitem__())
show("contains none", lambda: {}.__contains__())
show("contains keyword", lambda: {}.__contains__(key=1))
show("iter extra", lambda: {}.__iter__(1))
show("reversed extra", lambda: {}.__reversed__(1))
show("eq none", lambda: {}.__eq__())
show("or none", lambda: {}.__or__())
show("ior two", lambda: {}.__ior__({}, {}))
show("repr extra", lambda: {}.__repr__(1))
show("unbound len", lambda: dict.__len__([]))
show("unbound len none", lambda: dict.__len__())
show("unbound getitem", lambda: dict.__getitem__([1], 0))
show("unbound getitem none", lambda: dict.__getitem__())
show("unbound reversed", lambda: dict.__reversed__([]))
show("unbound or", lambda: dict.__or__([], {}))
