# Mistake: await directly in a class body
import asyncio

class Config:
    value = await asyncio.sleep(0, result=5)
