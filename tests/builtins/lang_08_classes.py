# Classes: __init__, class vs instance attributes, inheritance, super(), MRO.
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)

    def describe(self):
        return f"{self.name} ({self.species})"

a = Dog("Rex")
b = Dog("Fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.tricks is b.tricks)
print(a.own_tricks, b.own_tricks)
print(Dog.count, a.count, a.describe())
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
print(sorted(vars(a)), "name" in a.__dict__, "species" in a.__dict__)

class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")
        self.lives = 9
    def kind(self):
        return "cat, a kind of " + super().kind()

c = Cat("Tom")
print(c.speak(), c.kind(), c.lives)
print(isinstance(c, Cat), isinstance(c, Animal), isinstance(c, Dog), isinstance(c, object))
print(issubclass(Cat, Animal), issubclass(Animal, Cat), issubclass(Cat, (Dog, Animal)))
print(type(c).__name__, type(c) is Cat, Cat.__bases__ == (Animal,), Cat.__name__)
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, int))

# Multiple inheritance and MRO
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])

# Cooperative __init__ with **kwargs
class A:
    def __init__(self, **kw):
        print("A init", sorted(kw))
        super().__init__()

class B(A):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)

class C(A):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)

class D(B, C):
    def __init__(self, **kw):
        print("D init")
        super().__init__(**kw)

D(b=1, c=2, extra=3)
print([k.__name__ for k in D.__mro__])

# super() with explicit arguments
class E(Left):
    def hello(self):
        return super(Left, self).hello()
print(E().hello())

# Inconsistent MRO
try:
    class X(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)

# Method resolution: instance attribute shadows method
class Shadow:
    def m(self):
        return "method"
s = Shadow()
s.m = lambda: "instance attr"
print(s.m(), Shadow().m(), Shadow.m(s))

# Bound methods
bm = c.speak
print(bm(), bm.__self__ is c, bm.__func__ is Animal.speak)

# Attribute errors
try:
    c.wings
except AttributeError as e:
    print("AttributeError:", e)
try:
    Cat.wings
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "wings", "no wings"), hasattr(c, "lives"))
setattr(c, "wings", 2)
print(c.wings)
delattr(c, "wings")
print(hasattr(c, "wings"))

# Class attributes modified through class vs instance (immutable)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
x, y = Counter(), Counter()
x.inc(); x.inc()
print(x.n, y.n, Counter.n)

# Class with no __init__ and object() defaults
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__name__, isinstance(e, Empty))
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
