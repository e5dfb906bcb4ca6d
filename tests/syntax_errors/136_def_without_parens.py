# Mistake: def header with no parameter list
import asyncio

async def main:
    await asyncio.sleep(1)
