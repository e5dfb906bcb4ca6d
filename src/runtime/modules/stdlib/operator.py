# Looplab's operator: the operators as functions, and itemgetter/attrgetter/methodcaller.


_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def call(obj, /, *args, **kwargs): return obj(*args, **kwargs)


def index(a):
    if isinstance(a, int):
        return a
    try:
        f = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return f(a)


def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def _iter(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b):
    return sum(1 for x in _iter(a) if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(_iter(a)):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        t = type(obj)
        if t.__module__ == 'builtins' and t.__name__.endswith('iterator'):
            raise NotImplementedError(f'operator.length_hint() of a {t.__name__} is not supported by Looplab yet') from None
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f'__length_hint__ must be integer, not {type(val).__name__}')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


class itemgetter:
    __slots__ = ('_items', '_call')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        item = items[0]
        if len(items) > 1:
            self._call = lambda obj: tuple([obj[i] for i in self._items])
        else:
            self._call = lambda obj: obj[item]

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class attrgetter:
    __slots__ = ('_attrs', '_call')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        self._attrs = attrs
        getters = []
        for a in self._attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
            getters.append(_dotted(a.split('.')))
        if len(attrs) > 1:
            self._call = lambda obj: tuple([g(obj) for g in getters])
        else:
            self._call = getters[0]

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


def _dotted(names):
    def get(obj):
        for name in names:
            obj = getattr(obj, name)
        return obj
    return get


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)] + [repr(a) for a in self._args]
        parts += [f'{k}={v!r}' for k, v in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(parts)})"
