# Mistake: an f-string conversion other than !s, !r, !a
import asyncio

async def main():
    task = asyncio.current_task()
    print(f"running {task!x}")
