# Mistake: function body is only a comment
import asyncio

async def main():
    # TODO: fill this in later

asyncio.run(main())
