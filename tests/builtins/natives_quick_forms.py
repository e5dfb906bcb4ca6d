# len(), isinstance(), list.append, dict.get and deque.append called every way a program can call them: each way must
# behave, and fail, exactly as the general call does (Looplab runs the common calls of these
# natives by a quicker path, and falls back to the general one for the rest).


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as error:
        print(label, "raised", type(error).__name__, error)


# len
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadLen:
    def __len__(self):
        raise RuntimeError("no length today")


class Text(str):
    pass


attempt("len list", lambda: len([1, 2, 3]))
attempt("len str", lambda: len("héllo"))
attempt("len dict", lambda: len({"a": 1}))
attempt("len Sized", lambda: len(Sized(7)))
attempt("len negative", lambda: len(Sized(-1)))
attempt("len not int", lambda: len(Sized("3")))
attempt("len raising", lambda: len(BadLen()))
attempt("len int", lambda: len(5))
attempt("len none", lambda: len())
attempt("len two", lambda: len([1], [2]))
attempt("len keyword", lambda: len(obj=[1]))
attempt("len str subclass", lambda: len(Text("abcd")))
measure = len
attempt("len aliased", lambda: measure((1, 2)))
attempt("len by star", lambda: len(*[[1, 2, 3, 4]]))

# list.append
items = []
items.append(1)
add = items.append
add(2)
list.append(items, 3)
attempt("append nothing", lambda: items.append())
attempt("append two", lambda: items.append(4, 5))
attempt("append keyword", lambda: items.append(object=4))
attempt("unbound append on a tuple", lambda: list.append((1,), 2))
attempt("unbound append alone", lambda: list.append())
print("items", items)


class Log(list):
    def append(self, value):
        print("Log.append", value)
        super().append(value * 10)


class Plain(list):
    pass


log = Log()
log.append(4)
plain = Plain()
plain.append(5)
list.append(plain, 6)
print("log", log, "plain", plain, type(plain).__name__)
grown = []
for n in range(5):
    grown.append(n * n)
print("grown", grown)
itself = []
itself.append(itself)
print("itself", itself)

# dict.get
counts = {"a": 1}
attempt("get present", lambda: counts.get("a"))
attempt("get absent", lambda: counts.get("b"))
attempt("get default", lambda: counts.get("b", 0))
attempt("get default present", lambda: counts.get("a", 0))
attempt("get unhashable", lambda: counts.get([1]))
attempt("get unhashable default", lambda: counts.get({}, 5))
attempt("get nothing", lambda: counts.get())
attempt("get three", lambda: counts.get(1, 2, 3))
attempt("get keyword", lambda: counts.get(key="a"))
attempt("get unbound", lambda: dict.get(counts, "a"))
attempt("get unbound on a list", lambda: dict.get([], "a"))
lookup = counts.get
attempt("get bound", lambda: lookup("a", -1))


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash of", self.name)
        return hash(self.name)

    def __eq__(self, other):
        print("compare", self.name, "with", getattr(other, "name", other))
        return isinstance(other, Key) and other.name == self.name


class BadHash:
    def __hash__(self):
        raise ValueError("cannot hash this one")


keyed = {Key("x"): "found x"}
attempt("get by __eq__", lambda: keyed.get(Key("x")))
attempt("get by __eq__ absent", lambda: keyed.get(Key("y"), "none"))
attempt("get bad hash", lambda: keyed.get(BadHash(), 1))


class Defaults(dict):
    def __missing__(self, key):
        return "missing " + key

    def get(self, key, default=None):
        print("Defaults.get", key)
        return super().get(key, default)


class Bare(dict):
    pass


defaults = Defaults(a=1)
attempt("subclass get", lambda: defaults.get("a"))
attempt("subclass get absent", lambda: defaults.get("z", "fallback"))
attempt("subclass index absent", lambda: defaults["z"])
bare = Bare(b=2)
attempt("plain subclass get", lambda: bare.get("b"))
attempt("plain subclass get absent", lambda: bare.get("q", 9))
words = "the cat and the hat and the bat".split()
tally = {}
for word in words:
    tally[word] = tally.get(word, 0) + 1
print("tally", tally)

# isinstance
class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__", type(obj).__name__)
        return obj == "anything"


class Checked(metaclass=Meta):
    pass


class Base:
    pass


class Derived(Base):
    pass


attempt("isinstance int", lambda: isinstance(3, int))
attempt("isinstance bool is int", lambda: isinstance(True, int))
attempt("isinstance tuple", lambda: isinstance("s", (int, str)))
attempt("isinstance nested tuple", lambda: isinstance(2.5, (int, (bytes, float))))
attempt("isinstance derived", lambda: isinstance(Derived(), Base))
attempt("isinstance not derived", lambda: isinstance(Base(), Derived))
attempt("isinstance hook yes", lambda: isinstance("anything", Checked))
attempt("isinstance hook no", lambda: isinstance(5, Checked))
attempt("isinstance not a class", lambda: isinstance(1, 2))
attempt("isinstance one", lambda: isinstance(1))
attempt("isinstance three", lambda: isinstance(1, int, str))
attempt("isinstance keyword", lambda: isinstance(1, class_or_tuple=int))
attempt("isinstance union", lambda: isinstance(None, int | None))
check = isinstance
attempt("isinstance aliased", lambda: check([], list))

# deque.append (collections.deque and the asyncio queue's own)
from collections import deque

line = deque(maxlen=3)
for n in range(5):
    line.append(n)
print("deque", line, len(line))
