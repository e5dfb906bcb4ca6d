from dataclasses import dataclass
from enum import Enum
import collections

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as flag:
            return f"flag {flag}"
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {value}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} then {len(rest)} more"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra {extra}"
        case {"type": kind}:
            return f"typed {kind}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "a point"
        case Circle(Point(x=cx, y=cy), r):
            return f"circle at {cx},{cy} r={r}"
        case Color.RED:
            return "red"
        case Color():
            return "another color"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "unknown"

tests = [None, True, 0, 2, -1, 500, 7, 3.5, "hi", "bye", [], [1], [1, 2], [1, 2, 3, 4, 5],
         [1, 2, 3], (1, 2, 3), {"type": "user", "name": "ada", "age": 3}, {"type": "x"},
         {"other": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
         Circle(Point(1, 2), 3), Color.RED, Color.GREEN, collections.deque([1, 2]),
         range(3), "abc", object, {1, 2}]
for t in tests:
    print(type(t).__name__, "->", describe(t))

match (1, 2):
    case (1, x) | (x, 1):
        print("or capture", x)

cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)

for point in [(0, 1), (1, 0), (2, 2)]:
    match point:
        case (0, y):
            print("y", y)
        case (x, 0):
            print("x", x)
        case other:
            print("other", other)

d = collections.defaultdict(int)
match d:
    case {"k": v}:
        print("found", v)
    case _:
        print("no key; dict now", dict(d))

match 42:
    case x:
        print("captured", x)
