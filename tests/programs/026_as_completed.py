# asyncio.as_completed yields awaitables in the order the work finishes,
# not the order it was submitted, so each result can be processed as soon
# as it arrives. We pass a list of Tasks (not bare coroutines).

import asyncio


async def fetch_data(item_id):
    delay = [0.9, 0.3, 1.5, 0.6, 1.2][item_id]
    await asyncio.sleep(delay)
    return {"id": item_id, "took": delay}


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch_data(i), name=f"fetch-{i}") for i in range(5)]
    order = []
    for completed in asyncio.as_completed(tasks):
        result = await completed
        order.append(result["id"])
        print(f"t={loop.time():.1f} processed item {result['id']} (took {result['took']}s)")
    print("completion order:", order)
    print("submission order:", [t.result()["id"] for t in tasks])


asyncio.run(main())
