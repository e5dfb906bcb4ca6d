# Dunder methods: repr/str/eq/hash/lt/len/getitem/contains/add/bool/call.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, other):
        return abs(self) < abs(other)

v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), str(w), [v, w], (v,), {"k": v})
print(v + w, w - v, v * 3, 3 * v, -v, abs(w))
print(v == Vector(1, 2), v != w, v == "x", v is Vector(1, 2))
print(len({v, Vector(1, 2), w}), bool(Vector(0, 0)), bool(v))
print(sorted([w, v, Vector(0, 1)]), v < w, w > v, min(w, v), max([v, w]))
try:
    v <= w
except TypeError as e:
    print("TypeError:", e)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)

class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, card):
        print("contains called")
        return card in self.cards

d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2H" in d, "9H" in d)
d[0] = "KS"
del d[1]
print(d.cards, list(reversed(d)))
for card in d:
    print(card, end=" ")
print()

# Objects without __eq__ compare by identity; __hash__ None when __eq__ defined only
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

# __call__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, plus=0):
        return x * self.k + plus
m = Multiplier(3)
print(m(5), m(5, plus=1), callable(m), list(map(m, [1, 2])))

# __bool__ vs __len__ truthiness
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(1) else "no", not Sized(0))

# Default repr/str of a user class (no address)
class R:
    def __repr__(self):
        return "R()"
print(str(R()), f"{R()}", f"{R()!r}", [R()])

class S:
    def __str__(self):
        return "S-str"
print(str(S()), f"{S()}", format(S()))

# __radd__ and sum()
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"
    def __iadd__(self, other):
        self.cents += other.cents
        return self

print(sum([Money(1), Money(2), Money(3)]))
acc = Money(10)
alias = acc
acc += Money(5)
print(acc, alias, acc is alias)
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)

# __eq__ reflected and NotImplemented fallback to identity
class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return "right says equal"
print(Left() == Right())
print(Left() == Left())
