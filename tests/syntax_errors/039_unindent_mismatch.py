# Mistake: a line dedented to a level no enclosing block uses
import asyncio

async def main():
    for i in range(3):
        await asyncio.sleep(i)
      print("done")
