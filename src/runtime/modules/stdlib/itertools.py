# Looplab's itertools (count and _islice are native, see itertools.rs). Each function checks
# its arguments and calls iter() when CPython's constructor does, then hands the lazy part to
# a generator, so side effects happen in CPython's order.

_N = object()


def _int(n):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return n


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        saved.append(x)
        yield x
    if saved:
        while True:
            yield from saved


class repeat:
    def __init__(self, object, times=None):
        if times is not None:
            times = max(_int(times), 0)
        self._x, self._n = object, times

    def __iter__(self):
        return self

    def __next__(self):
        if self._n is None:
            return self._x
        if self._n <= 0:
            raise StopIteration
        self._n -= 1
        return self._x

    def __length_hint__(self):
        if self._n is None:
            raise TypeError('len() of unsized object')
        return self._n

    def __repr__(self):
        if self._n is None:
            return f'repeat({self._x!r})'
        return f'repeat({self._x!r}, {self._n})'


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def batched(iterable, n):
    if _int(n) < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


def _batched(it, n):
    # As CPython, a short batch does not end it: the next call asks the iterator again.
    while batch := tuple(_islice(it, 0, n, 1)):
        yield batch


def _chain(iterables):
    for i in iterables:
        yield from iter(i)


class chain:
    def __new__(cls, *iterables):
        return _chain(iter(iterables))

    @staticmethod
    def from_iterable(iterable):
        return _chain(iter(iterable))


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(d, s):
    for x in d:
        for t in s:
            if t:
                yield x
            break
        else:
            return


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(p, it):
    for x in it:
        if not p(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(p, it):
    for x in it:
        if not p(x):
            return
        yield x


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


def _filterfalse(f, it):
    for x in it:
        if not (bool(x) if f is None else f(x)):
            yield x


class groupby:
    # Mirrors CPython's C object: one shared iterator, a group dies when the outer moves on.
    def __init__(self, iterable, key=None):
        self._it, self._key = iter(iterable), key
        self._tgt = self._cur = self._val = _N
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        v = next(self._it)
        self._cur = v if self._key is None else self._key(v)
        self._val = v

    def __next__(self):
        self._grouper = None
        while True:
            if self._cur is _N:
                pass
            elif self._tgt is _N or not (self._tgt == self._cur):
                break
            self._step()
        self._tgt = self._cur
        g = self._grouper = _grouper(self, self._tgt)
        return (self._tgt, g)


class _grouper:
    def __init__(self, parent, key):
        self._p, self._k = parent, key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        if p._grouper is not self:
            raise StopIteration
        if p._val is _N:
            p._step()
        if not (self._k == p._cur):
            raise StopIteration
        v, p._val = p._val, _N
        return v


def _index(v, msg):
    if v is None:
        return None
    try:
        if not isinstance(v, int):
            v = v.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if not 0 <= v <= 9223372036854775807:
        raise ValueError(msg)
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError(f'islice expected at {"least 2" if not args else "most 4"} arguments, got {len(args) + 1}')
    start, stop, step = (None, args[0], None) if len(args) == 1 else (args + (None,))[:3]
    stop = _index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    start = _index(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    m = 'Step for islice() must be a positive integer or None.'
    if _index(step, m) == 0:
        raise ValueError(m)
    return _islice(iter(iterable), start or 0, stop, step or 1)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(f, it):
    for args in it:
        yield f(*tuple(args))


class _Tee:
    def __init__(self, it, link):
        self._it, self._link = it, link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2):
    if _int(n) < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _Tee):
        first = it.__copy__()
    else:
        first = _Tee(it, [None, None])
    return tuple([first] + [first.__copy__() for _ in range(n - 1)]) if n else ()


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(i) for i in iterables], fillvalue)


def _zip_longest(its, fill):
    active = len(its)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(its):
            if it is None:
                row.append(fill)
                continue
            for v in it:
                row.append(v)
                break
            else:
                active -= 1
                if not active:
                    return
                its[i] = None
                row.append(fill)
        yield tuple(row)


def _repeat_arg(repeat):
    if _int(repeat) < 0:
        raise ValueError('repeat argument cannot be negative')
    return repeat


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * _repeat_arg(repeat)
    return _product(pools)


def _product(pools):
    for p in pools:
        if not p:
            return
    if not pools:
        yield ()
        return
    # An odometer over all pools but the last, which the inner loop runs through.
    *heads, last = pools
    n = len(heads)
    idx = [0] * n
    while True:
        prefix = tuple([heads[i][idx[i]] for i in range(n)])
        for y in last:
            yield prefix + (y,)
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(heads[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def _r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError(f"Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, _r(r, len(pool)))


def _permutations(pool, r):
    # Lexicographic in the indices, as CPython: each (r-1)-prefix, then the unused indices.
    n = len(pool)
    if r > n:
        return
    if not r:
        yield ()
        return
    for idx, head in _prefixes(pool, n, r - 1):
        for j in range(n):
            if j not in idx:
                yield head + (pool[j],)


def _prefixes(pool, n, r):
    if not r:
        yield (), ()
        return
    for idx, head in _prefixes(pool, n, r - 1):
        for j in range(n):
            if j not in idx:
                yield idx + (j,), head + (pool[j],)


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r(_int(r), 0), False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r(_int(r), 0), True)


def _combinations(pool, r, rep):
    n = len(pool)
    if (not rep and r > n) or (rep and not n and r):
        return
    if not r:
        yield ()
        return
    # CPython's index walk over the first r-1 indices; the inner loop runs the last one.
    indices = [0] * r if rep else list(range(r))
    while True:
        head = tuple([pool[i] for i in indices[:-1]])
        for j in range(indices[-1], n):
            yield head + (pool[j],)
        for i in reversed(range(r - 1)):
            if indices[i] != (n - 1 if rep else i + n - r):
                break
        else:
            return
        if rep:
            indices[i:] = [indices[i] + 1] * (r - i)
        else:
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
