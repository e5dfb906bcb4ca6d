# Mistake: no colon after an if whose condition ends in a call
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(1))
    if task.done()
        print("finished")
