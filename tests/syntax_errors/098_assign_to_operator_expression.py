# Mistake: assigning to an arithmetic expression
import asyncio

async def main():
    start + 1 = await asyncio.sleep(1, result=0)
