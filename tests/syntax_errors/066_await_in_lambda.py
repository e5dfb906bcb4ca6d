# Mistake: await inside a lambda
import asyncio

async def main():
    delay = lambda: await asyncio.sleep(1)
