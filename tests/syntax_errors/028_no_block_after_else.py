# Mistake: else with nothing indented under it
import asyncio

async def main(n):
    if n > 0:
        await asyncio.sleep(n)
    else:
    print("nothing")
