# Mistake: a dict literal is never closed
import asyncio

settings = {"timeout": 5, "retries": 3

async def main():
    await asyncio.sleep(settings["timeout"])
