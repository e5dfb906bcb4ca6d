# Mistake: try with neither except nor finally
import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    print("done")
