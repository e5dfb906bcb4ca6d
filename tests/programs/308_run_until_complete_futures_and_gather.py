# run_until_complete() takes any awaitable: a gather of coroutines (made outside the loop,
# on the current loop), a plain future a callback completes, a task, an object with
# __await__ (returning a coroutine's); errors come out of it as the awaitable raised them.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 3:
        raise ValueError(f"job {n} failed")
    return n * n


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        return asyncio.sleep(self.n / 10, "liftoff").__await__()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(job(1), job(2), job(4))))
print(loop.run_until_complete(asyncio.gather(job(2), job(3), return_exceptions=True)))
try:
    loop.run_until_complete(asyncio.gather(job(3), job(5)))
except ValueError as error:
    print("gather raised:", error, f"t={loop.time():.1f}")
future = loop.create_future()
loop.call_later(0.5, future.set_result, "set by a callback")
print(loop.run_until_complete(future))
task = loop.create_task(job(6))
print(loop.run_until_complete(task), task.done())
print(loop.run_until_complete(Countdown(3)))
try:
    loop.run_until_complete(42)
except TypeError as error:
    print("TypeError:", error)
loop.close()
