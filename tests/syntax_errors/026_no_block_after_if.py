# Mistake: if with nothing indented under it
import asyncio

async def main(ready):
    if ready:
    await asyncio.sleep(1)
