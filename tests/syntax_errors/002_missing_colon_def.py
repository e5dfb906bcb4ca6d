# Mistake: no colon after the def header
import asyncio

def make_tasks(n)
    return [asyncio.sleep(i) for i in range(n)]
