# A log pipeline: a producer task emits access-log lines over virtual time, a consumer
# parses them with a compiled pattern (named groups, groupdict, lastgroup), tallies
# status codes and slow requests, and rejects malformed lines.
import asyncio
import re

LINE = re.compile(
    r"(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - \[(?P<time>[^\]]+)\] "
    r'"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+)" (?P<status>\d{3}) (?P<ms>\d+)ms'
)

RAW = [
    '10.0.0.1 - [01/Jan/2026:00:00:01] "GET /index.html" 200 12ms',
    '10.0.0.2 - [01/Jan/2026:00:00:02] "POST /api/login" 401 87ms',
    'garbage line without structure',
    '192.168.1.20 - [01/Jan/2026:00:00:04] "GET /api/items?page=2" 200 431ms',
    '10.0.0.1 - [01/Jan/2026:00:00:05] "DELETE /api/items/7" 500 1203ms',
    '10.0.0.3 - [01/Jan/2026:00:00:06] "PATCH /api/items/7" 200 5ms',
]


async def producer(queue):
    for line in RAW:
        await asyncio.sleep(0.5)
        await queue.put(line)
    await queue.put(None)


async def consumer(queue):
    counts = {}
    slow = []
    while (line := await queue.get()) is not None:
        m = LINE.match(line)
        if not m:
            print(f"skip: {line!r}")
            continue
        info = m.groupdict()
        counts[info["status"]] = counts.get(info["status"], 0) + 1
        if int(m["ms"]) > 400:
            slow.append((m.group("path"), int(m.group("ms"))))
        print(m.group("method", "path"), m.span("path"), m.lastgroup, m.lastindex)
    return counts, slow


async def main():
    queue = asyncio.Queue()
    _, (counts, slow) = await asyncio.gather(producer(queue), consumer(queue))
    print(sorted(counts.items()))
    print(slow)
    m = LINE.search("prefix " + RAW[0])
    print(m)
    print(LINE.groups, list(LINE.groupindex))
    print(re.findall(r"\b\d{3}\b(?= \d+ms)", "\n".join(RAW)))
    print(re.sub(r"\d+ms", lambda m: f"{int(m[0][:-2]) / 1000:.3f}s", RAW[4]))
    try:
        re.compile(r"(?P<ip>\d+) (?P<ip>\d+)")
    except re.error as e:
        print(type(e).__name__, e)
    print(f"done at t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
