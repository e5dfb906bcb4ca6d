# The restaurant analogy. A synchronous waiter stands at the kitchen door
# until each dish is cooked (time.sleep blocks everything); an asynchronous
# waiter hands each order to the kitchen and goes straight to the next
# table. One waiter in both cases; one "second" here is one minute.

import asyncio
import time

ORDERS = ["masala dosa", "veg biryani", "idli sambar", "aloo paratha"]
COOK_MINUTES = 20
ORDER_MINUTES = 1


def serve_synchronously(start):
    for table, dish in enumerate(ORDERS, 1):
        time.sleep(ORDER_MINUTES)          # taking the order
        print(f"[{time.perf_counter() - start:5.1f}] sync: table {table} ordered {dish}")
        time.sleep(COOK_MINUTES)           # waits at the kitchen, serving nobody
        print(f"[{time.perf_counter() - start:5.1f}] sync: served {dish} to table {table}")


async def cook(table, dish, start):
    await asyncio.sleep(COOK_MINUTES)
    print(f"[{time.perf_counter() - start:5.1f}] async: served {dish} to table {table}")
    return table


async def serve_asynchronously(start):
    kitchen = []
    for table, dish in enumerate(ORDERS, 1):
        await asyncio.sleep(ORDER_MINUTES)  # taking the order, other work can happen
        print(f"[{time.perf_counter() - start:5.1f}] async: table {table} ordered {dish}")
        kitchen.append(asyncio.create_task(cook(table, dish, start)))
    served = await asyncio.gather(*kitchen)
    print("async: tables served in order", served)


async def main():
    start = time.perf_counter()
    serve_synchronously(start)
    sync_minutes = time.perf_counter() - start
    print(f"synchronous waiter needed {sync_minutes:.0f} minutes")

    start = time.perf_counter()
    await serve_asynchronously(start)
    async_minutes = time.perf_counter() - start
    print(f"asynchronous waiter needed {async_minutes:.0f} minutes")
    print(f"speed-up: {sync_minutes / async_minutes:.1f}x")


asyncio.run(main())
