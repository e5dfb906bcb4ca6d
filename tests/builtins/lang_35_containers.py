# Lists, tuples, dicts and sets without their methods: aliasing, copying, mutation pitfalls.
a = [1, 2, 3]
b = a
b += [4]
print(a, b, a is b)
c = a[:]
c[0] = 99
print(a, c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
t = (1, [2, 3])
t[1][0] = 20
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t += ([4],)
    print(t)
except TypeError as e:
    print("TypeError:", e)
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__, (), type(()).__name__, len(()))

# Dict ordering and mutation
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d))
del d["b"]
d["b"] = 1
print(d, list(d))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(d["zzz"])
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)
print({1: "a", 1.0: "b"}, {True: "x", 1: "y"}, {(1, 2): "tuple key"}[(1, 2)])
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, dict() == {})
nested = {"user": {"name": "ann", "tags": ["a", "b"]}}
print(nested["user"]["tags"][1], nested)

# Sets
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s, s == {1, 2, 3}, set() == set(), {1, 2} <= {1, 2, 3})
s2 = set()
for x in [5, 3, 5, 1]:
    s2.add(x)
print(sorted(s2), sorted(s2 - {3}), {1, 2} & {2, 3}, {frozenset([1]): "fs"}[frozenset([1])])
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    for x in s2:
        s2.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
print({1, 2, 3} - {2}, {3, 2, 1}, {10, 5, 1}, set(range(5)), {-1, -2})

# List mutation while iterating (no error, surprising results)
nums = [1, 2, 3, 4, 5, 6, 8, 10]
for i, n in enumerate(nums):
    if n % 2 == 0:
        del nums[i]
print(nums)
items = [1, 2, 3, 4]
for i, v in enumerate(items):
    items[i] = v * 10
print(items)

# Slice assignment and deletion
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
del lst[::2]
print(lst)
lst[:] = []
print(lst, len(lst))
lst = [1, 2, 3]
lst[len(lst):] = [4, 5]
print(lst, lst[-2:], lst[:-10], lst[10:20])
try:
    lst[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [][0] = 1
except IndexError as e:
    print("IndexError:", e)

# Comparisons of containers
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]], (1, (2, [3])) == (1, (2, [3])))
print([1, 2, 3] < [1, 2, 4], [2] > [1, 100], (1, "a") < (1, "b"), [] < [0], [[1], [2]] < [[1], [3]])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([(2, "b"), (1, "z"), (2, "a")]), max([[1, 2], [1, 3]]))
print({"a": [1, 2]} == {"a": [1, 2]}, [{"k": 1}] == [{"k": 1}], [1, 2] in [[1, 2], [3]], (1, 2) in {(1, 2)})

# Repr of recursive containers
r = [1, 2]
r.append(r)
print(r)
rd = {"self": None}
rd["self"] = rd
print(rd)

# Containers with None and bools
print([None, True, False, 0, 1.0], {None: 0}, (None,), [[]], [()], [{}], [set()])

# Multiple assignment and swapping
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
m = [0, 1, 2]
m[0], m[2] = m[2], m[0]
print(m)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
