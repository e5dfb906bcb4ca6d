# Class features seen in interview prep: descriptors, __new__, __slots__, class decorators, type().
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price

o = Order(3, 2.5)
print(o.total(), o.qty, type(Order.qty).__name__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
sl = Slotted(1, 2)
print(sl.x, sl.y, hasattr(sl, "__dict__"))
try:
    sl.z = 3
except AttributeError as e:
    print("AttributeError:", e)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) if False else vars(self)
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 30))

# type() with three arguments
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hi from {type(self).__name__}"})
print(Dyn().hello(), Dyn.x, Dyn.__name__, type(Dyn).__name__)

# __init_subclass__ registry
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print(Plugin.registry)

# __class__ and class attributes via instances
class Animal:
    sound = "..."
    def speak(self):
        return f"{self.__class__.__name__} says {self.sound}"
class Cow(Animal):
    sound = "moo"
print(Cow().speak(), Cow().__class__ is Cow, Animal().speak())

# __getattribute__ and __getattr__ interplay
class Tracer:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"missing:{name}"
tr = Tracer()
print(tr.real, tr.magic, tr.other)

# __eq__ and __hash__ for use in sets/dicts
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
store = {Key(1): "one"}
print(store[Key(1)], Key(1) in store, len({Key(1), Key(1), Key(2)}))

# __len__ returning bad values, __bool__ returning non-bool
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

# __index__ lets objects be used as indices
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30][Idx()], "abc"[Idx()], hex(Idx()), range(5)[Idx()])

# __reversed__, __contains__ fallback through __iter__
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
bag = Bag(1, 2, 3)
print(list(reversed(bag)), 2 in bag, 9 in bag)

# Class attribute vs instance attribute for mutable defaults in class body
class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
x, y = Team("x"), Team("y")
x.join("ann")
print(y.members, Team.members)

# classmethod/property on class access, method on class
print(type(Team.join).__name__, type(x.join).__name__, Team.join(x, "bob"), x.members)
