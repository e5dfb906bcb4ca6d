# Mistake: else with no if before it
import asyncio

async def main(n):
    await asyncio.sleep(n)
    else:
        print("no wait")
