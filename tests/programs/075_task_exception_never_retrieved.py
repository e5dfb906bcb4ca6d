# A fire-and-forget task that fails, and that nobody awaits, cannot report
# its error to anyone: asyncio logs "Task exception was never retrieved"
# on stderr when the task is garbage-collected. The second half keeps a
# reference and checks the outcome in a done callback instead.

import asyncio

background_tasks = set()


async def send_analytics(event):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"analytics server refused {event!r}")


def check_outcome(task):
    background_tasks.discard(task)
    if task.exception() is not None:
        print("callback noticed:", repr(task.exception()))


async def main():
    asyncio.create_task(send_analytics("page_view"))  # reference dropped at once
    await asyncio.sleep(0.5)
    print("main carried on without noticing the failure")

    task = asyncio.create_task(send_analytics("checkout"))
    background_tasks.add(task)
    task.add_done_callback(check_outcome)
    await asyncio.sleep(0.5)
    print("background tasks left:", len(background_tasks))


asyncio.run(main())
