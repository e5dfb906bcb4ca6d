# Mistake: a literal used as the for-loop target
import asyncio

async def main():
    for 1 in range(3):
        await asyncio.sleep(1)
