# Mistake: a name assigned before its global declaration
import asyncio

count = 0

async def tick():
    count = 1
    global count
