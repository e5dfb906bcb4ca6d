# Mistake: async for comprehension inside a def function
async def ticks():
    yield 1

def collect():
    return [t async for t in ticks()]
