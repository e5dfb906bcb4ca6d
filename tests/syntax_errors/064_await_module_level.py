# Mistake: await used at module level
import asyncio

async def main():
    await asyncio.sleep(1)

await main()
