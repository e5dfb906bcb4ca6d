# Mistake: async for inside a function defined with def
async def ticks():
    yield 1

def main():
    async for t in ticks():
        print(t)
