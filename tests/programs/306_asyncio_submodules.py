# What older code imports from asyncio's submodules, and the helpers it checks with.
import asyncio
import asyncio.tasks
from asyncio import events, exceptions, futures
from asyncio.exceptions import CancelledError, TimeoutError as AsyncTimeout


async def handler(request):
    await asyncio.sleep(0)
    return request.upper()


class Service:
    async def call(self):
        return 1

    def describe(self):
        return "service"


print(asyncio.iscoroutinefunction(handler), asyncio.iscoroutinefunction(print))
print(asyncio.iscoroutinefunction(Service().call), asyncio.iscoroutinefunction(Service.describe))
coro = handler("x")
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(handler))
coro.close()
print(AsyncTimeout is TimeoutError, CancelledError is asyncio.CancelledError)
print(exceptions.InvalidStateError is asyncio.InvalidStateError)
print(asyncio.tasks.Task is asyncio.Task, futures.Future is asyncio.Future)
print(events.AbstractEventLoop is asyncio.AbstractEventLoop)
print(asyncio.events.new_event_loop is asyncio.new_event_loop)
loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, events.AbstractEventLoop))
print(loop.run_until_complete(handler("done")))
loop.close()
print(loop.is_closed())
