# Mistake: an empty {} in an f-string
import asyncio

async def main():
    n = 3
    print(f"waiting for {} tasks")
