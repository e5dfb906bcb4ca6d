# asyncio.Condition combines a lock with notifications. Consumers wait
# (releasing the lock) until a predicate holds; the producer changes the
# shared state under the lock and calls notify(n) or notify_all().

import asyncio


async def cook(name, kitchen, counter):
    loop = asyncio.get_running_loop()
    async with kitchen:
        await kitchen.wait_for(lambda: len(counter) > 0)
        dish = counter.pop(0)
        print(f"t={loop.time():.1f} {name} plates {dish}")


async def waiter(kitchen, counter):
    loop = asyncio.get_running_loop()
    for batch in (["pizza"], ["soup", "salad"], ["curry"]):
        await asyncio.sleep(1)
        async with kitchen:
            counter.extend(batch)
            print(f"t={loop.time():.1f} waiter brings {batch}, notify({len(batch)})")
            kitchen.notify(len(batch))


async def main():
    kitchen = asyncio.Condition()
    counter = []
    cooks = [asyncio.create_task(cook(f"cook-{n}", kitchen, counter)) for n in range(1, 5)]
    await waiter(kitchen, counter)
    await asyncio.gather(*cooks)

    closing = asyncio.Condition()
    state = {"open": True}

    async def guest(name):
        async with closing:
            while state["open"]:
                await closing.wait()
            print(f"{name} leaves")

    guests = [asyncio.create_task(guest(g)) for g in ("ana", "raj", "li")]
    await asyncio.sleep(0.5)
    async with closing:
        state["open"] = False
        print("closing time: notify_all")
        closing.notify_all()
    await asyncio.gather(*guests)


asyncio.run(main())
