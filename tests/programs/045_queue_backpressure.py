# An asyncio.Queue with maxsize gives backpressure: a fast producer is
# suspended in put() whenever the queue is full, until the slow consumer
# makes room. None is the sentinel that tells the consumer to stop.

import asyncio


async def producer(queue):
    loop = asyncio.get_running_loop()
    for frame in range(1, 7):
        await queue.put(f"frame-{frame}")
        print(f"t={loop.time():.1f} produced frame-{frame} (queue size {queue.qsize()}, full={queue.full()})")
        await asyncio.sleep(0.1)
    await queue.put(None)
    print(f"t={loop.time():.1f} producer finished")


async def consumer(queue):
    loop = asyncio.get_running_loop()
    handled = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(0.5)  # encoding a frame is slow
        handled += 1
        print(f"t={loop.time():.1f}     encoded {item}")
    return handled


async def main():
    queue = asyncio.Queue(maxsize=2)
    print("maxsize:", queue.maxsize, "empty:", queue.empty())
    _, handled = await asyncio.gather(producer(queue), consumer(queue))
    print("frames encoded:", handled, "queue empty:", queue.empty())


asyncio.run(main())
