# slice objects: construction, attributes, indices(), comparison and hashing.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


s = slice(5)
print(s, s.start, s.stop, s.step, type(s).__name__)
s = slice(1, 10)
print(s, s.start, s.stop, s.step)
s = slice(None, None, -1)
print(s, repr(s), str(s))
s = slice("a", [1], 2.5)
print(s, s.start, s.stop, s.step)
print(slice(None), slice(None, None), slice(None, None, None))
show("slice none", lambda: slice())
show("slice four", lambda: slice(1, 2, 3, 4))
show("slice keyword", lambda: slice(stop=3))

data = list(range(10))
print(data[slice(2, 8, 2)], data[slice(None, None, -3)], data[slice(-3)], "abcdef"[slice(1, None, 2)])
data[slice(0, 2)] = ["x"]
print(data)
del data[slice(None, None, 3)]
print(data)

# indices() resolves a slice against a length, as the subscription machinery does
cases = [
    (None, None, None), (None, None, -1), (2, 8, None), (-3, None, None), (None, -3, None),
    (-100, 100, None), (100, -100, -1), (5, 1, -2), (1, 5, -2), (0, 0, None), (-1, -1, -1),
    (3, None, 4), (None, 3, -4), (10 ** 30, -10 ** 30, -7), (-10 ** 30, 10 ** 30, 3),
    (True, False, True),
]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    results = []
    for length in (0, 1, 5, 10):
        results.append(sl.indices(length))
    print(sl, results)
print(slice(None).indices(10 ** 20), slice(-5, None, -1).indices(10 ** 20))
print(slice(2, None).indices(True), len(range(*slice(1, None, 3).indices(10))))


class Four:
    def __index__(self):
        return 4


print(slice(Four(), None).indices(Four()), slice(None, Four(), Four()).indices(20))
show("indices negative", lambda: slice(1).indices(-1))
show("indices str", lambda: slice(1).indices("3"))
show("indices float", lambda: slice(1).indices(3.0))
show("indices none", lambda: slice(1).indices(None))
show("indices zero step", lambda: slice(None, None, 0).indices(4))
show("indices bad start", lambda: slice("a", None).indices(4))
show("indices bad stop", lambda: slice(None, 2.0).indices(4))
show("indices bad step", lambda: slice(None, None, [1]).indices(4))
show("indices no args", lambda: slice(1).indices())
show("indices keyword", lambda: slice(1).indices(length=3))
show("indices unbound", lambda: slice.indices(range(3), 3))
show("indices unbound none", lambda: slice.indices())

# comparisons: slices compare as (start, stop, step) tuples
a = slice(1, 2, 3)
print(a == slice(1, 2, 3), a != slice(1, 2, 3), a == slice(1, 2), a < slice(1, 3), a > slice(0, 100))
print(a.__eq__(slice(1, 2, 3)), a.__le__(a), a.__lt__(a), a.__ge__(slice(1, 2, 2)), a.__eq__((1, 2, 3)))
print(slice(None) == slice(None, None, None), slice(1) == slice(None, 1))
show("compare mixed", lambda: slice(1) < slice("a"))
show("compare with tuple", lambda: slice(1) < (1,))
show("eq none", lambda: a.__eq__())
show("eq unbound", lambda: slice.__eq__(1, 1))

# hashing (slices are hashable since 3.12)
print(a.__hash__() == slice(1, 2, 3).__hash__(), a.__hash__() == slice(1, 2, 4).__hash__())
print(slice(0, 0, 0).__hash__(), slice(1, 2, 5).__hash__(), slice(-1, -2, -3).__hash__(), slice(2 ** 70, 7, True).__hash__())
print(slice(None).__hash__() == (None, None, None).__hash__())
show("hash unhashable part", lambda: slice([], 1).__hash__())
show("hash extra", lambda: a.__hash__(1))
print(a.__repr__(), slice.__repr__(slice(0)))
