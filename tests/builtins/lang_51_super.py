# super() in methods, classmethods, comprehensions, properties and diamond hierarchies.
class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"shape {self.name}"
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @property
    def label(self):
        return self.name

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def describe(self):
        return super().describe() + f" r={self.r}"
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.created_by = cls.__name__
        return obj
    @property
    def label(self):
        return super().label.upper() if False else "<" + super().label + ">"
    def many(self):
        return [super().describe() for _ in range(2)]
    def gen(self):
        yield super().describe()

c = Circle.create(2)
print(c.describe(), c.created_by, c.label, c.many(), list(c.gen()))

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who())

class Base:
    def __init__(self):
        self.calls = ["Base"]
class Mixin:
    def __init__(self):
        super().__init__()
        self.calls.append("Mixin")
class Final(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.calls.append("Final")
print(Final().calls)

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
class Loud(Counter):
    def __iadd__(self, k):
        print("adding", k)
        return super().__iadd__(k)
lc = Loud()
lc += 3
print(lc.n)

class ReprBase:
    def __repr__(self):
        return f"{type(self).__name__}()"
class ReprChild(ReprBase):
    def __repr__(self):
        return "child of " + super().__repr__()
print(ReprChild(), [ReprChild()])

class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return "E: " + super().__str__()
print(str(E(7)), E(7).args)

class Static:
    @staticmethod
    def helper():
        return "static"
class StaticChild(Static):
    @classmethod
    def use(cls):
        return super().helper() + " via " + cls.__name__
print(StaticChild.use())

try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
