# Mistake: a starred expression alone on the right of =
import asyncio

async def main(coros):
    tasks = *coros
