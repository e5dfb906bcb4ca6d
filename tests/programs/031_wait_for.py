# asyncio.wait_for puts a deadline on one awaitable and cancels it when the
# deadline passes, raising TimeoutError. Two patterns: convert the timeout
# into a clearer error, or turn it into None inside a batch.

import asyncio

LATENCY = {"short question": 0.5, "long essay": 3.0, "haiku": 0.2, "novel": 9.0}


async def call_llm(prompt):
    try:
        await asyncio.sleep(LATENCY[prompt])
        return f"reply to {prompt!r}"
    except asyncio.CancelledError:
        print(f"  call for {prompt!r} was cancelled")
        raise


async def call_with_timeout(prompt, timeout=1.0):
    try:
        return await asyncio.wait_for(call_llm(prompt), timeout=timeout)
    except asyncio.TimeoutError:
        raise TimeoutError(f"LLM call timed out after {timeout}s") from None


async def batch_with_timeout(prompts):
    async def safe_call(prompt):
        try:
            return await asyncio.wait_for(call_llm(prompt), timeout=2)
        except asyncio.TimeoutError:
            return None

    return await asyncio.gather(*[safe_call(p) for p in prompts])


async def main():
    loop = asyncio.get_running_loop()
    print(await call_with_timeout("short question"))
    try:
        await call_with_timeout("long essay")
    except TimeoutError as err:
        print(f"t={loop.time():.1f} {err}")

    start = loop.time()
    results = await batch_with_timeout(list(LATENCY))
    print(f"batch took {loop.time() - start:.1f}s:", results)


asyncio.run(main())
