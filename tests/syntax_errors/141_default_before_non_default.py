# Mistake: a parameter without default after one with a default
import asyncio

async def fetch(url, timeout=5, retries):
    await asyncio.sleep(timeout)
