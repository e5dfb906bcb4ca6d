# Cancelling a task raises CancelledError at the await where it is
# suspended, so `finally` blocks can release resources. A task cancelled
# before it ever ran never executes its body. The cancel message is kept.

import asyncio


async def long_download(name):
    print(f"{name}: opening connection")
    try:
        for chunk in range(1, 100):
            await asyncio.sleep(0.4)
            print(f"{name}: got chunk {chunk}")
    except asyncio.CancelledError as err:
        print(f"{name}: cancelled with args {err.args}, cleaning up")
        raise  # always re-raise so the task is really marked cancelled
    finally:
        print(f"{name}: connection closed")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(long_download("movie.mkv"))
    await asyncio.sleep(1.0)
    print(f"t={loop.time():.1f} requesting cancellation:", task.cancel("user pressed stop"))
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled?", task.cancelled(), "done?", task.done())

    never_started = asyncio.create_task(long_download("never.bin"))
    never_started.cancel()
    try:
        await never_started
    except asyncio.CancelledError:
        print("the second task's body never ran; cancelled?", never_started.cancelled())

    finished = asyncio.create_task(asyncio.sleep(0.1, result="quick"))
    await finished
    print("cancel() on a finished task returns", finished.cancel(), "- result", finished.result())


asyncio.run(main())
