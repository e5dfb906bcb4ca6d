# Mistake: curly quotes after a string with an emoji
import asyncio

async def main():
    print("⏳ waiting…", “done”)
