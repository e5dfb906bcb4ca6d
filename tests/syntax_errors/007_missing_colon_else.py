# Mistake: no colon after else
import asyncio

async def main(n):
    if n > 0:
        await asyncio.sleep(n)
    else
        print("nothing to wait for")
