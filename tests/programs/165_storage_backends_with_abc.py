# Abstract base classes for pluggable async storage backends: abstract coroutine methods
# and an abstract property, a registry filled by __init_subclass__, a metaclass that counts
# the backends it makes, virtual subclasses by register(), and CPython's error for a
# backend that forgot a method.
import asyncio
from abc import ABC, ABCMeta, abstractmethod


class Counting(ABCMeta):
    made = []

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        mcls.made.append(name)
        return cls


class Backend(ABC, metaclass=Counting):
    registry = {}

    def __init_subclass__(cls, scheme=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if scheme:
            Backend.registry[scheme] = cls

    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    async def save(self, key, value): ...

    @abstractmethod
    async def load(self, key): ...

    async def copy(self, key, other):
        value = await self.load(key)
        await other.save(key, value)
        return value


class Memory(Backend, scheme="mem"):
    name = "memory"

    def __init__(self):
        self.data = {}

    async def save(self, key, value):
        await asyncio.sleep(0.01)
        self.data[key] = value

    async def load(self, key):
        await asyncio.sleep(0.01)
        return self.data[key]


class Slow(Memory, scheme="slow"):
    name = "slow disk"

    async def save(self, key, value):
        await asyncio.sleep(0.5)
        await super().save(key, value)


class Broken(Backend, scheme="broken"):
    name = "broken"

    async def save(self, key, value):
        pass


class Legacy:
    def save(self, key, value):
        return None


Backend.register(Legacy)


async def main():
    print(sorted(Backend.registry), Counting.made, type(Memory).__name__)
    fast, slow = Backend.registry["mem"](), Backend.registry["slow"]()
    await asyncio.gather(fast.save("a", 1), slow.save("b", 2), fast.save("c", 3))
    print(sorted(fast.data.items()), slow.data, asyncio.get_running_loop().time())
    print(await fast.copy("a", slow), slow.data)
    for cls in (Backend, Broken):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    print(isinstance(Legacy(), Backend), issubclass(Legacy, Backend), isinstance(3, Backend))
    print(isinstance(slow, Memory), issubclass(Slow, Backend), sorted(Backend.__abstractmethods__))
    print(Memory.__abstractmethods__, [b.name for b in (fast, slow)])


asyncio.run(main())
