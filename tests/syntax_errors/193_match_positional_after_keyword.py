# Mistake: positional sub-patterns must come before keyword ones
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    retries: int


match Job("a", 1):
    case Job(name="a", 1):
        print("job a")
