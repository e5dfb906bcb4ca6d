# Response bodies as bytes: aiohttp's read() and httpx's .content, decoded by hand, sized,
# and compared with the text the libraries decode themselves.
import asyncio

import aiohttp
import httpx


async def page_bytes(session, url):
    async with session.get(url) as response:
        body = await response.read()
        text = await response.text()
        return url, response.status, body, text


async def main():
    urls = ["https://example.com/", "https://example.com/help/1", "https://example.com/news/3"]
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(page_bytes(session, url) for url in urls))
    for url, status, body, text in pages:
        same = body.decode("utf-8") == text
        print(f"{url}: {status}, {len(body)} bytes, decodes to its text: {same}")
        print("   starts", body[:15], "hex", body[:4].hex(" "))
    async with httpx.AsyncClient(base_url="https://api.example.com") as client:
        reply = await client.get("/users/7")
        print(reply.status_code, type(reply.content).__name__, len(reply.content) == len(reply.text.encode()))


asyncio.run(main())
