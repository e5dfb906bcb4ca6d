# Mistake: async main(): with def missing
import asyncio

async main():
    await asyncio.sleep(1)

asyncio.run(main())
