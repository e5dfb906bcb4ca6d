# Mistake: break inside a function nested in a loop
import asyncio

async def main():
    for i in range(3):
        def stop():
            break
        await asyncio.sleep(i)
