# Looplab's heapq: CPython's algorithms (same sift order, same comparisons).


def _check(heap, f):
    if not isinstance(heap, list):
        raise TypeError(f'{f}() argument 1 must be list, not {type(heap).__name__}')


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


def _siftdown(heap, start, pos):
    new = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if new < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = new


def _siftup(heap, pos):
    end, start, new = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = new
    _siftdown(heap, start, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item):
    out = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return out


def _siftdown_max(heap, start, pos):
    new = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < new:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = new


def _siftup_max(heap, pos):
    end, start, new = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = new
    _siftdown_max(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    h = []
    if reverse:
        _hfy, _pop, _rep, d = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _hfy, _pop, _rep, d = heapify, heappop, heapreplace, 1
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                h.append([next(it), order * d, it])
            except StopIteration:
                pass
        _hfy(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, nxt = s = h[0]
                    yield value
                    s[0] = next(nxt)
                    _rep(h, s)
            except StopIteration:
                _pop(h)
        if h:
            value, order, nxt = h[0]
            yield value
            yield from nxt
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
            h.append([key(value), order * d, value, it])
        except StopIteration:
            pass
    _hfy(h)
    while len(h) > 1:
        try:
            while True:
                k, order, value, nxt = s = h[0]
                yield value
                value = next(nxt)
                s[0] = key(value)
                s[2] = value
                _rep(h, s)
        except StopIteration:
            _pop(h)
    if h:
        k, order, value, nxt = h[0]
        yield value
        yield from nxt


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
    # Decorate with a running order so equal keys keep their first-seen order (as CPython).
    if big:
        hfy, rep, order, step, better = heapify, heapreplace, 0, -1, lambda a, b: a < b
    else:
        hfy, rep, order, step, better = _heapify_max, _heapreplace_max, 0, 1, lambda a, b: b < a
    if key is None:
        result = [(e, i) for i, e in zip(range(0, step * n, step), it)]
        if not result:
            return result
        hfy(result)
        top = result[0][0]
        order = step * n
        for e in it:
            if better(top, e):
                rep(result, (e, order))
                top, _o = result[0]
                order += step
        result.sort(reverse=big)
        return [e for e, o in result]
    result = [(key(e), i, e) for i, e in zip(range(0, step * n, step), it)]
    if not result:
        return result
    hfy(result)
    top = result[0][0]
    order = step * n
    for e in it:
        k = key(e)
        if better(top, k):
            rep(result, (k, order, e))
            top, _o, _e = result[0]
            order += step
    result.sort(reverse=big)
    return [e for k, o, e in result]
