# Mistake: conditional expression without else
import asyncio

async def main(n):
    delay = n if n > 0
    await asyncio.sleep(delay)
