# Mistake: *args after **kwargs
import asyncio

async def main(*coros, **options):
    await asyncio.gather(**options, *coros)
