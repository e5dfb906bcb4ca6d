# Mistake: a starred name as the only assignment target
import asyncio

async def main():
    *results = await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
