# Mistake: walrus := used as a plain statement
import asyncio

async def main():
    task := asyncio.create_task(asyncio.sleep(1))
    await task
