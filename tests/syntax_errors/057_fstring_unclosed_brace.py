# Mistake: f-string replacement field is not closed
import asyncio

async def main():
    name = "worker"
    print(f"{name is running")
