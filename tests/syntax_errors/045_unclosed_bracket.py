# Mistake: a list literal is never closed
import asyncio

async def main():
    delays = [1, 2, 3
    for d in delays:
        await asyncio.sleep(d)
