# A synchronous function that runs async code on a fresh loop each call (as scripts and
# older libraries do): new_event_loop(), run_until_complete(), close() in a finally. The
# process has one clock: each loop starts where the last one stopped.
import asyncio
import time


async def lookup(name, delay):
    await asyncio.sleep(delay)
    if name == "missing":
        raise KeyError(name)
    return f"{name}@{asyncio.get_running_loop().time():.2f}"


def lookup_sync(name, delay=0.25):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(lookup(name, delay))
    finally:
        loop.close()


start = time.perf_counter()
for name in ["alpha", "beta", "gamma"]:
    print(lookup_sync(name))
try:
    lookup_sync("missing", 0.5)
except KeyError as error:
    print("lookup failed:", repr(error))
print(f"elapsed {time.perf_counter() - start:.2f}s")
time.sleep(1)
print(lookup_sync("after a blocking sleep"))
