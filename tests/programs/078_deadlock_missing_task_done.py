# Another deadlock: queue.join() waits until task_done() has been called
# once per item, but this worker forgets to call it. The worker finishes
# its three emails and main waits in join() forever (exit status 3).

import asyncio


async def send_emails(queue, count):
    for _ in range(count):
        email = await queue.get()
        await asyncio.sleep(0.2)
        print("sent", email)
        # bug: missing queue.task_done()


async def main():
    queue = asyncio.Queue()
    addresses = ["ana@example.com", "raj@example.com", "li@example.com"]
    for address in addresses:
        queue.put_nowait(address)
    asyncio.create_task(send_emails(queue, len(addresses)))
    await queue.join()
    print("all emails acknowledged")  # never reached


asyncio.run(main())
