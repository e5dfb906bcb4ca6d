# `collections.abc`: the ABCs, with CPython's structural `__subclasshook__` checks, the
# builtins registered, and the mixin methods of Mapping, MutableMapping, Sequence & co.
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString", "Buffer"]


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    # abc.ABCMeta consults only the ABC's own hook, so it needs no `cls is X` test.
    def __subclasshook__(C):
        return _check_methods(C, *methods)
    return __subclasshook__


def _abc(name, bases, methods, hooked=None, **body):
    ns = {"__slots__": (), "__module__": "collections.abc"}
    for m in methods:
        def f(self, *args):
            raise NotImplementedError
        f.__name__ = m
        ns[m] = abstractmethod(f)
    ns.update(body)
    if hooked is not None:
        ns["__subclasshook__"] = _hook(*hooked)
    return ABCMeta(name, bases, ns)


def _hash(self):
    return 0


Hashable = _abc("Hashable", (), ["__hash__"], ["__hash__"])
Awaitable = _abc("Awaitable", (), ["__await__"], ["__await__"])
Coroutine = _abc("Coroutine", (Awaitable,), ["send", "throw"], ["__await__", "send", "throw", "close"])
AsyncIterable = _abc("AsyncIterable", (), ["__aiter__"], ["__aiter__"])
AsyncIterator = _abc("AsyncIterator", (AsyncIterable,), ["__anext__"], ["__anext__", "__aiter__"],
                     __aiter__=lambda self: self)
AsyncGenerator = _abc("AsyncGenerator", (AsyncIterator,), ["asend", "athrow"],
                      ["__aiter__", "__anext__", "asend", "athrow", "aclose"])
Iterable = _abc("Iterable", (), ["__iter__"], ["__iter__"])
Iterator = _abc("Iterator", (Iterable,), ["__next__"], ["__iter__", "__next__"],
                __iter__=lambda self: self)
Reversible = _abc("Reversible", (Iterable,), ["__reversed__"], ["__reversed__", "__iter__"])


def _gen_next(self):
    return self.send(None)


def _gen_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError("generator ignored GeneratorExit")


Generator = _abc("Generator", (Iterator,), ["send", "throw"],
                 ["__iter__", "__next__", "send", "throw", "close"],
                 __next__=_gen_next, close=_gen_close)
Sized = _abc("Sized", (), ["__len__"], ["__len__"])
Container = _abc("Container", (), ["__contains__"], ["__contains__"])
Collection = _abc("Collection", (Sized, Iterable, Container), [],
                  ["__len__", "__iter__", "__contains__"])
Callable = _abc("Callable", (), ["__call__"], ["__call__"])
Buffer = _abc("Buffer", (), ["__buffer__"], ["__buffer__"])


class Set(Collection):
    __slots__ = ()
    __module__ = "collections.abc"

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(e in other for e in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(v for v in other if v in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(v in self for v in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([*self, *other])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(v for v in self if v not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    def _hash(self):
        return hash(frozenset(self))


class MutableSet(Set):
    __slots__ = ()
    __module__ = "collections.abc"

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    __slots__ = ()
    __module__ = "collections.abc"
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MappingView(Sized):
    __slots__ = ("_mapping",)
    __module__ = "collections.abc"

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    __slots__ = ()
    __module__ = "collections.abc"

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    __slots__ = ()
    __module__ = "collections.abc"

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    __slots__ = ()
    __module__ = "collections.abc"

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    __slots__ = ()
    __module__ = "collections.abc"


def _types():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    t = type(c)
    c.close()
    return type(gen()), t, type(agen())


_gen, _coro, _agen = _types()
Generator.register(_gen)
Coroutine.register(_coro)
AsyncGenerator.register(_agen)
for _t in (tuple, str, range, list):
    Sequence.register(_t)
MutableSequence.register(list)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
_GenericAlias = type(list[int])


def _alias(cls, item):
    return _GenericAlias(cls, item)


# `Mapping[str, int]` in annotations.
for _t in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
           Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
           Set, MutableSet, Mapping, MappingView, KeysView, ItemsView, ValuesView,
           MutableMapping, Sequence, MutableSequence, ByteString, Buffer):
    _t.__class_getitem__ = classmethod(_alias)
# Builtin callables whose types carry no `__call__` entry in the VM.
for _t in (type(len), type([].append), type(_types), type(MappingView({}).__len__)):
    Callable.register(_t)
del _t, _types
