# A dispatcher that reads messages from a queue and decides what to do with `match`:
# dataclasses by class pattern, dicts by mapping pattern, tuples by sequence pattern.
import asyncio
from dataclasses import dataclass


@dataclass
class Fetch:
    url: str
    timeout: float = 1.0


@dataclass
class Cancel:
    job: str


async def handle(worker, message, jobs):
    match message:
        case Fetch(url, timeout) if timeout < 0.5:
            print(f"{worker}: {url} is urgent")
            await asyncio.sleep(timeout)
        case Fetch(url=url):
            print(f"{worker}: fetching {url}")
            await asyncio.sleep(0.5)
            jobs[url] = asyncio.current_task().get_name()
        case Cancel(job) if job in jobs:
            print(f"{worker}: cancel {job} (done by {jobs.pop(job)})")
        case Cancel(job):
            print(f"{worker}: nothing to cancel for {job}")
        case {"op": "sleep", "seconds": float() | int() as seconds}:
            await asyncio.sleep(seconds)
            print(f"{worker}: slept {seconds}")
        case {"op": op, **rest}:
            print(f"{worker}: unknown op {op!r} with {rest}")
        case ("log", *words):
            print(f"{worker}: log", " ".join(words))
        case None:
            return False
        case other:
            print(f"{worker}: cannot handle {other!r}")
    return True


async def worker(name, queue, jobs):
    while True:
        message = await queue.get()
        try:
            if not await handle(name, message, jobs):
                return
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    jobs = {}
    messages = [
        Fetch("a.example"),
        Fetch("b.example", timeout=0.2),
        {"op": "sleep", "seconds": 0.3},
        ("log", "two", "fetches", "queued"),
        Cancel("a.example"),
        {"op": "reboot", "force": True},
        Cancel("zzz"),
        42,
    ]
    for message in messages:
        queue.put_nowait(message)
    workers = [asyncio.create_task(worker(f"w{i}", queue, jobs), name=f"w{i}") for i in range(2)]
    await queue.join()
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    print("jobs left:", jobs)


asyncio.run(main())
