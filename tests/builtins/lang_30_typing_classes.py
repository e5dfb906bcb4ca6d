# typing's class helpers: NamedTuple, TypedDict, Generic.
from typing import TypeVar
T = TypeVar("T")
from typing import NamedTuple, TypedDict

class Pair(NamedTuple):
    left: int
    right: int = 0
pr = Pair(1, 2)
print(pr, pr.left, pr[1], Pair(5), pr._asdict() if hasattr(pr, "_asdict") else "")

class Movie(TypedDict):
    title: str
    year: int
mv: Movie = {"title": "X", "year": 2000}
print(mv, type(mv).__name__)


# Generic class syntax via typing.Generic
from typing import Generic
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def describe(self) -> str:
        return f"{self.name} works in {self.dept}"

e = Employee("Ann", salary=10.5)
print(e, e.describe(), e == ("Ann", "eng", 10.5), len(e), tuple(e))
name, dept, salary = e
print(name, dept, salary, e._replace(dept="ops"), Employee._fields)
try:
    e.name = "Bob"
except AttributeError as err:
    print("AttributeError:", err)
