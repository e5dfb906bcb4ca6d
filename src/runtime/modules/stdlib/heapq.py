# Looplab's heapq: CPython's algorithms (same sift order, same comparisons).


def _check(heap, f):
    if not isinstance(heap, list):
        raise TypeError(f'{f}() argument {"" if f == "heapify" else "1 "}must be list, not {type(heap).__name__}')


def heappush(heap, item):
    _check(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    out = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return out


def heappushpop(heap, item):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, start, pos, mx=False):
    new = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if (p < new) if mx else (new < p):
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = new


def _siftup(heap, pos, mx=False):
    end, start, new = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not ((heap[right] < heap[child]) if mx else (heap[child] < heap[right])):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = new
    _siftdown(heap, start, pos, mx)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i, True)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0, True)
        return item
    return last


def _heapreplace_max(heap, item):
    out = heap[0]
    heap[0] = item
    _siftup(heap, 0, True)
    return out


def merge(*iterables, key=None, reverse=False):
    # Entries are [key, order, value, iterator]; the order is unique, so the value and the
    # iterator are never compared (as in CPython's two variants).
    h = []
    if reverse:
        hfy, pop, rep, d = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        hfy, pop, rep, d = heapify, heappop, heapreplace, 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * d, value, it])
            break
    hfy(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = s[2] = next(s[3])
                s[0] = value if key is None else key(value)
                rep(h, s)
        except StopIteration:
            pop(h)
    if h:
        yield h[0][2]
        yield from h[0][3]


def nsmallest(n, iterable, key=None):
    return _nbest(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _nbest(n, iterable, key, True)


def _nbest(n, iterable, key, big):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        f = max if big else min
        result = f(it, default=sentinel) if key is None else f(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=big)[:n]
    it = iter(iterable)
    # Decorated with a running order, so equal keys come out first-seen first (as CPython).
    if big:
        hfy, rep, step = heapify, heapreplace, -1
    else:
        hfy, rep, step = _heapify_max, _heapreplace_max, 1
    result = [(e if key is None else key(e), i, e) for i, e in zip(range(0, step * n, step), it)]
    if not result:
        return result
    hfy(result)
    top = result[0][0]
    order = step * n
    for e in it:
        k = e if key is None else key(e)
        if (top < k) if big else (k < top):
            rep(result, (k, order, e))
            top = result[0][0]
            order += step
    result.sort(reverse=big)
    return [e for k, o, e in result]
