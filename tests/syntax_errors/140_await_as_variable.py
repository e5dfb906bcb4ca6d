# Mistake: await used as a variable name
import asyncio

await = asyncio.sleep(1)
