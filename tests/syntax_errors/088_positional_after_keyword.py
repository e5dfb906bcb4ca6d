# Mistake: positional argument after a keyword argument
import asyncio

async def main():
    await asyncio.sleep(delay=1, "done")
