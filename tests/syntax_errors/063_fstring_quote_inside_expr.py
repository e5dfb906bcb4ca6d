# Mistake: a stray quote inside an f-string replacement field
import asyncio

async def main():
    name = "worker"
    print(f"{name + '}")
