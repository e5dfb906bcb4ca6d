# Mistake: a character name that Unicode does not have
import asyncio


async def main():
    print("done \N{HEAVY CHECK MARKS}")


asyncio.run(main())
