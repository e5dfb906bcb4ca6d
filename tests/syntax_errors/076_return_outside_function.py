# Mistake: return at module level
import asyncio

async def main():
    await asyncio.sleep(1)

return asyncio.run(main())
