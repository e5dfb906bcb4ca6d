# Mistake: del of a function call
import asyncio

async def main():
    del asyncio.current_task()
