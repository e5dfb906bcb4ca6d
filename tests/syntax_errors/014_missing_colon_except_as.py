# Mistake: no colon after except ... as name
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc
        print("cancelled", exc)
        raise
