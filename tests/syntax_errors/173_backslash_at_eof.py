# Mistake: a line-continuation backslash on the last line
import asyncio

asyncio.run(asyncio.sleep(1)) \
