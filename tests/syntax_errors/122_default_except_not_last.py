# Mistake: a bare except before a typed except
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    except:
        print("failed")
    except asyncio.CancelledError:
        print("cancelled")
