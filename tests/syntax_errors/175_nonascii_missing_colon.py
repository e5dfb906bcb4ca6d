# Mistake: no colon after an if whose condition has a non-ASCII string
import asyncio

async def main(status):
    if status == "✓"
        await asyncio.sleep(1)
