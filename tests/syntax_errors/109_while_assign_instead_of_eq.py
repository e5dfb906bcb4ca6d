# Mistake: = instead of == in a while condition
import asyncio

async def main(queue):
    while queue.qsize() = 0:
        await asyncio.sleep(1)
