# Mistake: missing comma between two names in a call
import asyncio

async def main():
    first = second = 1
    print(first second)
