# The hot methods of asyncio's Queue, Event, Lock and Semaphore called every way a program can
# call them: each way must behave, and fail, exactly as the general call does (Looplab runs the
# common calls of these methods by a quicker path, and the rest by the general one).
import asyncio


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as error:
        print(label, "raised", type(error).__name__, error)


class LoudQueue(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def full(self):
        print("  full asked")
        return super().full()


class PlainQueue(asyncio.Queue):
    pass


class CountingEvent(asyncio.Event):
    def set(self):
        print("  set asked")
        super().set()


class StrictLock(asyncio.Lock):
    def locked(self):
        return "overridden"


class Sem(asyncio.Semaphore):
    pass


async def main():
    queue = asyncio.Queue(maxsize=2)
    attempt("qsize", lambda: queue.qsize())
    attempt("empty", lambda: queue.empty())
    attempt("full", lambda: queue.full())
    attempt("put_nowait", lambda: queue.put_nowait("a"))
    attempt("put_nowait unbound", lambda: asyncio.Queue.put_nowait(queue, "b"))
    attempt("full now", lambda: queue.full())
    attempt("put_nowait full", lambda: queue.put_nowait("c"))
    attempt("put_nowait keyword", lambda: queue.put_nowait(item="c"))
    attempt("put_nowait none", lambda: queue.put_nowait())
    attempt("put_nowait two", lambda: queue.put_nowait(1, 2))
    attempt("qsize arg", lambda: queue.qsize(1))
    attempt("empty arg", lambda: queue.empty(None))
    attempt("full keyword", lambda: queue.full(x=1))
    attempt("get_nowait", lambda: queue.get_nowait())
    attempt("get_nowait unbound", lambda: asyncio.Queue.get_nowait(queue))
    attempt("get_nowait empty", lambda: queue.get_nowait())
    attempt("get_nowait arg", lambda: queue.get_nowait(0))
    attempt("task_done", lambda: queue.task_done())
    attempt("task_done again", lambda: queue.task_done())
    attempt("task_done too many", lambda: queue.task_done())
    attempt("task_done arg", lambda: queue.task_done(1))
    attempt("unbound on a list", lambda: asyncio.Queue.qsize([1, 2]))
    attempt("unbound no self", lambda: asyncio.Queue.full())
    method = queue.put_nowait
    attempt("aliased put", lambda: method(5))
    attempt("after alias", lambda: (queue.qsize(), queue.get_nowait()))

    lifo = asyncio.LifoQueue()
    for n in range(3):
        lifo.put_nowait(n)
    attempt("lifo order", lambda: [lifo.get_nowait() for _ in range(3)])
    heap = asyncio.PriorityQueue()
    for n in (5, 1, 3):
        heap.put_nowait((n, str(n)))
    attempt("priority order", lambda: [heap.get_nowait() for _ in range(3)])

    loud = LoudQueue(maxsize=1)
    attempt("subclass put_nowait", lambda: loud.put_nowait("x"))
    attempt("subclass full", lambda: loud.full())
    attempt("subclass put_nowait full", lambda: loud.put_nowait("y"))
    plain = PlainQueue()
    attempt("plain subclass", lambda: (plain.put_nowait(1), plain.qsize(), plain.get_nowait()))

    waiting = asyncio.Queue()
    getter = asyncio.create_task(waiting.get())
    await asyncio.sleep(0)
    attempt("put wakes getter", lambda: waiting.put_nowait("wake"))
    print("getter got", await getter)

    event = asyncio.Event()
    attempt("is_set", lambda: event.is_set())
    attempt("set", lambda: event.set())
    attempt("is_set now", lambda: event.is_set())
    attempt("clear", lambda: event.clear())
    attempt("set arg", lambda: event.set(True))
    attempt("clear keyword", lambda: event.clear(x=1))
    attempt("is_set unbound", lambda: asyncio.Event.is_set(event))
    counting = CountingEvent()
    attempt("subclass set", lambda: counting.set())
    attempt("subclass is_set", lambda: counting.is_set())

    lock = asyncio.Lock()
    attempt("locked", lambda: lock.locked())
    attempt("release unlocked", lambda: lock.release())
    await lock.acquire()
    attempt("locked held", lambda: lock.locked())
    attempt("release arg", lambda: lock.release(1))
    attempt("release", lambda: lock.release())
    attempt("locked after", lambda: asyncio.Lock.locked(lock))
    attempt("subclass locked", lambda: StrictLock().locked())

    semaphore = asyncio.Semaphore(1)
    attempt("sem locked", lambda: semaphore.locked())
    await semaphore.acquire()
    attempt("sem locked held", lambda: semaphore.locked())
    attempt("sem release", lambda: semaphore.release())
    attempt("sem release again", lambda: semaphore.release())
    attempt("sem value", lambda: semaphore._value)
    attempt("sem release arg", lambda: semaphore.release(2))
    bounded = asyncio.BoundedSemaphore(1)
    attempt("bounded release", lambda: bounded.release())
    sub = Sem(0)
    attempt("subclass sem locked", lambda: sub.locked())
    attempt("subclass sem release", lambda: (sub.release(), sub.locked()))


asyncio.run(main())
