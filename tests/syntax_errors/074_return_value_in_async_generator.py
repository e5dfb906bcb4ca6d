# Mistake: return with a value in an async generator
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i
    return n
