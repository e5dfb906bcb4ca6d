# A pipeline with several consumers and one "poison pill": the producer
# puts a single None at the end, and each consumer that receives it puts
# it back for the next consumer before stopping.

import asyncio


async def call_llm(prompt):
    await asyncio.sleep(0.1 * len(prompt))
    return prompt.upper()


async def producer(queue, items):
    for item in items:
        await queue.put(item)
    await queue.put(None)  # signal consumers to stop


async def consumer(queue, results, worker_id):
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()
        if item is None:
            await queue.put(None)  # pass the pill on to the next consumer
            print(f"t={loop.time():.1f} worker {worker_id} stops")
            break
        result = await call_llm(item)
        print(f"t={loop.time():.1f} worker {worker_id} handled {item!r}")
        results.append(result)
        queue.task_done()


async def pipeline(prompts, num_workers=3):
    queue = asyncio.Queue(maxsize=10)
    results = []
    workers = [asyncio.create_task(consumer(queue, results, i)) for i in range(num_workers)]
    await producer(queue, prompts)
    await asyncio.gather(*workers)
    return results


async def main():
    prompts = ["hi", "weather?", "joke", "translate", "summary", "ok"]
    results = await pipeline(prompts)
    print("results in finishing order:", results)


asyncio.run(main())
