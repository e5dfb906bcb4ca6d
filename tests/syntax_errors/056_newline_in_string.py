# Mistake: a string broken across two lines
import asyncio

async def main():
    print("waiting for
    the queue")
