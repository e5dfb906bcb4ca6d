# Mistake: a bare * in a call
import asyncio

async def main(coros):
    await asyncio.gather(*)
