# Mistake: walrus with an attribute target
import asyncio

async def main(state):
    if (state.task := asyncio.current_task()):
        await asyncio.sleep(1)
