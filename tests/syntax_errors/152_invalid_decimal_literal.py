# Mistake: a name starting with a digit
import asyncio

1st = asyncio.sleep(1)
