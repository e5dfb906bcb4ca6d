# Mistake: continue inside a callback defined in a loop
import asyncio

async def main():
    for i in range(3):
        async def step():
            continue
        await step()
