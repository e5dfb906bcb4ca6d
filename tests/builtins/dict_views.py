# dict views: live, ordered, reversible, set-like for keys and items.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i))
d["c"] = 3
del d["a"]
d["a"] = 4
print(k, v, i, len(k))
print(list(k), list(v), list(i), sorted(k), sorted(v))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(bool(k), bool({}.keys()), bool({}.values()), bool({}.items()))
d.clear()
print(k, v, i, len(i))
print(repr({}.keys()), str({1: [2]}.values()), {(1, 2): {3: 4}}.items())
for key, value in {"x": 10, "y": 20}.items():
    print(key, value)
print(dict({"p": 1}.items()), dict(zip({"a": 1}.keys(), {"b": 2}.values())))
print(k.__len__(), list(k.__iter__()), k.__repr__(), list({1: 2}.items().__reversed__()))
show("new view", lambda: type({}.keys())())
show("new values", lambda: type({}.values())())
show("keys hash attr", lambda: {}.keys().__hash__)
show("items hash attr", lambda: {}.items().__hash__)

# membership
d = {1: "one", 2: "two", (3,): (3, "x")}
k, v, i = d.keys(), d.values(), d.items()
print(1 in k, 1.0 in k, 5 in k, (3,) in k, "one" in v, (3, "x") in v, "three" in v)
print((1, "one") in i, (1, "two") in i, ((3,), (3, "x")) in i, (1,) in i, 1 in i, [1, "one"] in i)
print(k.__contains__(2), i.__contains__((2, "two")), [] in v)
show("keys unhashable", lambda: [] in k)
show("items unhashable key", lambda: ([], 1) in i)
show("keys contains none", lambda: k.__contains__())

# views compare like sets
a = {1: "x", 2: "y", 3: "z"}
b = {3: "z", 2: "y", 1: "x"}
print(a.keys() == b.keys(), a.items() == b.items(), a.keys() == {1, 2, 3}, {1, 2, 3} == a.keys())
print(a.items() == {(1, "x"), (2, "y"), (3, "z")}, a.keys() != {1, 2}, a.keys() == [1, 2, 3])
print(a.values() == b.values(), a.values() == a.values(), a.keys() == a.items())
print(a.keys() < {1, 2, 3, 4}, a.keys() <= {1, 2, 3}, a.keys() > {1}, a.keys() >= {1, 2, 3, 4})
print({1} < a.keys(), {1, 2, 3} >= a.keys(), a.items() > {(1, "x")}, a.keys() < a.keys())
print(a.keys() == frozenset([1, 2, 3]), a.keys().__eq__({1, 2, 3}), a.keys().__lt__([1]))
show("keys lt list", lambda: a.keys() < [1, 2, 3, 4])
show("values lt", lambda: a.values() < a.values())

# set operators give sets
k = {1: 0, 2: 0, 3: 0}.keys()
print(k & {2, 3, 4}, k | {4}, k - {1}, k ^ {3, 4})
print(k & [3, 9], k | [9], k - [2, 3], k ^ [1, 7])
print({2, 3, 4} & k, {4} | k, {1, 5} - k, {3, 4} ^ k)
print([3, 9] & k, [9] | k, [1, 5] - k, [3, 4] ^ k, range(2, 6) & k)
print(k & {3: 0, 5: 0}.keys(), k | {7: 0}.keys(), k - {2: 0}.keys(), k ^ {3: 0, 4: 0}.keys())
print(k & k, k | k, k - k, k ^ k)
print(type(k & set()).__name__, type(k | ()).__name__, k.__and__({1}), k.__rand__({1}), k.__rsub__([1, 8]))
it = {1: "a", 2: "b"}.items()
print(sorted(it & {(1, "a"), (2, "c")}), sorted(it | {(3, "c")}), sorted(it - {(1, "a")}))
print(sorted(it ^ {(1, "a"), (9, "z")}), sorted({1: "a", 2: "b"}.items() ^ {1: "a", 2: "c"}.items()))
print(sorted(it & {1: "a"}.items()), sorted({2: "b"}.items() & it), sorted(it ^ it))
show("keys and int", lambda: k & 1)
show("keys or int", lambda: k | 1)
show("int or keys", lambda: 1 | k)
show("keys sub none", lambda: k - None)
show("values and", lambda: {1: 2}.values() & {2})
show("keys and none", lambda: k.__and__())
show("items hash", lambda: {}.items().__hash__())

# isdisjoint
k = {1: 0, 2: 0}.keys()
print(k.isdisjoint([3, 4]), k.isdisjoint({2}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(k.isdisjoint({5: 0}.keys()), k.isdisjoint(range(1000)), {1: 2}.items().isdisjoint([(1, 2)]))
show("isdisjoint int", lambda: k.isdisjoint(1))
show("isdisjoint none", lambda: k.isdisjoint())

# iterating a view while its dict changes size is an error; changing values is not
d = {1: 1, 2: 2, 3: 3}
for key in d.keys():
    d[key] = key * 10
print(d)
for label, view in (("keys", d.keys()), ("values", d.values()), ("items", d.items())):
    try:
        for entry in view:
            d[len(d) + 100] = 0
    except RuntimeError as err:
        print(label, "RuntimeError", err)
d = {1: 1, 2: 2}
try:
    for entry in reversed(d.items()):
        del d[1]
except RuntimeError as err:
    print("reversed RuntimeError", err)
d = {1: 1}
it = iter(d.values())
d[2] = 2
show("next after growth", lambda: next(it))

# unbound view methods check their receiver
KeysView = type({}.keys())
ItemsView = type({}.items())
ValuesView = type({}.values())
print(KeysView.__len__({1: 2}.keys()), list(ItemsView.__iter__({1: 2}.items())), ValuesView.__repr__({1: 2}.values()))
show("keys len on items", lambda: KeysView.__len__({}.items()))
show("keys len on dict", lambda: KeysView.__len__({}))
show("items isdisjoint on keys", lambda: ItemsView.isdisjoint({}.keys(), []))
show("values reversed on list", lambda: ValuesView.__reversed__([]))
show("keys len none", lambda: KeysView.__len__())
show("reversed extra", lambda: {}.keys().__reversed__(1))
show("len extra", lambda: {}.values().__len__(1))

# a view inside its own dict
d = {}
d["self"] = d.values()
print(d)
d2 = {"k": 1}
d2["keys"] = d2.keys()
print(d2)
