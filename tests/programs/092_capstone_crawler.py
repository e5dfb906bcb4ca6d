# Capstone: an async web crawler.
#
# The shop at https://shop.example has 100 pages, p0 to p99. Each page links to a few other
# pages (some links appear twice, some point back to pages you have already seen, and a few
# pages are not linked from anywhere). fetch(url) below stands in for an HTTP request: it
# waits 0.1 to 0.5 virtual seconds and returns the page's links, or raises ConnectionError
# for the few pages whose server is broken. How long each page takes and which ones are
# broken come from _netsim, the model behind Looplab's simulated network (the one its
# aiohttp, httpx and openai use): numbers that follow from the URL and the world's seed,
# the same on every run.
#
# Your solution is checked in several worlds: other seeds (other broken pages, other
# delays), slower or faster servers, fewer workers allowed. WORLD below is the first; a
# crawler that waits a fixed time or counts on one world's numbers fails in another.
#
# Your task: crawl every page reachable from START_URL.
#   - Use an asyncio.Queue of URLs and worker tasks, with at most MAX_WORKERS fetches in
#     flight at any moment.
#   - Fetch each page once, even when many pages link to it.
#   - A failed fetch must not stop the crawl: record the error for that URL and move on.
#   - When the queue is empty and every worker is idle, stop the workers cleanly.
#   - Finally call record_crawl(pages_ok, failed): the URLs fetched successfully, and a dict
#     {url: "error message"} of the ones that failed.
# The checks at the end read what fetch() saw and what you recorded.

import asyncio
import json

import _netsim

WORLD = {"name": "calm", "broken": 0.03, "budget": 10, "latency": [0.1, 0.5], "seed": 0, "workers": 5}
_netsim.configure(seed=WORLD["seed"])

SITE_SIZE = 100
START_URL = "https://shop.example/p0"
MAX_WORKERS = WORLD["workers"]


def page_url(n):
    return f"https://shop.example/p{n}"


# The servers of a few pages (3% in the first world) reset the connection (never the start
# page's).
BROKEN_PAGES = {n for n in range(1, SITE_SIZE) if _netsim.fails(page_url(n), WORLD["broken"])}


def page_links(n):
    """The links on page n, in page order. Nothing links to p95..p99."""
    links = [(n * 3 + 1) % 95, (n * 7 + 2) % 95, n // 2]  # n // 2 links back "up"
    if n % 4 == 0:
        links.append((n * 3 + 1) % 95)  # the same link twice on one page
    return [page_url(k) for k in links]


SITE = {page_url(n): page_links(n) for n in range(SITE_SIZE)}


def page_latency(n):
    """How long the simulated server takes to answer: 0.1 to 0.5 seconds in the first world."""
    low, high = WORLD["latency"]
    return _netsim.latency(page_url(n), low, high)


# ---- instrumentation: what the network saw ----
in_flight = 0  # fetches running right now
peak_in_flight = 0  # the most fetches ever running at once
fetch_counts = {}  # url -> number of times it was fetched
last_fetch_done = 0.0  # virtual time at which the last fetch finished


async def fetch(url):
    """Simulated HTTP GET: returns the list of links on the page at url."""
    global in_flight, peak_in_flight, last_fetch_done
    fetch_counts[url] = fetch_counts.get(url, 0) + 1
    in_flight += 1
    peak_in_flight = max(peak_in_flight, in_flight)
    try:
        n = int(url.rsplit("/p", 1)[1]) if url in SITE else 0
        await asyncio.sleep(page_latency(n))  # the network round trip
        if url not in SITE:
            raise LookupError(f"404 not found: {url}")
        if n in BROKEN_PAGES:
            raise ConnectionError(f"connection reset by {url}")
        return list(SITE[url])
    finally:
        in_flight -= 1
        last_fetch_done = asyncio.get_running_loop().time()


crawl_result = None  # set by record_crawl
recorded_at = None  # the virtual time record_crawl was called


def record_crawl(pages_ok, failed):
    """Call this once at the end with the URLs fetched and a dict url -> error message."""
    global crawl_result, recorded_at
    crawl_result = (sorted(set(pages_ok)), {str(k): str(v) for k, v in dict(failed).items()})
    recorded_at = asyncio.get_running_loop().time()


def reachable_pages():
    """The pages a correct crawler tries: every page reachable from START_URL (a broken page
    counts, but its links are never seen)."""
    seen = {START_URL}
    todo = [START_URL]
    while todo:
        url = todo.pop()
        if int(url.rsplit("/p", 1)[1]) in BROKEN_PAGES:
            continue
        for link in SITE[url]:
            if link not in seen:
                seen.add(link)
                todo.append(link)
    return seen


def report():
    reachable = reachable_pages()
    summary = {
        "pages_fetched": len(fetch_counts),
        "duplicate_fetches": sum(count - 1 for count in fetch_counts.values()),
        "peak_in_flight": peak_in_flight,
        "max_workers": MAX_WORKERS,
        "failed": len(crawl_result[1]) if crawl_result else 0,
        "broken_fetched": sum(1 for url in fetch_counts if url in SITE and int(url.rsplit("/p", 1)[1]) in BROKEN_PAGES),
        "reachable": len(reachable),
        "virtual_time": round(recorded_at if recorded_at is not None else last_fetch_done, 3),
        "time_budget": WORLD["budget"],
        "recorded": crawl_result is not None,
    }
    print("REPORT " + json.dumps(summary))


# ---- your solution below ----
async def worker(queue, seen, pages_ok, failed):
    while True:
        url = await queue.get()
        try:
            links = await fetch(url)
        except Exception as err:
            failed[url] = f"{type(err).__name__}: {err}"
        else:
            pages_ok.append(url)
            for link in links:
                if link not in seen:  # mark a URL when it is queued, not when fetched
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()


async def crawl(start_url):
    queue = asyncio.Queue()
    seen = {start_url}
    pages_ok = []
    failed = {}
    queue.put_nowait(start_url)
    workers = [
        asyncio.create_task(worker(queue, seen, pages_ok, failed), name=f"worker-{i}")
        for i in range(MAX_WORKERS)
    ]
    await queue.join()  # every queued URL has been processed
    for task in workers:
        task.cancel()  # the workers are idle, waiting on queue.get()
    await asyncio.gather(*workers, return_exceptions=True)
    return pages_ok, failed


async def main():
    loop = asyncio.get_running_loop()
    pages_ok, failed = await crawl(START_URL)
    print(f"crawled {len(pages_ok)} pages in {loop.time():.1f}s with {MAX_WORKERS} workers")
    for url, error in sorted(failed.items()):
        print(f"failed {url}: {error}")
    record_crawl(pages_ok, failed)


asyncio.run(main())
# ---- checks below ----
report()
