# Mistake: async with at module level
import asyncio

lock = asyncio.Lock()
async with lock:
    print("locked")
