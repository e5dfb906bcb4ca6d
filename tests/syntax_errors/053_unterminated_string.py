# Mistake: a string is missing its closing quote
import asyncio

async def main():
    print("starting)
    await asyncio.sleep(1)
