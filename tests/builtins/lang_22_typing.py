# typing annotations are accepted and ignored at runtime.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, Iterator, Generator, TypeVar, Sequence
import typing

T = TypeVar("T")

def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None

def apply(f: Callable[[int], int], x: int = 0) -> int:
    return f(x)

def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return [(k, d[k]) for k in sorted(d)]

def maybe(x: Union[int, str, None] = None) -> str:
    return repr(x)

def gen(n: int) -> Iterator[int]:
    yield from range(n)

def gen2() -> Generator[int, None, str]:
    yield 1
    return "done"

print(first([3, 4]), first([]), apply(lambda v: v + 1, 41), pairs({"b": 2, "a": 1}), maybe(), maybe("s"))
print(list(gen(3)), list(gen2()))

# Builtin generics and | unions (3.9+/3.10+)
def modern(a: list[int], b: dict[str, list[int]] | None = None, *args: int, **kw: str) -> tuple[int, ...]:
    return tuple(a)
print(modern([1, 2]), modern.__annotations__["return"])

# Variable annotations
count: int = 5
names: list[str] = []
unset: float
print(count, names)
try:
    print(unset)
except NameError as e:
    print("NameError:", e)
print(sorted(__annotations__))

class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)

p = Point(1).moved(2)
print(p.x, p.y, Point.y, Point.label, sorted(Point.__annotations__))
print("x" in Point.__dict__, hasattr(Point, "x"))

# Annotations evaluated at definition time
def annotated(a: int, b: "Forward") -> None:
    pass
print(annotated.__annotations__)

# Annotations with wrong types are not checked
def typed(x: int) -> int:
    return x
print(typed("not an int"), typed([1]))

# typing helpers at runtime
print(typing.cast(int, "s"), Any is typing.Any, Optional[int] == Union[int, None])
from typing import Literal, Final, ClassVar, Protocol

MAX: Final = 10
mode: Literal["r", "w"] = "r"
print(MAX, mode)

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(English()))

# Lambdas can't be annotated but functions with defaults can
def with_defaults(a: int = 1, *, b: str = "x") -> str:
    return f"{a}{b}"
print(with_defaults(), with_defaults(2, b="y"), with_defaults.__kwdefaults__)

# Annotated locals are not stored anywhere
def local_ann():
    z: int = 3
    w: str
    return z
print(local_ann())
