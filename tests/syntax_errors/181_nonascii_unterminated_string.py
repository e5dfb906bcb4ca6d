# Mistake: unterminated string after an accented character
import asyncio

async def main():
    print("café opens at " + "9)
