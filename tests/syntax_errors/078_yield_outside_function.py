# Mistake: yield at module level
import asyncio

for i in range(3):
    yield i
