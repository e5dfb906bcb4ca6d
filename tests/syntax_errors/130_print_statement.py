# Mistake: Python 2 print statement
import asyncio

async def main():
    await asyncio.sleep(1)
    print "done"
