# Mistake: no colon after while True
import asyncio

async def worker(queue):
    while True
        item = await queue.get()
        queue.task_done()
