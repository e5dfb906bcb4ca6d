# Constructors of list, tuple, range, slice and dict: __new__ and __init__ called directly.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def gen():
    yield 1
    yield 2


print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}), list(gen()))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple({3: 4}), tuple(gen()))
print(dict(), dict(a=1), dict([(1, 2)], b=3), dict({"x": 1}, x=2), dict(zip("ab", range(2))))
show("list keyword", lambda: list(x=1))
show("list two", lambda: list(1, 2))
show("list int", lambda: list(5))
show("tuple keyword", lambda: tuple(x=1))
show("tuple two", lambda: tuple(1, 2))
show("dict two", lambda: dict(1, 2))
show("dict int", lambda: dict(3))
show("dict bad pair", lambda: dict([1]))

# __new__ checks its class argument and leaves filling to __init__
show("list new none", lambda: list.__new__())
show("list new int", lambda: list.__new__(5))
show("list new wrong class", lambda: list.__new__(int))
show("list new ignores args", lambda: list.__new__(list, 1, 2, x=3))
show("dict new ignores args", lambda: dict.__new__(dict, 5, a=1))
show("dict new none", lambda: dict.__new__())
show("tuple new wrong class", lambda: tuple.__new__(int))
show("tuple new", lambda: tuple.__new__(tuple, "ab"))
show("range new wrong class", lambda: range.__new__(list, 3))
show("range new", lambda: range.__new__(range, 2))
show("slice new wrong class", lambda: slice.__new__(dict, 1))
show("slice new", lambda: slice.__new__(slice, 2))

# __init__ refills a list, and adds to a dict
x = [1, 2]
alias = x
x.__init__("ab")
print(x, alias is x)
x.__init__()
print(x)
x = [1, 2]
x.__init__(x)
print(x)
d = {1: 2}
d.__init__({3: 4}, a=5)
print(d)
d.__init__()
print(d)
show("list init two", lambda: [].__init__(1, 2))
show("list init keyword", lambda: [].__init__(a=2))
show("list init int", lambda: [].__init__(3))
show("dict init two", lambda: {}.__init__(1, 2))
show("dict init int", lambda: {}.__init__(5))
show("list init unbound int", lambda: list.__init__(5))
show("list init unbound none", lambda: list.__init__())
show("dict init unbound list", lambda: dict.__init__([]))

# range and slice arguments
print(range(5), range(2, 5), range(2, 10, 3), range(True), range(-3), range(5, 1, -2))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), slice(Idx(1)).indices(5), slice(1, 2, 3))
show("range zero step", lambda: range(1, 5, 0))
show("range float", lambda: range(2.0))
show("range str", lambda: range("3"))
show("range keyword", lambda: range(stop=3))
show("slice none", lambda: slice())
show("slice four", lambda: slice(1, 2, 3, 4))
