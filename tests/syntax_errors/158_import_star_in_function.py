# Mistake: import * inside a function
async def main():
    from asyncio import *
    await sleep(1)
