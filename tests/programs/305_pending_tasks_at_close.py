# Closing a loop by hand does not cancel its tasks (asyncio.run would): the ones left
# pending are reported as destroyed when the program ends. A task run_until_complete made
# for a coroutine it could not finish is not reported.
import asyncio


async def poll(name, every):
    while True:
        await asyncio.sleep(every)
        print(f"t={asyncio.get_running_loop().time():.1f} poll {name}")


async def main_work():
    await asyncio.sleep(1.1)
    return "main work done"


loop = asyncio.new_event_loop()
poller = loop.create_task(poll("status", 0.5), name="status-poller")
print(loop.run_until_complete(main_work()))
print("poller done?", poller.done(), "tasks left:", len(asyncio.all_tasks(loop)))
loop.call_later(0.3, loop.stop)
try:
    loop.run_until_complete(asyncio.sleep(10))
except RuntimeError as error:
    print(error)
loop.close()
print("loop closed; the program ends")
