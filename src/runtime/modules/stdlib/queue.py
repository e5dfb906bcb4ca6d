# `queue`: CPython's queues for a program whose threads all run on the event loop's one
# thread. A call that would wait with a timeout gives up at once (no other thread can act
# while it waits; CPython waits that long in real time, the virtual clock does not move);
# one that would wait forever raises NotImplementedError instead of hanging.


class Empty(Exception):
    __module__ = 'queue'


class Full(Exception):
    __module__ = 'queue'


def _forever(what):
    return NotImplementedError(f'{what} would wait forever (no other thread can run while it '
                               'waits): use asyncio.Queue in a coroutine instead')


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    __module__ = 'queue'

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item):
        return f'queue.{cls.__name__}[{getattr(item, "__name__", item)}]'

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise _forever('Queue.join() with unfinished tasks')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block and timeout is None:
                raise _forever('put() on a full Queue')
            _check_timeout(timeout if block else None)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if block and timeout is None:
                raise _forever('get() on an empty Queue')
            _check_timeout(timeout if block else None)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = []   # CPython's is a deque

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class LifoQueue(Queue):
    __module__ = 'queue'

    def _get(self):
        return self.queue.pop()


def _sift_down(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


class PriorityQueue(Queue):
    __module__ = 'queue'

    def _put(self, item):   # heapq.heappush
        self.queue.append(item)
        _sift_down(self.queue, len(self.queue) - 1)

    def _get(self):   # heapq.heappop
        heap = self.queue
        last = heap.pop()
        if not heap:
            return last
        top, n, pos = heap[0], len(heap), 0
        child = 1
        while child < n:
            right = child + 1
            if right < n and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos, child = child, 2 * child + 1
        heap[pos] = last
        _sift_down(heap, pos)
        return top


class SimpleQueue:
    __module__ = '_queue'

    def __init__(self):
        self._queue = Queue()

    def __class_getitem__(cls, item):
        return f'queue.SimpleQueue[{getattr(item, "__name__", item)}]'

    def put(self, item, block=True, timeout=None):
        self._queue.put(item)

    def put_nowait(self, item):
        self._queue.put(item)

    def get(self, block=True, timeout=None):
        return self._queue.get(block, timeout)

    def get_nowait(self):
        return self._queue.get(False)

    def empty(self):
        return self._queue.empty()

    def qsize(self):
        return self._queue.qsize()
