# Mistake: finally with nothing indented under it
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    finally:
    print("done")
