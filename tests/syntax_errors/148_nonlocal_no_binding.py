# Mistake: nonlocal with no enclosing binding
import asyncio

async def main():
    async def tick():
        nonlocal count
        count += 1
    await tick()
