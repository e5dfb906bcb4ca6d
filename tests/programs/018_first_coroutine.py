# A first coroutine. Calling an `async def` function only creates a
# coroutine object: its body does not run until it is awaited.
# asyncio.run() starts the event loop, runs main() and returns its result.

import asyncio
import time


async def fetch_data():
    print("start fetching")
    await asyncio.sleep(1)  # stands in for a database query or an API call
    print("done fetching")
    return {"data": 123}


async def main():
    started = time.perf_counter()
    pending = fetch_data()
    print("created a", type(pending).__name__, "- fetch_data has not printed anything yet")
    print("is it a coroutine?", asyncio.iscoroutine(pending))
    result = await pending
    print("result:", result, f"after {time.perf_counter() - started:.1f}s")
    return result["data"]


if __name__ == "__main__":
    value = asyncio.run(main())
    print("asyncio.run returned", value)
