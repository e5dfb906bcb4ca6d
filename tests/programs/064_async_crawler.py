# A small crawler: worker tasks take URLs from a queue, "download" them
# from a simulated site, and enqueue links they have not seen yet. join()
# waits until the frontier is empty; then the workers are cancelled.

import asyncio

SITE = {
    "/": ["/blog", "/about", "/shop"],
    "/blog": ["/blog/asyncio", "/blog/queues", "/"],
    "/about": ["/team", "/"],
    "/shop": ["/shop/cart", "/missing"],
    "/blog/asyncio": ["/blog/queues"],
    "/blog/queues": ["/blog/asyncio", "/shop"],
    "/team": [],
    "/shop/cart": ["/shop"],
}


async def download(url):
    await asyncio.sleep(0.1 * (len(url) % 4 + 1))
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]


async def worker(name, queue, seen, pages, max_depth):
    loop = asyncio.get_running_loop()
    while True:
        url, depth = await queue.get()
        try:
            links = await download(url)
            pages.append(url)
            print(f"t={loop.time():.1f} {name} crawled {url} (depth {depth}, {len(links)} links)")
            if depth < max_depth:
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait((link, depth + 1))
        except LookupError as err:
            print(f"t={loop.time():.1f} {name} error: {err}")
        finally:
            queue.task_done()


async def crawl(start, num_workers=3, max_depth=3):
    queue = asyncio.Queue()
    seen = {start}
    pages = []
    queue.put_nowait((start, 0))
    workers = [asyncio.create_task(worker(f"w{n}", queue, seen, pages, max_depth))
               for n in range(num_workers)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return pages, seen


async def main():
    pages, seen = await crawl("/")
    print("crawled", len(pages), "pages:", pages)
    print("discovered but broken:", sorted(seen - set(pages)))


asyncio.run(main())
