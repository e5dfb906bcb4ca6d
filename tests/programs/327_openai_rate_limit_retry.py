# Firing every request at once runs into the API's rate limit: RateLimitError (HTTP 429).
# The client below has its automatic retries turned off; the program retries by itself
# with exponential backoff and jitter (from a seeded random.Random, so runs repeat).
import asyncio
import random

import openai

from openai import APIStatusError, AsyncOpenAI, RateLimitError

client = AsyncOpenAI(max_retries=0)
jitter = random.Random(42)


async def ask(prompt):
    return await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])


async def ask_once(prompt):
    try:
        await ask(prompt)
        return "ok"
    except APIStatusError as error:  # RateLimitError is one: HTTP 429 (and 500s happen)
        return error


async def ask_with_retry(prompt, attempts=6):
    for attempt in range(attempts):
        try:
            response = await ask(prompt)
            return attempt
        except (RateLimitError, openai.InternalServerError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5 * 2 ** attempt + jitter.uniform(0, 0.5))


async def main():
    prompts = [f"Name a fact about the number {i}" for i in range(90)]
    outcomes = await asyncio.gather(*(ask_once(p) for p in prompts))
    limited = [o for o in outcomes if isinstance(o, RateLimitError)]
    print("all at once:", outcomes.count("ok"), "ok,", len(limited), "rate limited,",
          len(outcomes) - outcomes.count("ok") - len(limited), "other errors")
    error = limited[0]
    print("status", error.status_code, "-", error.body["code"])
    print(error.message[:60])

    await asyncio.sleep(5)  # let the limit recover
    retries = await asyncio.gather(*(ask_with_retry(p) for p in prompts))
    print("with retries: all", len(retries), "answered; prompts by retries needed:",
          {n: retries.count(n) for n in sorted(set(retries))})
    print(f"t={asyncio.get_running_loop().time():.2f}s")


asyncio.run(main())
