# Generator-based coroutines: types.coroutine marks a generator function so that its
# generators can be awaited (asyncio's own sleep(0) is one: a bare yield hands the loop a
# turn); driven by hand they yield and receive values. A plain generator cannot be awaited.
import asyncio
import types

@types.coroutine
def legacy(n):
    received = yield "legacy-yield"
    return received * n

async def uses_legacy():
    return await legacy(2)

c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as stop:
    print(stop.value)

@types.coroutine
def nap():
    yield

async def main():
    for i in range(3):
        await nap()
        print("after nap", i, asyncio.get_running_loop().time())
    print(legacy.__name__, legacy.__qualname__, type(legacy(1)).__name__)


def plain():
    yield


async def wrong():
    try:
        await plain()
    except TypeError as error:
        print("TypeError:", error)
    import inspect
    print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))


asyncio.run(main())
asyncio.run(wrong())
