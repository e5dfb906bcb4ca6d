# A generic result queue (PEP 695 type parameters): workers push Ok/Err results of a
# generic type through an asyncio.Queue; a type alias names the job function's type.
import asyncio
from collections.abc import Awaitable, Callable

type Job[T] = Callable[[int], Awaitable[T]]


class Ok[T]:
    def __init__(self, job_id: int, value: T):
        self.job_id = job_id
        self.value = value

    def __repr__(self):
        return f"Ok({self.job_id}, {self.value!r})"


class Err:
    def __init__(self, job_id: int, error: Exception):
        self.job_id = job_id
        self.error = error

    def __repr__(self):
        return f"Err({self.job_id}, {type(self.error).__name__}: {self.error})"


type Result[T] = Ok[T] | Err


class ResultQueue[T]:
    """A queue of results that remembers how many of each kind went through."""

    def __init__(self, maxsize: int = 0):
        self._queue: asyncio.Queue[Result[T]] = asyncio.Queue(maxsize)
        self.counts = {"ok": 0, "err": 0}

    async def put(self, result: Result[T]) -> None:
        self.counts["ok" if isinstance(result, Ok) else "err"] += 1
        await self._queue.put(result)

    async def get(self) -> Result[T]:
        return await self._queue.get()

    def task_done(self) -> None:
        self._queue.task_done()

    async def join(self) -> None:
        await self._queue.join()


async def run_jobs[T](name: str, job: Job[T], ids: list[int],
                      results: ResultQueue[T]) -> None:
    for job_id in ids:
        try:
            value = await job(job_id)
        except ValueError as error:
            await results.put(Err(job_id, error))
        else:
            await results.put(Ok(job_id, value))
        print(f"{asyncio.get_running_loop().time():.2f} {name} finished job {job_id}")


async def square(n: int) -> int:
    await asyncio.sleep(0.1 * n)
    if n % 4 == 0:
        raise ValueError(f"job {n} refused")
    return n * n


async def collect[T](results: ResultQueue[T], expected: int) -> list[Result[T]]:
    seen: list[Result[T]] = []
    while len(seen) < expected:
        result = await results.get()
        seen.append(result)
        results.task_done()
    return seen


async def main():
    print(Job, Job.__type_params__, Job.__value__)
    print(Result.__value__, Result[int])
    print(ResultQueue.__type_params__, ResultQueue[int], ResultQueue.__mro__)
    print(run_jobs.__type_params__, run_jobs.__annotations__["job"])

    results = ResultQueue[int](maxsize=2)
    print(type(results).__name__, results.__orig_class__)
    ids = [[1, 2, 3], [4, 5], [6, 7, 8]]
    collector = asyncio.create_task(collect(results, sum(len(i) for i in ids)))
    async with asyncio.TaskGroup() as group:
        for index, chunk in enumerate(ids):
            group.create_task(run_jobs(f"worker-{index}", square, chunk, results))
    await results.join()
    seen = await collector
    for result in sorted(seen, key=lambda r: r.job_id):
        print(result)
    print(results.counts)
    total = sum(r.value for r in seen if isinstance(r, Ok))
    print(f"total of squares: {total} at {asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
