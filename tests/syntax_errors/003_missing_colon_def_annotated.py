# Mistake: no colon after a def header with a return annotation
import asyncio

async def fetch(url: str) -> str
    await asyncio.sleep(0.1)
    return url
