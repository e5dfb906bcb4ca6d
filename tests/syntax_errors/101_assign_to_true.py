# Mistake: assigning to True
import asyncio

True = asyncio.run(asyncio.sleep(0, result=False))
