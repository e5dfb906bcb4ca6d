# A small crawler: worker tasks "fetch" pages from a fake site (sleeping for the network),
# pull links out of the HTML with re.finditer, resolve them with urljoin, and queue the
# ones on the same host; the rest are reported as external.
import asyncio
import re
from urllib.parse import urljoin, urlsplit, urldefrag

SITE = {
    "https://example.org/": '<a href="/docs/">Docs</a> <a href="blog/index.html">Blog</a> '
                            '<A HREF="https://python.org/">Python</A>',
    "https://example.org/docs/": '<a href="intro.html#top">Intro</a> <a href=\'../\'>Home</a>',
    "https://example.org/docs/intro.html": '<a href="api.html">API</a><a href="mailto:x@example.org">mail</a>',
    "https://example.org/blog/index.html": '<a href="2026/first-post.html">First</a>',
    "https://example.org/docs/api.html": "no links here",
}
LINK = re.compile(r"""<a\s+href=(["'])(?P<url>.*?)\1""", re.IGNORECASE)


async def fetch(url):
    await asyncio.sleep(0.1 * (len(url) % 3 + 1))
    if url not in SITE:
        raise LookupError(f"404 for {url}")
    return SITE[url]


async def worker(name, queue, seen, external):
    while True:
        url = await queue.get()
        try:
            html = await fetch(url)
        except LookupError as e:
            print(f"{name}: {e}")
        else:
            links = [m.group("url") for m in LINK.finditer(html)]
            print(f"{name}: {url} -> {links}")
            for link in links:
                absolute, _ = urldefrag(urljoin(url, link))
                parts = urlsplit(absolute)
                if parts.scheme not in ("http", "https"):
                    external.append(f"{parts.scheme}:{parts.path}")
                elif parts.hostname != "example.org":
                    external.append(absolute)
                elif absolute not in seen:
                    seen.add(absolute)
                    queue.put_nowait(absolute)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    start = "https://example.org/"
    seen = {start}
    external = []
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, external)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("crawled:", sorted(seen))
    print("external:", external)
    print(LINK.pattern, LINK.flags & re.IGNORECASE == re.IGNORECASE)
    print(repr(LINK))


asyncio.run(main())
