# A tree of gathers: 8 branches of 8 branches of 64 leaves (4,096 leaf tasks), each level
# awaiting its children together, the leaves sleeping a little.
import asyncio


async def leaf(n):
    await asyncio.sleep((n % 7) / 1000)
    return n


async def branch(depth, base):
    if depth == 0:
        return sum(await asyncio.gather(*(leaf(base + i) for i in range(64))))
    parts = await asyncio.gather(*(branch(depth - 1, base * 8 + i * 64) for i in range(8)))
    return sum(parts)


async def main():
    totals = []
    for round_ in range(3):
        totals.append(await branch(2, round_))
    print(totals, round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
