# Mistake: missing comma after the last argument of a multi-line call
import asyncio

async def main():
    results = await asyncio.gather(
        asyncio.sleep(1, result="a"),
        asyncio.sleep(2, result="b")
        asyncio.sleep(3, result="c"),
    )
