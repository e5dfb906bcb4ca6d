# Mistake: a bare * with no keyword-only parameters after it
import asyncio

async def fetch(url, *):
    await asyncio.sleep(1)
