# Mistake: for loop without in
import asyncio

async def main():
    for i range(3):
        await asyncio.sleep(i)
