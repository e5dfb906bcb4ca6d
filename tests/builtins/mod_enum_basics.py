from enum import Enum, IntEnum, Flag, auto, StrEnum, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.__members__)
try:
    class More(Color):
        BLUE = 3
except TypeError as e: print(e)
try:
    Color.RED = 3
except AttributeError as e: print(e)
print(Color.RED < Color.GREEN if False else "", hash(Color.RED) == hash("RED"), Color.RED == 1)
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P.R|P.W), str(P.R|P.W), repr(~P.R), repr(P(0)), str(P(0)), list(P.R|P.X), len(P.R|P.W), P.R in (P.R|P.W), bool(P(0)))
print(repr(P), repr(Color), str(Color), format(Color.RED), f"{Color.RED!r}")
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.A == 1, str(N.A), f"{N.B}", repr(N.A), N(2), N.A < N.B, hash(N.A), sorted([N.B, N.A]))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y.upper(), S.X == "x", f"{S.Y}")
try: Color(3)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
A = Enum('Animal', 'ANT BEE CAT')
print(list(A), A.BEE.value, A(3))
class F(IntFlag):
    A = auto()
    B = auto()
print(F.A | F.B, repr(F.A|F.B), F.A | 8, repr(F(8)))
print(Color.RED.name, Color.RED.value, type(Color.RED), Color.RED.__class__.__name__, isinstance(Color.RED, Color))
