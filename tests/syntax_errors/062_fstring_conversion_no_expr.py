# Mistake: an f-string conversion with no expression
import asyncio

async def main():
    print(f"running {!r}")
