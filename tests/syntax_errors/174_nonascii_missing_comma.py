# Mistake: missing comma after a string that contains an emoji
import asyncio

async def main(n):
    print("⏳ waiting…" n)
