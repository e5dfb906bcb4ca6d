# Async generators (`async def` with `yield`) are how LLM clients stream
# tokens: the consumer prints each token as it arrives with `async for`.
# Breaking out early leaves the generator suspended; contextlib.aclosing
# closes it right away so its `finally` runs.

import asyncio
import contextlib
from typing import AsyncGenerator

REPLY = "Asyncio lets one thread juggle many waiting tasks ."


async def stream_llm(prompt: str) -> AsyncGenerator[str, None]:
    print(f"[stream opened for {prompt!r}]")
    try:
        for word in REPLY.split():
            await asyncio.sleep(0.05)  # the next chunk arrives over the network
            yield word + " "
    finally:
        print("[stream closed]")


async def main():
    loop = asyncio.get_running_loop()
    full_response = ""
    async for token in stream_llm("Tell me about Python"):
        print(token, end="", flush=True)
        full_response += token
    print()
    print(f"{len(full_response.split())} tokens in {loop.time():.2f}s")

    async with contextlib.aclosing(stream_llm("Stop early")) as stream:
        async for token in stream:
            print("got", repr(token))
            if token.strip() == "one":
                print("enough, breaking out")
                break
    print("after the block")

    manual = stream_llm("manual")
    first = await manual.__anext__()
    second = await anext(manual)
    print("first two tokens:", repr(first), repr(second))
    await manual.aclose()


asyncio.run(main())
