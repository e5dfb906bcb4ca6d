# A common mistake in async iterator classes: declaring __aiter__ with
# `async def`. `async for` calls __aiter__ and expects an object with
# __anext__ back, but gets a coroutine: TypeError, uncaught, exit 1.

import asyncio


class ChunkReader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    async def __aiter__(self):  # wrong: must be a plain `def`
        return self

    async def __anext__(self):
        await asyncio.sleep(0.1)
        if not self.chunks:
            raise StopAsyncIteration
        return self.chunks.pop(0)


async def main():
    print("reading chunks...")
    async for chunk in ChunkReader(["header", "body", "footer"]):
        print("chunk:", chunk)


asyncio.run(main())
