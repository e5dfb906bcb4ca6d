# Mistake: a single-quoted string is missing its closing quote
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(1), name='sleeper)
