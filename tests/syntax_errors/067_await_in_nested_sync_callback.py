# Mistake: await inside a plain def nested in an async def
import asyncio

async def main():
    def on_done(task):
        await asyncio.sleep(1)
    task = asyncio.create_task(asyncio.sleep(1))
    task.add_done_callback(on_done)
