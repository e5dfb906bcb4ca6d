# Mistake: await inside a list comprehension in a def function
import asyncio

def collect(coros):
    return [await c for c in coros]
