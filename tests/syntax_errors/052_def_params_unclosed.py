# Mistake: a def with a missing closing parenthesis in its parameters
import asyncio

async def fetch(url, timeout:
    await asyncio.sleep(timeout)
