# gather(..., return_exceptions=True) never raises for a failed child:
# the exception object takes that child's place in the results list, so
# one failed request does not lose the other results.

import asyncio


class RateLimitError(Exception):
    pass


async def call_llm(prompt):
    await asyncio.sleep(0.1 * len(prompt.split()))
    if "bad" in prompt:
        raise RateLimitError(f"429 Too Many Requests for {prompt!r}")
    return f"answer to {prompt!r}"


async def main():
    results = await asyncio.gather(
        call_llm("prompt one"),
        call_llm("a bad prompt"),
        call_llm("prompt number three"),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print(f"Failed: {type(result).__name__}: {result}")
        else:
            print(f"Success: {result}")
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded at t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
