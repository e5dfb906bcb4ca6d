# A callback that is asyncio's own code, not the program's, can raise too: here
# `set_result` on a future that was already cancelled. The loop reports it with the same
# "Exception in callback" block, traceback header included, and goes on.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = loop.create_future()
    order.cancel()
    loop.call_soon(order.set_result, "soon")
    loop.call_later(0.5, order.set_result, "later")
    await asyncio.sleep(1)
    print("main goes on at", loop.time(), "cancelled:", order.cancelled())


asyncio.run(main())
