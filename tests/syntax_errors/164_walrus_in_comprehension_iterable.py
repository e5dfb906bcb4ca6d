# Mistake: walrus in a comprehension's iterable
import asyncio

async def main():
    return [x for x in (tasks := [1, 2, 3])]
