# Mistake: async def with nothing indented under it
import asyncio

async def main():
await asyncio.sleep(1)
