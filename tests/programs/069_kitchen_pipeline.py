# A two-stage pipeline connected by queues: orders flow from the counter to
# two cooks, and plated dishes flow from the cooks to one runner. Each
# stage stops when it receives a sentinel; stages overlap in time.

import asyncio

STOP = None
COOK_TIME = {"burger": 1.0, "fries": 0.5, "salad": 0.3, "pasta": 1.2, "soup": 0.4}


async def cook(name, orders, ready):
    loop = asyncio.get_running_loop()
    while (order := await orders.get()) is not STOP:
        table, dish = order
        await asyncio.sleep(COOK_TIME[dish])
        print(f"t={loop.time():.1f} {name} cooked {dish} for table {table}")
        await ready.put((table, dish))
    await ready.put(STOP)


async def runner(ready, cooks):
    loop = asyncio.get_running_loop()
    delivered, stopped = [], 0
    while stopped < cooks:
        item = await ready.get()
        if item is STOP:
            stopped += 1
            continue
        await asyncio.sleep(0.2)  # walking to the table
        print(f"t={loop.time():.1f}   runner served table {item[0]}")
        delivered.append(item)
    return delivered


async def main():
    orders, ready = asyncio.Queue(), asyncio.Queue(maxsize=2)
    tickets = [(1, "burger"), (2, "salad"), (1, "fries"), (3, "pasta"), (2, "soup"), (3, "salad")]
    for ticket in tickets:
        orders.put_nowait(ticket)
    cooks = [asyncio.create_task(cook(f"cook-{c}", orders, ready)) for c in "AB"]
    for _ in cooks:
        orders.put_nowait(STOP)
    delivered = await runner(ready, len(cooks))
    await asyncio.gather(*cooks)
    per_table = {}
    for table, dish in delivered:
        per_table.setdefault(table, []).append(dish)
    print({table: per_table[table] for table in sorted(per_table)})


asyncio.run(main())
