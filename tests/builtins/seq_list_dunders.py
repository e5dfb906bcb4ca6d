# list's special methods called by name agree with the operators, and fail as CPython's do.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


x = [10, 20, 30, 40]
print(x.__len__(), list.__len__([]), x.__getitem__(1), x.__getitem__(-1), x.__getitem__(slice(1, 3)))
print(x.__getitem__(slice(None, None, -2)), x.__contains__(30), x.__contains__(31), list.__contains__(x, 10.0))
x.__setitem__(0, 11)
x.__setitem__(slice(1, 3), ["a", "b", "c"])
print(x)
x.__delitem__(1)
x.__delitem__(slice(0, None, 2))
print(x)
print(list(x.__iter__()), list(x.__reversed__()), x.__repr__(), list.__repr__([1, [2], "3"]))
it = [1, 2, 3].__reversed__()
print(next(it), next(it), next(it), next(it, "done"))
show("getitem out of range", lambda: [1].__getitem__(5))
show("getitem str", lambda: [1].__getitem__("0"))
show("setitem out of range", lambda: [1].__setitem__(5, 0))
show("delitem out of range", lambda: [1].__delitem__(-2))
show("extended slice size", lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]))

# concatenation and repetition
a, b = [1, 2], [3]
print(a.__add__(b), a + b, a, b)
show("add tuple", lambda: [1].__add__((2,)))
show("add str", lambda: [].__add__("ab"))
show("add operator tuple", lambda: [1] + (2,))
show("add operator None", lambda: [] + None)
print([0].__mul__(3), [1, 2].__rmul__(2), [1].__mul__(0), [1].__mul__(-4), [1].__mul__(True))
show("mul float", lambda: [1].__mul__(2.0))
show("mul str", lambda: [1].__mul__("2"))
show("mul big", lambda: [1].__mul__(10 ** 30))
show("mul big negative", lambda: [].__mul__(-10 ** 30))
show("rmul float", lambda: [1].__rmul__(1.5))


class Three:
    def __index__(self):
        return 3


print([7].__mul__(Three()), [7] * Three(), Three() * [8])

# in-place operators keep the same object
c = [1]
d = c.__iadd__((2, 3))
print(d, d is c)
d = c.__iadd__(range(4, 6))
print(c, d is c)
e = c.__imul__(2)
print(c, e is c)
e = c.__imul__(1)
print(len(c), e is c)
c.__imul__(0)
print(c)
show("iadd int", lambda: [].__iadd__(1))
show("imul float", lambda: [].__imul__(1.0))
g = [1]
g += "xy"
print(g)
g *= 2
print(g)

# comparisons
print([1, 2].__eq__([1, 2]), [1, 2].__ne__([1, 2]), [1, 2].__lt__([1, 3]), [1, 2].__le__([1, 2]))
print([2].__gt__([1, 9]), [1].__ge__([1, 0]), [].__lt__([0]), [1, 2].__gt__([1]))
print([1].__eq__((1,)), [1].__lt__((1,)), [].__eq__(None), [1].__ne__("x"))
show("operator lt tuple", lambda: [1] < (1,))
show("operator le None", lambda: [] <= None)
print([1] == (1,), [1] != (1,))
show("compare mixed items", lambda: [1, "a"].__lt__([1, 2]))
print([1, "a"].__eq__([1, 2]))
print(list.__hash__, [].__hash__ is None)
show("hash list", lambda: hash([]))

# argument checking of the special methods
show("len extra", lambda: [].__len__(1))
show("len keyword", lambda: [].__len__(a=1))
show("getitem none", lambda: [].__getitem__())
show("getitem keyword", lambda: [].__getitem__(i=0))
show("setitem one", lambda: [].__setitem__(0))
show("delitem none", lambda: [].__delitem__())
show("contains none", lambda: [].__contains__())
show("iter extra", lambda: [].__iter__(1))
show("reversed extra", lambda: [].__reversed__(1))
show("add none", lambda: [].__add__())
show("mul none", lambda: [].__mul__())
show("imul two", lambda: [].__imul__(1, 2))
show("eq none", lambda: [].__eq__())
show("repr extra", lambda: [].__repr__(1))

# unbound special methods check their receiver
print(list.__len__([1, 2]), list.__getitem__([5, 6], 1), list.__add__([1], [2]), list.__eq__([1], [1]))
show("unbound len int", lambda: list.__len__(5))
show("unbound len nothing", lambda: list.__len__())
show("unbound getitem tuple", lambda: list.__getitem__((1,), 0))
show("unbound getitem nothing", lambda: list.__getitem__())
show("unbound reversed str", lambda: list.__reversed__("ab"))
show("unbound setitem dict", lambda: list.__setitem__({}, 0, 0))
show("unbound mul tuple", lambda: list.__mul__((1,), 2))


# a user class's reflected operators still get their turn
class Radd:
    def __radd__(self, other):
        return "radd with " + repr(other)

    def __rmul__(self, other):
        return "rmul with " + repr(other)


print([1] + Radd(), [2] * Radd(), (3,) + Radd(), (4,) * Radd())
