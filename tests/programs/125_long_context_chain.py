# An exception raised while 150 others are being handled, one inside the other, keeps the
# whole chain as its __context__ (no cap), and its traceback shows every link.
import asyncio


def handle(level):
    try:
        raise ValueError(f"level {level}")
    except ValueError:
        if level < 150:
            handle(level + 1)
        else:
            raise KeyError("innermost")


def chain_length(error):
    length = 0
    while error is not None:
        length += 1
        error = error.__context__
    return length


async def worker():
    await asyncio.sleep(1)
    handle(0)


async def main():
    try:
        await asyncio.create_task(worker(), name="worker")
    except KeyError as error:
        print("chain of", chain_length(error))
        print("last link:", repr(error.__context__), "first link:", end=" ")
        while error.__context__ is not None:
            error = error.__context__
        print(repr(error))
    await worker()


asyncio.run(main())
