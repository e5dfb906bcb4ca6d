# Mistake: no colon after the async with header
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock
        await asyncio.sleep(1)
