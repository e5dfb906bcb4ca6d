# A caught exception's traceback keeps the frames it left, and their locals, alive until
# its handler ends: a coroutine held only by such a frame is freed then, and the "never
# awaited" warning names the line the handler ends on (CPython's clean-up of a handler has
# no line of its own; it takes the line of what ran before it). So does a coroutine passed
# to asyncio.run inside a running loop: asyncio.run's frame holds it.
import asyncio


def fail(coro):
    raise RuntimeError("no")


async def work():
    pass


try:
    fail(work())
except RuntimeError as e:
    print("caught", e)
    print("still in the handler")
print("after the module's handler")


def loop_ends_handler():
    try:
        fail(work())
    except RuntimeError as e:
        for i in range(2):
            print("in the handler's loop", i)
    print("after the loop")


def bare_handler():
    try:
        fail(work())
    except RuntimeError:
        pass
    print("after the bare handler")


def second_handler():
    try:
        fail(work())
    except ValueError:
        print("not this one")
    except RuntimeError as e:
        message = str(e)
    finally:
        print("finally")
    print("after the second handler")


def finally_ends_handler():
    done = []
    try:
        fail(work())
    except RuntimeError:
        try:
            done.append("inner try")
        finally:
            print("inner finally after", done)


# Two ways into the clean-up (the `if` skipped or not): CPython gives it no line at all.
def if_ends_handler(flag):
    try:
        fail(work())
    except RuntimeError as e:
        if flag:
            print("flag set")
    print("after the if")


loop_ends_handler()
bare_handler()
second_handler()
finally_ends_handler()
if_ends_handler(True)


async def main():
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print("caught", e)
        print("still in main's handler")
    print("after main's handler")


asyncio.run(main())
