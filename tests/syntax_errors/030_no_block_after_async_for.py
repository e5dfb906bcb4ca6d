# Mistake: async for with nothing indented under it
async def ticks():
    yield 1

async def main():
    async for t in ticks():
    print(t)
