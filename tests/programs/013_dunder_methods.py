# Special ("dunder") methods let a class behave like built-in types:
# arithmetic (__add__, __mul__, __radd__), comparison (__eq__, __lt__),
# containers (__len__, __getitem__, __contains__, __iter__), truthiness
# (__bool__) and calling an object like a function (__call__).

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, factor):
        return Money(round(self.cents * factor))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        return self._songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)


class RateLimiter:
    def __init__(self, limit):
        self.limit, self.used = limit, 0

    def __call__(self, request):
        self.used += 1
        return f"{request}: {'allowed' if self.used <= self.limit else 'rejected'}"


coffee, cake = Money(350), Money(425)
print(coffee + cake, coffee * 3, sum([coffee, cake, Money(5)]))
print(coffee == Money(350), coffee != cake, coffee < cake, sorted([cake, coffee]))
print(bool(Money(0)), bool(coffee), max(coffee, cake))

songs = Playlist("Intro", "Main Theme", "Outro")
print(len(songs), songs[1], songs[-1], songs[0:2], "main theme" in songs)
for number, song in enumerate(songs, 1):
    print(number, song)

limiter = RateLimiter(2)
for request in ["GET /a", "GET /b", "GET /c"]:
    print(limiter(request))
print(callable(limiter), callable(coffee))
