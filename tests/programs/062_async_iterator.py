# A class-based async iterator: __aiter__ is a plain method returning the
# iterator, and __anext__ is a coroutine that raises StopAsyncIteration at
# the end. Here it pages through a simulated paginated API.

import asyncio

CATALOGUE = [f"product-{n}" for n in range(1, 8)]


class PagedResults:
    def __init__(self, page_size):
        self.page_size = page_size
        self.page = 0
        self.buffer = []
        self.exhausted = False

    def __aiter__(self):
        return self

    async def fetch_page(self):
        await asyncio.sleep(0.3)  # one HTTP request per page
        start = self.page * self.page_size
        self.page += 1
        items = CATALOGUE[start:start + self.page_size]
        print(f"  fetched page {self.page}: {len(items)} items")
        return items

    async def __anext__(self):
        if not self.buffer and not self.exhausted:
            self.buffer = await self.fetch_page()
            self.exhausted = len(self.buffer) < self.page_size
        if not self.buffer:
            raise StopAsyncIteration
        return self.buffer.pop(0)


async def main():
    loop = asyncio.get_running_loop()
    async for product in PagedResults(page_size=3):
        print(f"t={loop.time():.1f} {product}")

    pages = PagedResults(page_size=4)
    first_two = [await pages.__anext__(), await anext(pages)]
    print("manual:", first_two)
    rest = [item async for item in pages]
    print("rest:", rest)
    print("anext with default:", await anext(pages, "no more"))


asyncio.run(main())
