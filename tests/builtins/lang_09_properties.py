# @property with setters/deleters, @classmethod, @staticmethod.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting fahrenheit")
        self._celsius = 0.0

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
del t.fahrenheit
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        """The area."""
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, Circle.area.__doc__)

# property() called directly
class P:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx)
p = P()
p.x = 3
print(p.x)

# classmethod and staticmethod
class Pizza:
    instances = 0
    def __init__(self, toppings):
        self.toppings = list(toppings)
        Pizza.instances += 1

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @classmethod
    def describe_class(cls):
        return cls.__name__

    @staticmethod
    def slices(diameter):
        return diameter // 5

    def __repr__(self):
        return f"{type(self).__name__}({self.toppings!r})"

class BigPizza(Pizza):
    pass

print(Pizza.margherita(), BigPizza.margherita())
print(Pizza.describe_class(), BigPizza.describe_class(), BigPizza().describe_class() if False else "")
print(Pizza.slices(30), Pizza([]).slices(40), Pizza.instances)
print(type(Pizza.__dict__["slices"]).__name__, type(Pizza.__dict__["margherita"]).__name__)

# Alternate constructors with inheritance
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, (s[:4], s[5:6], s[7:]))
        return cls(y, m, d)
    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"

print(Date.from_string("2024-3-7"))

# Properties computed from other properties, inherited and overridden
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "rect"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square, a " + super().name

sq = Square(4)
print(sq.area, sq.name)

# A cached property by hand
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.computed += 1
            self._value = 42
        return self._value

lz = Lazy()
print(lz.value, lz.value, lz.computed)

# __slots__-free attribute validation via __setattr__
class Strict:
    def __setattr__(self, name, value):
        if name[:1] == "_":
            raise AttributeError(f"private: {name}")
        super().__setattr__(name, value)

s = Strict()
s.ok = 1
try:
    s._hidden = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.ok)

# __getattr__ fallback
class Defaults:
    known = "k"
    def __getattr__(self, name):
        return f"<default {name}>"
d = Defaults()
print(d.known, d.anything, getattr(d, "other"))

# staticmethod called via instance, classmethod bound
print(Pizza.margherita.__self__ is Pizza, Pizza.slices is Pizza.__dict__["slices"].__func__)
