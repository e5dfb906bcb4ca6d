# Mistake: assigning to an await expression
import asyncio

async def main():
    await asyncio.sleep(1) = result
