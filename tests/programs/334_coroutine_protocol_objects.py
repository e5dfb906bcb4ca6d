# Objects that are coroutines by their methods (send, throw, close, __await__: what
# collections.abc.Coroutine asks for), run by tasks as native coroutines are: stepped with
# send(None), cancelled with throw(CancelledError), their StopIteration's value the result.
import asyncio
from collections.abc import Coroutine


class Traced(Coroutine):
    """Wraps a coroutine and counts the steps a task makes it take."""

    def __init__(self, coro, label):
        self._coro = coro
        self.label = label
        self.steps = 0

    def send(self, value):
        self.steps += 1
        return self._coro.send(value)

    def throw(self, *exc):
        print(f"{self.label}: thrown {type(exc[0]).__name__ if not isinstance(exc[0], type) else exc[0].__name__}")
        return self._coro.throw(*exc)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return n * 10


async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("forever: cleaning up")
        raise


async def main():
    traced = Traced(work(3), "work")
    task = asyncio.create_task(traced, name="traced-work")
    print(asyncio.iscoroutine(traced), task.get_name())
    print("result:", await task, "steps:", traced.steps)
    stuck = asyncio.create_task(Traced(forever(), "forever"))
    await asyncio.sleep(0.25)
    stuck.cancel()
    try:
        await stuck
    except asyncio.CancelledError:
        print("cancelled:", stuck.cancelled())
    values = await asyncio.gather(Traced(work(1), "a"), Traced(work(2), "b"))
    print(values)


asyncio.run(Traced(main(), "main"))
