# An async generator held by main() until it returns is freed as main's frame ends: its
# aclose() task is created on the next loop turn, then asyncio.run() cancels it with the
# other tasks left over, so the generator sees CancelledError, not GeneratorExit, at its
# yield. A generator never iterated is not closed at all.
import asyncio


async def numbers(label):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(label, "GeneratorExit")
        raise
    except asyncio.CancelledError:
        print(label, "CancelledError")
        raise
    finally:
        print(label, "finally")


async def main():
    held = numbers("held")
    print("first", await held.__anext__())
    untouched = numbers("untouched")
    print("main done")


asyncio.run(main())
print("after run")
