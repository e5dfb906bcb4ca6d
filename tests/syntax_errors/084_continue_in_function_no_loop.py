# Mistake: continue in a function body outside any loop
import asyncio

async def worker(queue):
    item = await queue.get()
    if item is None:
        continue
