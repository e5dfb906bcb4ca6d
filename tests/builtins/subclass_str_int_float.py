class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), n + "b", "x" + n, n == "ada", "ada" == n, hash(n) == hash("ada"))
print(isinstance(n, str), type(n).__name__, len(n), n[0], n * 2, f"{n:>5}|", "%s-%r" % (n, n))
print({n: 1}["ada"], {"ada": 2}[n], ", ".join([n, Name("bob")]), n.split("d"), sorted([Name("b"), "a"]))
print(str(n), type(str(n)).__name__, n.startswith(Name("a")), "d" in n, n in "xadax", n < "b")

class Money(int):
    def __repr__(self):
        return f"${int(self)}"

m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * m, -m, m == 5, m < 6, range(m), [0] * m, m // 2, abs(m), float(m), m.bit_length(), f"{m:03d}", str(m))
print(isinstance(m, int), isinstance(True, int), hex(m), bin(m), sum([m, m]), max(m, 3), round(m), [1,2,3,4,5,6][m], divmod(m, 2))

class Meters(float):
    pass

d = Meters(2.5)
print(d, d * 2, round(d), int(d), d.is_integer(), type(d + 1).__name__, f"{d:.2f}")

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

u = Upper("hey")
print(u, type(u).__name__, u.lower())

import json
print(json.dumps({"n": n, "m": m, "d": d}))

from enum import Enum, IntEnum, StrEnum
class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"
print(Status.OK, Status.OK == "ok", isinstance(Status.OK, str), Status("ok"), f"{Status.OK}", Status.OK.value, Status.OK.upper())
class P(IntEnum):
    A = 1
    B = 2
print(P.A + 1, isinstance(P.A, int), P.A, repr(P.A), str(P.B), f"{P.B}", P.A < P.B, sorted([P.B, P.A]), [10, 20, 30][P.B])
class C(StrEnum):
    RED = "red"
print(C.RED, repr(C.RED), C.RED.upper(), C.RED + "!", isinstance(C.RED, str), f"{C.RED}")

# A subclass's own methods win over the builtin's.
class Loud(str):
    def __str__(self):
        return self.upper()

    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    __hash__ = str.__hash__

print(str(Loud("hey")), f"{Loud('hey')}", Loud("HeY") == "hey", repr(Loud("x")))

class Version(int):
    def __lt__(self, other):
        return int(self) > int(other)

print(Version(1) < 2, sorted([Version(1), Version(3), Version(2)]))

try:
    class Flag2(bool):
        pass
except TypeError as error:
    print("TypeError:", error)

class Tag(str):
    pass

t = Tag("x")
t.note = "attributes work"
print(t.note, t.__dict__, vars(t))
print(Tag.__mro__)
print(type(Tag("a") + "b").__name__, type(Money(2) + 1).__name__)
