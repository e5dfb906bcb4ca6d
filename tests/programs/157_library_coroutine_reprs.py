# A task's repr names where its coroutine is: for a task made straight from one of asyncio's
# own coroutines (sleep, a queue's get, an event's wait), that is a line of asyncio's source;
# for a coroutine awaiting another, the line of its own `await`, not the innermost one.
import asyncio


async def fetch_page(delay):
    await asyncio.sleep(delay)
    return "page"


async def crawler(delay):
    pages = 0
    page = await fetch_page(delay)
    pages += 1
    return page, pages


def report(task):
    print(repr(task).split(" coro=")[1].split(" wait_for=")[0])


async def main():
    nap = asyncio.create_task(asyncio.sleep(0.5))
    inbox = asyncio.Queue()
    reader = asyncio.create_task(inbox.get())
    ready = asyncio.Event()
    watcher = asyncio.create_task(ready.wait())
    walker = asyncio.create_task(crawler(0.2))
    for task in (nap, reader, watcher, walker):
        report(task)
    await asyncio.sleep(0)
    for task in (nap, reader, watcher, walker):
        report(task)
    reader.cancel()
    ready.set()
    await asyncio.sleep(0.3)
    for task in (nap, reader, watcher, walker):
        print(task.done(), end=" ")
        report(task)
    loop = asyncio.get_running_loop()
    # A callback that fails with a task in its arguments: the report abbreviates the repr.
    loop.call_soon(lambda t: 1 / 0, reader)
    await nap


asyncio.run(main())
