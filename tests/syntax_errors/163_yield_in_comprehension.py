# Mistake: yield inside a list comprehension
async def ticks(n):
    return [(yield i) for i in range(n)]
