# Mistake: a comment after a line-continuation backslash
import asyncio

async def main():
    delay = 1 + \  # seconds
        2
    await asyncio.sleep(delay)
