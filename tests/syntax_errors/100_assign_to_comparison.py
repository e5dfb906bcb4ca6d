# Mistake: assigning to a comparison
import asyncio

async def main(n):
    n > 0 = True
