# The awaitables of an async generator's __anext__(), asend(), athrow() and aclose() have
# send(), throw(), close() and __await__(): asyncio counts them as coroutines, so they can
# run as tasks, be gathered, and be given to wait_for or asyncio.run.
#
# Each generator takes its first step before asyncio.run starts its loop, so the loop never
# adopts it: asyncio.run's shutdown then has none of them to close (which of them it would
# close depends on when CPython's cycle collector last ran).
import asyncio


async def ticker(count):
    number = 0
    while number < count:
        try:
            await asyncio.sleep(0.5)
            yield number
            number += 1
            continue
        except KeyError as error:
            said = f"recovered from {error}"
        except asyncio.CancelledError:
            said = "cancelled at its yield"
        yield said
    print("ticker is done")


async def returns_when_closed():
    try:
        yield "open"
    except GeneratorExit:
        print("returns_when_closed returns on GeneratorExit")
        return


async def closed_as_a_task(closer, first_step):
    print("first step:", await first_step)
    closing = closer.aclose()
    print("create_task(aclose()):", await asyncio.create_task(closing))
    try:
        await closing
    except RuntimeError as error:
        print("awaited again:", error)


async def steps_as_tasks(ticks, first_step):
    print("iscoroutine(__anext__()):", asyncio.iscoroutine(first_step))
    print("create_task(__anext__()):", await asyncio.create_task(first_step, name="first"))
    print("ensure_future(anext()):", await asyncio.ensure_future(anext(ticks)))
    print("create_task(asend(None)):", await asyncio.create_task(ticks.asend(None)))
    try:
        await asyncio.create_task(anext(ticks))
    except StopAsyncIteration:
        print("create_task(anext()) of an exhausted generator: StopAsyncIteration")
    print("create_task(aclose()):", await asyncio.create_task(ticks.aclose()))


async def steps_in_combinators(ticks, first_step):
    print("gather:", await asyncio.gather(first_step, asyncio.sleep(0.1, "slept")))
    print("wait_for:", await asyncio.wait_for(ticks.__anext__(), 1))
    await ticks.aclose()


async def throws_into_the_generator(ticks, first_step):
    await first_step
    print("create_task(athrow()):", await asyncio.create_task(ticks.athrow(KeyError("k"))))
    print("then anext():", await anext(ticks))
    # Cancelled before its first step, the task throws CancelledError into the generator,
    # which is paused at its yield: the generator's handler runs, and the task gets what it
    # yields (its cancellation was used up by that throw).
    early = asyncio.create_task(ticks.__anext__())
    early.cancel()
    print("cancelled early:", await early, "| cancelled():", early.cancelled())
    await ticks.aclose()


def started(generator):
    return generator, generator.__anext__()


async def run_all(prepared):
    for scenario, (ticks, first_step) in prepared:
        await scenario(ticks, first_step)


asyncio.run(run_all([
    (steps_as_tasks, started(ticker(3))),
    (steps_in_combinators, started(ticker(5))),
    (throws_into_the_generator, started(ticker(3))),
    (closed_as_a_task, started(returns_when_closed())),
]))
print("asyncio.run(__anext__()):", asyncio.run(ticker(1).__anext__()))
