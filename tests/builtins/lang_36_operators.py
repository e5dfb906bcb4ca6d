# Operator precedence, evaluation order, augmented assignment targets, identity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2 * 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4)
print(not True == False, not (True == False), True or False and False, (True or False) and False)
print(1 if True else 2 if False else 3, 0 or 1 and 2, -(-3), +-+1, ~~5, not not [])
print(3 > 2 == True, (3 > 2) == True, 1 + True, "a" * 2 + "b", [1] * 2 + [2])
print(5 in [5] == True, 5 in [5] and True, 2 < 3 is True if False else "")

# Evaluation order
log = []
def v(x):
    log.append(x)
    return x
result = v(1) + v(2) * v(3)
print(result, log)
log.clear() if False else None
log = []
def f(*args, **kwargs):
    return args
f(v("a"), v("b"), k=v("c"))
print(log)
log = []
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log = []
x = [v(1), v(2)][v(0)]
print(x, log)
log = []
v(True) or v("never")
v(False) and v("never")
v(0) or v("used")
print(log)

# Augmented assignment evaluates the target once
class Counter:
    def __init__(self):
        self.reads = 0
        self._value = 0
    @property
    def value(self):
        self.reads += 1
        return self._value
    @value.setter
    def value(self, v):
        self._value = v
c = Counter()
c.value += 5
c.value += 5
print(c.value, c.reads)
calls = []
def index():
    calls.append("index")
    return 0
arr = [10]
arr[index()] += 1
print(arr, calls)
nested = {"a": [1, 2]}
nested["a"][1] *= 10
print(nested)

# += on list vs tuple vs str (mutation vs rebinding)
l1 = [1]
l2 = l1
l1 += [2]
t1 = (1,)
t2 = t1
t1 += (2,)
s1 = "a"
s2 = s1
s1 += "b"
print(l2, t2, s2, l1 is l2, t1 is t2)
l3 = [1]
l3 += "ab"
l3 += range(2)
print(l3)
try:
    l4 = [1]
    l4 = l4 + "ab"
except TypeError as e:
    print("TypeError:", e)

# is vs ==
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, [] is [], "" == "", 0 == False, 0 is not False)

# Bitwise and shifts on negatives
print(-8 >> 1, -1 << 3, 5 & -2, -5 | 2, ~0, ~255, 0b1010 ^ 0b0110, 1 << 0)

# Comparison operators on mixed types
for pair in ((1, 1.0), (1, "1"), (None, None), ([], []), ((), []), (0.0, -0.0), (True, 1)):
    print(pair[0] == pair[1], end=" ")
print()
for bad in (lambda: 1 < "1", lambda: None < None, lambda: [] < (), lambda: {} < {}, lambda: {1} < [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Unary operators on user objects and errors
for bad in (lambda: -"s", lambda: ~1.5, lambda: +[], lambda: abs(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Operator dunders reflected for numbers
class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return f"add({self.n}, {o})"
    def __radd__(self, o):
        return f"radd({o}, {self.n})"
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return f"rmul({o}, {self.n})"
    def __lt__(self, o):
        return f"lt({self.n}, {o})"
    def __gt__(self, o):
        return f"gt({self.n}, {o})"
    def __repr__(self):
        return f"Num({self.n})"
n = Num(1)
print(n + 2, 2 + n, 3 * n, n < 5, 5 < n, n > 0, "s" + n)
try:
    n * 3
except TypeError as e:
    print("TypeError:", e)
n2 = Num(2)
print(n < n2, n > n2)
x = Num(5)
x += 1
print(x)
