# Streaming an LLM's answer token by token: create(stream=True) and
# chat.completions.stream() as an async context manager.
import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def stream_tokens(prompt):
    stream = await client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True)
    async for chunk in stream:
        content = chunk.choices[0].delta.content
        if content:
            yield content


async def main():
    loop = asyncio.get_running_loop()
    pieces = []
    async for token in stream_tokens("Tell me about async generators"):
        pieces.append(token)
        if len(pieces) <= 3:
            print(f"t={loop.time():.2f} token {token!r}")
    print(len(pieces), "tokens:", "".join(pieces))

    async with client.chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": "Describe queues"}], max_tokens=6
    ) as stream:
        async for chunk in stream:
            choice = chunk.choices[0]
            print(repr(choice.delta.content), choice.finish_reason)
        final = await stream.get_final_completion()
    print(final.choices[0].message.content, "|", final.choices[0].finish_reason, final.usage.total_tokens)


asyncio.run(main())
