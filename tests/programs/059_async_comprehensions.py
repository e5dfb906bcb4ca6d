# Async comprehensions work only inside `async def`: `async for` inside
# list/set/dict comprehensions and generator expressions, and `await`
# inside ordinary comprehensions (which is sequential, not concurrent).

import asyncio


async def stream_tokens(text):
    for token in text.split():
        await asyncio.sleep(0.1)
        yield token


async def word_length(word):
    await asyncio.sleep(0.1)
    return len(word)


async def collect_stream(text):
    return " ".join([token async for token in stream_tokens(text)])


async def main():
    loop = asyncio.get_running_loop()
    print(await collect_stream("the quick brown fox"), f"t={loop.time():.1f}")

    long_words = [w.upper() async for w in stream_tokens("a big event loop is here") if len(w) > 2]
    print(long_words)
    lengths = {w: len(w) async for w in stream_tokens("red green blue")}
    print(lengths)
    unique = {w async for w in stream_tokens("to be or not to be")}
    print(sorted(unique))

    start = loop.time()
    sizes = [await word_length(w) for w in ["alpha", "be", "gamma"]]
    print(sizes, f"took {loop.time() - start:.1f}s (one at a time)")

    start = loop.time()
    sizes = await asyncio.gather(*[word_length(w) for w in ["alpha", "be", "gamma"]])
    print(sizes, f"took {loop.time() - start:.1f}s (concurrently)")

    numbers = (len(t) async for t in stream_tokens("async generator expression"))
    total = 0
    async for n in numbers:
        total += n
    print("total letters:", total)


asyncio.run(main())
