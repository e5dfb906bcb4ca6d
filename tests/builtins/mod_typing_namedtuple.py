# typing.NamedTuple's class form (annotations, defaults, methods, docstring) and functional
# form, both made by collections.namedtuple, and the errors for misordered defaults.
from typing import NamedTuple, Optional
import typing
class Job(NamedTuple):
    """A job."""
    name: str
    priority: int = 0
    tags: Optional[list] = None
    def label(self):
        return f"{self.name}/{self.priority}"
    @property
    def urgent(self):
        return self.priority > 5
j = Job("build", 7)
print(j, j.label(), j.urgent, j._replace(priority=1), Job._fields, Job._field_defaults, isinstance(j, tuple))
print(Job.__annotations__, Job.__doc__, Job.__module__, Job, sorted([Job("b"), Job("a", 2)]))
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt._fields, Pt.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e:
    print(type(e).__name__, e)
print(typing.List[int], typing.Optional[int])
