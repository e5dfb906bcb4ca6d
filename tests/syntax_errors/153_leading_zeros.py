# Mistake: leading zeros in an integer
import asyncio

async def main():
    await asyncio.sleep(007)
