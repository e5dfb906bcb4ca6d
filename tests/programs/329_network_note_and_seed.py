# The simulated network tells the learner, once, on stderr, that it is simulated. The world
# follows a seed: the same URL gives another page, another delay, under another seed. A raw
# HTTP POST to the chat API meets the same model as the openai client.
import asyncio
import re
import sys

import aiohttp
import httpx  # a second stand-in: the note is still printed only once
import _netsim

print("the program starts (the note above went to stderr)")
print("a line on stderr from the program itself", file=sys.stderr)


async def title_and_time(session, url):
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with session.get(url) as response:
        html = await response.text()
    return re.search(r"<h1>(.*?)</h1>", html).group(1), round(loop.time() - start, 3)


async def main():
    async with aiohttp.ClientSession() as session:
        for seed in (0, 1, 0):
            _netsim.configure(seed=seed)
            print("seed", seed, await title_and_time(session, "https://example.com/help/1"),
                  await title_and_time(session, "https://www.example.com/"))
        _netsim.configure(seed=0)
        payload = {"model": "gpt-4o-mini",
                   "messages": [{"role": "user", "content": "What is a coroutine?"}]}
        async with session.post("https://api.openai.com/v1/chat/completions",
                                json=payload) as response:
            data = await response.json()
        print(response.status, data["object"], data["choices"][0]["message"]["content"])
        print("usage:", data["usage"])


asyncio.run(main())
