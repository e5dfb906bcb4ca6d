# Mistake: awaiting in the bound of a type parameter
import asyncio


async def main():
    def pick[T: (await asyncio.sleep(0))](x: T) -> T:
        return x
    print(pick(1))

asyncio.run(main())
