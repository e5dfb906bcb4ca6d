# Mistake: a non-breaking space pasted into an expression
import asyncio

async def main():
    await asyncio.sleep(1 + 1)
