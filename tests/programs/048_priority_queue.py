# asyncio.PriorityQueue hands out the smallest item first. Entries are
# (priority, sequence, ticket) tuples: the sequence number keeps equal
# priorities in arrival order and avoids comparing the tickets.

import asyncio

URGENT, NORMAL, LOW = 0, 1, 2


async def support_agent(queue):
    loop = asyncio.get_running_loop()
    while True:
        priority, seq, ticket = await queue.get()
        if ticket is None:
            break
        await asyncio.sleep(0.5)
        print(f"t={loop.time():.1f} resolved [{priority}] #{seq} {ticket}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    sequence = 0

    def next_number():
        nonlocal sequence
        sequence += 1
        return sequence

    arrivals = [
        (NORMAL, "password reset"),
        (LOW, "feature request: dark mode"),
        (URGENT, "checkout is down"),
        (NORMAL, "invoice copy"),
        (URGENT, "data leak report"),
    ]
    for priority, ticket in arrivals:
        queue.put_nowait((priority, next_number(), ticket))
    agent = asyncio.create_task(support_agent(queue))

    await asyncio.sleep(1.2)
    await queue.put((URGENT, next_number(), "payment gateway errors"))
    print("late urgent ticket queued; waiting items:", queue.qsize())
    await queue.join()
    await queue.put((99, next_number(), None))
    await agent
    print("agent finished")


asyncio.run(main())
