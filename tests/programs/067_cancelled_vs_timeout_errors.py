# CancelledError derives from BaseException, not Exception, so a broad
# `except Exception` does not swallow cancellation. TimeoutError is the
# built-in TimeoutError (asyncio.TimeoutError is the same class since 3.11).

import asyncio


async def careful_worker():
    try:
        await asyncio.sleep(10)
    except Exception as err:  # does not catch cancellation
        print("never here", err)
    return "unreachable"


async def swallowing_worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowing_worker ignored the cancellation (a bug!)")
    return "kept running"


async def main():
    print("CancelledError is an Exception?", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError is a BaseException?", issubclass(asyncio.CancelledError, BaseException))
    print("asyncio.TimeoutError is TimeoutError?", asyncio.TimeoutError is TimeoutError)

    task = asyncio.create_task(careful_worker())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("careful_worker cancelled properly:", task.cancelled())

    task = asyncio.create_task(swallowing_worker())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print("swallowing_worker returned", repr(result), "cancelled() =", task.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.2)
    except TimeoutError as err:
        print("wait_for raised", type(err).__name__, "- args:", err.args)

    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except asyncio.TimeoutError as err:
        print("caught via the alias; cause is", type(err.__cause__).__name__)


asyncio.run(main())
