# The Python half of `weakref`: containers that hold their keys or values weakly. Without
# callbacks (not supported yet) they drop an entry whose object is gone when next used.


def _unsupported(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'weakref.{name} is not supported by Looplab yet')
    return refuse


proxy, finalize, WeakMethod = (_unsupported('proxy'), _unsupported('finalize'),
                               _unsupported('WeakMethod'))


class WeakValueDictionary:
    __module__ = 'weakref'

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _live(self):
        for key, r in list(self._data.items()):
            if r() is None:
                del self._data[key]
        return self._data

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = ref(value)

    def __delitem__(self, key):
        del self._live()[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter(list(self._live()))

    def __repr__(self):
        return f'<WeakValueDictionary at {id(self):#x}>'

    def get(self, key, default=None):
        r = self._data.get(key)
        o = None if r is None else r()
        return default if o is None else o

    def keys(self):
        return list(self._live())

    def values(self):
        return [r() for r in self._live().values()]

    def items(self):
        return [(k, r()) for k, r in self._live().items()]

    def pop(self, key, *default):
        r = self._live().pop(key, None)
        if r is None:
            if default:
                return default[0]
            raise KeyError(key)
        return r()

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = o = default
        return o

    def update(self, other=(), /, **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())


class _ById:
    # Entries keyed by id(object) -> (ref, value): dead ones go before each use, so an id
    # reused by a new object finds no stale entry.
    def _live(self):
        for key, (r, _) in list(self._data.items()):
            if r() is None:
                del self._data[key]
        return self._data

    def __contains__(self, item):
        return id(item) in self._live()

    def __len__(self):
        return len(self._live())


class WeakKeyDictionary(_ById):
    __module__ = 'weakref'

    def __init__(self, other=()):
        self._data = {}
        for k, v in dict(other).items():
            self[k] = v

    def __getitem__(self, key):
        return self._live()[id(key)][1]

    def __setitem__(self, key, value):
        self._live()[id(key)] = (ref(key), value)

    def __delitem__(self, key):
        del self._live()[id(key)]

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return f'<WeakKeyDictionary at {id(self):#x}>'

    def get(self, key, default=None):
        return self._live().get(id(key), (None, default))[1]

    def keys(self):
        return [r() for r, _ in self._live().values()]

    def values(self):
        return [v for _, v in self._live().values()]

    def items(self):
        return [(r(), v) for r, v in self._live().values()]

    def pop(self, key, *default):
        entry = self._live().pop(id(key), None)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        return entry[1]


class WeakSet(_ById):
    __module__ = '_weakrefset'

    def __init__(self, data=()):
        self._data = {}
        for item in data:
            self.add(item)

    def add(self, item):
        self._live()[id(item)] = (ref(item), None)

    def discard(self, item):
        self._live().pop(id(item), None)

    def remove(self, item):
        try:
            del self._live()[id(item)]
        except KeyError:
            raise KeyError(item) from None

    def pop(self):
        data = self._live()
        if not data:
            raise KeyError('pop from empty WeakSet')
        return data.pop(next(iter(data)))[0]()

    def clear(self):
        self._data.clear()

    def __iter__(self):
        return iter([r() for r, _ in self._live().values()])

    def __repr__(self):
        return f'{{{", ".join(repr(o) for o in self)}}}'
