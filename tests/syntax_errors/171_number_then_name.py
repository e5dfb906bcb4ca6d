# Mistake: an identifier straight after a number
import asyncio

async def main():
    await asyncio.sleep(1sec)
