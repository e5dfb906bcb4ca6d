# Mistake: None used as a keyword argument name
import asyncio

async def main():
    await asyncio.sleep(1, None=0)
