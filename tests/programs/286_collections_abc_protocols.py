# collections.abc in an async program: a read-only settings Mapping and a MutableSequence
# built on the ABCs' mixin methods, an AsyncIterator class that a consumer checks with
# isinstance before iterating, a dispatcher that sorts handlers by protocol (coroutine
# functions, awaitables, callables, iterables), structural checks on builtins, abstract
# methods left unimplemented, and pprint of the collections containers.
import asyncio
import pprint
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,
                             Callable, Collection, Coroutine, Generator, Hashable, Iterable,
                             Iterator, Mapping, MutableMapping, MutableSequence, Sequence,
                             Sized)


class Settings(Mapping):
    def __init__(self, **values):
        self._values = dict(values)

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)


class History(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value):
        self._items.insert(index, value)

    def __repr__(self):
        return f"History({self._items})"


class Ticker(AsyncIterator):
    def __init__(self, count, step):
        self.count = count
        self.step = step

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(self.step)
        return self.count


async def consume(source, history):
    if not isinstance(source, AsyncIterable):
        print("not async iterable:", type(source).__name__)
        return
    async for value in source:
        history.append(value)


async def fetch():
    await asyncio.sleep(0.1)
    return "fetched"


def numbers():
    yield from range(3)


async def stream():
    yield 1


def describe(obj):
    kinds = [abc.__name__ for abc in (Coroutine, Awaitable, AsyncGenerator, Generator,
                                      Iterator, Iterable, Callable, Mapping, Sequence,
                                      Hashable) if isinstance(obj, abc)]
    return f"{type(obj).__name__}: {kinds}"


async def main():
    settings = Settings(host="db", port=5432, pool=4)
    print("get:", settings.get("host"), settings.get("user", "anon"), "port" in settings)
    print("views:", list(settings.keys()), list(settings.values()), list(settings.items()))
    print("eq dict:", settings == {"host": "db", "port": 5432, "pool": 4}, len(settings))
    print("is Mapping:", isinstance(settings, Mapping), "mutable:", isinstance(settings, MutableMapping))

    history = History()
    await asyncio.gather(consume(Ticker(3, 0.2), history), consume(Ticker(2, 0.3), history),
                         consume([1, 2], history))
    history.extend([10, 11])
    history += [12]
    print(history, len(history), history.index(10), history.count(0), 11 in history)
    print("reversed:", list(reversed(history)), "pop:", history.pop(), history.pop(0))
    history.remove(10)
    history.reverse()
    print(history)

    coro = fetch()
    for obj in (coro, numbers(), stream(), iter([1]), fetch, len, {"a": 1}, (1, 2), [1], 5):
        print(describe(obj))
    print(await coro)
    print("builtins:", isinstance([], Sequence), isinstance({}, Mapping), isinstance({1}, Sized),
          isinstance(set(), Hashable), issubclass(str, Collection), issubclass(int, Iterable))
    print("containers:", isinstance(deque(), MutableSequence), isinstance(Counter(), MutableMapping),
          isinstance(OrderedDict(), Mapping), isinstance(defaultdict(), dict))

    class Partial(Mapping):
        def __getitem__(self, key):
            return key

    try:
        Partial()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        settings["missing"]
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        history.index("nope")
    except ValueError as e:
        print(type(e).__name__, e)

    report = {
        "counts": Counter("abbccc"),
        "groups": defaultdict(list, {"x": [1, 2]}),
        "order": OrderedDict(first=1, second=2),
        "recent": deque([3, 4], maxlen=5),
    }
    pprint.pprint(report)
    pprint.pprint(Counter({f"key{i}": i % 4 for i in range(10)}), width=50)


asyncio.run(main())
