# Mistake: ( opened on one line, closed by } on another
import asyncio

async def main():
    await asyncio.gather(
        asyncio.sleep(1),
        asyncio.sleep(2),
    }
