# Mistake: the same keyword argument given twice
import asyncio

async def main():
    await asyncio.wait_for(asyncio.sleep(5), timeout=1, timeout=2)
