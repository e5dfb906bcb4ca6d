# Calling a class: __init__ runs with the new instance and the call gives the instance; what
# __init__ returns, raises or yields, and a __init__ replaced later, as CPython reports them.
import traceback

class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

class Bad:
    def __init__(self):
        return 5

class Gen:
    def __init__(self):
        yield 1

class Fails:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"too big: {n}")
        self.n = n

class Child(Point):
    pass

class Counted:
    made = 0
    def __init__(self):
        Counted.made += 1

print(Point(1).x, Point(2, y=3).y, Child(4).x)
for cls, args in [(Bad, ()), (Gen, ()), (Fails, (5,)), (Point, ()), (Point, (1, 2, 3))]:
    try:
        cls(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Fails(9)
except ValueError:
    traceback.print_exc()
def later():
    Point.__init__ = lambda self, x: setattr(self, 'z', x)
later()
p = Point(7)
print(vars(p))
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
WithNew(1)
class Slotted:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
print(Slotted(3).a)
for _ in range(3):
    Counted()
print(Counted.made)
try:
    try:
        raise KeyError("k")
    except KeyError:
        Bad()
except TypeError as e:
    print(repr(e.__context__))
import sys
def deep(n):
    return Point(deep(n - 1)) if n else 0
sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print("recursion", e)
Fails(3)
