# Mistake: no colon after the async for header
import asyncio

async def ticks():
    yield 1

async def main():
    async for t in ticks()
        print(t)
