# Mistake: no colon after the while condition
import asyncio

async def main():
    count = 0
    while count < 3
        await asyncio.sleep(1)
        count += 1
