# Mistake: no colon after the async def header
import asyncio

async def main()
    await asyncio.sleep(1)

asyncio.run(main())
