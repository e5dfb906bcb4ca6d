# A task cancelled before its first step never runs its coroutine's body: CPython throws
# CancelledError in at the very start, outside every `try`, so no handler and no `finally`
# of the coroutine runs. Cancelled after its first step, the handlers do run.
import asyncio


async def worker(name):
    try:
        print(name, "starts")
        await asyncio.sleep(1)
        return name
    except asyncio.CancelledError:
        print(name, "handles its cancellation")
        raise
    finally:
        print(name, "runs its finally")


async def settle(label, awaitable):
    try:
        print(label, "gave", await awaitable)
    except asyncio.CancelledError:
        print(label, "was cancelled")
    except TimeoutError:
        print(label, "timed out")


async def main():
    early = asyncio.create_task(worker("early"))
    early.cancel()
    await settle("early", early)
    print("early.cancelled():", early.cancelled())

    # gather's children are tasks that have not started when the gather is cancelled.
    group = asyncio.gather(worker("first"), worker("second"))
    group.cancel()
    await settle("gather", group)

    late = asyncio.create_task(worker("late"))
    await asyncio.sleep(0)
    late.cancel()
    await settle("late", late)

    # wait_for with no time left cancels the task it made before that task ran.
    await settle("wait_for", asyncio.wait_for(worker("timed"), 0))

    # A TaskGroup whose body fails before its children ran cancels them unstarted.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("grouped"))
            raise ValueError("the body fails")
    except* ValueError as group_error:
        print("TaskGroup raised", repr(group_error.exceptions[0]))

    # An unstarted coroutine's close() and throw() do not run its body either.
    coro = worker("closed")
    coro.close()
    coro = worker("thrown")
    try:
        coro.throw(ValueError("into the start"))
    except ValueError as error:
        print("throw raised", repr(error))


asyncio.run(main())
