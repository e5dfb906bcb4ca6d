# Mistake: assigning to a list comprehension
import asyncio

async def main(coros):
    [c for c in coros] = await asyncio.gather(*coros)
