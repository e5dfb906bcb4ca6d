# Mistake: await with nothing after it
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(1))
    await
