from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY, InitVar, is_dataclass
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p == Point(2, 1), repr(p), Point.__init__.__qualname__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: hash(p)
except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)

@dataclass
class Job:
    name: str
    tags: list = field(default_factory=list)
    retries: int = field(default=3, repr=False)
    count: ClassVar[int] = 0
    _: KW_ONLY
    priority: int = 5
    def __post_init__(self):
        Job.count += 1
j = Job("a"); j.tags.append("x")
print(j, Job("b", priority=1), Job.count, asdict(j), astuple(j), replace(j, name="c"))
print([f.name for f in fields(Job)], is_dataclass(j), is_dataclass(Job), is_dataclass(3))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))

@dataclass
class Base:
    a: int
@dataclass
class Derived(Base):
    b: str = "x"
print(Derived(1), Derived(2, "y"))

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(2, 5))
print(Point.__match_args__, Job.__match_args__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)
