# Mistake: async with with nothing indented under it
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
    await asyncio.sleep(1)
