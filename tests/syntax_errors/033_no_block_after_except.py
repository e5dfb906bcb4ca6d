# Mistake: except with nothing indented under it
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
    print("cancelled")
