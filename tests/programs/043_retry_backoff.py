# Retrying a flaky API with exponential backoff plus random jitter: wait
# 2**attempt + uniform(0, 1) seconds between attempts. random.seed makes
# the jitter reproducible. Timeouts are retried with plain backoff.

import asyncio
import random


class RateLimitError(Exception):
    pass


failures = {"summarise": 2, "translate": 1, "classify": 5}


async def flaky_completion(task, *, model="gpt-4o"):
    await asyncio.sleep(0.3)
    if failures[task] > 0:
        failures[task] -= 1
        if task == "translate":
            raise asyncio.TimeoutError()
        raise RateLimitError(f"{model} rate limit hit")
    return f"{model} finished {task}"


async def with_retry(coro_fn, *args, max_retries=3, **kwargs):
    for attempt in range(max_retries):
        try:
            return await coro_fn(*args, **kwargs)
        except RateLimitError:
            if attempt == max_retries - 1:
                raise
            wait = (2 ** attempt) + random.uniform(0, 1)
            print(f"  rate limited, waiting {wait:.1f}s...")
            await asyncio.sleep(wait)
        except asyncio.TimeoutError:
            if attempt == max_retries - 1:
                raise
            print(f"  timed out, waiting {2 ** attempt}s...")
            await asyncio.sleep(2 ** attempt)


async def main():
    random.seed(1234)
    loop = asyncio.get_running_loop()
    for task in ["summarise", "translate", "classify"]:
        start = loop.time()
        try:
            result = await with_retry(flaky_completion, task, model="gpt-4o-mini")
            print(f"{result} after {loop.time() - start:.2f}s")
        except RateLimitError as err:
            print(f"{task} gave up after {loop.time() - start:.2f}s: {err}")


asyncio.run(main())
