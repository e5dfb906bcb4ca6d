# Mistake: elif after else
import asyncio

async def main(n):
    if n > 0:
        await asyncio.sleep(n)
    else:
        print("zero")
    elif n < 0:
        print("negative")
