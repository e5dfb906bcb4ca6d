# Mistake: a binary operator with no right operand
import asyncio

async def main():
    total = 1 +
    await asyncio.sleep(total)
