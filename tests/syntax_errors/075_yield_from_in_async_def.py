# Mistake: yield from inside an async function
import asyncio

async def relay(source):
    yield from source
