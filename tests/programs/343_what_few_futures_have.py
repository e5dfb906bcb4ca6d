# What few futures have: attributes a program sets on a future or a task, a cancel message,
# an exception re-raised by each result() with its traceback, and a coroutine driven by hand
# whose await stops it part way. Looplab keeps these apart from the rest of a future.
import asyncio
import traceback


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("broken on purpose")


async def waits_long():
    await asyncio.sleep(10)


class Step:
    def __await__(self):
        got = yield "paused inside"
        return got


async def driven():
    first = await Step()
    second = await Step()
    return first + second


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("has note:", hasattr(fut, "note"))
    fut.note = "set by the program"
    print("note:", fut.note, getattr(fut, "other", "no other"))
    del fut.note
    try:
        fut.note
    except AttributeError as error:
        print("after del:", error)
    fut.set_result(42)
    print("result:", fut.result())

    task = asyncio.create_task(fails(), name="failing")
    task.owner = "main"
    try:
        await task
    except ValueError as error:
        print("awaited:", error, "| owner:", task.owner)
    for attempt in range(2):
        try:
            task.result()
        except ValueError as error:
            frames = traceback.extract_tb(error.__traceback__)
            print("result() again:", attempt, error, [frame.name for frame in frames])

    sleeper = asyncio.create_task(waits_long())
    await asyncio.sleep(0)
    sleeper.cancel("stop now")
    try:
        await sleeper
    except asyncio.CancelledError as error:
        print("cancelled with:", error.args)
    try:
        sleeper.result()
    except asyncio.CancelledError as error:
        print("result() of the cancelled task:", error.args)

    plain = loop.create_future()
    plain.cancel("no longer needed")
    try:
        plain.result()
    except asyncio.CancelledError as error:
        print("plain future:", error.args)
    quiet = loop.create_future()
    quiet.cancel()
    try:
        await quiet
    except asyncio.CancelledError as error:
        print("no message:", error.args)

    coro = driven()
    print("send:", coro.send(None))
    print("send:", coro.send(10))
    try:
        coro.send(5)
    except StopIteration as stop:
        print("returned:", stop.value)


asyncio.run(main())
