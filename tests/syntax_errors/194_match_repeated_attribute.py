# Mistake: a class pattern names the same attribute twice
from dataclasses import dataclass


@dataclass
class Job:
    name: str


match Job("a"):
    case Job(name="a", name="b"):
        print("?")
