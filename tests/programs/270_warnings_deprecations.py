# A library that deprecates part of its API with warnings.warn(stacklevel=2), so the
# warning names the caller's line; the default filters show a DeprecationWarning raised in
# __main__ once per line; catch_warnings(record=True) lets a test count them; "error" turns
# them into exceptions; and simplefilter("ignore") also silences the RuntimeWarning of a
# coroutine that is never awaited.
import asyncio
import warnings


class Client:
    def fetch(self, url):
        return f"GET {url}"

    def get(self, url):
        warnings.warn("Client.get() is deprecated, use fetch()", DeprecationWarning, stacklevel=2)
        return self.fetch(url)


def legacy_flag(value):
    warnings.warn(f"legacy flag {value!r} will be removed", FutureWarning)
    return bool(value)


async def forgotten():
    return "never runs"


async def main():
    client = Client()
    for url in ["/a", "/b"]:
        print(client.get(url))
    print(client.get("/c"))
    print(legacy_flag(1), legacy_flag(1))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.get("/d")
        legacy_flag(0)
        warnings.warn("plain user warning")
    for w in caught:
        print(f"recorded {w.category.__name__} at line {w.lineno}: {w.message}")

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        try:
            client.get("/e")
        except DeprecationWarning as e:
            print("raised:", e)

    warnings.filterwarnings("ignore", message="legacy flag")
    print(legacy_flag(2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        forgotten()
        await asyncio.sleep(0.1)
    print("no warning for the forgotten coroutine")
    forgotten()
    await asyncio.sleep(0.1)
    print("this one was reported on stderr")
    try:
        warnings.warn("bad", category=str)
    except TypeError as e:
        print("TypeError:", e)
    print(warnings.formatwarning("slow query", UserWarning, "db.py", 12), end="")


asyncio.run(main())
