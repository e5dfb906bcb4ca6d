# Mistake: no colon after the class header
import asyncio

class Worker
    async def run(self):
        await asyncio.sleep(1)
