# get_event_loop() in each place a program calls it: inside a coroutine (the running
# loop), at the top before any loop (a new one, with 3.12's DeprecationWarning), again (the
# same one, no warning), after the loop was closed (still the current one), and in a worker
# thread (none there).
import asyncio


async def inside():
    loop = asyncio.get_event_loop()
    return loop is asyncio.get_running_loop()


def in_worker_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as error:
        return f"worker: {error}"


async def with_thread():
    return await asyncio.to_thread(in_worker_thread)


first = asyncio.get_event_loop()
second = asyncio.get_event_loop()
print("same loop twice:", first is second)
print("inside a coroutine:", first.run_until_complete(inside()))
first.close()
print("after close, still current:", asyncio.get_event_loop() is first)
print(asyncio.run(with_thread()))
