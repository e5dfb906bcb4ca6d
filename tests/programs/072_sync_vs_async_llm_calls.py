# Why async matters for LLM work: a plain list comprehension of blocking
# calls takes (number of prompts) x (latency), while gathering async calls
# takes about one latency. The blocking version uses time.sleep.

import asyncio
import time

PROMPTS = [f"prompt {n}" for n in range(1, 11)]
LATENCY = 2.0


def call_llm(prompt):
    time.sleep(LATENCY)  # a synchronous HTTP client blocks here
    return f"answer to {prompt}"


async def async_call_llm(prompt):
    await asyncio.sleep(LATENCY)  # an async client yields here
    return f"answer to {prompt}"


async def main():
    start = time.perf_counter()
    results = [call_llm(prompt) for prompt in PROMPTS]
    print(f"sync:  {len(results)} answers in {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    results = await asyncio.gather(*[async_call_llm(p) for p in PROMPTS])
    print(f"async: {len(results)} answers in {time.perf_counter() - start:.1f}s")
    print("first and last:", results[0], "/", results[-1])


asyncio.run(main())
