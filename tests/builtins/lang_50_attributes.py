# Attribute machinery: __dict__, vars(), descriptors, __getattr__/__getattribute__/__delattr__.
class Record:
    def __init__(self, **fields):
        for name in fields:
            self.__dict__[name] = fields[name]

r = Record(a=1, b="two")
print(r.a, r.b, vars(r), r.__dict__ is vars(r))
d = r.__dict__
r.c = 3
print(d, "c" in d)
vars(r)["d"] = 4
print(r.d)
del r.__dict__["a"]
print(hasattr(r, "a"), sorted(vars(r)))

class Lazy:
    """A non-data descriptor that caches its value on the instance."""
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    def __init__(self):
        self.computations = 0
    @Lazy
    def summary(self):
        self.computations += 1
        return "expensive summary"

rep = Report()
print(rep.summary, rep.summary, rep.computations, type(Report.summary).__name__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
        print(f"Typed field {name!r} on {owner.__name__}")
    def __get__(self, obj, cls):
        return self if obj is None else getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ada", 36)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return lambda *args: self.fn(obj, *args)

class Greeter:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(Greeter().hello("you"))

class Audited:
    def __init__(self):
        self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def ping(self):
        return "pong"

au = Audited()
au.x = 5
print(au.ping(), au.x)
del au.x
print(au.log)

class Fallback:
    @property
    def broken(self):
        raise AttributeError("broken inside property")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().broken, Fallback().missing)

class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))

class Slots:
    __slots__ = ("x",)
s = Slots()
s.x = 1
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, hasattr(s, "__dict__"))

o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Person.__dict__).__name__)
