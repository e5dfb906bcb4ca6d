# The Python half of Looplab's functools: wraps, update_wrapper, reduce, cache, lru_cache.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            try:
                setattr(wrapper, name, value)
            except (AttributeError, TypeError):
                pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, iterable, *initial):
    items = iter(iterable)
    if initial:
        if len(initial) > 1:
            raise TypeError(f"reduce expected at most 3 arguments, got {2 + len(initial)}")
        value = initial[0]
    else:
        try:
            value = next(items)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for item in items:
        value = function(value, item)
    return value


def _make_key(args, kwargs):
    key = args
    if kwargs:
        key = key + (_MISSING,)
        for pair in kwargs.items():
            key = key + pair
    return key


def lru_cache(maxsize=128, typed=False):
    def decorating(user_function):
        results = {}
        order = []
        counts = [0, 0]

        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs)
            if key in results:
                counts[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return results[key]
            counts[1] += 1
            value = user_function(*args, **kwargs)
            results[key] = value
            if maxsize is not None:
                order.append(key)
                if len(order) > maxsize:
                    del results[order.pop(0)]
            return value

        def cache_clear():
            results.clear()
            order.clear()
            counts[0] = counts[1] = 0

        def cache_info():
            return f"CacheInfo(hits={counts[0]}, misses={counts[1]}, maxsize={maxsize}, currsize={len(results)})"

        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        return update_wrapper(wrapper, user_function)

    if callable(maxsize) and not isinstance(maxsize, int):
        function, maxsize = maxsize, 128
        return decorating(function)
    return decorating


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)
