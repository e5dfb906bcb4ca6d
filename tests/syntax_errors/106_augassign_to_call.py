# Mistake: augmented assignment to a call
import asyncio

async def main():
    asyncio.current_task() += 1
