# Type parameter syntax (PEP 695): type aliases, generic functions and classes, and the
# annotation scopes their parameters live in.
import typing
from typing import Generic, ParamSpec, TypeAliasType, TypeVar, TypeVarTuple

# --- type aliases ---
type Pair = tuple[int, int]
print(Pair, repr(Pair), Pair.__name__, Pair.__type_params__, Pair.__value__)
print(type(Pair), type(Pair) is TypeAliasType, isinstance(Pair, TypeAliasType))

type ListOf[T] = list[T]
print(ListOf, ListOf.__type_params__, ListOf.__value__, ListOf[int], ListOf[str].__args__)
print(ListOf[int].__origin__ is ListOf)

type Mapping[K, V: (int, str)] = dict[K, V]
print(Mapping.__type_params__, Mapping.__type_params__[1].__constraints__)
print(Mapping[str, int])

try:
    Pair[int]
except TypeError as error:
    print("TypeError:", error)

# The value is evaluated lazily: a name defined later is fine.
type Later = Undefined | None
print("alias made")
try:
    Later.__value__
except NameError as error:
    print("NameError:", error)
Undefined = float
print(Later.__value__)

# Each read evaluates once; the result is kept.
calls = []


def counted():
    calls.append(1)
    return int


type Counted = counted()
print(Counted.__value__, Counted.__value__, len(calls))

# `type` stays a soft keyword.
print(type(3), type("x").__name__)
type = "a plain name"
print(type)
del type
print(type(1.5))


def uses_type(type):
    return type * 2


print(uses_type(21))

# A type alias in a function sees the function's variables.


def make_alias():
    item = str
    type Box = list[item]
    return Box


print(make_alias().__value__)

# --- generic functions ---


def first[T](items: list[T]) -> T:
    return items[0]


print(first([3, 4]), first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(type(T), T.__name__, T.__bound__, T.__constraints__, T.__covariant__,
      T.__contravariant__, T.__infer_variance__)


def bounded[N: int, S: (str, bytes), *Ts, **P](n: N, s: S, *args: Ts) -> N:
    return n


N, S, Ts, P = bounded.__type_params__
print(N, S, Ts, P, repr(N), repr(Ts), repr(P))
print(type(N).__name__, type(Ts).__name__, type(P).__name__)
print(N.__bound__, S.__bound__, S.__constraints__, P.args, P.kwargs)
print(bounded(1, "s", 2, 3), bounded.__name__, bounded.__qualname__)

# Bounds are evaluated when first asked for.


def lazy[B: NotYet]():
    pass


(B,) = lazy.__type_params__
try:
    B.__bound__
except NameError as error:
    print("NameError:", error)
NotYet = bytearray
print(B.__bound__)

# Defaults are evaluated outside the annotation scope; keyword defaults too.


def defaults[T](x: T = 10, *, y: T = 20) -> tuple[T, T]:
    return (x, y)


print(defaults(), defaults(1, y=2), defaults.__defaults__, defaults.__kwdefaults__)
print(defaults.__annotations__)

# Decorators see the finished function.


def show(function):
    print("decorating", function.__name__, function.__type_params__)
    return function


@show
def decorated[X, Y](x: X, y: Y) -> tuple[X, Y]:
    return (x, y)


print(decorated(1, 2))

# The parameters are visible in the body, and in functions nested in it.


def outer[T](value: T):
    def inner() -> T:
        return value
    return T, inner(), inner.__annotations__


print(outer(5))

# The parameters do not leak into the enclosing scope.
try:
    T
except NameError:
    print("T is local to the function's annotation scope")
print(first.__type_params__[0] is not bounded.__type_params__[0])

# Async and generator functions can be generic.


async def agen[T](x: T) -> T:
    return x


def gen[T](*items: T):
    yield from items


coroutine = agen(7)
try:
    coroutine.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
print(list(gen(1, 2, 3)), agen.__type_params__, gen.__type_params__)

# Non-generic functions and classes have no type parameters.


def plain():
    pass


class Plain:
    pass


print(plain.__type_params__, Plain.__type_params__)

# --- generic classes ---


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def kind(self):
        return T


print(Box.__type_params__, Box.__parameters__, Box.__mro__)
print(Box.__orig_bases__, Box.__bases__, Box.get.__annotations__)
print(Box[int], type(Box[int]).__name__, Box[int].__origin__ is Box, Box[int].__args__)
box = Box[int](3)
print(type(box).__name__, box.get(), box.__orig_class__, box.kind() is Box.__type_params__[0])
print(Box("x").get(), isinstance(box, Box), issubclass(Box, Generic))
print(Box[int] == Box[int], Box[int] == Box[str], Box.__qualname__, Box.get.__qualname__)


class Base:
    def hello(self):
        return "hello from Base"


class Pair2[K, V](Base):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair2.__mro__, Pair2.__orig_bases__, Pair2.__bases__, Pair2[str, int])
p = Pair2("a", 1)
print(p.hello(), p.key, p.value)
try:
    Pair2[int]
except TypeError as error:
    print("TypeError:", error)
try:
    Box[int, str]
except TypeError as error:
    print("TypeError:", error)


# Subclassing a parameterised generic class.
class IntBox(Box[int]):
    pass


print(IntBox.__orig_bases__, IntBox.__mro__, IntBox.__type_params__, IntBox.__parameters__)
print(IntBox(4).get())


class Child[T](Box[T]):
    pass


print(Child.__orig_bases__, Child.__mro__, Child.__parameters__, Child[str])


# A generic class with keywords, a decorator and a metaclass-free base list.
def register(cls):
    print("registered", cls.__name__, cls.__type_params__)
    return cls


@register
class Registry[T, *Ts, **P](dict, Base):
    """A documented generic class."""
    size: int = 0


print(Registry.__doc__, Registry.__orig_bases__, Registry.__annotations__)
print(Registry.__mro__)

# Type parameters in bases, and in bounds that use other names.


class Node[T: Base](list[T]):
    pass


print(Node.__orig_bases__, Node.__type_params__[0].__bound__, Node.__mro__)

# Methods see the class's type parameters; generic methods get their own.


class Mapper[T]:
    def apply[R](self, f: "Callable", value: T) -> R:
        return f(value)

    def params(self):
        return T

    @staticmethod
    def both[U](u: U) -> tuple[T, U]:
        return (T, U)


m = Mapper()
print(m.apply(str, 5), Mapper.apply.__type_params__, Mapper.apply.__annotations__)
print(Mapper.apply.__qualname__, m.params(), Mapper.both(1))

# Class-level names are visible in the annotations of generic methods.


class WithAlias:
    Item = int
    type Items = list[Item]

    def method[U](self, x: Item) -> U:
        pass


print(WithAlias.method.__annotations__, WithAlias.Items.__value__)

# --- the classic spelling still works ---
T2 = TypeVar("T2")
U2 = TypeVar("U2", bound=int)
C2 = TypeVar("C2", str, bytes)
V2 = TypeVar("V2", covariant=True)
W2 = TypeVar("W2", contravariant=True)
print(T2, U2, C2, V2, W2, U2.__bound__, C2.__constraints__)
print(ParamSpec("PS"), TypeVarTuple("TS"), T2 | None, int | T2)


class Stack(Generic[T2]):
    pass


print(Stack.__orig_bases__, Stack.__parameters__, Stack[int], Generic[T2])
alias = TypeAliasType("Manual", list[int])
print(alias, alias.__value__, alias.__type_params__)
try:
    Generic[int]
except TypeError as error:
    print("TypeError:", error)
print(typing.Optional[T2], typing.List[T2])

# A TypeVarTuple unpacked in an annotation.


def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args


print(variadic(1, "a"), variadic.__annotations__)
(Ts,) = variadic.__type_params__
print([*Ts])

# Equal subscriptions give the same alias, as typing caches them.
print(Box[int] is Box[int], Box[int] is not Box[str], hash(Box[int]) == hash(Box[int]))

# super() and the __class__ cell pass through annotation scopes.


class Greeter(Base):
    def hello[T](self, suffix: T) -> T:
        return super().hello() + suffix


class GenericGreeter[T](Base):
    def hello(self):
        return "generic " + super().hello()


print(Greeter().hello("!"), GenericGreeter[int]().hello())

# A generic class inside a function sees the function's variables in its bases and body.


def factory(base, label):
    class Made[T](base):
        name = label

        def get(self) -> T:
            return label
    return Made


Made = factory(Base, "made")
print(Made.__qualname__, Made.__mro__, Made.name, Made().get(), Made.get.__annotations__)
print(Made.get.__qualname__, Made.__orig_bases__)

# A recursive type alias.
type Tree = list[Tree] | int
print(Tree.__value__, Tree.__value__.__args__[0].__args__[0] is Tree)

# A type alias in a class body sees the class's names.


class Shapes:
    Side = float
    type Square = tuple[Side, Side]
    type Grid[T] = list[list[T]]


print(Shapes.Square.__value__, Shapes.Grid[Shapes.Side], Shapes.Grid.__value__)

# Aliases combine with | into a types.UnionType, as classes do; subscripted generics refuse
# isinstance checks; an alias's attributes are read-only.
print(Pair | None, None | ListOf, ListOf[int] | None, T | int, Pair.__module__)
print(Box[int].__module__, Generic[T].__module__, T.__module__)
try:
    isinstance(box, Box[int])
except TypeError as error:
    print("TypeError:", error)
try:
    issubclass(IntBox, Box[int])
except TypeError as error:
    print("TypeError:", error)
try:
    Pair.__value__ = int
except AttributeError as error:
    print("AttributeError:", error)
print(isinstance(box, Box), issubclass(IntBox, Box))

# __init_subclass__ is an implicit classmethod, so super() reaches Generic's.


class Tracked[T]:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclassed", cls.__name__, cls.__parameters__)


class TrackedInt(Tracked[int]):
    pass


print(TrackedInt.__orig_bases__, type(Tracked.__dict__["__init_subclass__"]).__name__)
