# What only a loop callback kept alive is freed as the loop lets go of that callback, before
# the next one runs: a task that finished (and the result it holds) is freed once the
# callback that woke its awaiter is done, outside any task. An async generator that only
# such a task held is then handed to the loop's finalizer, which schedules its aclose().
import asyncio


class Receipt:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        task = asyncio.current_task()
        print("freed", self.label, "inside", task.get_name() if task else "no task")


async def make_receipt(label):
    return Receipt(label)


async def ticker(name):
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(name, "closed")


async def buyer():
    # No name holds the tasks: once awaited, only the callback that wakes buyer keeps them.
    print("got", (await asyncio.create_task(make_receipt("order"))).label)
    print("still in buyer")
    await asyncio.sleep(0)
    print("first", await asyncio.create_task(ticker("feed").__anext__()))
    print("still in buyer")
    await asyncio.sleep(0)
    return "bought"


async def main():
    print(await buyer())
    await asyncio.sleep(0)
    print("main goes on")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
