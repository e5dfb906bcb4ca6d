# Mistake: a generator expression as a second argument without parentheses
import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(0), asyncio.sleep(i) for i in range(3))
