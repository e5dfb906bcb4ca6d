# asyncio.run() starts a new event loop, so calling it from code that is
# already running inside a loop is an error; inside async code, just
# await the coroutine. A coroutine that will never run should be closed.

import asyncio


async def fetch_config():
    await asyncio.sleep(0.1)
    return {"retries": 3}


async def main():
    coro = fetch_config()
    try:
        config = asyncio.run(coro)
    except RuntimeError as err:
        print("RuntimeError:", err)
        coro.close()  # it never ran; closing it avoids a "never awaited" warning
    config = await fetch_config()
    print("awaited instead:", config)


print("outside any loop, asyncio.run works:", asyncio.run(fetch_config()))
asyncio.run(main())
