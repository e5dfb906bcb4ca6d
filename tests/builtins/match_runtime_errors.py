# Errors a match statement raises while running, and what bindings a failed case leaves.
from collections import defaultdict


class Job:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Loose:
    __match_args__ = ["name"]


def attempt(label, subject, check):
    try:
        print(label, check(subject))
    except Exception as error:
        print(label, type(error).__name__, error)


def too_many_positional(subject):
    match subject:
        case Job(a, b):
            return a, b
    return "no match"


def not_a_class(subject):
    kind = "job"
    match subject:
        case kind():
            return "never"


def match_args_list(subject):
    match subject:
        case Loose(x):
            return x


def builtin_two(subject):
    match subject:
        case int(a, b):
            return a


def repeated_positional_and_keyword(subject):
    match subject:
        case Job(n, name=m):
            return n, m


def runtime_duplicate_key(subject):
    key = "a"
    match subject:
        case {"a": 1, Keys.A: 2}:
            return "?"
    return "no"


class Keys:
    A = "a"


attempt("too many", Job("x"), too_many_positional)
attempt("not a class", Job("x"), not_a_class)
attempt("list args", Loose(), match_args_list)
attempt("int(a, b)", 5, builtin_two)
attempt("twice", Job("x"), repeated_positional_and_keyword)
attempt("dup key", {"a": 1, "b": 2}, runtime_duplicate_key)

# A defaultdict is read through get(): matching makes no entry.
counts = defaultdict(int)
match counts:
    case {"missing": n}:
        print("found", n)
    case _:
        print("entries after match:", len(counts))

# A subclass of a builtin matches itself positionally, like the builtin.
class Meters(float):
    pass


match Meters(2.5):
    case float(x):
        print("float pattern got", type(x).__name__, x)

# Strings are not sequences for a pattern.
match "ab":
    case [a, b]:
        print("unpacked", a, b)
    case str():
        print("a string stays whole")

# Names a case captures are stored only if the whole pattern matches.
match (1, 2):
    case (first, 3):
        pass
    case _:
        pass
try:
    print(first)
except NameError as error:
    print("NameError:", error)

# A guard that fails leaves the captures bound.
match (1, 2):
    case (left, right) if left > right:
        pass
    case _:
        print("guard failed, left =", left)
