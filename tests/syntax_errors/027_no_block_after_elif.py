# Mistake: elif with nothing indented under it
import asyncio

async def main(n):
    if n == 0:
        print("zero")
    elif n > 0:
    await asyncio.sleep(n)
