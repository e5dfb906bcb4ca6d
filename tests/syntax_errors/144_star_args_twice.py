# Mistake: two *args parameters
import asyncio

async def run_all(*coros, *more):
    await asyncio.gather(*coros, *more)
