# Mistake: a parameter also declared global
import asyncio

async def tick(count):
    global count
    await asyncio.sleep(count)
