# Mistake: a line ending in + after an emoji
import asyncio

async def main():
    msg = "⏳ waiting… " +
    print(msg)
