# Mistake: else if instead of elif
import asyncio

async def main(n):
    if n > 0:
        await asyncio.sleep(n)
    else if n < 0:
        print("negative")
