# Async generators left open are closed as CPython's asyncio closes them: when one is freed,
# the loop's finalizer hook schedules a new task running its aclose(); those still alive when
# main() returns are closed by loop.shutdown_asyncgens() in asyncio.run().
import asyncio


async def ticker(name, count):
    try:
        for i in range(count):
            yield i
            await asyncio.sleep(0.1)
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally at", asyncio.get_running_loop().time())


async def slow_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("slow cleanup starts")
        await asyncio.sleep(0.5)
        print("slow cleanup ends")


streams = []


async def main():
    async for x in ticker("broken", 10):
        print("got", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")
    async for item in slow_cleanup():
        print("item", item)
        break
    await asyncio.sleep(1)
    kept = ticker("global", 5)
    streams.append(kept)
    print("first of kept", await anext(kept))
    print("main done")


asyncio.run(main())
print("after run")
