# Mistake: a parameter after **kwargs
import asyncio

async def fetch(url, **options, timeout):
    await asyncio.sleep(timeout)
