# Looplab's copy: copy and deepcopy with CPython's dispatch, memo and reconstruction rules.
# Instances are rebuilt as object.__reduce_ex__(4) would: cls.__new__(cls), then the state.


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, str, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), property}
_ATOMIC_NAMES = ('bytes', 'complex', 'slice', 'code', 'ref', 'method_descriptor', 'wrapper_descriptor')


def _atomic(cls):
    return cls in _ATOMIC or cls.__name__ in _ATOMIC_NAMES and cls.__module__ == 'builtins'


def _is_method(x):
    return type(x).__name__ == 'method' and type(x).__module__ == 'builtins'


def copy(x):
    cls = type(x)
    if _atomic(cls) or cls in (tuple, frozenset) or isinstance(x, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if _is_method(x):
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if _atomic(cls) or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A cycle through the tuple may already have made its copy.
        if d in memo:
            return memo[d]
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif _is_method(x):
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def _reconstruct(x, memo):
    # What object.__reduce_ex__(4) would give, then CPython's copy._reconstruct.
    cls = type(x)
    if hasattr(x, '__reduce_ex__'):
        rv = x.__reduce_ex__(4)
    elif hasattr(x, '__reduce__'):
        rv = x.__reduce__()
    elif isinstance(x, BaseException):
        rv = (cls, x.args, getattr(x, '__dict__', None) or None)
    elif cls.__name__ == 'partial' and cls.__module__ == 'functools':
        rv = (_call, (cls, (x.func,) + x.args, x.keywords))
    elif cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    else:
        # Subclasses of tuple pass their items to __new__; of list and dict, their items.
        args = (tuple(x),) if isinstance(x, tuple) else ()
        if hasattr(x, '__getnewargs__'):
            args = x.__getnewargs__()
        rv = (cls.__new__, (cls, *args), _state(x, cls),
              iter(x) if isinstance(x, list) else None,
              iter(x.items()) if isinstance(x, dict) else None)
    if isinstance(rv, str):
        return x
    return _rebuild(x, memo, *rv)


def _call(f, args, kwargs):
    return f(*args, **kwargs)


def _state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for c in cls.__mro__:
        names = c.__dict__.get('__slots__', ())
        for name in (names,) if isinstance(names, str) else names:
            if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                slots[name] = getattr(x, name)
    return (state, slots) if slots else state


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            else:
                slots = None
            if state:
                y.__dict__.update(state)
            if slots:
                for key, value in slots.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
