# Mistake: a docstring is never closed
import asyncio

async def main():
    """Run the workers.
    await asyncio.sleep(1)

asyncio.run(main())
