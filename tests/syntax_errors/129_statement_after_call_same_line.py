# Mistake: two statements on one line without a semicolon
import asyncio

async def main():
    await asyncio.sleep(1) print("done")
