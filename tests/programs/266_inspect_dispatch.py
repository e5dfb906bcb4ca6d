# A command dispatcher of the kind bots and CLIs build: handlers are plain or async functions
# (and methods); inspect tells which ones to await, signature() checks the arguments before
# the call (bind, apply_defaults, its TypeErrors) and prints the usage line, getdoc() gives
# the help text.
import asyncio
import inspect


class Shop:
    def __init__(self):
        self.stock = {"apple": 3}

    async def buy(self, item: str, qty: int = 1) -> str:
        """Buy items.

        Waits for the warehouse first.
        """
        await asyncio.sleep(0.1 * qty)
        self.stock[item] = self.stock.get(item, 0) - qty
        return f"bought {qty} {item}"

    def count(self, item, /):
        """How many are left."""
        return self.stock.get(item, 0)


def echo(*words, sep=" "):
    return sep.join(words)


async def ping(host, *, retries=3, **options):
    await asyncio.sleep(0)
    return f"pong from {host} ({retries} retries, {options})"


def numbers():
    yield 1


shop = Shop()
COMMANDS = {"buy": shop.buy, "count": shop.count, "echo": echo, "ping": ping}


async def run(name, *args, **kwargs):
    handler = COMMANDS[name]
    sig = inspect.signature(handler)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        print(f"{name}{sig}: {e}")
        return
    bound.apply_defaults()
    print(f"{name} called with {dict(bound.arguments)}")
    if inspect.iscoroutinefunction(handler):
        result = await handler(*bound.args, **bound.kwargs)
    else:
        result = handler(*bound.args, **bound.kwargs)
    print(f"  -> {result!r}")


async def main():
    for name, handler in COMMANDS.items():
        sig = inspect.signature(handler)
        kinds = [p.kind.description for p in sig.parameters.values()]
        print(f"{name}{sig}  async={inspect.iscoroutinefunction(handler)} method={inspect.ismethod(handler)}")
        print(f"   kinds: {kinds}")
    print(inspect.getdoc(Shop.buy))
    print(inspect.getdoc(shop.count), inspect.getdoc(echo))
    await run("buy", "pear", qty=2)
    await run("buy", "apple")
    await run("count", "apple")
    await run("count", item="apple")
    await run("echo", "a", "b", sep="-")
    await run("ping", "example.org", timeout=5)
    await run("ping")
    await run("ping", "h", "extra")
    await run("buy", "kiwi", qty=1, color="green")

    sig = inspect.signature(Shop.buy)
    qty = sig.parameters["qty"]
    print(qty.name, qty.default, qty.annotation.__name__, sig.return_annotation.__name__)
    print(sig.parameters["self"].annotation is inspect.Parameter.empty)
    print(inspect.isgeneratorfunction(numbers), inspect.isasyncgenfunction(numbers))
    coro = ping("x")
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isfunction(ping), inspect.isclass(Shop))
    print(await coro)
    print(inspect.cleandoc("""
        Usage:
            shop buy ITEM
        """))


asyncio.run(main())
