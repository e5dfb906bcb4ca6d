# Mistake: a keyword argument whose name is an expression
import asyncio

async def main():
    await asyncio.wait_for(asyncio.sleep(5), options.timeout=1)
