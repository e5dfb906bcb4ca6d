# Mistake: no colon after except with an exception type
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=1)
    except asyncio.TimeoutError
        print("timed out")
