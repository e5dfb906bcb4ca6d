# Mistake: bad f-string conversion after an emoji
import asyncio

async def main():
    task = asyncio.current_task()
    print(f"⏳ {task!x}")
