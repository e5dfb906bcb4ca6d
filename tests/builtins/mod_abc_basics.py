from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Shape()
except TypeError as e: print(e)
try: Sq()
except TypeError as e: print(e)
class Full(Sq):
    def perimeter(self): return 8
    name = "sq"
f = Full(); print(f.area(), f.perimeter(), f.name, isinstance(f, Shape), Shape.__abstractmethods__ == {'area','perimeter','name'}, Full.__abstractmethods__)
class Dk(ABC): pass
Dk.register(int)
print(isinstance(3, Dk), issubclass(int, Dk), isinstance("x", Dk), type(Shape))
class One(ABC):
    @abstractmethod
    def go(self): ...
try: One()
except TypeError as e: print(e)
