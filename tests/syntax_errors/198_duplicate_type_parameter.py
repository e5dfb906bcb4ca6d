# Mistake: the same type parameter named twice in a generic function
import asyncio


async def first[T, T](items: list[T]) -> T:
    await asyncio.sleep(0)
    return items[0]


print(asyncio.run(first([1, 2])))
