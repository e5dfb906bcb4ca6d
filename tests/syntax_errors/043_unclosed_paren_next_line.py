# Mistake: a call is not closed before the next statement
import asyncio

async def main():
    await asyncio.sleep(1
    print("done")
