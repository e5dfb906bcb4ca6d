# Mistake: annotated name declared global
import asyncio

async def main():
    count: int = 0
    global count
