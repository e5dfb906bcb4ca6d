# The batch-processing pattern for LLM APIs: a class that sends many
# prompts concurrently under a semaphore limit, applies a per-call timeout,
# collects errors instead of raising, and tracks each prompt's index.

import asyncio
from typing import Dict, List, Optional


class FakeLLMClient:
    async def complete(self, prompt: str) -> str:
        words = len(prompt.split())
        await asyncio.sleep(0.5 + 0.25 * (words % 4))
        if "forbidden" in prompt:
            raise ValueError("content policy violation")
        if words > 6:
            await asyncio.sleep(60)  # a stuck request
        return f"summary of {prompt.split()[0]}"


class AsyncLLMProcessor:
    def __init__(self, client, max_concurrent: int = 3, timeout: float = 2.0):
        self.client = client
        self.semaphore = asyncio.Semaphore(max_concurrent)
        self.timeout = timeout
        self.errors: List[Dict] = []
        self.in_flight = 0

    async def process_single(self, prompt: str, index: int) -> Optional[Dict]:
        async with self.semaphore:
            self.in_flight += 1
            try:
                result = await asyncio.wait_for(self.client.complete(prompt), self.timeout)
                return {"index": index, "result": result}
            except Exception as err:
                reason = str(err) or f"no answer within {self.timeout}s"
                self.errors.append({"index": index, "error": f"{type(err).__name__}: {reason}"})
                return None
            finally:
                self.in_flight -= 1

    async def process_batch(self, prompts: List[str]) -> List[Dict]:
        tasks = [self.process_single(prompt, i) for i, prompt in enumerate(prompts)]
        results = await asyncio.gather(*tasks)
        return [r for r in results if r is not None]


async def main():
    prompts = [
        "Laptop with 16GB RAM",
        "Wireless noise cancelling headphones",
        "forbidden content here",
        "Ergonomic chair",
        "Stainless steel water bottle that keeps drinks cold all day",
        "Mechanical keyboard",
        "USB-C charger",
    ]
    loop = asyncio.get_running_loop()
    processor = AsyncLLMProcessor(FakeLLMClient(), max_concurrent=3, timeout=2.0)
    results = await processor.process_batch(prompts)
    for item in results:
        print(f"#{item['index']}: {item['result']}")
    for error in sorted(processor.errors, key=lambda e: e["index"]):
        print(f"#{error['index']} failed: {error['error']}")
    print(f"{len(results)} ok, {len(processor.errors)} failed, took {loop.time():.2f}s")


asyncio.run(main())
