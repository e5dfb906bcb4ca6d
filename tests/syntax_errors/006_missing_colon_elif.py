# Mistake: no colon after elif
import asyncio

async def main(n):
    if n == 0:
        print("zero")
    elif n > 0
        await asyncio.sleep(n)
