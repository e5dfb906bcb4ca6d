# Mistake: no colon after the if condition
import asyncio

async def main():
    done = False
    if not done
        await asyncio.sleep(1)
