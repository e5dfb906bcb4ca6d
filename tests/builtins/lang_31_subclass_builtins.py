# Subclassing builtin types: list, dict, int, str, Exception.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
    @property
    def empty(self):
        return len(self) == 0

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.empty, isinstance(s, list), type(s).__name__, s[0], s[1:])
print(Stack([4, 5]), Stack("ab"), sum(Stack([1, 2])), Stack() == [], Stack([1]) == [1])
for item in s:
    print("item", item)

class CountingDict(dict):
    def __missing__(self, key):
        return 0

counts = CountingDict()
for word in ["a", "b", "a", "c", "a"]:
    counts[word] = counts[word] + 1
print(counts, counts["zzz"], "zzz" in counts, len(counts), isinstance(counts, dict))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value

ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, ad["y"])
try:
    ad.nope
except AttributeError as e:
    print("AttributeError:", e)

class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, c * 2, type(c + 1).__name__, isinstance(c, float), c > 20)

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)
    def half(self):
        return self // 2

e = Even(10)
print(e, e.half(), e + 1, type(e).__name__, type(e + 1).__name__, e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)

class Name(str):
    def shout(self):
        return self + "!"
n = Name("ada")
print(n, n.shout(), len(n), n[0], n == "ada", isinstance(n, str), type(n + "x").__name__, repr(n))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), p + (5,), list(p))

# Overriding a method and calling the builtin one via super()
class LoggingList(list):
    def append(self, item):
        print("appending", item)
        super().append(item)
    def __setitem__(self, index, value):
        print("setting", index, value)
        super().__setitem__(index, value)
    def __getitem__(self, index):
        value = super().__getitem__(index)
        print("getting", index)
        return value

ll = LoggingList([1])
ll.append(2)
ll[0] = 10
print(ll[0], ll)

class Temperature(int):
    def __add__(self, other):
        return Temperature(int(self) + int(other))
    def __str__(self):
        return f"{int(self)} degrees"
t = Temperature(5) + 3
print(t, type(t).__name__, str(Temperature(1)))

# Subclass of Exception carrying data and custom __str__
class ParseError(ValueError):
    def __init__(self, line, text):
        super().__init__(line, text)
        self.line = line
    def __str__(self):
        return f"line {self.line}: {self.args[1]}"
try:
    raise ParseError(3, "unexpected token")
except ValueError as err:
    print(err, "|", repr(err), "|", err.args, "|", isinstance(err, ParseError))

# Subclass of dict with __init__ and defaults
class Config(dict):
    def __init__(self, **kw):
        super().__init__(debug=False)
        for k in kw:
            self[k] = kw[k]
cfg = Config(level=3)
print(cfg, cfg["debug"], len(cfg))

# Subclass of set
class TagSet(set):
    def add(self, tag):
        super().add(tag.lower() if False else tag)
ts = TagSet()
ts.add("x"); ts.add("x")
print(len(ts), "x" in ts, isinstance(ts, set))
