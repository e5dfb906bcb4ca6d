# A crawler: worker tasks take URLs from an asyncio.Queue, fetch them with aiohttp, and
# queue the links they have not seen. The simulated site is finite, so the crawl ends.
import asyncio
import re

import aiohttp

START = "https://example.com/"
WORKERS = 4
LINK = re.compile(r'href="([^"]+)"')
TITLE = re.compile(r"<title>(.*?)</title>")


async def worker(name, session, queue, seen, pages, failures):
    while True:
        url = await queue.get()
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)) as response:
                if response.status != 200:
                    failures[url] = f"HTTP {response.status}"
                    continue
                html = await response.text()
            pages[url] = TITLE.search(html).group(1)
            for link in LINK.findall(html):
                if link.startswith(START) and link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except asyncio.TimeoutError:
            failures[url] = "timed out"
        except aiohttp.ClientError as error:
            failures[url] = f"{type(error).__name__}: {error}"
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    seen = {START}
    pages = {}
    failures = {}
    queue.put_nowait(START)
    async with aiohttp.ClientSession() as session:
        workers = [asyncio.create_task(worker(f"w{i}", session, queue, seen, pages, failures))
                   for i in range(WORKERS)]
        await queue.join()
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    print(f"crawled {len(pages)} pages, {len(failures)} failed, "
          f"in {asyncio.get_running_loop().time():.2f}s")
    for url in sorted(pages)[:5]:
        print(f"  {url:<32} {pages[url]}")
    for url, why in sorted(failures.items()):
        print(f"  failed {url}: {why}")


asyncio.run(main())
