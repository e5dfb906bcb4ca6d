# Mistake: assigning to a function call
import asyncio

async def main():
    asyncio.current_task() = None
