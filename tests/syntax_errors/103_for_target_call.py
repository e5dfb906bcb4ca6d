# Mistake: a call used as the for-loop target
import asyncio

async def main(tasks):
    for asyncio.current_task() in tasks:
        await asyncio.sleep(0)
