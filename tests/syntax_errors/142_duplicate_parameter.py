# Mistake: the same parameter name twice
import asyncio

async def fetch(url, delay, delay):
    await asyncio.sleep(delay)
