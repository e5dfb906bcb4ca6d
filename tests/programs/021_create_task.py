# asyncio.create_task schedules a coroutine to run in the background and
# returns a Task at once. The task only starts when the creator yields to
# the event loop, so "main keeps working" prints before the tasks start.

import asyncio


async def fetch(url, seconds):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} start {url}")
    await asyncio.sleep(seconds)
    print(f"{loop.time():.1f} finished {url}")
    return f"data from {url}"


async def main():
    loop = asyncio.get_running_loop()
    task1 = asyncio.create_task(fetch("https://api.example.com/a", 1.5))
    task2 = asyncio.create_task(fetch("https://api.example.com/b", 0.5))
    print(f"{loop.time():.1f} main keeps working; tasks done?", task1.done(), task2.done())

    await asyncio.sleep(1)  # other useful work while both downloads run
    print(f"{loop.time():.1f} main back; tasks done?", task1.done(), task2.done())

    result1 = await task1
    result2 = await task2  # already finished: returns immediately
    print(f"{loop.time():.1f}", result1, "|", result2)


asyncio.run(main())
