# Mistake: while with nothing indented under it
import asyncio

async def main():
    while True:
    await asyncio.sleep(1)
