# A batch of LLM calls through AsyncOpenAI, at most 4 at a time with a Semaphore.
import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()
sem = asyncio.Semaphore(4)


async def summarize(topic):
    async with sem:
        response = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": "Answer briefly."},
                      {"role": "user", "content": f"Explain {topic} in one paragraph"}],
            max_tokens=30,
        )
    choice = response.choices[0]
    return topic, choice.message.content, choice.finish_reason, response.usage


async def main():
    topics = ["event loops", "coroutines", "futures", "semaphores", "queues", "timeouts",
              "cancellation", "task groups"]
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(summarize(t) for t in topics))
    total = 0
    for topic, text, finish, usage in results:
        total += usage.total_tokens
        print(f"{topic:<13} {finish:<6} {usage.prompt_tokens:>2}+{usage.completion_tokens:<2} {text[:48]}")
    print(f"{len(results)} answers, {total} tokens, {loop.time():.2f}s")


asyncio.run(main())
