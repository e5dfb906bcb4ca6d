# Mistake: two exception types without parentheses
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=1)
    except asyncio.TimeoutError, asyncio.CancelledError:
        print("stopped")
