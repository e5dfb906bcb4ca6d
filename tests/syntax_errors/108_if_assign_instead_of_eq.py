# Mistake: = instead of == in an if condition
import asyncio

async def main(n):
    if n = 0:
        await asyncio.sleep(1)
