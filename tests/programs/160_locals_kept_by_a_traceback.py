# A frame an exception passed lives on while the exception does: when a timeout cancels an
# `await`, the cancellation's traceback holds the awaiting coroutine's frame, and what its
# locals held is freed only once the task's step is over (after the task finished and its
# awaiter was told), not when the coroutine returns.
import asyncio


class Receipt:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        task = asyncio.current_task()
        print("freed", self.label, "inside", task.get_name() if task else "no task")


async def ticker(name):
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(name, "closed")


async def shopper(name):
    receipt = Receipt(name)
    feed = ticker(f"{name} feed")
    print(await feed.__anext__())
    try:
        async with asyncio.timeout(1):
            await asyncio.Event().wait()
    except TimeoutError:
        print(name, "gave up waiting")
    return name


async def patient(name):
    receipt = Receipt(name)
    await asyncio.sleep(1)
    return name


async def main():
    print(await asyncio.gather(shopper("impatient"), patient("patient")))
    print("main resumed")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
