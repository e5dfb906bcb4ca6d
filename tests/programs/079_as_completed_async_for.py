# In Python 3.12, as_completed() returns a plain iterator: `async for` over
# it fails with TypeError (async iteration was only added in 3.13). The
# 3.12 way is a normal `for` loop that awaits each item.

import asyncio


async def call_llm(prompt, seconds):
    await asyncio.sleep(seconds)
    return f"{prompt} -> done"


async def main():
    tasks = [asyncio.create_task(call_llm(p, s)) for p, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    try:
        async for coro in asyncio.as_completed(tasks):
            print(await coro)
    except TypeError as err:
        print("TypeError:", err)

    for coro in asyncio.as_completed(tasks):
        print(await coro)


asyncio.run(main())
