# Low-level scheduling on the event loop: call_soon runs a callback on the
# next loop turn (FIFO), call_later after a delay, call_at at an absolute
# loop.time(). Each returns a handle that can be cancelled.

import asyncio
import functools


def log(message, *, loop):
    print(f"t={loop.time():.2f} {message}")


async def main():
    loop = asyncio.get_running_loop()
    say = functools.partial(log, loop=loop)
    print("loop.time() at start:", loop.time())

    loop.call_soon(say, "call_soon #1")
    loop.call_soon(say, "call_soon #2")
    loop.call_later(0.5, say, "call_later 0.5")
    loop.call_later(0.2, say, "call_later 0.2")
    loop.call_at(loop.time() + 0.3, say, "call_at now+0.3")
    cancelled = loop.call_later(0.4, say, "never printed")
    later = loop.call_later(1.0, say, "call_later 1.0")
    print("scheduled; handle deadline:", later.when(), "| cancelled?", cancelled.cancelled())
    cancelled.cancel()
    print("after cancel():", cancelled.cancelled())

    print("main sleeps 0 - callbacks queued earlier run first")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(1.0)
    print(f"main resumed at t={loop.time():.2f}")

    def countdown(n):
        say(f"countdown {n}")
        if n > 1:
            loop.call_later(0.25, countdown, n - 1)
        else:
            finished.set_result("lift-off")

    finished = loop.create_future()
    loop.call_soon(countdown, 3)
    print(await finished)


asyncio.run(main())
