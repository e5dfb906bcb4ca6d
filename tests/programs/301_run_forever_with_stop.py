# A loop driven by run_forever(): callbacks scheduled with call_soon and call_later do the
# work, a heartbeat reschedules itself, and a callback calls loop.stop() when it is over.
import asyncio


def heartbeat(loop, count):
    print(f"t={loop.time():.1f} heartbeat {count}")
    if count < 4:
        loop.call_later(0.5, heartbeat, loop, count + 1)
    else:
        print(f"t={loop.time():.1f} stopping")
        loop.stop()


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"t={asyncio.get_running_loop().time():.1f} worker {name} finished")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_soon(print, "first callback")
loop.call_soon(heartbeat, loop, 0)
loop.create_task(worker("a", 0.7))
loop.create_task(worker("b", 1.2))
print("before run_forever:", loop.is_running())
loop.run_forever()
print("after run_forever:", loop.is_running(), f"t={loop.time():.1f}")
# run_forever again picks up where it stopped: nothing left but a late stop.
loop.call_later(1, loop.stop)
loop.run_forever()
print(f"second stop at t={loop.time():.1f}")
loop.close()
