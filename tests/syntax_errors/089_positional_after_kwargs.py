# Mistake: positional argument after **kwargs
import asyncio

async def main(**options):
    await asyncio.wait_for(**options, asyncio.sleep(1))
