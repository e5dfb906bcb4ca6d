# Part of Looplab's asyncio (see ../mod.rs): the parts of CPython 3.12's asyncio written in
# Python there, rewritten to do their work in the same order, with the same futures and the
# same loop callbacks, so a program takes the same hops through the event loop. Every part
# runs, in the order mod.rs lists, in the one namespace of the `asyncio` module, so a part
# may use what earlier parts and the natives (futures, tasks, the loop) define.
#
# CPython: asyncio/queues.py (its heap helpers follow heapq's, for PriorityQueue).
#
# The hooks _changed(), _held() and _grouped() only report state to Looplab's visualizer;
# they do not affect scheduling, and are called only when _VISUAL is true (the visualizer
# records).

class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() when the queue has no item."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() when the queue has no room."""


QueueEmpty.__module__ = 'asyncio.queues'
QueueFull.__module__ = 'asyncio.queues'


# ----- queues -------------------------------------------------------------------------

def _heappush(heap, item):
    # The item goes at the end, then moves up while smaller than its parent.
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_towards_leaves(heap, 0)
        return smallest
    return last


def _sift_towards_root(heap, start, position):
    item = heap[position]
    while position > start:
        parent_position = (position - 1) >> 1
        parent = heap[parent_position]
        if item < parent:
            heap[position] = parent
            position = parent_position
            continue
        break
    heap[position] = item


def _sift_towards_leaves(heap, position):
    # Move the smaller child up until a leaf is reached, then put the item there and let it
    # rise (the same comparisons as CPython's heapq, so equal items keep its order).
    end = len(heap)
    start = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _sift_towards_root(heap, start, position)


class Queue(_LoopBoundMixin):
    """A FIFO queue for producers and consumers; with maxsize > 0, put() waits for room."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
        if _VISUAL: _created(self)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            if _VISUAL: _changed(self)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                if _VISUAL: _changed(self)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)
        if _VISUAL: _changed(self, item)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            if _VISUAL: _changed(self)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                if _VISUAL: _changed(self)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        if _VISUAL: _changed(self, item)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()
        if _VISUAL: _changed(self)

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A queue that gives the most recent item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


for _cls in (Queue, PriorityQueue, LifoQueue):
    _cls.__module__ = 'asyncio.queues'
