# The Python half of `contextvars`. The VM keeps the current Context (`_current`/`_switch`,
# None until a variable is first set) and gives each task, loop callback and worker thread
# its own, as CPython does: a task runs in a copy of the context it was created in.


class _Missing:
    __module__ = '_contextvars'

    def __repr__(self):
        return '<Token.MISSING>'


class Context:
    __module__ = '_contextvars'
    __hash__ = None

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._entered = True
        previous = _switch(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _switch(previous)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        return self._data[self._key(var)]

    def get(self, var, default=None):
        return self._data.get(self._key(var), default)

    def __contains__(self, var):
        return self._key(var) in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._data == other._data


def copy_context():
    current = _current()
    return Context() if current is None else current.copy()


def _context():
    current = _current()
    if current is None:   # the first set in this thread, task or callback
        current = Context()
        _switch(current)
    return current


class ContextVar:
    __module__ = '_contextvars'
    _NO = _Missing()

    def __init__(self, name, *, default=_NO):
        if type(name) is not str:
            raise TypeError('context variable name must be a str')
        self._name, self._default = name, default

    name = property(lambda self: self._name)

    def __class_getitem__(cls, item):
        return f'_contextvars.ContextVar[{getattr(item, "__name__", item)}]'

    def __repr__(self):
        default = '' if self._default is ContextVar._NO else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'

    def get(self, *default):
        current = _current()
        if current is not None and self in current._data:
            return current._data[self]
        if default:
            return default[0]
        if self._default is not ContextVar._NO:
            return self._default
        raise LookupError(self)

    def set(self, value):
        context = _context()
        old = context._data.get(self, Token.MISSING)
        context._data[self] = value
        return Token(context, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        context = _context()
        if token._context is not context:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is Token.MISSING:
            context._data.pop(self, None)
        else:
            context._data[self] = token._old


class Token:
    __module__ = '_contextvars'
    MISSING = ContextVar._NO

    def __init__(self, context, var, old):
        self._context, self._var, self._old, self._used = context, var, old, False

    var = property(lambda self: self._var)
    old_value = property(lambda self: self._old)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
