# Capstone: a rate-limited API client.
#
# The catalog API at https://api.example serves ITEMS items (60 in the first world), ids 0 to
# ITEMS - 1. get_item(item_id) below stands in for GET /items/{item_id}: it takes 0.05 to
# 0.3 virtual seconds and returns the item, a dict. The API allows RATE_LIMIT requests per
# second (10 in the first world): in any one-second window, at most RATE_LIMIT requests may
# start. A request over the limit is refused with HTTP 429: get_item raises
# TooManyRequests, whose retry_after says how many seconds to wait before asking again. A
# busy server also refuses some requests within the limit, and an item refused again gets a
# retry_after twice as long. How long each request takes and which ones the busy server
# refuses come from _netsim, the model behind Looplab's simulated network: numbers that
# follow from the item and the world's seed, the same on every run.
#
# Your task: fetch every item and save it.
#   - Never start more than RATE_LIMIT requests in any one-second window. A token bucket
#     does it: RATE_LIMIT tokens, each request takes one, and each token taken comes back
#     one second later.
#   - On TooManyRequests, wait at least err.retry_after seconds (back off), then ask again.
#   - Call save(item) exactly once per item.
#   - Be done within the world's time budget: keep requests going while the limit allows.
# The checks at the end read what the API saw and what you saved.
#
# Your solution is checked in several worlds: other seeds, a busier server, a stricter
# limit. WORLD below is the first; a client paced by a fixed sleep fails in another.

import asyncio
import json

import _netsim

WORLD = {"name": "steady", "again": 1, "budget": 9, "busy": 0.1, "items": 60, "latency": [0.05, 0.3], "rate": 10, "seed": 0}
_netsim.configure(seed=WORLD["seed"])

ITEMS = WORLD["items"]
RATE_LIMIT = WORLD["rate"]


class TooManyRequests(Exception):
    """HTTP 429: wait retry_after seconds before asking again."""

    def __init__(self, item_id, retry_after):
        super().__init__(f"429 Too Many Requests (item {item_id}): retry after {retry_after}s")
        self.retry_after = retry_after


def item_data(item_id):
    """What the API answers for item_id."""
    return {"id": item_id, "name": f"item-{item_id}", "stock": _netsim.pick(f"stock {item_id}", 50)}


def busy_refusals(item_id):
    """How many times the busy server refuses item_id before it answers (0 for most)."""
    key = f"item {item_id} | busy"
    if not _netsim.fails(key, WORLD["busy"]):
        return 0
    return 1 + _netsim.pick(key + " | again", WORLD["again"])


def item_latency(item_id):
    """How long the API takes to answer: 0.05 to 0.3 seconds in the first world."""
    low, high = WORLD["latency"]
    return _netsim.latency(f"item {item_id}", low, high)


# ---- instrumentation: what the API saw ----
starts = []  # when each request started, in whole milliseconds of virtual time
accepted = []  # when each request the rate limit let through started (what the server counts)
refused = {}  # item_id -> (when its last 429 was answered, its retry_after), in milliseconds
busy_seen = {}  # item_id -> how many times the busy server refused it
early_retries = 0  # requests for an item sooner than its last 429's retry_after allowed
over_limit = 0  # requests refused for going over the rate limit
saved = {}  # item_id -> how many times it was saved
wrong_saves = 0  # saves of something that is not an item the API answered
last_save = 0.0  # virtual time of the last save


def now_ms():
    return round(asyncio.get_running_loop().time() * 1000)


async def get_item(item_id):
    """Simulated GET /items/{item_id}: returns the item, or raises TooManyRequests."""
    global early_retries, over_limit
    if not (isinstance(item_id, int) and 0 <= item_id < ITEMS):
        raise LookupError(f"404 not found: item {item_id!r}")
    started = now_ms()
    starts.append(started)
    if item_id in refused:
        refused_at, wait = refused.pop(item_id)
        if started < refused_at + wait:
            early_retries += 1
    await asyncio.sleep(0.01)  # the request reaches the server
    # The server counts the requests it let through in the second before this one started.
    window = [t for t in accepted if t > started - 1000]
    if len(window) >= RATE_LIMIT:
        over_limit += 1
        wait = window[0] + 1000 - started
        refused[item_id] = (now_ms(), wait)
        raise TooManyRequests(item_id, wait / 1000)
    accepted.append(started)
    if busy_seen.get(item_id, 0) < busy_refusals(item_id):
        busy_seen[item_id] = busy_seen.get(item_id, 0) + 1
        wait = 250 * 2 ** (busy_seen[item_id] - 1)
        refused[item_id] = (now_ms(), wait)
        raise TooManyRequests(item_id, wait / 1000)
    await asyncio.sleep(item_latency(item_id))
    return item_data(item_id)


def save(item):
    """Call this once per item with what get_item returned."""
    global wrong_saves, last_save
    item_id = item.get("id") if isinstance(item, dict) else None
    if item_id is None or item_id not in range(ITEMS) or item != item_data(item_id):
        wrong_saves += 1
        return
    saved[item_id] = saved.get(item_id, 0) + 1
    last_save = asyncio.get_running_loop().time()


def peak_per_second():
    """The most requests that started in any one-second window."""
    ordered = sorted(starts)
    peak = 0
    first = 0
    for last, t in enumerate(ordered):
        while ordered[first] <= t - 1000:
            first += 1
        peak = max(peak, last - first + 1)
    return peak


def report():
    summary = {
        "items": ITEMS,
        "saved": len(saved),
        "saved_twice": sum(1 for n in saved.values() if n > 1),
        "wrong_saves": wrong_saves,
        "requests": len(starts),
        "peak_per_second": peak_per_second(),
        "rate_limit": RATE_LIMIT,
        "over_limit": over_limit,
        "early_retries": early_retries,
        "virtual_time": round(last_save, 3),
        "time_budget": WORLD["budget"],
    }
    print("REPORT " + json.dumps(summary))


# ---- your solution below ----
class TokenBucket:
    """At most `rate` takes in any one-second window: each token taken comes back a second
    later."""

    def __init__(self, rate):
        self.tokens = asyncio.Semaphore(rate)

    async def take(self):
        await self.tokens.acquire()
        asyncio.get_running_loop().call_later(1.0, self.tokens.release)


async def fetch_one(bucket, item_id):
    backoff = 0.25  # the least wait after a 429; doubled after each one
    while True:
        await bucket.take()
        try:
            return await get_item(item_id)
        except TooManyRequests as err:
            await asyncio.sleep(max(err.retry_after, backoff))
            backoff *= 2


async def main():
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(RATE_LIMIT)
    tasks = [asyncio.create_task(fetch_one(bucket, i)) for i in range(ITEMS)]
    for done in asyncio.as_completed(tasks):
        save(await done)  # each item as soon as it arrives
    print(f"saved {ITEMS} items in {loop.time():.2f}s")


asyncio.run(main())
# ---- checks below ----
report()
