# Mistake: no colon after a bare except
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    except
        print("something went wrong")
