# Mistake: a name used before its global declaration
import asyncio

count = 0

async def tick():
    print(count)
    global count
    count += 1
