# Mistake: augmented assignment to a tuple
import asyncio

async def main():
    done, pending = 0, 0
    done, pending += 1
