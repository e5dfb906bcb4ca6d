# Delays that are NaN or in the past. CPython computes `when = time() + delay` and fires a
# timer once `when >= now` is false: a NaN deadline compares false with everything, so a
# NaN timer is due at once, and where it sits among other timers follows heapq's steps.
import asyncio

nan = float("nan")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("sleep(nan) gives", await asyncio.sleep(nan, "at once"), "after", loop.time() - start)
    print("sleep(-1) gives", await asyncio.sleep(-1, "at once"))

    order = []
    loop.call_later(nan, order.append, "call_later(nan)")
    loop.call_later(-5, order.append, "call_later(-5)")
    loop.call_later(0, order.append, "call_later(0)")
    loop.call_at(nan, order.append, "call_at(nan)")
    loop.call_at(loop.time() - 10, order.append, "call_at(past)")
    loop.call_later(0.05, order.append, "call_later(0.05)")
    loop.call_later(nan, order.append, "call_later(nan) again")
    loop.call_soon(order.append, "call_soon")
    await asyncio.sleep(0.1)
    print(order)

    try:
        await asyncio.wait_for(asyncio.sleep(1, "slept"), nan)
    except TimeoutError:
        print("wait_for(nan) timed out at", loop.time() - start)
    try:
        async with asyncio.timeout(nan):
            await asyncio.sleep(1)
        print("timeout(nan) never fired")
    except TimeoutError:
        print("timeout(nan) timed out at", loop.time() - start)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at(the past) timed out at", loop.time() - start)


asyncio.run(main())
