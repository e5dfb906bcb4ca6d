# Mistake: no colon after finally
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    finally
        print("cleanup")
