# typing.TypedDict: classes (with total=False and inheritance) and the functional form make
# plain dicts; the class keeps its annotations and its required and optional keys.
from typing import TypedDict, NamedTuple

class Movie(TypedDict):
    title: str
    year: int

class Rated(Movie, total=False):
    stars: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["title"])
r = Rated(title="Alien", year=1979, stars=5)
print(r, type(r) is dict)
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Rated.__optional_keys__))
print(Movie.__total__, Rated.__total__, sorted(Rated.__required_keys__))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p, Point.__annotations__, Point.__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
mv: Movie = {"title": "X", "year": 2000}
print(mv)
