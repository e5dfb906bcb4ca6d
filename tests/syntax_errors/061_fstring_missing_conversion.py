# Mistake: an f-string ! with no conversion character
import asyncio

async def main():
    task = asyncio.current_task()
    print(f"running {task!}")
