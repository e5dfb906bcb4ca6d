# `collections`: namedtuple (a tuple subclass made with eval, as CPython's), defaultdict,
# Counter and OrderedDict (dict subclasses; dicts keep insertion order, so OrderedDict only
# adds reordering), deque (the asyncio library's native deque behind a bounded wrapper),
# ChainMap and UserDict/UserList/UserString.
import sys as _sys
import _collections_abc
import operator as _operator
from operator import itemgetter as _itemgetter, eq as _eq
from asyncio import _deque

_iskeyword = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try "
    "while with yield".split()).__contains__
__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


class _tuplegetter:
    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        return self if instance is None else instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {},
                 "__name__": f"namedtuple_{typename}"}
    params = list(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        first = len(field_names) - len(defaults)
        for i, value in enumerate(defaults):
            name = field_names[first + i]
            field_defaults[name] = value
            namespace[f"_d{i}"] = value
            params[first + i] = f"{name}=_d{i}"
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    tuple_new = tuple.__new__
    head = ", ".join(["_cls"] + params)
    __new__ = eval(f"lambda {head}: _tuple_new(_cls, ({arg_list}))", namespace)
    __new__.__name__ = "__new__"
    __new__.__qualname__ = f"{typename}.__new__"

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        "__doc__": f"{typename}({arg_list})", "__slots__": (), "_fields": field_names,
        "_field_defaults": field_defaults, "__new__": __new__, "_make": _make,
        "_replace": _replace, "__repr__": __repr__, "_asdict": _asdict,
        "__getnewargs__": __getnewargs__, "__match_args__": field_names,
        "__module__": "__main__" if module is None else module,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), class_namespace)


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class OrderedDict(dict):
    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({dict.__repr__(self)})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def _combine(self, other, pick):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in [*self, *(e for e in other if e not in self)]:
            count = pick(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            if other[elem] < count:
                self[elem] = other[elem]
        return self._keep_positive()


class deque:
    __slots__ = ("_d", "_maxlen")
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._d = _deque()
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            if not self._maxlen:
                return
            self._d.popleft()
        self._d.append(x)

    def appendleft(self, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            if not self._maxlen:
                return
            self._d.pop()
        self._d.appendleft(x)

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        return self._d.pop()

    def popleft(self):
        return self._d.popleft()

    def clear(self):
        self._d.clear()

    def rotate(self, n=1):
        d = self._d
        if len(d) > 1:
            n %= len(d)
            for _ in range(min(n, len(d) - n)):
                if n * 2 <= len(d):
                    d.appendleft(d.pop())
                else:
                    d.append(d.popleft())

    def count(self, x):
        return sum(1 for v in self._d if v is x or v == x)

    def index(self, x, start=0, stop=_sys.maxsize):
        for i, v in enumerate(list(self._d)[start:stop]):
            if v is x or v == x:
                return i + (start if start >= 0 else max(len(self._d) + start, 0))
        raise ValueError(f"{x!r} is not in deque")

    def remove(self, value):
        self._d.remove(value)

    def _set(self, items):
        self._d.clear()
        for v in items:
            self._d.append(v)

    def reverse(self):
        self._set(list(self._d)[::-1])

    def insert(self, i, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self._d)
        items.insert(i, x)
        self._set(items)

    def copy(self):
        return self.__class__(self._d, self._maxlen)

    __copy__ = copy

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def __iter__(self):
        d = self._d
        n = len(d)
        for x in d:
            if len(d) != n:
                break
            yield x
        if len(d) != n:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        return reversed(list(self._d))

    def __contains__(self, x):
        return x in self._d

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._d[i]

    def __setitem__(self, i, x):
        items = list(self._d)
        if not -len(items) <= i < len(items):
            raise IndexError("deque index out of range")
        items[i] = x
        self._set(items)

    def __delitem__(self, i):
        items = list(self._d)
        if not -len(items) <= i < len(items):
            raise IndexError("deque index out of range")
        del items[i]
        self._set(items)

    def __repr__(self):
        items = list(self._d)
        if self._maxlen is None:
            return f"deque({items!r})"
        return f"deque({items!r}, maxlen={self._maxlen})"

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(list(self._d) * n, self._maxlen)


def _compare(cls, each, strict=None):
    # Counter's comparisons hold for every element; `<`/`>` also need a difference.
    def compare(self, other):
        if not isinstance(other, cls):
            return NotImplemented
        if cls is deque:
            return each(list(self), list(other))
        if strict:
            return self != other and getattr(self, strict)(other)
        return all(each(self[e], other[e]) for c in (self, other) for e in c)
    return compare


for _n, _s in ("eq", None), ("le", None), ("lt", "__le__"), ("ge", None), ("gt", "__ge__"):
    _op = getattr(_operator, _n)
    setattr(Counter, f"__{_n}__", _compare(Counter, _op, _s))
    setattr(deque, f"__{_n}__", _compare(deque, _op))
del _n, _s, _op
_collections_abc.MutableSequence.register(deque)
# `deque[int]`, `Counter[str]` in annotations.
for _c in (defaultdict, OrderedDict, Counter, deque):
    _c.__class_getitem__ = classmethod(_collections_abc._alias)
del _c


class ChainMap(_collections_abc.MutableMapping):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


class UserDict(_collections_abc.MutableMapping):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new


class UserList(_collections_abc.MutableSequence):
    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.__class__(self.data[i]) if isinstance(i, slice) else self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, item):
        self.data.insert(i, item)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)


class UserString(_collections_abc.Sequence):
    def __init__(self, seq):
        self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserString) else other)

    def __hash__(self):
        return hash(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        return self.__class__(self.data + str(other))

    def __getattr__(self, name):
        # str's other methods, with str results wrapped again.
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            result = attr(*args, **kwargs)
            return self.__class__(result) if isinstance(result, str) else result
        return method


def _from_class(typename, ns):
    # typing.NamedTuple's class form: fields from the annotations, defaults from the body.
    types = ns.get("__annotations__", {})
    defaults = []
    for name in types:
        if name in ns:
            defaults.append(name)
        elif defaults:
            s = "s" if len(defaults) > 1 else ""
            raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                            f"field{s} {', '.join(defaults)}")
    cls = namedtuple(typename, list(types), defaults=[ns[n] for n in defaults],
                     module=ns.get("__module__", "__main__"))
    cls.__annotations__ = dict(types)
    for key, value in ns.items():
        if key in ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                   "_field_defaults", "_make", "_replace", "_asdict", "_source"):
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        if key not in ("__module__", "__qualname__", "__annotations__") and key not in types:
            setattr(cls, key, value)
    return cls
