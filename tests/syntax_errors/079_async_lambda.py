# Mistake: trying to write an async lambda
import asyncio

handler = async lambda: await asyncio.sleep(1)
