# Mistake: a call as the target of with ... as
import asyncio

async def main(lock):
    async with lock as get_lock():
        await asyncio.sleep(1)
