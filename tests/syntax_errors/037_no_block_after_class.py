# Mistake: class with nothing indented under it
import asyncio

class Worker:
async def run(self):
    await asyncio.sleep(1)
