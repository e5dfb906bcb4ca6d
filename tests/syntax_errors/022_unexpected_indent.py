# Mistake: a line indented deeper than the block it is in
import asyncio

async def main():
    print("start")
        await asyncio.sleep(1)
    print("end")
