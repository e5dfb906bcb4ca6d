# Mistake: a top-level statement indented by one space
import asyncio
 asyncio.run(asyncio.sleep(1))
