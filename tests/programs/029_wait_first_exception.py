# return_when=FIRST_EXCEPTION returns when a task raises (or when all are
# done). wait() itself never raises: exceptions stay inside the tasks and
# are read with task.exception().

import asyncio


async def validate(document, seconds, valid=True):
    await asyncio.sleep(seconds)
    if not valid:
        raise ValueError(f"{document} failed schema validation")
    return f"{document} ok"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(validate("invoice.json", 0.3), name="invoice"),
        asyncio.create_task(validate("order.json", 0.5, valid=False), name="order"),
        asyncio.create_task(validate("receipt.json", 1.0), name="receipt"),
        asyncio.create_task(validate("refund.json", 2.0), name="refund"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time():.1f} wait returned")
    for task in sorted(done, key=lambda t: t.get_name()):
        error = task.exception()
        print(f"  done {task.get_name()}: {error!r}" if error else f"  done {task.get_name()}: {task.result()}")
    print("  still pending:", sorted(t.get_name() for t in pending))

    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time():.1f} no more failures; pending left: {len(pending)}")
    print("  results:", sorted(t.result() for t in done))


asyncio.run(main())
