# Dataclasses for the jobs of an async worker pool: an ordered job type in a
# PriorityQueue (with a field left out of comparisons), a frozen settings object,
# default factories, __post_init__ checks, asdict for a JSON report, replace for a retry,
# and the errors dataclasses raise for wrong arguments and frozen writes.
import asyncio
import json
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass(frozen=True)
class Settings:
    workers: int = 2
    retry_delay: float = 0.5
    tags: tuple = ("batch",)


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False, repr=False)
    history: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        if self.priority < 0:
            raise ValueError(f"priority must be >= 0, got {self.priority}")


@dataclass
class Result:
    job: str
    ok: bool
    finished_at: float


async def worker(wid, queue, results, settings):
    while True:
        job = await queue.get()
        job.history.append(f"w{wid}")
        await asyncio.sleep(0.2 * job.priority)
        loop = asyncio.get_running_loop()
        if job.name == "flaky" and job.attempts == 0:
            print(f"w{wid} {job.name} failed, retrying")
            await asyncio.sleep(settings.retry_delay)
            queue.put_nowait(replace(job, attempts=job.attempts + 1))
        else:
            results.append(Result(job.name, True, round(loop.time(), 2)))
        queue.task_done()


async def main():
    settings = Settings()
    print(settings, Settings(workers=4) == Settings(4), hash(settings) == hash(Settings()))
    try:
        settings.workers = 8
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    queue = asyncio.PriorityQueue()
    for job in [Job(3, "report"), Job(1, "email"), Job(2, "flaky"), Job(1, "backup")]:
        queue.put_nowait(job)
    print(sorted([Job(2, "b"), Job(1, "a"), Job(3, "c")]))
    print(Job(1, "x") == Job(1, "y"), Job(1, "x") < Job(2, "x"))
    results = []
    tasks = [asyncio.create_task(worker(i, queue, results, settings)) for i in range(settings.workers)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for result in results:
        print(result)
    print(json.dumps([asdict(r) for r in results]))
    print(astuple(results[0]), [f.name for f in fields(Job)])
    for args in [(), (-1, "neg"), (1, "a", 0, [], "extra")]:
        try:
            Job(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
