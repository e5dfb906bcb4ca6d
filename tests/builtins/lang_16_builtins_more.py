# map, filter, divmod, pow, hex/bin/oct, chr/ord, iter/next, and friends.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(pow(3, -1, 7), pow(0, 0), 2 ** 100, (-8) ** (1 / 3) if False else "", 10 ** -2)

print(hex(255), hex(-255), hex(0), bin(10), bin(-10), oct(8), oct(-8), bin(0))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36), int("0x1F", 16), int("0o17", 0))
print(chr(65), chr(0x263A), chr(97) + chr(98), ord("A"), ord("€"), ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
print(list(iter(range(3))))

# hash consistency for numbers (deterministic)
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0), hash(-1), hash(2 ** 61), hash(1.5), hash((1, 2)) == hash((1, 2)))
print({1: "int", 1.0: "float", True: "bool"})

# callable, getattr/setattr/hasattr/delattr, vars, dir-free checks
class Box:
    size = 3
b = Box()
print(callable(Box), callable(b), getattr(b, "size"), getattr(Box, "nope", None))
setattr(b, "color", "red")
print(vars(b), hasattr(b, "color"))

# id-free identity checks
a = [1]
print(a is a, a is [1], None is None, type(None)())

# isinstance with bool/int edge cases
print(True + True, True * 10, False - 1, sum([True, True, False]), True / 2, -True, ~True, True // 1)
print(int(True), float(False), str(True), True == 1, True is 1 if False else "", 1 == 1.0, 0.1 + 0.2 == 0.3)

# abs/neg on large numbers, int of big strings
print(abs(-10 ** 30), int("9" * 30) + 1, -(-(2 ** 70)))

# min/max with multiple and key, sorted stability
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))

# zip/enumerate/map combinations
names = ["a", "b", "c"]
scores = [90, 85, 77]
print(dict(zip(names, scores)), list(enumerate(zip(names, scores))))
print([f"{i}:{n}" for i, n in enumerate(names, 1)])
print(list(map(max, [1, 5], [4, 2])), list(zip(*[(1, "a"), (2, "b")])))

# ascii, format, bool of numbers
print(ascii("héllo"), format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "x"))
print(bool(-1), bool(0.0001), bool(float("nan")))

# slice objects
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], "abcdef"[slice(None, None, -1)])

# len of range with big numbers, range with negative steps
print(len(range(0, 10 ** 6, 3)), list(range(5, -5, -4)), range(10)[-3:])

# sum with start
print(sum([[1], [2]], []), sum((0.5, 0.25)), sum(range(5), start=100))

# sorted on mixed numbers
print(sorted([3, 1.5, True, -2, 0.0]))

# enumerate of dict items
for i, (k, v) in enumerate(zip("xy", [1, 2])):
    print(i, k, v)

# input-free globals
print(__name__, type(__builtins__).__name__ in ("module", "dict"))

# all/any short-circuit
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))

# isinstance with abstract-ish checks
print(isinstance(3, float), isinstance(3.0, float), type(3) == int)
