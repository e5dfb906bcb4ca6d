# Mistake: missing operand between two operators
import asyncio

async def main():
    await asyncio.sleep(1 * / 2)
