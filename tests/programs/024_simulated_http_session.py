# Many URLs fetched concurrently through one shared "session", in the
# style of aiohttp. The session and response are simulated: get() returns
# an async context manager and the body arrives after a short delay.

import asyncio

PAGES = {
    "https://www.example.com": "<html>Example Domain. This domain is for use in examples.</html>",
    "https://www.python.org": "<html>Welcome to Python.org, the home of the language.</html>",
    "https://realpython.com": "<html>Python tutorials for developers of all skill levels.</html>",
}


class FakeResponse:
    def __init__(self, url, delay):
        self.url, self.delay, self.status = url, delay, 200

    async def __aenter__(self):
        await asyncio.sleep(self.delay)  # connection and headers
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False

    async def text(self):
        await asyncio.sleep(0.05)  # body download
        return PAGES[self.url]

    async def json(self):
        await asyncio.sleep(0.05)
        return {"item": int(self.url.rsplit("/", 1)[1]), "status": self.status}


class FakeSession:
    def __init__(self):
        self.requests = 0

    async def __aenter__(self):
        print("session opened")
        return self

    async def __aexit__(self, *exc_info):
        print(f"session closed after {self.requests} requests")

    def get(self, url):
        self.requests += 1
        return FakeResponse(url, delay=0.1 * (self.requests % 3 + 1))


async def fetch_url(session, url):
    async with session.get(url) as response:
        return await response.text()


async def fetch_json(session, url):
    async with session.get(url) as response:
        return await response.json()


async def main():
    loop = asyncio.get_running_loop()
    urls = list(PAGES)
    async with FakeSession() as session:
        results = await asyncio.gather(*[fetch_url(session, url) for url in urls])
    for url, body in zip(urls, results):
        print(f"Content from {url}: {body[:50]}...")
    print(f"fetched {len(results)} pages in {loop.time():.2f}s")

    start = loop.time()
    async with FakeSession() as session:  # one session reused for every request
        urls = [f"https://api.example.com/item/{i}" for i in range(10)]
        items = await asyncio.gather(*[fetch_json(session, url) for url in urls])
    print(f"Fetched {len(items)} items in {loop.time() - start:.2f}s:", [it["item"] for it in items])


asyncio.run(main())
