# Mistake: for with nothing indented under it
import asyncio

async def main():
    for i in range(3):
    await asyncio.sleep(i)
