# Mistake: no colon after try
import asyncio

async def main():
    try
        await asyncio.wait_for(asyncio.sleep(5), timeout=1)
    except asyncio.TimeoutError:
        print("timed out")
