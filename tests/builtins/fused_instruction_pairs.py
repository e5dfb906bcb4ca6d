# A local or a value with a number constant (`n - 1`, `n < 2`) and a local's attribute or
# method (`self.x`, `self.f()`) run as one step where the result is plain; every other case
# must behave exactly as the instructions one by one.
import re
import traceback


def report():
    text = traceback.format_exc()
    print(re.sub(r'File "[^"<]*/', 'File "', text), end="")


# Numbers with constants: ints, floats, mixed, past 64 bits, bools, and the jumps after.
def arithmetic(n):
    out = [n + 1, n - 1, n * 3, n // 4, n % 5, n / 2, n ** 2, n & 6, n | 1, n ^ 7, n << 2, n >> 1]
    out += [n < 2, n <= 2, n == 2, n != 2, n > 2, n >= 2]
    return out


for value in [0, 2, 7, -9, 2.5, -0.0, True, False, 2**62, -(2**62), 2**63 - 1, -(2**63)]:
    try:
        print(value, arithmetic(value))
    except Exception as error:
        print(value, type(error).__name__, error)

big = 9_223_372_036_854_775_807
print(big + 1, big * 2, -big - 2, big % 7, big // -3)
x = 1.5
print(x + 1, x * 2, x < 2, x > 2, x // 1, x % 1)


def countdown(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    if n == 0:
        steps += 100
    if not n < 0:
        steps += 1000
    return steps


print(countdown(10), countdown(0), countdown(2.5))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))

# Errors raised by the operation are the operation's, at its place.
for left in [5, "text", None, [1]]:
    try:
        print(left % 0)
    except Exception:
        report()
    try:
        print(left - 1)
    except Exception:
        report()
    try:
        print(left < 3)
    except Exception:
        report()


# A class whose operators are its own.
class Meters:
    def __init__(self, amount):
        self.amount = amount

    def __add__(self, other):
        return Meters(self.amount + other)

    def __lt__(self, other):
        return self.amount < other

    def __repr__(self):
        return f"Meters({self.amount})"


m = Meters(3)
print(m + 1, m < 4, m < 2)


# Attributes and methods of locals.
class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def read(p):
    return p.x, p.y, p.kind, p.norm2(), p.swapped, p.norm2


p = Point(3, 4)
print(read(p)[:5])
bound = read(p)[5]
print(bound(), bound.__self__ is p)
# An instance attribute hides the method of the same name; then goes away again.
p.norm2 = lambda: "own"
print(read(p)[3])
del p.norm2
print(read(p)[3])
# A class attribute changed, an attribute deleted and set again (its place moves).
Point.kind = "changed"
del p.x
p.x = 30
print(read(p)[:4])
# Another class, another layout, through the same lines.
class Named:
    kind = "named"

    def __init__(self):
        self.y = "y"
        self.x = "x"

    def norm2(self):
        return "n2"

    swapped = "plain"


print(read(Named())[:5])
# `__class__` assigned: the same instance read as the other class.
q = Point(1, 2)
q.__class__ = Named
print(read(q)[:5])


# `__getattr__` for what is missing, `__getattribute__` for everything.
class Fallback:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return f"missing {name}"


class Every:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        return f"every {name}"


def pick(o):
    return o.x, o.y


print(pick(Fallback()), pick(Every()))


# A missing attribute and an unbound local are reported where they are.
def missing(p):
    return p.z


def unbound():
    value = p.x
    if False:
        p = None
    return value


for call in [lambda: missing(Point(0, 0)), unbound]:
    try:
        call()
    except Exception:
        report()
